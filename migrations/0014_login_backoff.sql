-- Accounts hardening (issue 15).
--
-- `login_failures`: failed sign-ins per (user name, source address), for the exponential
-- back-off that replaced the hard account lock. A row exists for any well-formed name, known
-- or not, so a real account and an unknown name are throttled alike (no enumeration). The row
-- is deleted by a successful sign-in or `pipeline-guard user unlock NAME`, and rows idle for a
-- day are pruned (the table is also capped; see security/backoff.rs).
CREATE TABLE login_failures (
    name      TEXT NOT NULL,
    source    TEXT NOT NULL,
    failures  INTEGER NOT NULL,
    last_ms   INTEGER NOT NULL,
    next_ms   INTEGER NOT NULL,               -- no attempt before this instant
    PRIMARY KEY (name, source)
);
CREATE INDEX login_failures_by_time ON login_failures (last_ms);

-- `users.uid`: a random account id carried by every session and API token (`uid` claim), so a
-- token outlives neither its account nor an account re-created under the same name (the
-- integer rowid may be reused by SQLite, a random id is not).
ALTER TABLE users ADD COLUMN uid TEXT;
UPDATE users SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX users_by_uid ON users (uid);
