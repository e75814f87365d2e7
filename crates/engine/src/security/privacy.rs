//! Operator accounts as data subjects (GDPR Art. 15 and 17, CCPA §1798.110 and §1798.105):
//! export everything tied to an account as JSON, and erase it.
//!
//! Erasure deletes the account, its API tokens (revoking them first) and its language setting,
//! replaces its name in security findings and data-subject requests by its audit pseudonym, and
//! deletes the pseudonym's link to the name (`audit_subjects`). The audit rows themselves are
//! never touched: they only ever held the pseudonym (see `audit.rs`), so the hash chain still
//! verifies while nobody can tell whose rows they were. Both operations are audited and
//! recorded in `data_subject_requests` (which the compliance report counts).
//!
//! Also here: the operator's UI language, kept with the account (`users.language`, migration
//! 0009) and applied at login.

use serde::Serialize;
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

use super::audit::{self, AuditEntry};
use super::{SecurityError, SecurityManager, store};
use crate::heal::timeline::Msg;

/// An account's stored fields (never the password hash).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AccountRecord {
    pub name: String,
    pub role: String,
    pub created_ms: i64,
    pub disabled: bool,
    pub failed_logins: i64,
    pub locked_until_ms: Option<i64>,
    pub language: Option<String>,
}

/// An API token issued to the account (never the token itself).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TokenRecord {
    pub jti: String,
    pub permissions: String,
    pub created_ms: i64,
    pub expires_ms: i64,
    pub revoked: bool,
}

/// A security finding that names the account.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FindingRecord {
    pub ts_ms: i64,
    pub kind: String,
    pub severity: String,
    pub source: String,
    pub details: String,
}

/// Everything the guard keeps about one operator account (right of access).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AccountExport {
    pub format: String,
    pub exported_at_ms: i64,
    pub account: AccountRecord,
    /// The pseudonym the audit log names this account by.
    pub audit_pseudonym: Option<String>,
    pub api_tokens: Vec<TokenRecord>,
    pub audit_entries: Vec<AuditEntry>,
    pub security_findings: Vec<FindingRecord>,
    /// Notes the account wrote on incidents (migration 0022).
    pub incident_notes: Vec<IncidentNoteRecord>,
    /// Incidents assigned to the account.
    #[ts(type = "Array<number>")]
    pub incidents_assigned: Vec<i64>,
}

/// A note the account wrote on an incident.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IncidentNoteRecord {
    #[ts(type = "number")]
    pub incident_id: i64,
    #[ts(type = "number")]
    pub at_ms: i64,
    pub text: String,
}

/// What an erasure did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ErasureOutcome {
    /// The pseudonym left in the audit log (now linked to nobody).
    pub pseudonym: String,
    pub tokens_revoked: u64,
    pub findings_anonymised: u64,
    pub requests_anonymised: u64,
    /// Audit rows that keep the (now unlinkable) pseudonym; the chain is unchanged.
    pub audit_rows_unlinked: u64,
    /// Rows written before pseudonyms existed (migration 0009) that name the account in clear:
    /// changing them would break the chain, so they stay until audit retention removes them.
    pub legacy_rows_naming_account: u64,
}

