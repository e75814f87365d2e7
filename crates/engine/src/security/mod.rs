//! Security: operator accounts and roles, JWT sessions and scoped API tokens, authorization,
//! sign-in rate limits and back-off, the hash-chained audit log, threat findings and encryption at
//! rest. No HTTP here: the server's extractor (crates/cli/src/routes/secure.rs) calls
//! [`SecurityManager::authorize`], the one place a permission is checked (
//! `secure_pipeline_operation`).
//!
//! Keys: the data-encryption keyring comes from `security.encryption_key` or a key file beside
//! the database (`<db>.keys`, 0600). The JWT signing key comes from `PIPELINE_SECRET_KEY` /
//! `security.secret_key`, else it is generated on first run and stored encrypted in the
//! `secrets` table, as is the audit-chain key; `key rotate` replaces the generated one and keeps
//! the old one (`jwt.previous_keys`) only until the last token it signed has expired. The Ed25519
//! key that signs audit checkpoints and reports lives beside the database (`<db>.signing`, its
//! secret encrypted with the keyring), the checkpoints in `<db>.checkpoints` ([`checkpoint`]).
//! Secrets never print (`Debug` hides them) and never reach the audit log (see [`audit::redact`]).
//!
//! Sign-in: names are validated before anything else sees them; failures are throttled per
//! (name, source) with exponential back-off ([`backoff`]), never by locking the account; an
//! unknown name costs the same password hash and gets the same answers as a real one.

pub mod admin;
pub mod audit;
pub mod backoff;
pub mod checkpoint;
pub mod crypto;
mod os_user;
pub mod permission;
pub mod privacy;
mod store;
pub mod threat;
pub mod token;

#[cfg(test)]
mod robustness;
#[cfg(test)]
mod tests;

use std::num::NonZeroU32;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use std::time::Instant;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use parking_lot::{Mutex, RwLock};
use serde::Serialize;
use serde_json::json;
use sqlx::{Row, SqlitePool};
use ts_rs::TS;

pub use audit::{AuditBreak, AuditEntry, AuditLog, AuditVerified};
pub use checkpoint::{Checkpoint, Checkpoints, KeyFiles, PublicKey, Signer};
pub use crypto::{CryptoError, Keyring};
pub use os_user::{cli_actor, os_user_name};
pub use permission::{Permission, PermissionSet};
pub use privacy::{AccountExport, ErasureOutcome};
pub use threat::{Finding, FindingKind, ThreatDetector, ThreatSettings};
pub use token::{Claims, TokenKind, TokenSigner};

use crate::clock::SharedClock;
use crate::config::SecuritySettings;
use crate::heal::timeline::Msg;

const SIGNING_KEY: &str = "jwt.signing_key";
/// Signing keys `key rotate` retired: JSON `[{"key": hex, "until_ms": n}]`, encrypted.
const PREVIOUS_SIGNING_KEYS: &str = "jwt.previous_keys";
const AUDIT_KEY: &str = "audit.key";
/// How often an event stream re-checks its session (revocations by another process, expiry).
pub const SESSION_RECHECK: Duration = Duration::from_secs(2);
/// Keys the per-source login limiter may hold before idle ones are dropped.
const LIMITER_KEYS: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum SecurityError {
    #[error("security database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error("stored {0} is corrupt")]
    Corrupt(&'static str),
    /// Bad input from the caller (exit 2 / HTTP 400). The four kinds a caller can act on carry
    /// a message (`security-errors.ftl`) that the CLI, the server and the app say in their
    /// reader's language; `Display` is its English text.
    #[error("{}", .0.english())]
    Invalid(Msg),
    #[error("{}", .0.english())]
    Conflict(Msg),
    /// The caller may not do this (HTTP 403), e.g. grant more than it holds.
    #[error("{}", .0.english())]
    Forbidden(Msg),
    /// No such account (exit 2 / HTTP 404).
    #[error("{}", .0.english())]
    NotFound(Msg),
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// Why a request or a login was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Denied {
    #[error("authentication required: send `Authorization: Bearer TOKEN` (get one from POST /api/login)")]
    Missing,
    #[error("the token is malformed or its signature does not verify")]
    Invalid,
    #[error("the token expired; log in again")]
    Expired,
    #[error("the token was revoked")]
    Revoked,
    #[error("the token's account no longer exists or is disabled")]
    UnknownUser,
    #[error("permission {0} required")]
    Forbidden(Permission),
    #[error("wrong user name or password")]
    BadCredentials,
    /// Malformed input (a user name that could be no account's), answered 400.
    #[error("{}", .0.english())]
    BadRequest(Msg),
    #[error("too many attempts; retry in {0}s")]
    Throttled(u64),
    #[error(
        "security is enabled and no account exists yet: create the admin first \
         (`pipeline-guard user add NAME --role admin --db PATH`, or POST /api/setup from this machine \
         with the setup token printed at startup)"
    )]
    SetupRequired,
    #[error("this route is only served to loopback clients")]
    LoopbackOnly,
    #[error("internal error; see the server log")]
    Internal,
}

impl From<SecurityError> for Denied {
    fn from(e: SecurityError) -> Self {
        tracing::error!(error = %e, "security check failed");
        Denied::Internal
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PrincipalKind {
    Session,
    Api,
    /// Security is disabled: everyone may do everything.
    Anonymous,
}

/// Who is calling and what they may do.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Principal {
    pub user: String,
    pub role: String,
    pub kind: PrincipalKind,
    pub permissions: Vec<Permission>,
    #[serde(skip)]
    pub jti: Option<String>,
    pub expires_at_ms: Option<i64>,
}

impl Principal {
    pub fn may(&self, p: Permission) -> bool {
        self.permissions.contains(&p)
    }

    /// Security is off: everyone may do everything.
    pub fn anonymous() -> Principal {
        Principal {
            user: "anonymous".into(),
            role: "admin".into(),
            kind: PrincipalKind::Anonymous,
            permissions: Permission::ALL.to_vec(),
            jti: None,
            expires_at_ms: None,
        }
    }
}

/// `GET /api/session`: what the UI needs to show or hide.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SessionView {
    pub security_enabled: bool,
    pub setup_required: bool,
    pub authenticated: bool,
    pub principal: Option<Principal>,
    /// The UI language saved with the signed-in account (Settings), applied by the UI at login.
    pub language: Option<String>,
}

