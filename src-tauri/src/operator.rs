//! Who sits at the desktop app.
//!
//! The app acts as the Pipeline Guard account named like the OS user running it. The name comes
//! from the process's real uid through the password database (`getpwuid_r`), never from `$USER`,
//! so it cannot be chosen by setting a variable. With security disabled every command is open
//! (the engine's anonymous principal). With security enabled the app opens a local session for
//! that account (`SecurityManager::local_session`, audited as `login.local`) and renews it when
//! it expires; without such an account every command but `session` is refused as
//! `unauthorized`, with a message naming the account to create. Why no password: whoever runs
//! the app as that OS user can read the database and the key file beside it, so a password
//! would protect nothing the file permissions do not. Role changes take effect at the next
//! command (the engine reads the current role on each check).

use guard_engine::api::ErrorCode;
use guard_engine::heal::timeline::Msg;
use guard_engine::security::{Denied, Permission, Principal, SecurityManager, SessionView};
use tokio::sync::Mutex;

use crate::commands::{CmdError, denied};

pub struct Operator {
    /// The account to open local sessions for; `None` in tests that hand tokens in directly.
    os_user: Option<String>,
    /// The audit log's `source` for the app's calls.
    source: String,
    token: Mutex<Option<String>>,
}

impl Operator {
    /// The OS user running this process.
    pub fn from_os() -> Operator {
        let name = os_user_name();
        Operator { source: format!("app:{name}"), os_user: Some(name), token: Mutex::new(None) }
    }

    /// An operator holding `token` and nothing else (no local sessions): for tests.
    #[cfg(test)]
    pub fn with_token(token: Option<String>) -> Operator {
        Operator { os_user: None, source: "app:test".into(), token: Mutex::new(token) }
    }

    #[cfg(test)]
    pub async fn set_token(&self, token: Option<String>) {
        *self.token.lock().await = token;
    }

    /// The account the operator's own settings are kept under: the OS user's name (the
    /// audit source's name in tests).
    pub fn account(&self) -> &str {
        self.os_user.as_deref().unwrap_or(&self.source)
    }

    /// The current token, opening a local session when there is none yet.
    async fn token(&self, sec: &SecurityManager, renew: bool) -> Result<Option<String>, Denied> {
        let mut slot = self.token.lock().await;
        if !sec.enabled() {
            return Ok(None);
        }
        if (slot.is_none() || renew)
            && let Some(user) = &self.os_user
        {
            *slot = Some(sec.local_session(user, &self.source).await?.token);
        }
        Ok(slot.clone())
    }

    /// `SecurityManager::authorize` for the operator; an expired local session is renewed once.
    pub async fn authorize(
        &self,
        sec: &SecurityManager,
        need: Permission,
        action: &str,
        destructive: bool,
    ) -> Result<Principal, CmdError> {
        let token = self.token(sec, false).await.map_err(|d| self.explain(&d))?;
        match sec.authorize(token.as_deref(), need, &self.source, action, destructive).await {
            Err(Denied::Expired | Denied::Revoked) if self.os_user.is_some() => {
                let token = self.token(sec, true).await.map_err(|d| self.explain(&d))?;
                sec.authorize(token.as_deref(), need, &self.source, action, destructive)
                    .await
                    .map_err(|d| self.explain(&d))
            }
            r => r.map_err(|d| self.explain(&d)),
        }
    }

    /// What the UI needs to show or hide (like `GET /api/session`).
    pub async fn session_view(&self, sec: &SecurityManager) -> Result<SessionView, Denied> {
        let token = match self.token(sec, false).await {
            Ok(t) => t,
            Err(Denied::Internal) => return Err(Denied::Internal),
            Err(_) => None,
        };
        sec.session_view(token.as_deref(), &self.source).await
    }

    /// A denial as the UI receives it; a missing account says which one to create.
    pub fn explain(&self, d: &Denied) -> CmdError {
        match (d, &self.os_user) {
            (Denied::UnknownUser, Some(user)) => CmdError::said(
                ErrorCode::Unauthorized,
                Msg::new("app-error-no-account")
                    .text("user", user)
                    .text("command", format!("pipeline-guard user add {user} --role viewer --db PATH")),
            ),
            _ => denied(d),
        }
    }
}

/// The name of the real uid in the password database (`guard_engine::security::os_user_name`).
pub(crate) fn os_user_name() -> String {
    guard_engine::security::os_user_name()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_os_user_comes_from_the_uid_not_the_environment() {
        let before = super::os_user_name();
        // SAFETY: single-threaded test body; no other thread reads the environment meanwhile.
        unsafe { std::env::set_var("USER", "someone-else-entirely") };
        assert_eq!(super::os_user_name(), before);
        assert_ne!(before, "someone-else-entirely");
    }
}
