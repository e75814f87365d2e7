//! The server's accept loop: what a slow or greedy client may hold (issue 15).
//!
//! `axum::serve` has no header-read timer and no connection cap, so connections are served
//! here with hyper's HTTP/1.1 connection builder directly (HTTP/1.1 only: the TLS listener
//! offers only `http/1.1`, and no browser speaks cleartext HTTP/2):
//!
//! - at most `max_connections` connections at once, TLS handshakes included: past that the
//!   loop stops accepting, and new clients wait in the kernel's backlog;
//! - a TLS client must finish its handshake within `tls_handshake_timeout`;
//! - a request's headers must arrive within `header_timeout`, and hyper restarts the same timer
//!   whenever a kept-alive connection goes idle, so an idle connection is closed after it too;
//! - the request timeout (body read and handler) is a layer of the router (routes/site.rs);
//! - on shutdown, open connections are asked to finish and are dropped after [`SHUTDOWN_GRACE`]
//!   (an event stream never finishes by itself).
//!
//! Every request carries `ConnectInfo<SocketAddr>` of its peer, as with axum's own `serve`.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use guard_engine::config::ServerLimits;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

/// How long open connections get to finish once the server stops.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Serve `app` on `listener` (HTTPS with `tls`) until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    app: Router,
    limits: ServerLimits,
    shutdown: impl Future<Output = ()>,
) {
    let max = limits.max_connections.max(1);
    let slots = Arc::new(Semaphore::new(max as usize));
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = slots.clone().acquire_owned() => p.expect("the semaphore is never closed"),
            _ = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let (app, tls, limits, stop) = (app.clone(), tls.clone(), limits.clone(), stop_rx.clone());
        tokio::spawn(async move {
            let _slot = permit;
            let _ = stream.set_nodelay(true);
            connection(stream, peer, tls, app, &limits, stop).await;
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    // Every connection holds a slot: all slots back means all connections ended.
    if tokio::time::timeout(SHUTDOWN_GRACE, slots.acquire_many(max)).await.is_err() {
        tracing::info!(
            "{}",
            crate::i18n::tr("cli-serve-closing-connections", &[("seconds", SHUTDOWN_GRACE.as_secs().into())])
        );
    }
}

async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    tls: Option<TlsAcceptor>,
    app: Router,
    limits: &ServerLimits,
    stop: watch::Receiver<bool>,
) {
    match tls {
        None => http1(TokioIo::new(stream), peer, app, limits, stop).await,
        Some(acceptor) => match tokio::time::timeout(limits.tls_handshake_timeout, acceptor.accept(stream)).await {
            Ok(Ok(tls)) => http1(TokioIo::new(tls), peer, app, limits, stop).await,
            Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
            Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
        },
    }
}

async fn http1<I>(io: TokioIo<I>, peer: SocketAddr, app: Router, limits: &ServerLimits, mut stop: watch::Receiver<bool>)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        req.extensions_mut().insert(ConnectInfo(peer));
        app.clone().oneshot(req)
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true);
    let conn = builder.serve_connection(io, service);
    tokio::pin!(conn);
    tokio::select! {
        r = conn.as_mut() => {
            if let Err(e) = r {
                tracing::debug!(%peer, error = %e, "connection closed");
            }
        }
        _ = async { let _ = stop.wait_for(|s| *s).await; } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}
