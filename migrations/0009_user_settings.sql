-- User settings and account privacy.
--
-- `users.language`: the UI language the operator chose in Settings (a Lang code such as
-- `pt-BR`), applied at login; NULL = negotiate from the browser.
--
-- `audit_subjects`: audit rows name operator accounts by a pseudonym (`subj-<hex>`), never by
-- their account name; this table is the only link between the two. Erasing an account's
-- personal data (GDPR Art. 17) deletes its row here: the audit rows keep their pseudonym, so the
-- hash chain still verifies, but nobody can tell whose it was any more.
ALTER TABLE users ADD COLUMN language TEXT;

CREATE TABLE audit_subjects (
    subject    TEXT PRIMARY KEY,             -- the account name
    pseudonym  TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL
);
