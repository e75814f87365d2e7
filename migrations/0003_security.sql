-- Security: roles, accounts, API tokens, revoked sessions, encrypted keys and secrets,
-- the hash-chained audit log and security findings.

CREATE TABLE roles (
    name        TEXT PRIMARY KEY,
    permissions TEXT NOT NULL,            -- comma-separated Permission names
    builtin     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO roles (name, permissions, builtin) VALUES
    ('admin', 'ADMIN_ACCESS,MANAGE_COMPONENTS,TRIGGER_HEALING,READ_METRICS,MONITOR_HEALTH,EXPORT_REPORTS,MANAGE_USERS,VIEW_AUDIT', 1),
    ('operator', 'READ_METRICS,MONITOR_HEALTH,TRIGGER_HEALING', 1),
    ('viewer', 'READ_METRICS,MONITOR_HEALTH', 1);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL REFERENCES roles (name),
    password_hash   TEXT NOT NULL,          -- argon2id PHC string
    created_ms      INTEGER NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER
);

-- API tokens for scripts and the Alertmanager receiver. The token itself is kept only
-- encrypted (AEAD), so an administrator can list and revoke them.
CREATE TABLE api_tokens (
    jti         TEXT PRIMARY KEY,
    user_name   TEXT NOT NULL,
    permissions TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    expires_ms  INTEGER NOT NULL,
    token_enc   BLOB NOT NULL
);

CREATE TABLE revoked_tokens (
    jti        TEXT PRIMARY KEY,
    revoked_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL
);

-- Keys and secrets, each encrypted with the data-encryption key (see security/crypto.rs).
CREATE TABLE secrets (
    name       TEXT PRIMARY KEY,
    ciphertext BLOB NOT NULL,
    updated_ms INTEGER NOT NULL
);

-- Hash-chained audit log: hash = HMAC-SHA256(audit key, prev_hash | id | ts | actor | action | target | details).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    ts_ms     INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit_log (ts_ms);

CREATE TABLE security_findings (
    id       INTEGER PRIMARY KEY,
    ts_ms    INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    severity TEXT NOT NULL,
    actor    TEXT NOT NULL,
    source   TEXT NOT NULL,
    details  TEXT NOT NULL
);
CREATE INDEX findings_by_time ON security_findings (ts_ms);
