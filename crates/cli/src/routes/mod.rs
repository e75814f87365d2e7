//! API routes that live in their own modules (one file per area), added to the router in
//! `server.rs` with one line each.

pub mod charts;
