//! The error of the guard's operations ([`GuardError`]): what the API and the app's commands
//! turn into an HTTP status or a message.

use crate::history::HistoryError;

#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("unknown component `{0}`")]
    UnknownComponent(String),
    #[error("unknown incident {0}")]
    UnknownIncident(i64),
    #[error("unknown notification channel `{0}`")]
    UnknownChannel(String),
    /// What the caller asked for cannot be done as asked: a message (`api-errors.ftl`), said in
    /// the caller's language by the shells; its English text is the error's `Display`.
    #[error("{}", .0.english())]
    BadRequest(crate::heal::timeline::Msg),
    #[error(transparent)]
    Security(#[from] crate::security::SecurityError),
    #[error(transparent)]
    Front(#[from] crate::front::FrontError),
}
