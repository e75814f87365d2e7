//! Security facts for a report's evidence (security's migrations 0003 and 0009): the audit
//! chain verified with the audit log's own verifier, the accounts and roles for the access
//! review, and how secrets are stored (encryption at rest).

use std::path::Path;

use guard_engine::compliance::{AuditHead, AuditVerification};
use guard_engine::security::{AuditLog, Keyring};
use guard_engine::store;
use sqlx::SqlitePool;

/// Verify the audit chain of the database at `db_path` with its key file (`<db>.keys`, never
/// created here). Absent when the database has no audit rows; unverifiable when the rows exist
/// but the key to check them does not.
pub async fn verify(pool: &SqlitePool, db_path: &Path) -> Result<AuditVerification, sqlx::Error> {
    if store::security::audit_rows(pool).await? == 0 {
        return Ok(AuditVerification::Absent);
    }
    let log = match AuditLog::open_for_verification(pool.clone(), &Keyring::default_path(db_path)).await {
        Ok(Some(log)) => log,
        Ok(None) => {
            return Ok(AuditVerification::Unverifiable {
                reason: "the database holds audit rows but no audit key".into(),
            });
        }
        Err(e) => return Ok(AuditVerification::Unverifiable { reason: e.to_string() }),
    };
    Ok(from_result(log.verify().await))
}

/// The compliance view of the audit log's verification.
pub fn from_result(
    r: Result<
        Result<guard_engine::security::AuditVerified, guard_engine::security::AuditBreak>,
        guard_engine::security::SecurityError,
    >,
) -> AuditVerification {
    match r {
        Ok(Ok(v)) if v.rows == 0 => AuditVerification::Absent,
        Ok(Ok(v)) => AuditVerification::Intact(AuditHead { rows: v.rows as u64, hash: v.head }),
        Ok(Err(b)) => AuditVerification::Broken { row: b.row().max(0) as u64, reason: b.to_string() },
        Err(e) => AuditVerification::Unverifiable { reason: e.to_string() },
    }
}

/// One account as the access review sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountFacts {
    pub name: String,
    pub role: String,
    pub disabled: bool,
    pub created_ms: i64,
    /// Last successful login recorded in the audit log before the period's end.
    pub last_login_ms: Option<i64>,
}

/// Accounts and roles at the end of the period.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessFacts {
    pub accounts: Vec<AccountFacts>,
    /// Roles defined (built-in and custom).
    pub roles: u64,
}

/// An enabled account older than this with no login in this long needs review.
pub const STALE_MS: i64 = 90 * 86_400_000;

impl AccessFacts {
    /// Enabled accounts without a login in the last 90 days before `at_ms` (and older than that).
    pub fn stale(&self, at_ms: i64) -> Vec<&AccountFacts> {
        self.accounts
            .iter()
            .filter(|a| {
                !a.disabled && a.created_ms < at_ms - STALE_MS && a.last_login_ms.is_none_or(|t| t < at_ms - STALE_MS)
            })
            .collect()
    }

    /// `role: count` per role holding accounts, by role name.
    pub fn per_role(&self) -> Vec<(String, u64)> {
        let mut m = std::collections::BTreeMap::new();
        for a in self.accounts.iter().filter(|a| !a.disabled) {
            *m.entry(a.role.clone()).or_insert(0u64) += 1;
        }
        m.into_iter().collect()
    }
}

/// The accounts, their roles and last logins, if this database has accounts at all.
pub async fn access_review(pool: &SqlitePool, to_ms: i64) -> Result<Option<AccessFacts>, sqlx::Error> {
    let Some(rows) = store::security::accounts_with_last_login(pool, to_ms).await? else { return Ok(None) };
    let roles = store::security::role_count(pool).await?;
    Ok(Some(AccessFacts {
        accounts: rows
            .into_iter()
            .map(|store::security::AccountRow { name, role, disabled, created_ms, last_login_ms }| AccountFacts {
                name,
                role,
                disabled,
                created_ms,
                last_login_ms,
            })
            .collect(),
        roles,
    }))
}

/// How secrets (signing and audit keys, stored secrets, API tokens) are kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SecretFacts {
    /// Values stored as AEAD ciphertext (`PGE1` envelope).
    pub encrypted: u64,
    /// Values stored any other way.
    pub plaintext: u64,
    /// The key file beside the database and its Unix mode, if there is one (else the key comes
    /// from the config's passphrase, or there are no secrets yet).
    pub key_file: Option<(String, u32)>,
}

/// Inspect every stored secret: is it in the AEAD envelope?
pub async fn secret_facts(pool: &SqlitePool, db_path: &Path) -> Result<SecretFacts, sqlx::Error> {
    let mut f = SecretFacts::default();
    let (encrypted, all) = store::security::secret_envelopes(pool).await?;
    f.encrypted = encrypted;
    f.plaintext = all - encrypted;
    let kf = Keyring::default_path(db_path);
    if let Ok(m) = std::fs::metadata(&kf) {
        use std::os::unix::fs::PermissionsExt;
        f.key_file = Some((kf.display().to_string(), m.permissions().mode() & 0o777));
    }
    Ok(f)
}