impl SecurityManager {
    async fn account(&self, name: &str) -> Result<AccountRecord, SecurityError> {
        let r = sqlx::query("SELECT name, role, created_ms, disabled, failed_logins, locked_until_ms, language FROM users WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.inner.pool)
            .await?
            .ok_or_else(|| SecurityError::NotFound(super::no_user(name)))?;
        Ok(AccountRecord {
            name: r.get(0),
            role: r.get(1),
            created_ms: r.get(2),
            disabled: r.get::<i64, _>(3) != 0,
            failed_logins: r.get(4),
            locked_until_ms: r.get(5),
            language: r.get(6),
        })
    }

    /// Right of access: everything tied to `name`, as one JSON-serialisable value. Audited as
    /// `subject.exported` and recorded as a served access request.
    pub async fn export_account(&self, name: &str, actor: &str) -> Result<AccountExport, SecurityError> {
        let account = self.account(name).await?;
        let pool = &self.inner.pool;
        let tokens = sqlx::query(
            "SELECT t.jti, t.permissions, t.created_ms, t.expires_ms, r.jti IS NOT NULL FROM api_tokens t LEFT JOIN revoked_tokens r ON r.jti = t.jti WHERE t.user_name = ? ORDER BY t.created_ms",
        )
        .bind(name)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| TokenRecord { jti: r.get(0), permissions: r.get(1), created_ms: r.get(2), expires_ms: r.get(3), revoked: r.get::<i64, _>(4) != 0 })
        .collect();
        let findings = sqlx::query(
            "SELECT ts_ms, kind, severity, source, details FROM security_findings WHERE actor = ? ORDER BY id",
        )
        .bind(name)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| FindingRecord {
            ts_ms: r.get(0),
            kind: r.get(1),
            severity: r.get(2),
            source: r.get(3),
            details: r.get(4),
        })
        .collect();
        let incident_notes =
            sqlx::query("SELECT incident_id, at_ms, text FROM incident_notes WHERE author = ? ORDER BY id")
                .bind(name)
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| IncidentNoteRecord { incident_id: r.get(0), at_ms: r.get(1), text: r.get(2) })
                .collect();
        let incidents_assigned = sqlx::query_scalar("SELECT id FROM incidents WHERE assignee = ? ORDER BY id")
            .bind(name)
            .fetch_all(pool)
            .await?;
        // Audit first, so the export includes its own access record.
        self.inner.audit.append(actor, "subject.exported", name, json!({ "kind": "access" })).await?;
        let audit_entries = self.inner.audit.rows_of_subject(name).await?;
        let pseudonym = audit::pseudonym_of(pool, name).await?;
        self.record_request(pseudonym.as_deref().unwrap_or("unknown"), "access", "done", "").await?;
        Ok(AccountExport {
            format: "pipeline-guard.account-export.v1".into(),
            exported_at_ms: self.now(),
            account,
            audit_pseudonym: pseudonym,
            api_tokens: tokens,
            audit_entries,
            security_findings: findings,
            incident_notes,
            incidents_assigned,
        })
    }

    /// Right to erasure: remove the account and unlink its audit pseudonym (see the module
    /// docs). Refused for the last enabled account holding MANAGE_USERS (nobody could manage
    /// accounts afterwards). Audited as `subject.erased`.
    pub async fn erase_account(&self, name: &str, actor: &str) -> Result<ErasureOutcome, SecurityError> {
        let account = self.account(name).await?;
        let pool = &self.inner.pool;
        let managers: Vec<String> = sqlx::query_scalar(
            "SELECT u.name FROM users u JOIN roles r ON r.name = u.role WHERE u.disabled = 0 AND (',' || r.permissions || ',') LIKE '%,MANAGE_USERS,%'",
        )
        .fetch_all(pool)
        .await?;
        if managers.len() == 1 && managers[0] == account.name {
            return Err(SecurityError::Conflict(Msg::new("sec-error-last-manager").text("name", name)));
        }
        // Make sure the account has a pseudonym, so the audit trail of the erasure itself names
        // it only that way.
        self.inner.audit.append(actor, "subject.erasure.requested", name, json!({ "kind": "erasure" })).await?;
        let pseudonym = audit::pseudonym_of(pool, name).await?.ok_or(SecurityError::Corrupt("audit pseudonym"))?;
        let now = self.now();
        let mut conn = pool.acquire().await?;
        let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
        let tokens_revoked = sqlx::query(
            "INSERT INTO revoked_tokens (jti, revoked_ms, expires_ms) SELECT jti, ?, expires_ms FROM api_tokens WHERE user_name = ? ON CONFLICT (jti) DO NOTHING",
        )
        .bind(now)
        .bind(name)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM api_tokens WHERE user_name = ?").bind(name).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM users WHERE name = ?").bind(name).execute(&mut *tx).await?;
        // Sign-in failures name the account and where it signed in from.
        sqlx::query("DELETE FROM login_failures WHERE name = ?").bind(name).execute(&mut *tx).await?;
        let findings_anonymised = sqlx::query("UPDATE security_findings SET actor = ? WHERE actor = ?")
            .bind(&pseudonym)
            .bind(name)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Findings describe what happened in words ("`ana` attempted …"): unlink those too.
        let texts: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, details FROM security_findings WHERE instr(details, ?) > 0")
                .bind(name)
                .fetch_all(&mut *tx)
                .await?;
        for (id, text) in texts {
            let replaced = audit::replace_word(&text, name, &pseudonym);
            if replaced != text {
                sqlx::query("UPDATE security_findings SET details = ? WHERE id = ?")
                    .bind(replaced)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        // Incidents worked by the account (migration 0022) name its pseudonym instead.
        for sql in [
            "UPDATE incidents SET acknowledged_by = ? WHERE acknowledged_by = ?",
            "UPDATE incidents SET assignee = ? WHERE assignee = ?",
            "UPDATE incidents SET assigned_by = ? WHERE assigned_by = ?",
            "UPDATE incident_notes SET author = ? WHERE author = ?",
        ] {
            sqlx::query(sql).bind(&pseudonym).bind(name).execute(&mut *tx).await?;
        }
        let entries: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, detail, COALESCE(message_args, '') FROM incident_events WHERE message_id LIKE 'incident-work-%' AND (instr(detail, ?) > 0 OR instr(message_args, ?) > 0)",
        )
        .bind(name)
        .bind(name)
        .fetch_all(&mut *tx)
        .await?;
        for (id, detail, args) in entries {
            sqlx::query("UPDATE incident_events SET detail = ?, message_args = ? WHERE id = ?")
                .bind(audit::replace_word(&detail, name, &pseudonym))
                .bind(audit::replace_word(&args, name, &pseudonym))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        let requests_anonymised = sqlx::query("UPDATE data_subject_requests SET subject = ? WHERE subject = ?")
            .bind(&pseudonym)
            .bind(name)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let like = format!("%{pseudonym}%");
        let audit_rows_unlinked: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor = ? OR target = ? OR details LIKE ?")
                .bind(&pseudonym)
                .bind(&pseudonym)
                .bind(&like)
                .fetch_one(&mut *tx)
                .await?;
        let legacy: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor = ? OR target = ?")
            .bind(name)
            .bind(name)
            .fetch_one(&mut *tx)
            .await?;
        audit::erase_subject(&mut tx, name).await?;
        tx.commit().await?;
        self.session_changed();
        let out = ErasureOutcome {
            pseudonym: pseudonym.clone(),
            tokens_revoked,
            findings_anonymised,
            requests_anonymised,
            audit_rows_unlinked: audit_rows_unlinked as u64,
            legacy_rows_naming_account: legacy as u64,
        };
        // The actor may be the account itself: then it too is named by the pseudonym only.
        let actor = if actor == name { pseudonym.as_str() } else { actor };
        self.inner
            .audit
            .append(actor, "subject.erased", &pseudonym, serde_json::to_value(&out).unwrap_or_default())
            .await?;
        self.record_request(
            &pseudonym,
            "erasure",
            "done",
            &format!("{tokens_revoked} tokens revoked, {audit_rows_unlinked} audit rows unlinked"),
        )
        .await?;
        Ok(out)
    }

    async fn record_request(
        &self,
        subject: &str,
        kind: &str,
        outcome: &str,
        detail: &str,
    ) -> Result<(), SecurityError> {
        sqlx::query("INSERT INTO data_subject_requests (ts_ms, subject, kind, outcome, detail) VALUES (?, ?, ?, ?, ?)")
            .bind(self.now())
            .bind(subject)
            .bind(kind)
            .bind(outcome)
            .bind(detail)
            .execute(&self.inner.pool)
            .await?;
        Ok(())
    }

    /// The UI language saved with the account, if any.
    pub async fn user_language(&self, name: &str) -> Result<Option<String>, SecurityError> {
        Ok(sqlx::query_scalar::<_, Option<String>>("SELECT language FROM users WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.inner.pool)
            .await?
            .flatten())
    }

    /// Save the account's UI language (`None` clears it: negotiate from the browser again).
    /// `language` must be one of the ten supported codes; the caller validates it.
    pub async fn set_user_language(&self, name: &str, language: Option<&str>) -> Result<(), SecurityError> {
        if store::get_user(&self.inner.pool, name).await?.is_none() {
            return Err(SecurityError::NotFound(super::no_user(name)));
        }
        sqlx::query("UPDATE users SET language = ? WHERE name = ?")
            .bind(language)
            .bind(name)
            .execute(&self.inner.pool)
            .await?;
        Ok(())
    }
}
