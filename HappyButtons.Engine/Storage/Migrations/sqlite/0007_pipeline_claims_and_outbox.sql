-- Hangfire replaces our own job engine. The mail pipeline's queue is the message table itself: a worker claims received
-- mail (owner + lease), counts its attempts, and a mail that failed waits until not_before. Outgoing mail is recorded in
-- outgoing_mail (the outbox) before Hangfire is asked to deliver it, so nothing queued is lost with the job tables.

ALTER TABLE messages ADD COLUMN claim_owner TEXT;
ALTER TABLE messages ADD COLUMN claim_until INTEGER;
ALTER TABLE messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN not_before INTEGER;
ALTER TABLE messages ADD COLUMN last_error TEXT;
CREATE INDEX ix_messages_queue ON messages (id) WHERE status = 'received';
CREATE INDEX ix_messages_claims ON messages (claim_until) WHERE status = 'processing';
-- Mail whose processing job had not finished is simply waiting again.
UPDATE messages SET status = 'received' WHERE status = 'processing';

CREATE TABLE outgoing_mail (
    id                 INTEGER PRIMARY KEY,
    send_key           TEXT NOT NULL UNIQUE,              -- Message-ID + envelope (or content hash + envelope): one delivery
    message_id         TEXT,                              -- the Message-ID header, for people and threading
    blob_hash          TEXT NOT NULL,                     -- the composed message in the raw store
    mailbox            TEXT REFERENCES departments(code), -- whose Sent folder gets a copy
    envelope_from      TEXT NOT NULL,
    recipients         TEXT NOT NULL,                     -- JSON array
    status             TEXT NOT NULL,                     -- queued | sending | sent | failed
    attempts           INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT,
    job_id             TEXT,                              -- the Hangfire job delivering it
    transport          TEXT,                              -- smtp | pickup
    reply              TEXT,                              -- the server's reply or the pickup file
    sent_folder_error  TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    sent_at            INTEGER
);
CREATE INDEX ix_outgoing_mail_open ON outgoing_mail (id) WHERE status IN ('queued', 'sending');
CREATE INDEX ix_outgoing_mail_created ON outgoing_mail (created_at DESC);

INSERT INTO outgoing_mail (send_key, blob_hash, mailbox, envelope_from, recipients, status, transport, reply, sent_folder_error,
                           created_at, updated_at, sent_at)
SELECT send_key, blob_hash, mailbox, envelope_from, recipients, 'sent', transport, reply, sent_folder_error, sent_at, sent_at, sent_at
FROM sent_mail;

-- Deliveries the old engine had not finished move into the outbox (Hangfire gets them at the next start).
INSERT OR IGNORE INTO outgoing_mail (send_key, blob_hash, mailbox, envelope_from, recipients, status, attempts, last_error, created_at, updated_at)
SELECT COALESCE(substr(dedupe_key, 11), 'job:' || id), json_extract(payload, '$.blobHash'), json_extract(payload, '$.mailbox'),
       json_extract(payload, '$.from'), json_extract(payload, '$.recipients'), 'queued', attempts, last_error, created_at, updated_at
FROM jobs WHERE kind = 'mail.send' AND state IN ('enqueued', 'scheduled', 'processing', 'failed');

DROP TABLE job_attempts;
DROP TABLE recurring_jobs;
DROP TABLE jobs;
DROP TABLE sent_mail;