/// A freshly issued token (printed once; only its jti and an encrypted copy are kept).
#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct IssuedToken {
    pub token: String,
    pub jti: String,
    pub expires_at_ms: i64,
    pub permissions: Vec<Permission>,
}

impl std::fmt::Debug for IssuedToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedToken")
            .field("jti", &self.jti)
            .field("expires_at_ms", &self.expires_at_ms)
            .finish_non_exhaustive()
    }
}

/// An account as listed to administrators.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct UserView {
    pub name: String,
    pub role: String,
    pub disabled: bool,
    /// Until when some source must wait before its next sign-in try for this account (the
    /// longest back-off after failed tries; the account itself is never locked).
    pub locked_until_ms: Option<i64>,
}

/// `SecurityManager`: a cheap-to-clone handle over the security state.
#[derive(Clone)]
pub struct SecurityManager {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for SecurityManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecurityManager").field("enabled", &self.inner.enabled).finish_non_exhaustive()
    }
}

struct Inner {
    enabled: bool,
    token_expiry: Duration,
    api_token_max_ttl: Duration,
    rate_limiting: bool,
    /// The JWT key is `security.secret_key` / `PIPELINE_SECRET_KEY` (not rotated here).
    signing_from_config: bool,
    /// When the signing keys were last re-read after an unknown `kid` (at most once a second).
    signer_reloaded: Mutex<Option<Instant>>,
    /// Woken when a session may have ended (revocation, disable, erasure), so event streams
    /// close at once; they also re-check every [`SESSION_RECHECK`].
    session_change: tokio::sync::Notify,
    pool: SqlitePool,
    clock: SharedClock,
    keyring: Arc<RwLock<Keyring>>,
    signer: TokenSigner,
    audit: AuditLog,
    threats: ThreatDetector,
    has_users: AtomicBool,
    setup_token: Mutex<Option<String>>,
    /// Sign-in and token requests per source address (swapped for an empty one when it holds
    /// too many sources, so memory stays bounded; names are throttled by `backoff`).
    by_source: RwLock<Arc<DefaultKeyedRateLimiter<String>>>,
    /// A real argon2id hash to verify against for unknown users, so timing does not tell
    /// which names exist.
    dummy_hash: String,
}

fn hash_password(password: &str) -> Result<String, SecurityError> {
    let salt_bytes: [u8; 16] = crypto::random_bytes()?;
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| SecurityError::Hash(e.to_string()))?;
    // Argon2id, v19, m=19 MiB, t=2, p=1 (the crate's defaults, OWASP's recommendation).
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| SecurityError::Hash(e.to_string()))
}

fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

fn random_hex<const N: usize>() -> Result<String, SecurityError> {
    Ok(hex::encode(crypto::random_bytes::<N>()?))
}

/// "unknown role `x` (built in: …)" (`sec-error-unknown-role`).
pub(crate) fn unknown_role(role: &str) -> Msg {
    Msg::new("sec-error-unknown-role").text("role", role).text("command", "pipeline-guard role add")
}

/// "no user `x`" (`api-error-no-user`).
pub(crate) fn no_user(name: &str) -> Msg {
    Msg::new("api-error-no-user").text("name", name)
}

/// Longest account (and role) name.
pub const MAX_NAME_LEN: usize = 64;

/// 1–64 ASCII letters, digits, `.`, `_`, `-` or `@`. The error never echoes a long name.
pub fn validate_user_name(name: &str) -> Result<(), SecurityError> {
    if name.is_empty()
        || name.len() > MAX_NAME_LEN
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c))
    {
        let msg = if name.len() > MAX_NAME_LEN || name.chars().any(char::is_control) {
            Msg::new("sec-error-invalid-name-bytes").num("bytes", name.len() as f64)
        } else {
            Msg::new("sec-error-invalid-name").text("name", name)
        };
        return Err(SecurityError::Invalid(msg.num("max", MAX_NAME_LEN as f64)));
    }
    Ok(())
}

