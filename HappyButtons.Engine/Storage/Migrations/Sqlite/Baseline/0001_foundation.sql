-- Foundation: departments, users and their memberships, API keys, sign-ins and the audit trail.
-- Timestamps are Unix milliseconds (UTC) in INTEGER columns: portable and cheap to compare.

CREATE TABLE departments (
    code        TEXT PRIMARY KEY,
    sort_order  INTEGER NOT NULL
);
INSERT INTO departments (code, sort_order) VALUES ('info', 1), ('sales', 2), ('support', 3), ('finance', 4);

CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    user_name        TEXT NOT NULL,
    normalized_name  TEXT NOT NULL UNIQUE,
    display_name     TEXT NOT NULL,
    email            TEXT,
    password_hash    TEXT NOT NULL,
    is_admin         INTEGER NOT NULL DEFAULT 0,
    is_disabled      INTEGER NOT NULL DEFAULT 0,
    language         TEXT NOT NULL DEFAULT 'de',
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     INTEGER,
    security_stamp   TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE user_departments (
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    department  TEXT NOT NULL REFERENCES departments(code),
    PRIMARY KEY (user_id, department)
);

CREATE TABLE api_keys (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    key_hash      TEXT NOT NULL UNIQUE,
    key_prefix    TEXT NOT NULL,
    is_admin      INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);

CREATE TABLE sign_ins (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    department  TEXT,
    succeeded   INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    remote_ip   TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX ix_sign_ins_at ON sign_ins (at);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL,
    details  TEXT
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
