//! What a web page may not make the operator's browser do (issue 15): every request is checked
//! here, from the gate (routes/secure.rs), before any credential is looked at.
//!
//! - **Host** (DNS rebinding): only the names the server answers to — `localhost`, `127.0.0.1`
//!   and `[::1]` with the listening port, the listen address itself, and
//!   `pipeline.server.allowed_hosts` — are accepted, on every path, the static UI included. A
//!   `Host` without a port passes when its name is allowed (HTTP/1.1 tools that omit it; a
//!   browser always sends the port it used), and a request with no `Host` at all is no
//!   browser's and passes too.
//! - **Cross-site** (CSRF, cross-origin reads): on every declared route a request whose
//!   `Origin` is not this server's own origin, or whose `Sec-Fetch-Site` is anything but
//!   `same-origin` or `none` (typed in the address bar), is refused. Browsers send at least
//!   one of them on every cross-site request; clients that are not browsers (the CLI, curl,
//!   Prometheus, Alertmanager, the tests) send neither, and pass.
//! - **JSON only**: a declared route takes a body only as `Content-Type: application/json`,
//!   and a state-changing request naming any other type is refused even without a body. HTML
//!   forms can send only `text/plain`, urlencoded or multipart, and a cross-site `fetch` can
//!   send JSON only after a CORS preflight this server never grants, so no page can post here.
//!
//! Refusals are `{code, message}` with a Fluent message (`locales/<lang>/web-safety.ftl`) in the
//! language of `Accept-Language`, and a warning in the log (no header values beyond the origin).

use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;
use std::time::Duration;

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use guard_engine::api::{ApiError, ErrorCode};
use guard_engine::config::{ServerSettings, split_host_port};
use guard_i18n::{FluentValue, Lang, Localizer};

/// The names this server answers to and how it is reached.
#[derive(Debug, Clone)]
pub struct SitePolicy {
    /// `(name, port)`: lowercase name (IPv6 in brackets); `None` = any port.
    hosts: Vec<(String, Option<u16>)>,
    /// `https` with TLS, else `http`: the scheme of this server's own origin.
    scheme: &'static str,
    /// How long a request may take to be answered (`pipeline.server.limits.request_timeout`).
    pub request_timeout: Duration,
}

impl SitePolicy {
    /// The policy of a server configured with `server`, listening on `local`.
    pub fn new(server: &ServerSettings, local: SocketAddr) -> SitePolicy {
        let port = Some(local.port());
        let mut hosts: Vec<(String, Option<u16>)> =
            ["localhost", "127.0.0.1", "[::1]"].iter().map(|n| (n.to_string(), port)).collect();
        if !local.ip().is_unspecified() {
            let literal = match local.ip() {
                IpAddr::V4(a) => a.to_string(),
                IpAddr::V6(a) => format!("[{a}]"),
            };
            if !hosts.iter().any(|(n, _)| *n == literal) {
                hosts.push((literal, port));
            }
        }
        for entry in &server.allowed_hosts {
            let (name, p) = split_host_port(entry);
            hosts.push((name.to_ascii_lowercase(), p.and_then(|p| p.parse().ok())));
        }
        SitePolicy {
            hosts,
            scheme: if server.tls.is_some() { "https" } else { "http" },
            request_timeout: server.limits.request_timeout,
        }
    }

    /// Whether `Host: authority` names this server.
    pub fn allows_host(&self, authority: &str) -> bool {
        let lower = authority.trim().to_ascii_lowercase();
        let (name, port) = split_host_port(&lower);
        let port = match port {
            None => None,
            Some(p) => match p.parse::<u16>() {
                Ok(p) => Some(p),
                Err(_) => return false,
            },
        };
        self.hosts.iter().any(|(n, p)| n == name && (port.is_none() || p.is_none() || *p == port))
    }