pub fn validate_password(password: &str) -> Result<(), SecurityError> {
    let n = password.chars().count();
    if n < 10 {
        return Err(SecurityError::Invalid(
            Msg::new("sec-error-password-short").num("count", n as f64).num("min", 10.0),
        ));
    }
    if password.len() > 1024 {
        return Err(SecurityError::Invalid(Msg::new("sec-error-password-long").num("max", 1024.0)));
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn get_or_create_secret(
    pool: &SqlitePool,
    ring: &Keyring,
    name: &str,
    now: i64,
) -> Result<Vec<u8>, SecurityError> {
    if store::get_secret_raw(pool, name).await?.is_none() {
        let fresh: [u8; 32] = crypto::random_bytes()?;
        let ct = ring.encrypt_data(&fresh, name.as_bytes())?;
        // Another process may win the race; then its key stays and we read it below.
        sqlx::query(
            "INSERT INTO secrets (name, ciphertext, updated_ms) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(ct)
        .bind(now)
        .execute(pool)
        .await?;
    }
    let ct = store::get_secret_raw(pool, name).await?.ok_or(SecurityError::Corrupt("secret"))?;
    Ok(ring.decrypt_data(&ct, name.as_bytes())?)
}

fn quota(per: Duration, burst: u32) -> Quota {
    Quota::with_period(per).expect("non-zero period").allow_burst(NonZeroU32::new(burst).expect("non-zero burst"))
}

/// 10 attempts per source address, then one per 6 s (per name and source: `backoff`).
fn source_limiter() -> DefaultKeyedRateLimiter<String> {
    RateLimiter::keyed(quota(Duration::from_secs(6), 10))
}

impl SecurityManager {
    /// Open the security state over an already migrated database. `key_file` is where the
    /// data-encryption keyring lives, or, with `security.encryption_key`, the passphrase's
    /// Argon2id salt; a database still under the old SHA-256 passphrase key is re-encrypted here.
    pub async fn open(
        pool: SqlitePool,
        settings: &SecuritySettings,
        key_file: &Path,
        clock: SharedClock,
    ) -> Result<SecurityManager, SecurityError> {
        let mut ring = match &settings.encryption_key {
            Some(pass) => {
                let pass = pass.0.clone();
                let path = key_file.to_path_buf();
                tokio::task::spawn_blocking(move || Keyring::from_passphrase(&pass, &path))
                    .await
                    .map_err(|e| SecurityError::Hash(e.to_string()))??
            }
            None => Keyring::load_or_create(key_file)?,
        };
        let migrated = if ring.migrating() {
            // Values written under the old SHA-256 passphrase key move to the Argon2id key.
            let n = reencrypt_all(&pool, &ring).await?;
            ring.finish_passphrase_migration()?;
            Some(n)
        } else {
            None
        };
        let now = clock.now_ms();
        let signing_from_config = settings.secret_key.as_ref().is_some_and(|s| !s.0.is_empty());
        let signer = match &settings.secret_key {
            Some(s) if signing_from_config => TokenSigner::new(s.0.as_bytes()),
            _ => {
                let (current, retired) = load_signing_keys(&pool, &ring, now).await?;
                TokenSigner::with_retired(&current, &retired)
            }
        };
        let audit_key: [u8; 32] = get_or_create_secret(&pool, &ring, AUDIT_KEY, now)
            .await?
            .try_into()
            .map_err(|_| SecurityError::Corrupt("audit key"))?;
        let keyring = Arc::new(RwLock::new(ring));
        let audit = AuditLog::new(pool.clone(), audit_key, keyring.clone(), clock.clone());
        let head = audit.head().await?;
        let head_ref = head.as_ref().map(|(id, h)| (*id, h.as_str())).unwrap_or((0, checkpoint::GENESIS));
        let checkpoints = Checkpoints::open_for_signing(
            KeyFiles::beside_keyring(key_file),
            &keyring.read(),
            clock.clone(),
            head_ref,
        )?;
        if let Some(last) = checkpoints.last().filter(|c| c.rows > head_ref.0) {
            tracing::error!(rows = head_ref.0, signed = last.rows, at = %last.at(), "the audit log has fewer rows than its newest signed checkpoint: rows were deleted or an older database was restored (`pipeline-guard audit verify` names them)");
        }
        let audit = audit.with_checkpoints(Arc::new(checkpoints));
        let has_users = store::user_count(&pool).await? > 0;
        let setup_token = if settings.enabled && !has_users { Some(random_hex::<16>()?) } else { None };
        let dummy_hash = hash_password(&random_hex::<16>()?)?;
        if let Some(n) = migrated.filter(|n| *n > 0) {
            tracing::info!(
                values = n,
                "the encryption passphrase now goes through Argon2id; stored values re-encrypted"
            );
            audit
                .append(
                    "system",
                    "key.passphrase_migrated",
                    "data-encryption key",
                    json!({ "values": n, "kdf": "argon2id" }),
                )
                .await?;
        }
        Ok(SecurityManager {
            inner: Arc::new(Inner {
                enabled: settings.enabled,
                token_expiry: settings.token_expiry,
                api_token_max_ttl: settings.api_token_max_ttl,
                rate_limiting: settings.rate_limiting,
                signing_from_config,
                signer_reloaded: Mutex::new(None),
                session_change: tokio::sync::Notify::new(),
                pool,
                threats: ThreatDetector::new(clock.clone(), ThreatSettings::default()),
                clock,
                keyring,
                signer,
                audit,
                has_users: AtomicBool::new(has_users),
                setup_token: Mutex::new(setup_token),
                by_source: RwLock::new(Arc::new(source_limiter())),
                dummy_hash,
            }),
        })
    }

    pub fn enabled(&self) -> bool {
        self.inner.enabled
    }

    /// The Ed25519 key that signs audit checkpoints and reports.
    pub fn signer(&self) -> Option<&Signer> {
        self.inner.audit.checkpoints().and_then(|c| c.signer())
    }

    /// The audit log every part of the engine appends to.
    pub fn audit(&self) -> &AuditLog {
        &self.inner.audit
    }

    pub fn threats(&self) -> &ThreatDetector {
        &self.inner.threats
    }

    fn now(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    /// Whether security is on and no account exists yet.
    pub async fn setup_required(&self) -> Result<bool, SecurityError> {
        if !self.inner.enabled || self.inner.has_users.load(Ordering::Relaxed) {
            return Ok(false);
        }
        let has = store::user_count(&self.inner.pool).await? > 0;
        if has {
            self.inner.has_users.store(true, Ordering::Relaxed);
            self.inner.setup_token.lock().take();
        }
        Ok(!has)
    }

    /// The one-time setup token (printed to the terminal at startup) while setup is required.
    pub fn setup_token(&self) -> Option<String> {
        self.inner.setup_token.lock().clone()
    }

    /// Create the first admin with the one-time setup token; only from a loopback client.
    pub async fn complete_setup(
        &self,
        setup_token: &str,
        name: &str,
        password: &str,
        loopback: bool,
        source: &str,
    ) -> Result<(), SetupError> {
        if !loopback {
            return Err(SetupError::Denied(Denied::LoopbackOnly));
        }
        if !self.setup_required().await? {
            return Err(SetupError::Security(SecurityError::Conflict(Msg::new("sec-error-setup-done"))));
        }
        let ok = self
            .inner
            .setup_token
            .lock()
            .as_deref()
            .is_some_and(|t| constant_time_eq(t.as_bytes(), setup_token.as_bytes()));
        if !ok {
            self.finding(self.inner.threats.escalation("anonymous", "setup with a wrong setup token", source)).await;
            return Err(SetupError::Denied(Denied::BadCredentials));
        }
        // A person holding the one-time token made this account: it is named for it.
        self.create_user(name, "admin", password, name).await?;
        self.inner.setup_token.lock().take();
        Ok(())
    }

    /// Create an account. `actor` is who did it (for the audit log).
    pub async fn create_user(&self, name: &str, role: &str, password: &str, actor: &str) -> Result<(), SecurityError> {
        validate_user_name(name)?;
        validate_password(password)?;
        if store::role_permissions(&self.inner.pool, role).await?.is_none() {
            return Err(SecurityError::Invalid(unknown_role(role)));
        }
        let pw = password.to_string();
        let hash = tokio::task::spawn_blocking(move || hash_password(&pw))
            .await
            .map_err(|e| SecurityError::Hash(e.to_string()))??;
        let uid = random_hex::<16>()?;
        let r = sqlx::query("INSERT INTO users (name, role, password_hash, created_ms, uid) VALUES (?, ?, ?, ?, ?)")
            .bind(name)
            .bind(role)
            .bind(hash)
            .bind(self.now())
            .bind(&uid)
            .execute(&self.inner.pool)
            .await;
        match r {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(SecurityError::Conflict(Msg::new("sec-error-user-exists").text("name", name)));
            }
            r => r?,
        };
        self.inner.has_users.store(true, Ordering::Relaxed);
        self.inner.setup_token.lock().take();
        self.inner.audit.append(actor, "user.create", name, json!({ "role": role })).await?;
        Ok(())
    }

    /// Define a custom role (or replace a custom role's permissions).
    pub async fn create_role(&self, name: &str, permissions: &PermissionSet, actor: &str) -> Result<(), SecurityError> {
        validate_user_name(name)?;
        let r = sqlx::query("INSERT INTO roles (name, permissions, builtin) VALUES (?, ?, 0) ON CONFLICT (name) DO UPDATE SET permissions = excluded.permissions WHERE builtin = 0")
            .bind(name)
            .bind(permission::format_set(permissions))
            .execute(&self.inner.pool)
            .await?;
        if r.rows_affected() == 0 {
            return Err(SecurityError::Conflict(Msg::new("sec-error-builtin-role").text("name", name)));
        }
        self.inner
            .audit
            .append(actor, "role.define", name, json!({ "permissions": permission::format_set(permissions) }))
            .await?;
        Ok(())
    }

    pub async fn list_users(&self) -> Result<Vec<UserView>, SecurityError> {
        let rows = sqlx::query("SELECT name, role, disabled, locked_until_ms FROM users ORDER BY name")
            .fetch_all(&self.inner.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| UserView {
                name: r.get(0),
                role: r.get(1),
                disabled: r.get::<i64, _>(2) != 0,
                locked_until_ms: r.get(3),
            })
            .collect())
    }

    fn throttle_source(&self, source: &str) -> Result<(), Denied> {
        if !self.inner.rate_limiting {
            return Ok(());
        }
        let mut limiter = self.inner.by_source.read().clone();
        if limiter.len() > LIMITER_KEYS {
            // Bounded memory: forget sources whose quota is whole again, and if that is not
            // enough, all of them.
            limiter.retain_recent();
            limiter.shrink_to_fit();
            if limiter.len() > LIMITER_KEYS {
                limiter = Arc::new(source_limiter());
                *self.inner.by_source.write() = limiter.clone();
            }
        }
        limiter.check_key(&source.to_string()).map_err(|not_until| {
            let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
            Denied::Throttled(wait.as_secs().max(1))
        })
    }

    /// Sources the per-source limiter holds (bounded by pruning; tests read it).
    pub fn limiter_keys(&self) -> usize {
        self.inner.by_source.read().len()
    }

    /// The per-source quota shared by login and the token endpoints.
    pub fn check_rate(&self, source: &str) -> Result<(), Denied> {
        self.throttle_source(source)
    }

    /// `authenticate`: check a password and open a session.
    ///
    /// In order: the name's form (400, nothing stored, nothing throttled under it), the
    /// per-source quota, the (name, source) back-off (429 without a password check), then the
    /// Argon2 check against the account's hash — or, for an unknown name, against a dummy hash
    /// of the same cost — and the same bookkeeping either way, so neither the answer nor the
    /// time tells whether the name exists.
    pub async fn authenticate(&self, name: &str, password: &str, source: &str) -> Result<IssuedToken, Denied> {
        if self.setup_required().await? {
            return Err(Denied::SetupRequired);
        }
        if let Err(SecurityError::Invalid(m)) = validate_user_name(name) {
            self.throttle_source(source)?;
            return Err(Denied::BadRequest(m));
        }
        self.throttle_source(source)?;
        let pool = &self.inner.pool;
        let now = self.now();
        let (failures, next_ms) =
            if self.inner.rate_limiting { backoff::state(pool, name, source).await? } else { (0, 0) };
        if next_ms > now {
            self.inner
                .audit
                .append(name, "login.throttled", source, json!({ "failures": failures, "retry_ms": next_ms - now }))
                .await?;
            // Tries during a back-off are still guesses: they count towards a brute-force finding.
            self.finding(self.inner.threats.failed_login(name, source)).await;
            return Err(Denied::Throttled(((next_ms - now + 999) / 1000).max(1) as u64));
        }
        let user = store::get_user(pool, name).await?;
        let phc = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| self.inner.dummy_hash.clone());
        let pw = password.to_string();
        let ok = tokio::task::spawn_blocking(move || verify_password(&pw, &phc)).await.map_err(|_| Denied::Internal)?;
        let user = match user {
            Some(u) if ok && !u.disabled => u,
            _ => {
                let (failures, next_ms) = if self.inner.rate_limiting {
                    backoff::record_failure(pool, name, source, now).await?
                } else {
                    (failures + 1, now)
                };
                // A no-op for an unknown name; run anyway so both take the same time.
                store::record_failed_login(pool, name, (next_ms > now).then_some(next_ms)).await?;
                if failures == backoff::FREE_FAILURES {
                    self.inner
                        .audit
                        .append(
                            "system:security",
                            "login.backoff",
                            name,
                            json!({ "source": source, "failures": failures }),
                        )
                        .await?;
                }
                self.inner
                    .audit
                    .append(name, "login.failed", source, json!({ "failures": failures, "retry_ms": next_ms - now }))
                    .await?;
                self.finding(self.inner.threats.failed_login(name, source)).await;
                return Err(Denied::BadCredentials);
            }
        };
        backoff::clear_source(pool, name, source).await?;
        store::reset_failed_logins(pool, name).await?;
        let issued = self.sign_fresh(&user, TokenKind::Session, None, self.inner.token_expiry).await?;
        self.inner
            .audit
            .append(name, "login", source, json!({ "jti": issued.jti, "expires_at_ms": issued.expires_at_ms }))
            .await?;
        Ok(issued)
    }

    /// A session for the account named like the local OS user running the desktop app (the
    /// caller resolves the name from its real uid, never from the environment). No password:
    /// whoever runs the app as that OS user can already read the database and its key file.
    /// Audited as `login.local`; refused like a login when setup is pending or the account is
    /// missing or disabled.
    pub async fn local_session(&self, os_user: &str, source: &str) -> Result<IssuedToken, Denied> {
        if self.setup_required().await? {
            return Err(Denied::SetupRequired);
        }
        let user =
            store::get_user(&self.inner.pool, os_user).await?.filter(|u| !u.disabled).ok_or(Denied::UnknownUser)?;
        let issued = self.sign_fresh(&user, TokenKind::Session, None, self.inner.token_expiry).await?;
        self.inner
            .audit
            .append(
                &user.name,
                "login.local",
                source,
                json!({ "jti": issued.jti, "expires_at_ms": issued.expires_at_ms }),
            )
            .await?;
        Ok(issued)
    }

    /// Re-read the signing keys from the database (another process may have rotated them).
    async fn reload_signer(&self) -> Result<(), SecurityError> {
        if self.inner.signing_from_config {
            return Ok(());
        }
        crypto::refresh(&self.inner.keyring);
        let ring = self.inner.keyring.read().clone();
        let (current, retired) = load_signing_keys(&self.inner.pool, &ring, self.now()).await?;
        self.inner.signer.replace(&current, &retired);
        Ok(())
    }

    /// Sign with the newest key (re-read first, so a rotation by the CLI counts at once).
    async fn sign_fresh(
        &self,
        user: &store::UserRow,
        kind: TokenKind,
        scope: Option<Vec<Permission>>,
        ttl: Duration,
    ) -> Result<IssuedToken, SecurityError> {
        self.reload_signer().await?;
        self.sign(user, kind, scope, ttl)
    }

    fn sign(
        &self,
        user: &store::UserRow,
        kind: TokenKind,
        scope: Option<Vec<Permission>>,
        ttl: Duration,
    ) -> Result<IssuedToken, SecurityError> {
        let now = self.now();
        // Never an expiry before the issue time: a lifetime too long for the clock is refused.
        let exp_ms = i64::try_from(ttl.as_millis())
            .ok()
            .filter(|ms| *ms > 0)
            .and_then(|ms| now.checked_add(ms))
            .filter(|exp| *exp > now)
            .ok_or_else(|| SecurityError::Invalid(Msg::new("sec-error-ttl-unusable").text("seconds", ttl.as_secs())))?;
        let jti = random_hex::<16>()?;
        let claims = Claims {
            sub: user.name.clone(),
            uid: user.uid.clone(),
            role: user.role.clone(),
            iat: now / 1000,
            exp: exp_ms / 1000,
            jti: jti.clone(),
            kind,
            scope: scope.clone(),
            iss: token::ISSUER.into(),
            aud: token::AUDIENCE.into(),
        };
        Ok(IssuedToken {
            token: self.inner.signer.sign(&claims),
            jti,
            expires_at_ms: (exp_ms / 1000) * 1000,
            permissions: scope.unwrap_or_default(),
        })
    }

    /// The longest API token lifetime (`security.api_token_max_ttl`, default 30 days).
    pub fn api_token_max_ttl(&self) -> Duration {
        self.inner.api_token_max_ttl
    }

    /// Issue an API token for `user` (scripts, the Alertmanager receiver), limited to `scope`
    /// (default: the user's role) and to `security.api_token_max_ttl`. Asking for more than the
    /// role holds is refused and reported as a privilege-escalation attempt.
    pub async fn issue_api_token(
        &self,
        user: &str,
        ttl: Duration,
        scope: Option<PermissionSet>,
        actor: &str,
    ) -> Result<IssuedToken, SecurityError> {
        let u = store::get_user(&self.inner.pool, user).await?.ok_or_else(|| SecurityError::Invalid(no_user(user)))?;
        let role_perms = store::role_permissions(&self.inner.pool, &u.role).await?.unwrap_or_default();
        let scope = scope.unwrap_or_else(|| role_perms.clone());
        let beyond: Vec<_> = scope.difference(&role_perms).map(|p| p.as_str()).collect();
        if !beyond.is_empty() {
            self.finding(self.inner.threats.escalation(
                actor,
                &format!("a token for `{user}` with {}", beyond.join(",")),
                "local",
            ))
            .await;
            self.inner.audit.append(actor, "token.denied", user, json!({ "beyond_role": beyond.join(",") })).await?;
            return Err(SecurityError::Invalid(
                Msg::new("sec-error-scope-beyond")
                    .text("user", user)
                    .text("role", &u.role)
                    .text("permissions", beyond.join(", ")),
            ));
        }
        if ttl.is_zero() {
            return Err(SecurityError::Invalid(Msg::new("sec-error-ttl-zero")));
        }
        let max = self.inner.api_token_max_ttl;
        if ttl > max {
            return Err(SecurityError::Invalid(
                Msg::new("sec-error-ttl-max")
                    .duration("max", max)
                    .text("setting", "security.api_token_max_ttl")
                    .duration("ttl", ttl),
            ));
        }
        let issued = self.sign_fresh(&u, TokenKind::Api, Some(scope.iter().copied().collect()), ttl).await?;
        let aad = format!("api_token:{}", issued.jti);
        crypto::refresh(&self.inner.keyring);
        let ct = self.inner.keyring.read().encrypt_data(issued.token.as_bytes(), aad.as_bytes())?;
        sqlx::query("INSERT INTO api_tokens (jti, user_name, permissions, created_ms, expires_ms, token_enc) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(&issued.jti)
            .bind(user)
            .bind(permission::format_set(&scope))
            .bind(self.now())
            .bind(issued.expires_at_ms)
            .bind(ct)
            .execute(&self.inner.pool)
            .await?;
        self.inner
            .audit
            .append(
                actor,
                "token.issue",
                user,
                json!({ "jti": issued.jti, "permissions": permission::format_set(&scope), "ttl_s": ttl.as_secs() }),
            )
            .await?;
        Ok(issued)
    }

    /// Revoke a token by its id (logout, or an administrator revoking an API token).
    pub async fn revoke(&self, jti: &str, expires_ms: i64, actor: &str) -> Result<(), SecurityError> {
        sqlx::query(
            "INSERT INTO revoked_tokens (jti, revoked_ms, expires_ms) VALUES (?, ?, ?) ON CONFLICT (jti) DO NOTHING",
        )
        .bind(jti)
        .bind(self.now())
        .bind(expires_ms)
        .execute(&self.inner.pool)
        .await?;
        self.inner.audit.append(actor, "token.revoke", jti, json!({})).await?;
        self.session_changed();
        Ok(())
    }

    /// Wake the event streams so they re-check their sessions now.
    pub(crate) fn session_changed(&self) {
        self.inner.session_change.notify_waiters();
    }

    /// Verify a token's signature, claims and expiry; a `kid` this process does not know makes
    /// it re-read the signing keys (at most once a second) and try again.
    async fn verify_token(&self, token: &str) -> Result<Claims, token::TokenError> {
        match self.inner.signer.verify(token, self.now()) {
            Err(token::TokenError::UnknownKey) if !self.inner.signing_from_config => {
                let due = {
                    let mut last = self.inner.signer_reloaded.lock();
                    let due = last.is_none_or(|t| t.elapsed() >= Duration::from_secs(1));
                    if due {
                        *last = Some(Instant::now());
                    }
                    due
                };
                if due && self.reload_signer().await.is_ok() {
                    self.inner.signer.verify(token, self.now())
                } else {
                    Err(token::TokenError::UnknownKey)
                }
            }
            r => r,
        }
    }

    /// The enabled account a token's claims name, if it is still the account they were issued
    /// to (same random id: not a re-created namesake).
    async fn live_user(&self, claims: &Claims) -> Result<store::UserRow, Denied> {
        store::get_user(&self.inner.pool, &claims.sub)
            .await?
            .filter(|u| !u.disabled && !u.uid.is_empty() && constant_time_eq(u.uid.as_bytes(), claims.uid.as_bytes()))
            .ok_or(Denied::UnknownUser)
    }

    /// Resolves when the session of `token` ends: logout or revocation, its account disabled,
    /// erased or re-created, or its expiry. Event streams end with it. Checked on every
    /// [`Self::session_changed`] and every [`SESSION_RECHECK`] (a revocation by another process).
    pub async fn session_ended(&self, token: String) {
        loop {
            let notified = self.inner.session_change.notified();
            let claims = match self.verify_token(&token).await {
                Ok(c) => c,
                Err(_) => return,
            };
            match store::is_revoked(&self.inner.pool, &claims.jti).await {
                Ok(true) => return,
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "cannot check a session; checking again shortly"),
            }
            match self.live_user(&claims).await {
                Err(Denied::Internal) | Ok(_) => {}
                Err(_) => return,
            }
            let left = Duration::from_millis((claims.exp * 1000 - self.now()).max(0) as u64);
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep(left.min(SESSION_RECHECK)) => {}
            }
        }
    }

    /// End the caller's session (revokes its token).
    pub async fn logout(&self, p: &Principal) -> Result<(), SecurityError> {
        match &p.jti {
            Some(jti) => self.revoke(jti, p.expires_at_ms.unwrap_or(0), &p.user).await,
            None => Ok(()),
        }
    }

    /// `validate_session`: who holds this token, without a permission check.
    pub async fn validate_session(&self, token: Option<&str>, source: &str) -> Result<Principal, Denied> {
        if !self.inner.enabled {
            return Ok(Principal::anonymous());
        }
        if self.setup_required().await? {
            return Err(Denied::SetupRequired);
        }
        let token = token.ok_or(Denied::Missing)?;
        let claims = match self.verify_token(token).await {
            Ok(c) => c,
            Err(token::TokenError::Expired) => return Err(Denied::Expired),
            Err(token::TokenError::Invalid | token::TokenError::UnknownKey) => {
                if let Some(d) = self.inner.threats.forged_token(source) {
                    let _ = self.inner.audit.append("unknown", "auth.invalid_token", source, json!({})).await;
                    self.finding(Some(d)).await;
                }
                return Err(Denied::Invalid);
            }
        };
        if store::is_revoked(&self.inner.pool, &claims.jti).await? {
            if let Some(d) = self.inner.threats.revoked_token_use(&claims.sub, &claims.jti, source) {
                let _ = self
                    .inner
                    .audit
                    .append(&claims.sub, "auth.revoked_token", source, json!({ "jti": claims.jti }))
                    .await;
                self.finding(Some(d)).await;
            }
            return Err(Denied::Revoked);
        }
        let user = self.live_user(&claims).await?;
        // The current role counts, so a demotion takes effect at once.
        let role_perms = store::role_permissions(&self.inner.pool, &user.role).await?.unwrap_or_default();
        let perms: PermissionSet = match &claims.scope {
            Some(scope) if claims.kind == TokenKind::Api => {
                scope.iter().copied().filter(|p| role_perms.contains(p)).collect()
            }
            _ => role_perms,
        };
        Ok(Principal {
            user: user.name,
            role: user.role,
            kind: match claims.kind {
                TokenKind::Session => PrincipalKind::Session,
                TokenKind::Api => PrincipalKind::Api,
            },
            permissions: perms.into_iter().collect(),
            jti: Some(claims.jti),
            expires_at_ms: Some(claims.exp * 1000),
        })
    }

    /// `secure_pipeline_operation`: authenticate `token` and require `need`.
    /// Denials are audited; revoked or forged tokens, attempts at sensitive permissions and
    /// bursts of destructive actions become findings. `action` names the operation (e.g.
    /// `POST /api/components/{name}/heal`); `destructive` marks state-changing calls.
    pub async fn authorize(
        &self,
        token: Option<&str>,
        need: Permission,
        source: &str,
        action: &str,
        destructive: bool,
    ) -> Result<Principal, Denied> {
        let p = self.validate_session(token, source).await?;
        if p.kind == PrincipalKind::Anonymous {
            return Ok(p);
        }
        if !p.may(need) {
            self.inner
                .audit
                .append(
                    &p.user,
                    "permission.denied",
                    action,
                    json!({ "permission": need.as_str(), "role": p.role, "source": source }),
                )
                .await?;
            if need.is_sensitive() || destructive {
                self.finding(self.inner.threats.escalation(&p.user, &format!("{action} without {need}"), source)).await;
            }
            return Err(Denied::Forbidden(need));
        }
        if destructive {
            self.finding(self.inner.threats.destructive_action(&p.user, action, source)).await;
        }
        Ok(p)
    }

    /// `GET /api/session`.
    pub async fn session_view(&self, token: Option<&str>, source: &str) -> Result<SessionView, Denied> {
        let setup_required = self.setup_required().await?;
        let principal = match self.validate_session(token, source).await {
            Ok(p) => Some(p),
            Err(Denied::Internal) => return Err(Denied::Internal),
            Err(_) => None,
        };
        let language = match &principal {
            Some(p) if p.kind != PrincipalKind::Anonymous => self.user_language(&p.user).await?,
            _ => None,
        };
        Ok(SessionView {
            security_enabled: self.inner.enabled,
            setup_required,
            authenticated: principal.is_some(),
            principal,
            language,
        })
    }

    async fn finding(&self, d: Option<threat::Detected>) {
        let Some(d) = d else { return };
        tracing::warn!(kind = d.kind.as_str(), actor = %d.actor, source = %d.source, "security finding: {}", d.details);
        let r = sqlx::query(
            "INSERT INTO security_findings (ts_ms, kind, severity, actor, source, details) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(self.now())
        .bind(d.kind.as_str())
        .bind(d.kind.severity())
        .bind(&d.actor)
        .bind(&d.source)
        .bind(&d.details)
        .execute(&self.inner.pool)
        .await;
        if let Err(e) = r {
            tracing::error!(error = %e, "cannot store a security finding");
        }
        let _ = self
            .inner
            .audit
            .append(
                "system:security",
                "security.finding",
                d.kind.as_str(),
                json!({ "actor": d.actor, "source": d.source, "details": d.details }),
            )
            .await;
    }

    /// Stored findings, newest first.
    pub async fn findings(&self, limit: i64) -> Result<Vec<Finding>, SecurityError> {
        let rows = sqlx::query(
            "SELECT id, ts_ms, kind, severity, actor, source, details FROM security_findings ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.inner.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let kind = FindingKind::ALL.into_iter().find(|k| k.as_str() == r.get::<&str, _>(2))?;
                Some(Finding {
                    id: r.get(0),
                    ts_ms: r.get(1),
                    kind,
                    severity: r.get(3),
                    actor: r.get(4),
                    source: r.get(5),
                    details: r.get(6),
                })
            })
            .collect())
    }

    /// Encrypt with the current data-encryption key; `aad` names where the value belongs.
    pub fn encrypt_data(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, SecurityError> {
        crypto::refresh(&self.inner.keyring);
        Ok(self.inner.keyring.read().encrypt_data(plaintext, aad)?)
    }

    pub fn decrypt_data(&self, data: &[u8], aad: &[u8]) -> Result<Vec<u8>, SecurityError> {
        crypto::refresh(&self.inner.keyring);
        Ok(self.inner.keyring.read().decrypt_data(data, aad)?)
    }

    /// Keep a secret (a webhook token, a notification password) encrypted in the database.
    pub async fn put_secret(&self, name: &str, value: &str, actor: &str) -> Result<(), SecurityError> {
        let name = format!("user.{name}");
        let ct = self.encrypt_data(value.as_bytes(), name.as_bytes())?;
        let mut conn = self.inner.pool.acquire().await?;
        store::put_secret_raw(&mut conn, &name, &ct, self.now()).await?;
        self.inner.audit.append(actor, "secret.put", &name, json!({})).await?;
        Ok(())
    }

    pub async fn get_secret(&self, name: &str) -> Result<Option<String>, SecurityError> {
        let name = format!("user.{name}");
        match store::get_secret_raw(&self.inner.pool, &name).await? {
            Some(ct) => Ok(Some(
                String::from_utf8(self.decrypt_data(&ct, name.as_bytes())?)
                    .map_err(|_| SecurityError::Corrupt("secret"))?,
            )),
            None => Ok(None),
        }
    }

    /// Rotate the data-encryption key: a fresh key becomes current, every encrypted row is
    /// re-encrypted in one transaction, then the old keys are retired. The key file is written
    /// with both keys before the database changes, so a crash midway loses nothing.
    /// Returns how many values were re-encrypted.
    pub async fn rotate_encryption_key(&self, actor: &str) -> Result<usize, SecurityError> {
        crypto::refresh(&self.inner.keyring);
        let old = self.inner.keyring.read().clone();
        if old.file().is_none() || old.from_config() {
            return Err(SecurityError::Invalid(
                Msg::new("sec-error-key-from-config").text("setting", "security.encryption_key"),
            ));
        }
        let new = old.rotated()?;
        new.save()?;
        let n = reencrypt_all(&self.inner.pool, &new).await?;
        let mut retired = new.clone();
        retired.retire_old_keys();
        // The signing key's secret is encrypted with the keyring too: re-encrypt it before the
        // old keys go.
        if let Some(c) = self.inner.audit.checkpoints() {
            c.reencrypt(&retired)?;
        }
        *self.inner.keyring.write() = retired.clone();
        retired.save()?;
        self.inner
            .audit
            .append(actor, "key.rotate", "data-encryption key", json!({ "values": n, "current": retired.current_id() }))
            .await?;
        Ok(n)
    }

    /// Whether the JWT signing key is generated here (so `key rotate` can replace it) rather
    /// than configured.
    pub fn signing_key_rotatable(&self) -> bool {
        !self.inner.signing_from_config
    }

    /// Rotate the JWT signing key: a fresh key signs from now on; the old one still verifies
    /// the tokens it signed until the last of them can have expired (now + the longest token
    /// lifetime), then it is dropped. Returns that instant (Unix ms).
    pub async fn rotate_signing_key(&self, actor: &str) -> Result<i64, SecurityError> {
        if self.inner.signing_from_config {
            return Err(SecurityError::Invalid(
                Msg::new("sec-error-signing-key-from-config")
                    .text("setting", "security.secret_key")
                    .text("env", "PIPELINE_SECRET_KEY"),
            ));
        }
        let now = self.now();
        let longest = self.inner.api_token_max_ttl.max(self.inner.token_expiry);
        let until = now.saturating_add(i64::try_from(longest.as_millis()).unwrap_or(i64::MAX / 2)).saturating_add(1000);
        crypto::refresh(&self.inner.keyring);
        let ring = self.inner.keyring.read().clone();
        let mut conn = self.inner.pool.acquire().await?;
        let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
        let current_ct: Vec<u8> = sqlx::query_scalar("SELECT ciphertext FROM secrets WHERE name = ?")
            .bind(SIGNING_KEY)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(SecurityError::Corrupt("signing key"))?;
        let current = ring.decrypt_data(&current_ct, SIGNING_KEY.as_bytes())?;
        let previous_ct: Option<Vec<u8>> = sqlx::query_scalar("SELECT ciphertext FROM secrets WHERE name = ?")
            .bind(PREVIOUS_SIGNING_KEYS)
            .fetch_optional(&mut *tx)
            .await?;
        let mut retired = match previous_ct {
            Some(ct) => parse_retired_keys(&ring.decrypt_data(&ct, PREVIOUS_SIGNING_KEYS.as_bytes())?)?,
            None => Vec::new(),
        };
        retired.retain(|(_, u)| *u > now);
        retired.insert(0, (current, until));
        let fresh: [u8; 32] = crypto::random_bytes()?;
        store::put_secret_raw(&mut tx, SIGNING_KEY, &ring.encrypt_data(&fresh, SIGNING_KEY.as_bytes())?, now).await?;
        let list = serde_json::to_vec(
            &retired.iter().map(|(k, u)| json!({ "key": hex::encode(k), "until_ms": u })).collect::<Vec<_>>(),
        )
        .map_err(|_| SecurityError::Corrupt("signing keys"))?;
        store::put_secret_raw(
            &mut tx,
            PREVIOUS_SIGNING_KEYS,
            &ring.encrypt_data(&list, PREVIOUS_SIGNING_KEYS.as_bytes())?,
            now,
        )
        .await?;
        tx.commit().await?;
        drop(conn);
        self.inner.signer.replace(&fresh, &retired);
        self.inner
            .audit
            .append(
                actor,
                "key.rotate_signing",
                "JWT signing key",
                json!({ "kid": self.inner.signer.current_kid(), "previous_accepted_until_ms": until }),
            )
            .await?;
        Ok(until)
    }
}

