//! API routes by area (one file per area). Every route is registered through
//! [`secure::SecureRouter`], which makes each one declare its [`secure::Access`]; a route
//! without a declaration cannot be served.

pub mod account;
pub mod autoscale;
pub mod charts;
pub mod compliance;
pub mod components;
pub mod detection;
pub mod errors;
pub mod front;
pub mod heal;
pub mod notify;
pub mod ops;
pub mod reports;
pub mod secure;
pub mod security;
pub mod site;
pub mod status_page;