    /// The accepted names, for the refusal's message.
    fn allowed_list(&self) -> String {
        self.hosts
            .iter()
            .map(|(n, p)| p.map_or_else(|| n.clone(), |p| format!("{n}:{p}")))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The `Host` check, for every request.
    pub fn check_host(&self, req: &Request) -> Result<(), Response> {
        let host = match req.headers().get(header::HOST) {
            Some(v) => match v.to_str() {
                Ok(s) => Some(s.to_string()),
                Err(_) => Some(String::from_utf8_lossy(v.as_bytes()).into_owned()),
            },
            None => req.uri().authority().map(|a| a.to_string()),
        };
        match host {
            Some(h) if !self.allows_host(&h) => {
                tracing::warn!(host = %h.chars().take(100).collect::<String>(), path = %req.uri().path(), "refused a request for a host name this server does not answer to");
                Err(refuse(
                    req.headers(),
                    StatusCode::FORBIDDEN,
                    ErrorCode::ForeignHost,
                    "http-foreign-host",
                    &[
                        ("host", h.into()),
                        ("allowed", self.allowed_list().into()),
                        ("key", "pipeline.server.allowed_hosts".into()),
                    ],
                ))
            }
            _ => Ok(()),
        }
    }

    /// `Origin` and `Sec-Fetch-Site`, for every declared route.
    pub fn check_cross_site(&self, req: &Request) -> Result<(), Response> {
        let h = req.headers();
        if let Some(site) = h.get("sec-fetch-site") {
            let value = String::from_utf8_lossy(site.as_bytes()).to_ascii_lowercase();
            if value != "same-origin" && value != "none" {
                tracing::warn!(method = %req.method(), path = %req.uri().path(), sec_fetch_site = %value, "refused a cross-site request");
                return Err(refuse(
                    h,
                    StatusCode::FORBIDDEN,
                    ErrorCode::CrossSite,
                    "http-cross-site-fetch",
                    &[("header", "Sec-Fetch-Site".into()), ("value", value.into())],
                ));
            }
        }
        if let Some(origin) = h.get(header::ORIGIN) {
            let origin = String::from_utf8_lossy(origin.as_bytes()).into_owned();
            if !self.same_origin(&origin, h.get(header::HOST)) {
                tracing::warn!(method = %req.method(), path = %req.uri().path(), origin = %origin.chars().take(100).collect::<String>(), "refused a cross-origin request");
                return Err(refuse(
                    h,
                    StatusCode::FORBIDDEN,
                    ErrorCode::CrossSite,
                    "http-cross-site-origin",
                    &[("origin", origin.into())],
                ));
            }
        }
        Ok(())
    }

    /// `Origin` is `scheme://Host` of this very request (ports normalised; `null` never is).
    fn same_origin(&self, origin: &str, host: Option<&HeaderValue>) -> bool {
        let Some(host) = host.and_then(|h| h.to_str().ok()) else { return false };
        let Some(rest) = origin.strip_prefix(self.scheme).and_then(|r| r.strip_prefix("://")) else { return false };
        let default = if self.scheme == "https" { 443 } else { 80 };
        let norm = |authority: &str| -> Option<(String, u16)> {
            let lower = authority.trim().to_ascii_lowercase();
            let (name, port) = split_host_port(&lower);
            let port = match port {
                None => default,
                Some(p) => p.parse().ok()?,
            };
            Some((name.to_string(), port))
        };
        !rest.contains('/') && norm(rest).is_some_and(|o| norm(host) == Some(o))
    }

    /// JSON bodies only: a body must say `application/json`, and a state-changing request
    /// naming another type is refused even when empty (a form).
    pub fn check_body_type(&self, req: &Request) -> Result<(), Response> {
        let h = req.headers();
        let has_body = h.contains_key(header::TRANSFER_ENCODING)
            || h.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).is_some_and(|n| n.trim() != "0");
        let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let found = h.get(header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let refused = match &found {
            Some(ct) => (has_body || unsafe_method) && !is_json(ct),
            None => has_body,
        };
        if refused {
            let found = found.unwrap_or_else(|| "-".into());
            tracing::warn!(method = %req.method(), path = %req.uri().path(), content_type = %found.chars().take(100).collect::<String>(), "refused a request body that is not JSON");
            return Err(refuse(
                h,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
                "http-json-only",
                &[("expected", "application/json".into()), ("found", found.into())],
            ));
        }
        Ok(())
    }
}

/// A request body read only when it says `Content-Type: application/json` (the gate already
/// refuses others; this keeps a handler safe on its own). Handlers parse it themselves so a bad
/// body gets their `{code, message}` with the reason.
pub struct JsonBytes(pub axum::body::Bytes);

impl<S: Send + Sync> axum::extract::FromRequest<S> for JsonBytes {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let found = req.headers().get(header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        if !found.as_deref().is_some_and(is_json) {
            let headers = req.headers().clone();
            return Err(refuse(
                &headers,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
                "http-json-only",
                &[("expected", "application/json".into()), ("found", found.unwrap_or_else(|| "-".into()).into())],
            ));
        }
        <axum::body::Bytes as axum::extract::FromRequest<S>>::from_request(req, state)
            .await
            .map(JsonBytes)
            .map_err(IntoResponse::into_response)
    }
}

fn is_json(content_type: &str) -> bool {
    content_type.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
}

fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(Localizer::embedded)
}

/// The language of a refusal: the best of `Accept-Language` we speak, else English.
pub fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(crate::routes::heal::accept_language)
        .unwrap_or(Lang::En)
}

/// A refusal as `{code, message}`, the message from `web-safety.ftl`.
pub fn refuse(
    headers: &HeaderMap,
    status: StatusCode,
    code: ErrorCode,
    key: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Response {
    let message = localizer().translate_with(key, lang_of(headers), args);
    (status, Json(ApiError::new(code, message))).into_response()
}

/// 405 with `Allow` for a declared path asked with a method it does not take.
pub fn method_not_allowed(headers: &HeaderMap, method: &Method, allowed: &[Method]) -> Response {
    let list = allowed.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
    let mut resp = refuse(
        headers,
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
        "http-method-not-allowed",
        &[("method", method.as_str().to_string().into()), ("allowed", list.clone().into())],
    );
    if let Ok(v) = HeaderValue::from_str(&list) {
        resp.headers_mut().insert(header::ALLOW, v);
    }
    resp
}

/// A request (body read and handler) that takes longer than `request_timeout` is answered
/// 503 `request_timeout`; a streamed response (the event stream) is not cut once it started.
pub async fn request_timeout(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => {
            tracing::warn!(%method, %path, seconds = limit.as_secs_f64(), "request timed out");
            refuse(
                &headers,
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::RequestTimeout,
                "http-request-timeout",
                &[("seconds", limit.as_secs_f64().into()), ("key", "pipeline.server.limits.request_timeout".into())],
            )
        }
    }
}

/// Public, read-only pages a link on another site may open (a top-level navigation carries
/// `Sec-Fetch-Site: cross-site`): the status page and its stylesheet. They take no credentials
/// and change nothing, and the `Host` check still applies; every other route stays same-origin.
pub const CROSS_SITE_PAGES: &[&str] = &["/status", "/status/style.css"];

/// Headers for every response, the served UI's above all: no framing (clickjacking), scripts
/// and connections only from this origin, no referrer leaving it, no MIME sniffing.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
];

#[cfg(test)]
mod tests;