/// Re-encrypt every stored secret and API token under `ring`'s current key (decrypting with
/// any key of the ring), in one transaction. Returns how many values changed.
async fn reencrypt_all(pool: &SqlitePool, ring: &Keyring) -> Result<usize, SecurityError> {
    let mut conn = pool.acquire().await?;
    let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
    let mut n = 0;
    for r in sqlx::query("SELECT name, ciphertext FROM secrets").fetch_all(&mut *tx).await? {
        let name: String = r.get(0);
        let ct: Vec<u8> = r.get(1);
        if ring.is_current(&ct) {
            continue;
        }
        let plain = ring.decrypt_data(&ct, name.as_bytes())?;
        let re = ring.encrypt_data(&plain, name.as_bytes())?;
        sqlx::query("UPDATE secrets SET ciphertext = ? WHERE name = ?").bind(re).bind(&name).execute(&mut *tx).await?;
        n += 1;
    }
    for r in sqlx::query("SELECT jti, token_enc FROM api_tokens").fetch_all(&mut *tx).await? {
        let jti: String = r.get(0);
        let ct: Vec<u8> = r.get(1);
        if ring.is_current(&ct) {
            continue;
        }
        let aad = format!("api_token:{jti}");
        let plain = ring.decrypt_data(&ct, aad.as_bytes())?;
        let re = ring.encrypt_data(&plain, aad.as_bytes())?;
        sqlx::query("UPDATE api_tokens SET token_enc = ? WHERE jti = ?").bind(re).bind(&jti).execute(&mut *tx).await?;
        n += 1;
    }
    tx.commit().await?;
    Ok(n)
}

