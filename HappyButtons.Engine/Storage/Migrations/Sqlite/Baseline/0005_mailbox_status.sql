-- Outgoing mail that a transport accepted, so a send job that runs twice (lease lost after the send) sends once.
CREATE TABLE sent_mail (
    send_key           TEXT PRIMARY KEY,                  -- blob hash + envelope hash
    blob_hash          TEXT NOT NULL,
    mailbox            TEXT REFERENCES departments(code),
    envelope_from      TEXT NOT NULL,
    recipients         TEXT NOT NULL,                     -- JSON array
    transport          TEXT NOT NULL,                     -- smtp | pickup
    reply              TEXT,                              -- the server's reply or the pickup file
    sent_folder_error  TEXT,                              -- why the copy to the Sent folder failed, if it did
    sent_at            INTEGER NOT NULL
);
CREATE INDEX ix_sent_mail_sent_at ON sent_mail (sent_at DESC);
