//! HTTP/1.1 forwarding with retries on another instance.
//!
//! Retry rules, per request, each instance tried at most once:
//! - the connection to the instance could not be made (refused, connect timeout): the request
//!   was never sent, so any method is retried, outside the retry budget;
//! - an idempotent request (GET, HEAD, OPTIONS, `retry.idempotent_methods`) whose instance
//!   broke the connection, gave no response headers within the per-try time-out
//!   (`try_timeout`), or answered 5xx is retried when another instance is left and the retry
//!   budget allows;
//! - anything else is answered as the instance answered, or 502 (504 after a time-out) when
//!   it gave no answer.
//!
//! Every attempt's outcome goes to outlier detection (`outlier.rs`).
//!
//! Request bodies are buffered (at most 16 MB) so a retry can resend them; response bodies
//! stream through, and the instance counts the request in flight until the body is done.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use super::Front;
use super::outlier::{Failure, Outcome};
use crate::heal::Healer;

type Body = UnsyncBoxBody<Bytes, hyper::Error>;

const MAX_BODY: usize = 16 * 1024 * 1024;

/// Accept connections until the guard shuts down.
pub(super) async fn serve(inner: Healer, front: Arc<Front>, listener: tokio::net::TcpListener) {
    tracing::info!(component = %front.component, listen = %front.spec.listen, balance = front.spec.balance.as_str(), "front listening");
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {
                if inner.is_shutting_down() {
                    return;
                }
                continue;
            }
        };
        let (stream, peer) = match accepted {
            Ok(x) => x,
            Err(e) => {
                tracing::warn!(component = %front.component, error = %e, "front: accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let front = front.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| {
                let front = front.clone();
                async move { Ok::<_, Infallible>(handle(front, req, peer).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}

/// GET, HEAD, OPTIONS, and the methods the config declares idempotent.
fn is_idempotent(m: &Method, declared: &[String]) -> bool {
    matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS) || declared.iter().any(|d| d == m.as_str())
}

/// Headers that describe one connection, not the message (RFC 9110 §7.6.1).
fn strip_hop_by_hop(h: &mut HeaderMap) {
    let named: Vec<HeaderName> = h
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|s| s.trim().to_ascii_lowercase()).collect::<Vec<_>>())
        .filter_map(|s| HeaderName::from_bytes(s.as_bytes()).ok())
        .collect();
    for n in named {
        h.remove(n);
    }
    for n in [
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    ] {
        h.remove(n);
    }
}

fn plain(status: StatusCode, text: String) -> Response<Body> {
    let mut r = Response::new(Full::new(Bytes::from(text)).map_err(|never: Infallible| match never {}).boxed_unsync());
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    r
}

/// Answer one request through the instances.
async fn handle(front: Arc<Front>, req: Request<Incoming>, peer: SocketAddr) -> Response<Body> {
    front.requests.fetch_add(1, Ordering::Relaxed);
    front.note_request();
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(c) => c.to_bytes(),
        Err(e) => {
            front.failures.fetch_add(1, Ordering::Relaxed);
            return plain(StatusCode::PAYLOAD_TOO_LARGE, format!("request body refused: {e}\n"));
        }
    };
    let idempotent = is_idempotent(&parts.method, &front.spec.retry.idempotent_methods);
    let path = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let mut headers = parts.headers.clone();
    strip_hop_by_hop(&mut headers);
    let xff = match headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
        Some(prev) => format!("{prev}, {}", peer.ip()),
        None => peer.ip().to_string(),
    };
    if let Ok(v) = HeaderValue::from_str(&xff) {
        headers.insert("x-forwarded-for", v);
    }

    let mut tried: Vec<u32> = Vec::new();
    let mut last_problem = String::from("no healthy instance");
    let mut timed_out = false;
    loop {
        // Wait for an instance at most one per-try time-out from the request's start.
        let wait = front.spec.try_timeout.saturating_sub(started.elapsed());
        let Some((instance, port, flight)) = front.choose(&tried, wait).await else { break };
        if let Some(&from) = tried.last() {
            front.note_retry(from);
        }
        tried.push(instance);
        let mut up = Request::new(Full::new(body.clone()));
        *up.method_mut() = parts.method.clone();
        *up.uri_mut() = match format!("http://127.0.0.1:{port}{path}").parse() {
            Ok(u) => u,
            Err(e) => return plain(StatusCode::BAD_REQUEST, format!("bad request target: {e}\n")),
        };
        *up.headers_mut() = headers.clone();
        let sent = front.client.request(up);
        let res = if idempotent {
            tokio::time::timeout(front.spec.try_timeout, sent).await.map_err(|_| ())
        } else {
            Ok(sent.await)
        };
        // Another instance to try, if any is left.
        let other = || {
            let st = front.state.lock();
            !st.balancer.eligible(&tried).is_empty() || st.balancer.untried_fallback(&tried).is_some()
        };
        match res {
            Ok(Ok(resp)) => {
                let status = resp.status();
                if status.is_server_error() {
                    let why = format!("answered {status}");
                    front.observe(instance, Outcome::Failed(Failure::Status { code: status.as_u16() }), &why);
                    if idempotent && other() && front.take_retry() {
                        last_problem = format!("instance {instance} {why}");
                        continue;
                    }
                    front.failures.fetch_add(1, Ordering::Relaxed);
                } else {
                    front.observe(instance, Outcome::Success, "");
                }
                let (mut rp, body) = resp.into_parts();
                strip_hop_by_hop(&mut rp.headers);
                // The instance keeps the request in flight until the body has gone out.
                let body = body.map_frame(move |f| {
                    let _keep = &flight;
                    f
                });
                return Response::from_parts(rp, body.boxed_unsync());
            }
            Ok(Err(e)) => {
                let connect = e.is_connect();
                let why =
                    if connect { format!("connection failed: {e}") } else { format!("broke the connection: {e}") };
                front.observe(instance, Outcome::Failed(if connect { Failure::Connect } else { Failure::Reset }), &why);
                last_problem = format!("instance {instance} {why}");
                // Nothing was sent over a connection that could not be made: no load added,
                // no budget spent.
                if connect || (idempotent && other() && front.take_retry()) {
                    continue;
                }
                break;
            }
            Err(()) => {
                let why = format!("no response within {}", crate::units::format_duration(front.spec.try_timeout));
                front.observe(
                    instance,
                    Outcome::Failed(Failure::Timeout { ms: front.spec.try_timeout.as_millis() as i64 }),
                    &why,
                );
                last_problem = format!("instance {instance}: {why}");
                timed_out = true;
                if other() && front.take_retry() {
                    continue;
                }
                break;
            }
        }
    }
    front.failures.fetch_add(1, Ordering::Relaxed);
    let status = match (tried.is_empty(), timed_out) {
        (true, _) => StatusCode::SERVICE_UNAVAILABLE,
        (false, true) => StatusCode::GATEWAY_TIMEOUT,
        (false, false) => StatusCode::BAD_GATEWAY,
    };
    tracing::warn!(component = %front.component, %status, problem = %last_problem, "front could not serve a request");
    plain(status, format!("pipeline-guard front of `{}`: {last_problem}\n", front.component))
}
