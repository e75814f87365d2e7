//! `labsvc`: a lab service for tests, benchmarks and the demo.
//!
//! Serves `GET /health` on `--port`; faults are switched at runtime with
//! `POST /fault/{mode}` (`crash`, `hang`, `http500`, `slow`, `ramp`, `cpu`, `leak`, `crashloop`,
//! `none`), with optional `?for=SECONDS` (auto-clear), `?ms=` (slow delay; for `ramp` the delay
//! reached after `?over=SECONDS`, growing linearly from 0), `?share=` (`cpu`: the share of one
//! core a background thread burns, 0–1), `?mb_per_s=` (leak rate) and `?n=` (crash-loop
//! length). `POST /work?ms=N` answers after N ms of (idle) work: a request that is in flight
//! for a while, and not idempotent. `GET /metrics` is Prometheus text exposition.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use tokio::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Hang,
    Http500,
    Slow(u64),
    /// Delay growing linearly from 0 to `to_ms` over `over_ms` since `since`.
    Ramp {
        to_ms: u64,
        over_ms: u64,
        since: Instant,
    },
}

struct Lab {
    port: u16,
    mode: Mutex<(Mode, u64)>,
    leak: Mutex<Vec<Vec<u8>>>,
    leak_rate: AtomicU64,
    /// CPU share to burn, in thousandths of a core.
    cpu_milli: AtomicU64,
    generation: AtomicU64,
    requests: AtomicU64,
    errors: AtomicU64,
    started: Instant,
    crashloop_file: PathBuf,
}

#[derive(Deserialize, Default)]
struct FaultParams {
    #[serde(rename = "for")]
    for_s: Option<f64>,
    ms: Option<u64>,
    mb_per_s: Option<u64>,
    n: Option<u32>,
    over: Option<f64>,
    share: Option<f64>,
}

#[derive(Deserialize, Default)]
struct WorkParams {
    ms: Option<u64>,
}

fn usage() -> ! {
    eprintln!("usage: labsvc --port PORT [--host 127.0.0.1] [--fail-starts N] [--state-file PATH]");
    std::process::exit(2)
}

fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut port: Option<u16> = std::env::var("PORT").ok().and_then(|p| p.parse().ok());
    let mut host = "127.0.0.1".to_string();
    let mut fail_starts: u32 = 0;
    let mut state_file: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--port" => port = args.next().and_then(|p| p.parse().ok()),
            "--host" => host = args.next().unwrap_or_else(|| usage()),
            "--fail-starts" => fail_starts = args.next().and_then(|n| n.parse().ok()).unwrap_or_else(|| usage()),
            "--state-file" => state_file = args.next().map(PathBuf::from),
            "--help" | "-h" => usage(),
            _ => usage(),
        }
    }
    let Some(port) = port else { usage() };
    let crashloop_file = state_file.unwrap_or_else(|| std::env::temp_dir().join(format!("labsvc-{port}.crashloop")));

    // Crash-loop: a pending count of failed starts lives in a small state file.
    let pending: u32 =
        std::fs::read_to_string(&crashloop_file).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(fail_starts);
    if pending > 0 {
        let _ = std::fs::write(&crashloop_file, (pending - 1).to_string());
        eprintln!("labsvc: simulated start failure ({} left)", pending - 1);
        std::process::exit(3);
    }
    let _ = std::fs::remove_file(&crashloop_file);

    let lab = Arc::new(Lab {
        port,
        mode: Mutex::new((Mode::Normal, 0)),
        leak: Mutex::new(Vec::new()),
        leak_rate: AtomicU64::new(0),
        cpu_milli: AtomicU64::new(0),
        generation: AtomicU64::new(0),
        requests: AtomicU64::new(0),
        errors: AtomicU64::new(0),
        started: Instant::now(),
        crashloop_file,
    });
    tokio::spawn(leaker(lab.clone()));
    {
        let lab = lab.clone();
        std::thread::spawn(move || burner(&lab));
    }

    let app = Router::new()
        .route("/health", get(health))
        .route("/", get(info))
        .route("/metrics", get(metrics))
        .route("/fault/{mode}", post(fault))
        .route("/work", post(work))
        .with_state(lab);
    let listener = match tokio::net::TcpListener::bind((host.as_str(), port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("labsvc: cannot listen on {host}:{port}: {e}");
            std::process::exit(1);
        }
    };
    println!("labsvc listening on http://{host}:{port}");
    let _ = axum::serve(listener, app).await;
}

async fn leaker(lab: Arc<Lab>) {
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    loop {
        tick.tick().await;
        let rate = lab.leak_rate.load(Ordering::Relaxed);
        if rate > 0 {
            // Touch every page so the memory is resident, not just reserved.
            let chunk = vec![0x5au8; (rate * 1_000_000 / 10) as usize];
            lab.leak.lock().await.push(chunk);
        }
    }
}

/// Burn `cpu_milli`/1000 of a core: busy for that share of every 20 ms slice, asleep otherwise.
fn burner(lab: &Lab) {
    let slice = Duration::from_millis(20);
    loop {
        let milli = lab.cpu_milli.load(Ordering::Relaxed).min(1000);
        if milli == 0 {
            std::thread::sleep(Duration::from_millis(50));
            continue;
        }
        let busy = slice * milli as u32 / 1000;
        let t0 = Instant::now();
        let mut x: u64 = 1;
        while t0.elapsed() < busy {
            x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
        }
        std::thread::sleep(slice.saturating_sub(t0.elapsed()));
    }
}

/// `POST /work?ms=N`: a non-idempotent request that takes N ms (default 100).
async fn work(State(lab): State<Arc<Lab>>, Query(q): Query<WorkParams>) -> impl IntoResponse {
    lab.requests.fetch_add(1, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_millis(q.ms.unwrap_or(100).min(60_000))).await;
    (StatusCode::OK, format!("done on {}\n", lab.port))
}

