-- Mail: the four department mailboxes, every received message (raw bytes live content-addressed on disk),
-- its attachments, and a full-text index over subject, sender and body text.

CREATE TABLE mailboxes (
    department         TEXT PRIMARY KEY REFERENCES departments(code),
    address            TEXT NOT NULL,
    kind               TEXT NOT NULL DEFAULT 'maildir',   -- maildir | imap
    host               TEXT,
    port               INTEGER,
    security           TEXT,                              -- tls | starttls | none
    user_name          TEXT,
    password_protected TEXT,                              -- Data Protection ciphertext, never the password
    pinned_thumbprint  TEXT,
    poll_seconds       INTEGER NOT NULL DEFAULT 10,
    processed_folder   TEXT,
    sent_folder        TEXT,
    uid_validity       INTEGER,
    last_uid           INTEGER,
    connected          INTEGER NOT NULL DEFAULT 0,
    last_fetch_at      INTEGER,
    last_error         TEXT,
    last_error_at      INTEGER,
    updated_at         INTEGER NOT NULL
);

CREATE TABLE messages (
    id                 INTEGER PRIMARY KEY,
    mailbox            TEXT NOT NULL REFERENCES departments(code),
    source_id          TEXT NOT NULL,
    message_id         TEXT,
    content_hash       TEXT NOT NULL,
    size               INTEGER NOT NULL,
    received_at        INTEGER NOT NULL,
    status             TEXT NOT NULL DEFAULT 'received',
    status_reason      TEXT,
    from_address       TEXT,
    from_name          TEXT,
    to_addresses       TEXT,
    cc_addresses       TEXT,
    reply_to           TEXT,
    subject            TEXT,
    sent_at            INTEGER,
    in_reply_to        TEXT,
    body_text          TEXT,
    new_text           TEXT,
    has_html           INTEGER NOT NULL DEFAULT 0,
    headers            TEXT,
    warnings           TEXT,
    department         TEXT REFERENCES departments(code),
    processed_at       INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    UNIQUE (mailbox, source_id)
);
CREATE INDEX ix_messages_dedupe ON messages (content_hash, message_id);
CREATE INDEX ix_messages_department ON messages (department, received_at DESC);
CREATE INDEX ix_messages_mailbox ON messages (mailbox, received_at DESC);
CREATE INDEX ix_messages_status ON messages (status, received_at DESC);

CREATE TABLE message_attachments (
    id            INTEGER PRIMARY KEY,
    message_id    INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    content_id    TEXT,
    is_inline     INTEGER NOT NULL DEFAULT 0,
    content_hash  TEXT NOT NULL,
    text          TEXT,
    text_status   TEXT NOT NULL DEFAULT 'none',          -- none | extracted | unavailable
    text_note     TEXT,
    UNIQUE (message_id, ordinal)
);

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, from_address, from_name, body_text,
    content = 'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, subject, from_address, from_name, body_text)
    VALUES (new.id, new.subject, new.from_address, new.from_name, new.body_text);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, from_address, from_name, body_text)
    VALUES ('delete', old.id, old.subject, old.from_address, old.from_name, old.body_text);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, from_address, from_name, body_text ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, from_address, from_name, body_text)
    VALUES ('delete', old.id, old.subject, old.from_address, old.from_name, old.body_text);
    INSERT INTO messages_fts (rowid, subject, from_address, from_name, body_text)
    VALUES (new.id, new.subject, new.from_address, new.from_name, new.body_text);
END;
