//! Authorization for every HTTP route through one mechanism (
//! `secure_pipeline_operation`).
//!
//! Routes are added only through [`SecureRouter::op`], which takes the route's method, path
//! and [`Access`] from its row in `guard_engine::boundary::ops::OPS` (the one table the app's
//! commands and the UI's client come from too). [`SecureRouter::finish`] installs one gate as a
//! route layer over the whole app: for each request it looks up the matched route's declared
//! access and calls [`SecurityManager::authorize`]. A route that reached the router any other way
//! has no declaration, and the gate answers 500 for it (in every mode), so a forgotten permission
//! fails loudly in the first test instead of opening a hole. `tests` below enumerates the real
//! router's table and proves every `/api/` route refuses missing, expired, revoked, forged and
//! under-privileged tokens.
//!
//! [`SecurityManager::authorize`]: guard_engine::security::SecurityManager::authorize

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::handler::Handler;
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use axum::{Json, Router};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::security::{Denied, Principal, PrincipalKind};

use crate::routes::site::{self, SitePolicy};
use crate::server::AppState;

/// Who may call a route: the access of its row in `guard_engine::boundary::ops::OPS`.
pub use guard_engine::boundary::ops::Access;

/// One declared route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: Method,
    pub path: String,
    pub access: Access,
}

/// Every declared route of a router, keyed by method and axum path pattern.
#[derive(Debug, Default)]
pub struct RouteTable {
    routes: HashMap<(Method, String), Access>,
    order: Vec<RouteSpec>,
}

impl RouteTable {
    #[allow(dead_code)] // used by tests and by areas that list their routes
    pub fn specs(&self) -> &[RouteSpec] {
        &self.order
    }

    /// The methods declared for `path` (HEAD with GET), for a 405's `Allow`.
    pub fn methods(&self, path: &str) -> Vec<Method> {
        let mut out: Vec<Method> = self.order.iter().filter(|s| s.path == path).map(|s| s.method.clone()).collect();
        if out.contains(&Method::GET) {
            out.push(Method::HEAD);
        }
        out
    }

    pub fn access(&self, method: &Method, path: &str) -> Option<Access> {
        let m = if method == Method::HEAD { &Method::GET } else { method };
        self.routes.get(&(m.clone(), path.to_string())).copied()
    }
}

/// The only way to add an HTTP route: every route names its access.
pub struct SecureRouter {
    router: Router<AppState>,
    table: RouteTable,
}

impl Default for SecureRouter {
    fn default() -> Self {
        Self::new()
    }
}

impl SecureRouter {
    pub fn new() -> Self {
        SecureRouter { router: Router::new(), table: RouteTable::default() }
    }

    /// Add the route of the operation `name` (`guard_engine::boundary::ops::OPS`): its method,
    /// path and access come from the table, so a route cannot be served without its row.
    pub fn op<H: Handler<T, AppState>, T: 'static>(self, name: &str, handler: H) -> Self {
        let o = guard_engine::boundary::ops::op(name)
            .unwrap_or_else(|| panic!("no operation `{name}` in guard_engine::boundary::ops::OPS"));
        let (method, path) = o
            .http
            .unwrap_or_else(|| panic!("operation `{name}` has no HTTP route in guard_engine::boundary::ops::OPS"));
        self.route(Method::from_bytes(method.as_bytes()).expect("a standard HTTP method"), path, o.access, handler)
    }

    /// Add `method path` (full path, e.g. `/api/components/{name}/heal`).
    fn route<H, T>(mut self, method: Method, path: &str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = MethodFilter::try_from(method.clone()).expect("a standard HTTP method");
        let key = (method.clone(), path.to_string());
        assert!(!self.table.routes.contains_key(&key), "route {method} {path} declared twice");
        self.table.routes.insert(key, access);
        self.table.order.push(RouteSpec { method, path: path.to_string(), access });
        self.router = self.router.route(path, on(filter, handler));
        self
    }

    /// A route outside the table: only the gate's own tests declare one.
    #[cfg(test)]
    pub fn get<H: Handler<T, AppState>, T: 'static>(self, path: &str, access: Access, handler: H) -> Self {
        self.route(Method::GET, path, access, handler)
    }

    /// Add the routes of another area's module.
    pub fn merge(mut self, other: SecureRouter) -> Self {
        for spec in other.table.order {
            let key = (spec.method.clone(), spec.path.clone());
            assert!(!self.table.routes.contains_key(&key), "route {} {} declared twice", spec.method, spec.path);
            self.table.routes.insert(key, spec.access);
            self.table.order.push(spec);
        }
        self.router = self.router.merge(other.router);
        self
    }

    /// The router with the gate over every route, and the table the gate enforces. `extend`
    /// may add fallbacks (the static UI); the gate is layered last, so it covers every route
    /// the router has: one without a declaration answers 500. `site` is what the gate checks
    /// before any credential (Host, cross-site, JSON bodies: routes/site.rs).
    pub fn finish(
        self,
        state: AppState,
        site: SitePolicy,
        extend: impl FnOnce(Router) -> Router,
    ) -> (Router, Arc<RouteTable>) {
        let table = Arc::new(self.table);
        let gate_state = GateState { app: state.clone(), table: table.clone(), site: Arc::new(site) };
        let app = extend(self.router.with_state(state));
        (app.layer(axum::middleware::from_fn_with_state(gate_state, gate)), table)
    }
}

#[derive(Clone)]
struct GateState {
    app: AppState,
    table: Arc<RouteTable>,
    site: Arc<SitePolicy>,
}