async fn health(State(lab): State<Arc<Lab>>) -> impl IntoResponse {
    lab.requests.fetch_add(1, Ordering::Relaxed);
    let mode = lab.mode.lock().await.0;
    match mode {
        Mode::Normal => (StatusCode::OK, "ok").into_response(),
        Mode::Http500 => {
            lab.errors.fetch_add(1, Ordering::Relaxed);
            (StatusCode::INTERNAL_SERVER_ERROR, "injected failure").into_response()
        }
        Mode::Slow(ms) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            (StatusCode::OK, "ok (slow)").into_response()
        }
        Mode::Ramp { to_ms, over_ms, since } => {
            let f = (since.elapsed().as_millis() as f64 / over_ms.max(1) as f64).min(1.0);
            tokio::time::sleep(Duration::from_millis((to_ms as f64 * f) as u64)).await;
            (StatusCode::OK, "ok (ramping)").into_response()
        }
        Mode::Hang => {
            std::future::pending::<()>().await;
            unreachable!()
        }
    }
}

async fn info(State(lab): State<Arc<Lab>>) -> impl IntoResponse {
    let mode = lab.mode.lock().await.0;
    Json(serde_json::json!({
        "service": "labsvc",
        "port": lab.port,
        "pid": std::process::id(),
        "mode": format!("{mode:?}"),
        "uptime_s": lab.started.elapsed().as_secs_f64(),
        "rss_bytes": rss_bytes(),
    }))
}

async fn metrics(State(lab): State<Arc<Lab>>) -> impl IntoResponse {
    let leaked: usize = lab.leak.lock().await.iter().map(Vec::len).sum();
    let body = format!(
        "# TYPE labsvc_requests_total counter\nlabsvc_requests_total{{port=\"{p}\"}} {}\n\
         # TYPE labsvc_errors_total counter\nlabsvc_errors_total{{port=\"{p}\"}} {}\n\
         # TYPE labsvc_leaked_bytes gauge\nlabsvc_leaked_bytes{{port=\"{p}\"}} {leaked}\n\
         # TYPE labsvc_resident_memory_bytes gauge\nlabsvc_resident_memory_bytes{{port=\"{p}\"}} {}\n\
         # TYPE labsvc_uptime_seconds gauge\nlabsvc_uptime_seconds{{port=\"{p}\"}} {:.3}\n",
        lab.requests.load(Ordering::Relaxed),
        lab.errors.load(Ordering::Relaxed),
        rss_bytes(),
        lab.started.elapsed().as_secs_f64(),
        p = lab.port,
    );
    ([("content-type", "text/plain; version=0.0.4")], body)
}

async fn fault(
    State(lab): State<Arc<Lab>>,
    Path(mode): Path<String>,
    Query(q): Query<FaultParams>,
) -> impl IntoResponse {
    let new = match mode.as_str() {
        "none" | "clear" => Mode::Normal,
        "hang" => Mode::Hang,
        "http500" | "500" => Mode::Http500,
        "slow" => Mode::Slow(q.ms.unwrap_or(3000)),
        "ramp" => Mode::Ramp {
            to_ms: q.ms.unwrap_or(1000),
            over_ms: (q.over.unwrap_or(30.0).max(0.001) * 1000.0) as u64,
            since: Instant::now(),
        },
        "cpu" => {
            let share = q.share.unwrap_or(0.5);
            if !(0.0..=1.0).contains(&share) {
                return (StatusCode::BAD_REQUEST, format!("share must be between 0 and 1, found {share}\n"));
            }
            lab.cpu_milli.store((share * 1000.0) as u64, Ordering::Relaxed);
            if let Some(secs) = q.for_s.filter(|s| *s > 0.0) {
                let lab = lab.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_secs_f64(secs)).await;
                    lab.cpu_milli.store(0, Ordering::Relaxed);
                });
            }
            return (StatusCode::OK, format!("burning {share} of a core\n"));
        }
        "leak" => {
            lab.leak_rate.store(q.mb_per_s.unwrap_or(20), Ordering::Relaxed);
            return (StatusCode::OK, "leaking\n".to_string());
        }
        "crash" => {
            tokio::spawn(async {
                tokio::time::sleep(Duration::from_millis(5)).await;
                std::process::exit(1);
            });
            return (StatusCode::OK, "crashing\n".to_string());
        }
        "crashloop" => {
            let n = q.n.unwrap_or(5);
            let _ = std::fs::write(&lab.crashloop_file, n.to_string());
            tokio::spawn(async {
                tokio::time::sleep(Duration::from_millis(5)).await;
                std::process::exit(1);
            });
            return (StatusCode::OK, format!("crash-looping for {n} starts\n"));
        }
        other => {
            return (
                StatusCode::BAD_REQUEST,
                format!(
                    "unknown fault `{other}`: expected crash, hang, http500, slow, ramp, cpu, leak, crashloop or none\n"
                ),
            );
        }
    };
    if new == Mode::Normal {
        lab.leak_rate.store(0, Ordering::Relaxed);
        lab.cpu_milli.store(0, Ordering::Relaxed);
        lab.leak.lock().await.clear();
    }
    let generation = lab.generation.fetch_add(1, Ordering::SeqCst) + 1;
    *lab.mode.lock().await = (new, generation);
    if let Some(secs) = q.for_s.filter(|s| *s > 0.0) {
        let lab = lab.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs_f64(secs)).await;
            let mut m = lab.mode.lock().await;
            if m.1 == generation {
                *m = (Mode::Normal, generation);
            }
        });
    }
    (StatusCode::OK, format!("mode {new:?}\n"))
}