fn parse_retired_keys(json_bytes: &[u8]) -> Result<Vec<(Vec<u8>, i64)>, SecurityError> {
    let v: serde_json::Value =
        serde_json::from_slice(json_bytes).map_err(|_| SecurityError::Corrupt("retired signing keys"))?;
    v.as_array()
        .ok_or(SecurityError::Corrupt("retired signing keys"))?
        .iter()
        .map(|e| {
            let key = e
                .get("key")
                .and_then(|k| k.as_str())
                .and_then(|k| hex::decode(k).ok())
                .ok_or(SecurityError::Corrupt("retired signing keys"))?;
            let until =
                e.get("until_ms").and_then(|u| u.as_i64()).ok_or(SecurityError::Corrupt("retired signing keys"))?;
            Ok((key, until))
        })
        .collect()
}

/// The current JWT signing key (created on first use) and the retired ones still accepted.
async fn load_signing_keys(
    pool: &SqlitePool,
    ring: &Keyring,
    now: i64,
) -> Result<(Vec<u8>, Vec<(Vec<u8>, i64)>), SecurityError> {
    let current = get_or_create_secret(pool, ring, SIGNING_KEY, now).await?;
    let mut retired = match store::get_secret_raw(pool, PREVIOUS_SIGNING_KEYS).await? {
        Some(ct) => parse_retired_keys(&ring.decrypt_data(&ct, PREVIOUS_SIGNING_KEYS.as_bytes())?)?,
        None => Vec::new(),
    };
    retired.retain(|(_, until)| *until > now);
    Ok((current, retired))
}

/// Why first-run setup failed.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Denied(Denied),
    #[error(transparent)]
    Security(#[from] SecurityError),
}