/// Where a request came from: its address as text and whether it is loopback.
#[derive(Debug, Clone)]
pub struct Peer {
    pub source: String,
    pub loopback: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(peer_of(&parts.extensions))
    }
}

/// The bearer token of a request (see [`bearer_token`]).
pub struct Bearer(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Bearer(bearer_token(&parts.headers, &parts.method, &parts.uri)))
    }
}

pub fn peer_of(extensions: &axum::http::Extensions) -> Peer {
    match extensions.get::<ConnectInfo<SocketAddr>>() {
        Some(ConnectInfo(addr)) => Peer { source: addr.ip().to_string(), loopback: addr.ip().is_loopback() },
        None => Peer { source: "unknown".into(), loopback: false },
    }
}

/// The only route that takes `?access_token=`: browsers cannot set headers on an
/// `EventSource`. Anywhere else a token in the URL would end up in histories and logs.
pub const QUERY_TOKEN_PATH: &str = "/api/events";

/// The bearer token of a request; for `GET` [`QUERY_TOKEN_PATH`] also `?access_token=`.
pub fn bearer_token(parts_headers: &axum::http::HeaderMap, method: &Method, uri: &axum::http::Uri) -> Option<String> {
    if let Some(v) = parts_headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        let v = v.trim();
        return v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")).map(|t| t.trim().to_string());
    }
    let query = uri.query();
    if method == Method::GET && uri.path() == QUERY_TOKEN_PATH {
        for pair in query.unwrap_or("").split('&') {
            if let Some(t) = pair.strip_prefix("access_token=") {
                return Some(t.to_string());
            }
        }
    }
    None
}

/// Errors of the gate and the security routes, as `{code, message}`.
pub fn denied_response(d: &Denied) -> Response {
    let (status, code) = match d {
        Denied::Missing
        | Denied::Invalid
        | Denied::Expired
        | Denied::Revoked
        | Denied::UnknownUser
        | Denied::BadCredentials => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
        Denied::Forbidden(_) | Denied::LoopbackOnly => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
        Denied::Throttled(_) => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited),
        Denied::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
        Denied::SetupRequired => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::SetupRequired),
        Denied::Internal => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
    };
    // What a refusal says, in the caller's language (`api-errors.ftl`, the engine's boundary).
    let mut resp = crate::routes::errors::answer(status, ApiError::said(code, guard_engine::boundary::denied_msg(d)));
    if status == StatusCode::UNAUTHORIZED {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if let Denied::Throttled(secs) = d {
        resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(*secs));
    }
    resp
}

async fn gate(State(g): State<GateState>, matched: Option<MatchedPath>, mut req: Request, next: Next) -> Response {
    if let Err(refused) = g.site.check_host(&req) {
        return refused;
    }
    let Some(path) = matched.as_ref().map(|m| m.as_str().to_string()) else {
        // No route matched: the static UI, or a JSON 404 under /api/.
        if req.uri().path().starts_with("/api/") || req.uri().path() == "/api" {
            return (
                StatusCode::NOT_FOUND,
                // Not translated: the UI tells an older engine by this answer (`backend/http.ts`).
                Json(ApiError::new(ErrorCode::NotFound, "no such API route")),
            )
                .into_response();
        }
        return next.run(req).await;
    };
    let page_visit =
        matches!(*req.method(), Method::GET | Method::HEAD) && site::CROSS_SITE_PAGES.contains(&path.as_str());
    if !page_visit && let Err(refused) = g.site.check_cross_site(&req) {
        return refused;
    }
    let Some(access) = g.table.access(req.method(), &path) else {
        let allowed = g.table.methods(&path);
        if !allowed.is_empty() {
            return site::method_not_allowed(req.headers(), req.method(), &allowed);
        }
        tracing::error!(method = %req.method(), path = %path, "route has no declared access; register it through SecureRouter");
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            // A developer's mistake the first test finds; never a person's.
            Json(ApiError::new(
                ErrorCode::Internal,
                format!(
                    "route {} {path} declares no permission (register it through routes::secure::SecureRouter)",
                    req.method()
                ),
            )),
        )
            .into_response();
    };
    if let Err(refused) = g.site.check_body_type(&req) {
        return refused;
    }
    let peer = peer_of(req.extensions());
    let sec = g.app.guard.security();
    let need = match access {
        Access::Public => return next.run(req).await,
        Access::LoopbackOr(_) if peer.loopback || !sec.enabled() => return next.run(req).await,
        Access::LoopbackOr(p) | Access::Requires(p) => Some(p),
        Access::Authenticated => None,
    };
    let token = bearer_token(req.headers(), req.method(), req.uri());
    let destructive = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let action = format!("{} {path}", req.method());
    let result = match need {
        Some(p) => sec.authorize(token.as_deref(), p, &peer.source, &action, destructive).await,
        None => sec.validate_session(token.as_deref(), &peer.source).await,
    };
    match result {
        Ok(principal) => {
            // Said in the account's saved language when it errs (routes/errors.rs).
            let account = (principal.kind != PrincipalKind::Anonymous).then(|| principal.user.clone());
            req.extensions_mut().insert(principal);
            let mut res = next.run(req).await;
            if let Some(name) = account {
                res.extensions_mut().insert(crate::routes::errors::AnsweredFor(name));
            }
            res
        }
        Err(d) => denied_response(&d),
    }
}

/// The authenticated caller of a gated route (anonymous with every permission when security is
/// disabled). Handlers take it to audit who did what.
pub struct Caller(pub Principal);

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Principal>().cloned().map(Caller).ok_or_else(|| denied_response(&Denied::Missing))
    }
}

#[cfg(test)]
pub(crate) mod tests;

#[cfg(test)]
mod audit_tests;
