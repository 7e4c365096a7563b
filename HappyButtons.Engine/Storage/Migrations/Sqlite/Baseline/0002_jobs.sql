-- Durable job queue: jobs, every attempt of every job, and recurring schedules.
-- States (lower-case text): enqueued, scheduled, processing, succeeded, failed (awaiting retry), dead, deleted.

CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    state         TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    max_attempts  INTEGER NOT NULL,
    run_after     INTEGER NOT NULL,
    dedupe_key    TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    started_at    INTEGER,
    finished_at   INTEGER,
    worker        TEXT,
    lease_until   INTEGER,
    last_error    TEXT
);
-- Claiming reads due waiting jobs in (run_after, id) order straight from this partial index, without sorting.
CREATE INDEX ix_jobs_due ON jobs (run_after, id) WHERE state IN ('enqueued', 'scheduled', 'failed');
-- Heartbeats renew and reap leases of the (few) processing jobs.
CREATE INDEX ix_jobs_processing ON jobs (worker, lease_until) WHERE state = 'processing';
-- Counts per state, the history filtered by state or kind (newest first by id), the time filter.
CREATE INDEX ix_jobs_state ON jobs (state);
CREATE INDEX ix_jobs_kind ON jobs (kind);
CREATE INDEX ix_jobs_created ON jobs (created_at);
-- A de-duplication key is unique among jobs that are not final yet.
CREATE UNIQUE INDEX ux_jobs_dedupe ON jobs (dedupe_key)
    WHERE dedupe_key IS NOT NULL AND state IN ('enqueued', 'scheduled', 'processing', 'failed');

CREATE TABLE job_attempts (
    id           INTEGER PRIMARY KEY,
    job_id       INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    worker       TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    duration_ms  INTEGER,
    outcome      TEXT NOT NULL,
    error        TEXT
);
CREATE INDEX ix_job_attempts_job ON job_attempts (job_id, number);

CREATE TABLE recurring_jobs (
    name          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    cron          TEXT NOT NULL,
    default_cron  TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1,
    edited        INTEGER NOT NULL DEFAULT 0,
    next_run      INTEGER,
    last_run      INTEGER,
    last_job_id   INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
