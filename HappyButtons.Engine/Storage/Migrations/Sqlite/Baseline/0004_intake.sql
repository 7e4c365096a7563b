-- Intake: what enrichment, classification and routing decided per message; customers and contacts;
-- admin-edited routing rules, SLA policies and calendar; clerks' corrections; SLA escalations.

ALTER TABLE messages ADD COLUMN intent TEXT;
ALTER TABLE messages ADD COLUMN urgency TEXT;                   -- assessed by enrichment
ALTER TABLE messages ADD COLUMN language TEXT;
ALTER TABLE messages ADD COLUMN is_oem INTEGER;
ALTER TABLE messages ADD COLUMN customer_number TEXT;
ALTER TABLE messages ADD COLUMN confidence REAL;
ALTER TABLE messages ADD COLUMN rule_id TEXT;
ALTER TABLE messages ADD COLUMN rule_name TEXT;
ALTER TABLE messages ADD COLUMN priority TEXT;                  -- urgency after routing and escalation
ALTER TABLE messages ADD COLUMN sla_policy TEXT;
ALTER TABLE messages ADD COLUMN sla_due_at INTEGER;             -- first response due
ALTER TABLE messages ADD COLUMN sla_resolution_due_at INTEGER;
ALTER TABLE messages ADD COLUMN risk_score INTEGER;
ALTER TABLE messages ADD COLUMN risk_signals TEXT;              -- JSON [{code, weight, explanation}]
ALTER TABLE messages ADD COLUMN tags TEXT;                      -- JSON ["..."]
ALTER TABLE messages ADD COLUMN automation TEXT;                -- never | draft | auto_send_when_confident
ALTER TABLE messages ADD COLUMN escalate_to TEXT;               -- JSON ["addr"]
ALTER TABLE messages ADD COLUMN fraud_hold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN review_reason TEXT;
ALTER TABLE messages ADD COLUMN escalated_at INTEGER;
CREATE INDEX ix_messages_sla_due ON messages (sla_due_at) WHERE escalated_at IS NULL AND archived = 0;

CREATE TABLE customers (
    number       TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,                               -- regular | oem | distributor
    vip          INTEGER NOT NULL DEFAULT 0,
    language     TEXT NOT NULL DEFAULT 'de',                  -- de | en | other
    domains      TEXT NOT NULL DEFAULT '[]',                  -- JSON ["kunde.de"]
    agreements   TEXT NOT NULL DEFAULT '[]',                  -- JSON ["RV-2024-017"]
    updated_at   INTEGER NOT NULL
);

CREATE TABLE contacts (
    id                   INTEGER PRIMARY KEY,
    customer_number      TEXT NOT NULL REFERENCES customers(number) ON DELETE CASCADE,
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL,
    email                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title                TEXT,
    preferred_salutation TEXT
);
CREATE INDEX ix_contacts_customer ON contacts (customer_number);

CREATE TABLE routing_rules (
    id          TEXT PRIMARY KEY,
    sort_order  INTEGER NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1,
    definition  TEXT NOT NULL,                                -- JSON of the RoutingRule
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL
);

CREATE TABLE sla_policies (
    name                     TEXT PRIMARY KEY,
    first_response_minutes   INTEGER NOT NULL,
    resolution_minutes       INTEGER NOT NULL,
    updated_at               INTEGER NOT NULL
);

CREATE TABLE sla_calendar (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    federal_state  TEXT NOT NULL,
    opens_minutes  INTEGER NOT NULL,                          -- minutes after midnight, Europe/Berlin
    closes_minutes INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE TABLE training_examples (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    intent      TEXT NOT NULL,
    department  TEXT NOT NULL,
    message_id  INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    created_by  TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE escalations (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    at              INTEGER NOT NULL,
    recipients      TEXT NOT NULL,                            -- JSON ["addr"]
    priority_before TEXT,
    priority_after  TEXT,
    reason          TEXT NOT NULL,
    notified_at     INTEGER,                                  -- NULL until the notice is written/sent
    UNIQUE (message_id)
);
CREATE INDEX ix_escalations_unnotified ON escalations (id) WHERE notified_at IS NULL;
