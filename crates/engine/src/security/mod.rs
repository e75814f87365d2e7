//! Security: operator accounts and roles, JWT sessions and scoped API tokens, authorization,
//! login rate limits and lockout, the hash-chained audit log, threat findings and encryption at
//! rest. No HTTP here: the server's extractor (crates/cli/src/routes/secure.rs) calls
//! [`SecurityManager::authorize`], the one place a permission is checked (the brief's
//! `secure_pipeline_operation`).
//!
//! Keys: the data-encryption keyring comes from `security.encryption_key` or a key file beside
//! the database (`<db>.keys`, 0600). The JWT signing key comes from `PIPELINE_SECRET_KEY` /
//! `security.secret_key`, else it is generated on first run and stored encrypted in the
//! `secrets` table, as is the audit-chain key. Secrets never print (`Debug` hides them) and
//! never reach the audit log (see [`audit::redact`]).

pub mod admin;
pub mod audit;
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

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use parking_lot::{Mutex, RwLock};
use serde::Serialize;
use serde_json::json;
use sqlx::{Row, SqlitePool};
use ts_rs::TS;

pub use audit::{AuditBreak, AuditEntry, AuditLog, AuditVerified};
pub use crypto::{CryptoError, Keyring};
pub use os_user::{cli_actor, os_user_name};
pub use permission::{Permission, PermissionSet};
pub use privacy::{AccountExport, ErasureOutcome};
pub use threat::{Finding, FindingKind, ThreatDetector, ThreatSettings};
pub use token::{Claims, TokenKind, TokenSigner};

use crate::clock::SharedClock;
use crate::config::SecuritySettings;

const SIGNING_KEY: &str = "jwt.signing_key";
const AUDIT_KEY: &str = "audit.key";
/// Consecutive failed logins that lock an account.
pub const LOCKOUT_AFTER: i64 = 5;
/// How long a locked account stays locked.
pub const LOCKOUT_MS: i64 = 15 * 60 * 1000;

#[derive(Debug, thiserror::Error)]
pub enum SecurityError {
    #[error("security database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error("stored {0} is corrupt")]
    Corrupt(&'static str),
    /// Bad input from the caller (exit 2 / HTTP 400).
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(String),
    /// No such account (exit 2 / HTTP 404).
    #[error("{0}")]
    NotFound(String),
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// Why a request or a login was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
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

    fn anonymous() -> Principal {
        Principal { user: "anonymous".into(), role: "admin".into(), kind: PrincipalKind::Anonymous, permissions: Permission::ALL.to_vec(), jti: None, expires_at_ms: None }
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
        f.debug_struct("IssuedToken").field("jti", &self.jti).field("expires_at_ms", &self.expires_at_ms).finish_non_exhaustive()
    }
}

/// An account as listed to administrators.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct UserView {
    pub name: String,
    pub role: String,
    pub disabled: bool,
    pub locked_until_ms: Option<i64>,
}

/// The brief's `SecurityManager`: a cheap-to-clone handle over the security state.
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
    rate_limiting: bool,
    pool: SqlitePool,
    clock: SharedClock,
    keyring: Arc<RwLock<Keyring>>,
    signer: TokenSigner,
    audit: AuditLog,
    threats: ThreatDetector,
    has_users: AtomicBool,
    setup_token: Mutex<Option<String>>,
    by_source: DefaultKeyedRateLimiter<String>,
    by_user: DefaultKeyedRateLimiter<String>,
    /// A real argon2id hash to verify against for unknown users, so timing does not tell
    /// which names exist.
    dummy_hash: String,
}

fn hash_password(password: &str) -> Result<String, SecurityError> {
    let salt_bytes: [u8; 16] = crypto::random_bytes()?;
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| SecurityError::Hash(e.to_string()))?;
    // Argon2id, v19, m=19 MiB, t=2, p=1 (the crate's defaults, OWASP's recommendation).
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| SecurityError::Hash(e.to_string()))
}

fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

fn random_hex<const N: usize>() -> Result<String, SecurityError> {
    Ok(hex::encode(crypto::random_bytes::<N>()?))
}

pub fn validate_user_name(name: &str) -> Result<(), SecurityError> {
    if name.is_empty() || name.len() > 64 || !name.chars().all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c)) {
        return Err(SecurityError::Invalid(format!("invalid name `{name}`: use 1-64 letters, digits, `.`, `_`, `-` or `@`")));
    }
    Ok(())
}

pub fn validate_password(password: &str) -> Result<(), SecurityError> {
    let n = password.chars().count();
    if n < 10 {
        return Err(SecurityError::Invalid(format!("the password is too short ({n} characters): use at least 10")));
    }
    if password.len() > 1024 {
        return Err(SecurityError::Invalid("the password is longer than 1024 bytes".into()));
    }
    Ok(())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn get_or_create_secret(pool: &SqlitePool, ring: &Keyring, name: &str, now: i64) -> Result<Vec<u8>, SecurityError> {
    if store::get_secret_raw(pool, name).await?.is_none() {
        let fresh: [u8; 32] = crypto::random_bytes()?;
        let ct = ring.encrypt_data(&fresh, name.as_bytes())?;
        // Another process may win the race; then its key stays and we read it below.
        sqlx::query("INSERT INTO secrets (name, ciphertext, updated_ms) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING").bind(name).bind(ct).bind(now).execute(pool).await?;
    }
    let ct = store::get_secret_raw(pool, name).await?.ok_or(SecurityError::Corrupt("secret"))?;
    Ok(ring.decrypt_data(&ct, name.as_bytes())?)
}

fn quota(per: Duration, burst: u32) -> Quota {
    Quota::with_period(per).expect("non-zero period").allow_burst(NonZeroU32::new(burst).expect("non-zero burst"))
}

impl SecurityManager {
    /// Open the security state over an already migrated database. `key_file` is where the
    /// data-encryption keyring lives when `security.encryption_key` is not set.
    pub async fn open(pool: SqlitePool, settings: &SecuritySettings, key_file: &Path, clock: SharedClock) -> Result<SecurityManager, SecurityError> {
        let ring = match &settings.encryption_key {
            Some(pass) => Keyring::from_passphrase(&pass.0),
            None => Keyring::load_or_create(key_file)?,
        };
        let now = clock.now_ms();
        let signing = match &settings.secret_key {
            Some(s) if !s.0.is_empty() => s.0.as_bytes().to_vec(),
            _ => get_or_create_secret(&pool, &ring, SIGNING_KEY, now).await?,
        };
        let audit_key: [u8; 32] = get_or_create_secret(&pool, &ring, AUDIT_KEY, now).await?.try_into().map_err(|_| SecurityError::Corrupt("audit key"))?;
        let keyring = Arc::new(RwLock::new(ring));
        let audit = AuditLog::new(pool.clone(), audit_key, keyring.clone(), clock.clone());
        let has_users = store::user_count(&pool).await? > 0;
        let setup_token = if settings.enabled && !has_users { Some(random_hex::<16>()?) } else { None };
        let dummy_hash = hash_password(&random_hex::<16>()?)?;
        Ok(SecurityManager {
            inner: Arc::new(Inner {
                enabled: settings.enabled,
                token_expiry: settings.token_expiry,
                rate_limiting: settings.rate_limiting,
                pool,
                threats: ThreatDetector::new(clock.clone(), ThreatSettings::default()),
                clock,
                keyring,
                signer: TokenSigner::new(&signing),
                audit,
                has_users: AtomicBool::new(has_users),
                setup_token: Mutex::new(setup_token),
                // 10 attempts per source address, then one per 6 s; 5 per user name, then one per 12 s.
                by_source: RateLimiter::keyed(quota(Duration::from_secs(6), 10)),
                by_user: RateLimiter::keyed(quota(Duration::from_secs(12), 5)),
                dummy_hash,
            }),
        })
    }

    pub fn enabled(&self) -> bool {
        self.inner.enabled
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
    pub async fn complete_setup(&self, setup_token: &str, name: &str, password: &str, loopback: bool, source: &str) -> Result<(), SetupError> {
        if !loopback {
            return Err(SetupError::Denied(Denied::LoopbackOnly));
        }
        if !self.setup_required().await? {
            return Err(SetupError::Security(SecurityError::Conflict("setup is already complete: an account exists".into())));
        }
        let ok = self.inner.setup_token.lock().as_deref().is_some_and(|t| constant_time_eq(t.as_bytes(), setup_token.as_bytes()));
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
            return Err(SecurityError::Invalid(format!("unknown role `{role}` (built in: admin, operator, viewer; add others with `pipeline-guard role add`)")));
        }
        let pw = password.to_string();
        let hash = tokio::task::spawn_blocking(move || hash_password(&pw)).await.map_err(|e| SecurityError::Hash(e.to_string()))??;
        let r = sqlx::query("INSERT INTO users (name, role, password_hash, created_ms) VALUES (?, ?, ?, ?)").bind(name).bind(role).bind(hash).bind(self.now()).execute(&self.inner.pool).await;
        match r {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(SecurityError::Conflict(format!("user `{name}` already exists"))),
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
            return Err(SecurityError::Conflict(format!("`{name}` is a built-in role and cannot be changed")));
        }
        self.inner.audit.append(actor, "role.define", name, json!({ "permissions": permission::format_set(permissions) })).await?;
        Ok(())
    }

    pub async fn list_users(&self) -> Result<Vec<UserView>, SecurityError> {
        let rows = sqlx::query("SELECT name, role, disabled, locked_until_ms FROM users ORDER BY name").fetch_all(&self.inner.pool).await?;
        Ok(rows.into_iter().map(|r| UserView { name: r.get(0), role: r.get(1), disabled: r.get::<i64, _>(2) != 0, locked_until_ms: r.get(3) }).collect())
    }

    fn throttle(&self, limiter: &DefaultKeyedRateLimiter<String>, key: &str) -> Result<(), Denied> {
        if !self.inner.rate_limiting {
            return Ok(());
        }
        limiter.check_key(&key.to_string()).map_err(|not_until| {
            let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
            Denied::Throttled(wait.as_secs().max(1))
        })
    }

    /// The per-source quota shared by login and the token endpoints.
    pub fn check_rate(&self, source: &str) -> Result<(), Denied> {
        self.throttle(&self.inner.by_source, source)
    }

    /// The brief's `authenticate`: check a password and open a session.
    pub async fn authenticate(&self, name: &str, password: &str, source: &str) -> Result<IssuedToken, Denied> {
        if self.setup_required().await? {
            return Err(Denied::SetupRequired);
        }
        self.throttle(&self.inner.by_source, source)?;
        self.throttle(&self.inner.by_user, name)?;
        let user = store::get_user(&self.inner.pool, name).await?;
        let now = self.now();
        if let Some(u) = &user {
            if let Some(until) = u.locked_until_ms.filter(|t| *t > now) {
                self.inner.audit.append(name, "login.locked", source, json!({})).await?;
                return Err(Denied::Throttled(((until - now) / 1000).max(1) as u64));
            }
        }
        let phc = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| self.inner.dummy_hash.clone());
        let pw = password.to_string();
        let ok = tokio::task::spawn_blocking(move || verify_password(&pw, &phc)).await.map_err(|_| Denied::Internal)?;
        let user = match user {
            Some(u) if ok && !u.disabled => u,
            other => {
                if other.is_some() {
                    let failures = store::get_user(&self.inner.pool, name).await?.map(|u| u.failed_logins).unwrap_or(0) + 1;
                    let lock = (failures >= LOCKOUT_AFTER).then_some(now + LOCKOUT_MS);
                    store::record_login_result(&self.inner.pool, name, true, lock).await?;
                    if lock.is_some() {
                        self.inner.audit.append("system:security", "user.lock", name, json!({ "failed_logins": failures, "minutes": LOCKOUT_MS / 60_000 })).await?;
                    }
                }
                self.inner.audit.append(name, "login.failed", source, json!({ "known_user": other.is_some() })).await?;
                self.finding(self.inner.threats.failed_login(name, source)).await;
                return Err(Denied::BadCredentials);
            }
        };
        store::record_login_result(&self.inner.pool, name, false, None).await?;
        let issued = self.sign(&user.name, &user.role, TokenKind::Session, None, self.inner.token_expiry)?;
        self.inner.audit.append(name, "login", source, json!({ "jti": issued.jti, "expires_at_ms": issued.expires_at_ms })).await?;
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
        let user = store::get_user(&self.inner.pool, os_user).await?.filter(|u| !u.disabled).ok_or(Denied::UnknownUser)?;
        let issued = self.sign(&user.name, &user.role, TokenKind::Session, None, self.inner.token_expiry)?;
        self.inner.audit.append(&user.name, "login.local", source, json!({ "jti": issued.jti, "expires_at_ms": issued.expires_at_ms })).await?;
        Ok(issued)
    }

    fn sign(&self, user: &str, role: &str, kind: TokenKind, scope: Option<Vec<Permission>>, ttl: Duration) -> Result<IssuedToken, SecurityError> {
        let now = self.now();
        let exp_ms = now + ttl.as_millis() as i64;
        let jti = random_hex::<16>()?;
        let claims = Claims { sub: user.into(), role: role.into(), iat: now / 1000, exp: exp_ms / 1000, jti: jti.clone(), kind, scope: scope.clone() };
        Ok(IssuedToken { token: self.inner.signer.sign(&claims), jti, expires_at_ms: (exp_ms / 1000) * 1000, permissions: scope.unwrap_or_default() })
    }

    /// Issue an API token for `user` (scripts, the Alertmanager receiver), limited to `scope`
    /// (default: the user's role). Asking for more than the role holds is refused and reported
    /// as a privilege-escalation attempt.
    pub async fn issue_api_token(&self, user: &str, ttl: Duration, scope: Option<PermissionSet>, actor: &str) -> Result<IssuedToken, SecurityError> {
        let u = store::get_user(&self.inner.pool, user).await?.ok_or_else(|| SecurityError::Invalid(format!("no user `{user}`")))?;
        let role_perms = store::role_permissions(&self.inner.pool, &u.role).await?.unwrap_or_default();
        let scope = scope.unwrap_or_else(|| role_perms.clone());
        let beyond: Vec<_> = scope.difference(&role_perms).map(|p| p.as_str()).collect();
        if !beyond.is_empty() {
            self.finding(self.inner.threats.escalation(actor, &format!("a token for `{user}` with {}", beyond.join(",")), "local")).await;
            self.inner.audit.append(actor, "token.denied", user, json!({ "beyond_role": beyond.join(",") })).await?;
            return Err(SecurityError::Invalid(format!("user `{user}` (role {}) does not hold {}", u.role, beyond.join(", "))));
        }
        if ttl.is_zero() {
            return Err(SecurityError::Invalid("the token lifetime must be positive".into()));
        }
        let issued = self.sign(user, &u.role, TokenKind::Api, Some(scope.iter().copied().collect()), ttl)?;
        let aad = format!("api_token:{}", issued.jti);
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
        self.inner.audit.append(actor, "token.issue", user, json!({ "jti": issued.jti, "permissions": permission::format_set(&scope), "ttl_s": ttl.as_secs() })).await?;
        Ok(issued)
    }

    /// Revoke a token by its id (logout, or an administrator revoking an API token).
    pub async fn revoke(&self, jti: &str, expires_ms: i64, actor: &str) -> Result<(), SecurityError> {
        sqlx::query("INSERT INTO revoked_tokens (jti, revoked_ms, expires_ms) VALUES (?, ?, ?) ON CONFLICT (jti) DO NOTHING").bind(jti).bind(self.now()).bind(expires_ms).execute(&self.inner.pool).await?;
        self.inner.audit.append(actor, "token.revoke", jti, json!({})).await?;
        Ok(())
    }

    /// End the caller's session (revokes its token).
    pub async fn logout(&self, p: &Principal) -> Result<(), SecurityError> {
        match &p.jti {
            Some(jti) => self.revoke(jti, p.expires_at_ms.unwrap_or(0), &p.user).await,
            None => Ok(()),
        }
    }

    /// The brief's `validate_session`: who holds this token, without a permission check.
    pub async fn validate_session(&self, token: Option<&str>, source: &str) -> Result<Principal, Denied> {
        if !self.inner.enabled {
            return Ok(Principal::anonymous());
        }
        if self.setup_required().await? {
            return Err(Denied::SetupRequired);
        }
        let token = token.ok_or(Denied::Missing)?;
        let claims = match self.inner.signer.verify(token, self.now()) {
            Ok(c) => c,
            Err(token::TokenError::Expired) => return Err(Denied::Expired),
            Err(token::TokenError::Invalid) => {
                if let Some(d) = self.inner.threats.forged_token(source) {
                    let _ = self.inner.audit.append("unknown", "auth.invalid_token", source, json!({})).await;
                    self.finding(Some(d)).await;
                }
                return Err(Denied::Invalid);
            }
        };
        if store::is_revoked(&self.inner.pool, &claims.jti).await? {
            if let Some(d) = self.inner.threats.revoked_token_use(&claims.sub, &claims.jti, source) {
                let _ = self.inner.audit.append(&claims.sub, "auth.revoked_token", source, json!({ "jti": claims.jti })).await;
                self.finding(Some(d)).await;
            }
            return Err(Denied::Revoked);
        }
        let user = store::get_user(&self.inner.pool, &claims.sub).await?.filter(|u| !u.disabled).ok_or(Denied::UnknownUser)?;
        // The current role counts, so a demotion takes effect at once.
        let role_perms = store::role_permissions(&self.inner.pool, &user.role).await?.unwrap_or_default();
        let perms: PermissionSet = match &claims.scope {
            Some(scope) if claims.kind == TokenKind::Api => scope.iter().copied().filter(|p| role_perms.contains(p)).collect(),
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

    /// The brief's `secure_pipeline_operation`: authenticate `token` and require `need`.
    /// Denials are audited; revoked or forged tokens, attempts at sensitive permissions and
    /// bursts of destructive actions become findings. `action` names the operation (e.g.
    /// `POST /api/components/{name}/heal`); `destructive` marks state-changing calls.
    pub async fn authorize(&self, token: Option<&str>, need: Permission, source: &str, action: &str, destructive: bool) -> Result<Principal, Denied> {
        let p = self.validate_session(token, source).await?;
        if p.kind == PrincipalKind::Anonymous {
            return Ok(p);
        }
        if !p.may(need) {
            self.inner.audit.append(&p.user, "permission.denied", action, json!({ "permission": need.as_str(), "role": p.role, "source": source })).await?;
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
        Ok(SessionView { security_enabled: self.inner.enabled, setup_required, authenticated: principal.is_some(), principal, language })
    }

    async fn finding(&self, d: Option<threat::Detected>) {
        let Some(d) = d else { return };
        tracing::warn!(kind = d.kind.as_str(), actor = %d.actor, source = %d.source, "security finding: {}", d.details);
        let r = sqlx::query("INSERT INTO security_findings (ts_ms, kind, severity, actor, source, details) VALUES (?, ?, ?, ?, ?, ?)")
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
        let _ = self.inner.audit.append("system:security", "security.finding", d.kind.as_str(), json!({ "actor": d.actor, "source": d.source, "details": d.details })).await;
    }

    /// Stored findings, newest first.
    pub async fn findings(&self, limit: i64) -> Result<Vec<Finding>, SecurityError> {
        let rows = sqlx::query("SELECT id, ts_ms, kind, severity, actor, source, details FROM security_findings ORDER BY id DESC LIMIT ?").bind(limit).fetch_all(&self.inner.pool).await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let kind = FindingKind::ALL.into_iter().find(|k| k.as_str() == r.get::<&str, _>(2))?;
                Some(Finding { id: r.get(0), ts_ms: r.get(1), kind, severity: r.get(3), actor: r.get(4), source: r.get(5), details: r.get(6) })
            })
            .collect())
    }

    /// Encrypt with the current data-encryption key; `aad` names where the value belongs.
    pub fn encrypt_data(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, SecurityError> {
        Ok(self.inner.keyring.read().encrypt_data(plaintext, aad)?)
    }

    pub fn decrypt_data(&self, data: &[u8], aad: &[u8]) -> Result<Vec<u8>, SecurityError> {
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
            Some(ct) => Ok(Some(String::from_utf8(self.decrypt_data(&ct, name.as_bytes())?).map_err(|_| SecurityError::Corrupt("secret"))?)),
            None => Ok(None),
        }
    }

    /// Rotate the data-encryption key: a fresh key becomes current, every encrypted row is
    /// re-encrypted in one transaction, then the old keys are retired. The key file is written
    /// with both keys before the database changes, so a crash midway loses nothing.
    /// Returns how many values were re-encrypted.
    pub async fn rotate_encryption_key(&self, actor: &str) -> Result<usize, SecurityError> {
        let old = self.inner.keyring.read().clone();
        if old.file().is_none() {
            return Err(SecurityError::Invalid("the encryption key comes from the config (security.encryption_key); change it there instead".into()));
        }
        let new = old.rotated()?;
        new.save()?;
        let mut conn = self.inner.pool.acquire().await?;
        let mut tx = sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await?;
        let mut n = 0;
        for r in sqlx::query("SELECT name, ciphertext FROM secrets").fetch_all(&mut *tx).await? {
            let name: String = r.get(0);
            let ct: Vec<u8> = r.get(1);
            let plain = new.decrypt_data(&ct, name.as_bytes())?;
            let re = new.encrypt_data(&plain, name.as_bytes())?;
            sqlx::query("UPDATE secrets SET ciphertext = ? WHERE name = ?").bind(re).bind(&name).execute(&mut *tx).await?;
            n += 1;
        }
        for r in sqlx::query("SELECT jti, token_enc FROM api_tokens").fetch_all(&mut *tx).await? {
            let jti: String = r.get(0);
            let ct: Vec<u8> = r.get(1);
            let aad = format!("api_token:{jti}");
            let plain = new.decrypt_data(&ct, aad.as_bytes())?;
            let re = new.encrypt_data(&plain, aad.as_bytes())?;
            sqlx::query("UPDATE api_tokens SET token_enc = ? WHERE jti = ?").bind(re).bind(&jti).execute(&mut *tx).await?;
            n += 1;
        }
        tx.commit().await?;
        let mut retired = new.clone();
        retired.retire_old_keys();
        *self.inner.keyring.write() = retired.clone();
        retired.save()?;
        self.inner.audit.append(actor, "key.rotate", "data-encryption key", json!({ "values": n, "current": retired.current_id() })).await?;
        Ok(n)
    }
}

/// Why first-run setup failed.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Denied(Denied),
    #[error(transparent)]
    Security(#[from] SecurityError),
}
