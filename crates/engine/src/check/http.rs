//! `http`: status code, optional body substring, latency; slow answers are `degraded`.

use std::time::{Duration, Instant};

use super::{CheckContext, CheckOutcome, Msg};
use crate::config::HttpCheckSpec;
use crate::model::{Status, metric};

pub async fn run(spec: &HttpCheckSpec, cx: &CheckContext, timeout: Duration) -> CheckOutcome {
    let client = if spec.tls_verify { &cx.http } else { &cx.http_insecure };
    let started = Instant::now();
    let method = reqwest::Method::from_bytes(spec.method.as_bytes()).unwrap_or(reqwest::Method::GET);
    let resp = client.request(method, &spec.url).timeout(timeout).send().await;
    let resp = match resp {
        Ok(r) => r,
        Err(e) => {
            let issue = if e.is_timeout() {
                Msg::new("check-http-timed-out")
            } else if e.is_connect() {
                Msg::new("check-http-unreachable")
            } else {
                Msg::new("check-http-error").text("detail", e)
            };
            return CheckOutcome::failed(started.elapsed(), issue.text("method", &spec.method).text("url", &spec.url))
                .with_metric(metric::ERROR_RATE, 1.0);
        }
    };
    let code = resp.status().as_u16();
    let body = if spec.body_contains.is_some() {
        resp.text().await.ok()
    } else {
        resp.bytes().await.ok().map(|_| String::new())
    };
    let latency = started.elapsed();
    let mut out = CheckOutcome::healthy(latency).with_metric(metric::RESPONSE_TIME, latency.as_secs_f64());
    out.metrics.insert("http_status".into(), code as f64);
    if code != spec.expect_status {
        out.status = Status::Failed;
        out.issues.push(
            Msg::new("check-http-status")
                .text("code", code)
                .text("url", &spec.url)
                .text("expected", spec.expect_status),
        );
    } else if let Some(needle) = &spec.body_contains
        && !body.as_deref().unwrap_or("").contains(needle.as_str())
    {
        out.status = Status::Failed;
        out.issues.push(Msg::new("check-http-body-missing").text("needle", needle));
    }
    if out.status == Status::Healthy
        && let Some(limit) = spec.degraded_after
        && latency > limit
    {
        out.status = Status::Degraded;
        out.issues.push(
            Msg::new("check-http-slow")
                .num("latency", latency.as_millis() as f64)
                .num("limit", limit.as_millis() as f64),
        );
    }
    out.metrics.insert(metric::ERROR_RATE.into(), if out.status == Status::Failed { 1.0 } else { 0.0 });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A one-route loopback server answering with `status` and `body` after `delay`.
    async fn server(status: u16, body: &'static str, delay: Duration) -> String {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let (mut s, _) = l.accept().await.unwrap();
                tokio::spawn(async move {
                    let mut buf = [0u8; 1024];
                    let _ = s.read(&mut buf).await;
                    tokio::time::sleep(delay).await;
                    let resp = format!(
                        "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = s.write_all(resp.as_bytes()).await;
                });
            }
        });
        format!("http://{addr}/health")
    }

    fn spec(url: String) -> HttpCheckSpec {
        HttpCheckSpec {
            url,
            method: "GET".into(),
            expect_status: 200,
            body_contains: None,
            degraded_after: None,
            tls_verify: true,
        }
    }

    #[tokio::test]
    async fn table() {
        let cx = CheckContext::new();
        let t = Duration::from_millis(500);
        let ok = server(200, "ok", Duration::ZERO).await;
        let err = server(500, "boom", Duration::ZERO).await;
        let slow = server(200, "ok", Duration::from_millis(150)).await;
        let hang = server(200, "ok", Duration::from_secs(5)).await;
        let cases: Vec<(HttpCheckSpec, Status, &str)> = vec![
            (spec(ok.clone()), Status::Healthy, ""),
            (spec(err), Status::Failed, "HTTP 500"),
            (
                HttpCheckSpec { body_contains: Some("ready".into()), ..spec(ok.clone()) },
                Status::Failed,
                "does not contain",
            ),
            (HttpCheckSpec { body_contains: Some("ok".into()), ..spec(ok) }, Status::Healthy, ""),
            (
                HttpCheckSpec { degraded_after: Some(Duration::from_millis(50)), ..spec(slow) },
                Status::Degraded,
                "slow response",
            ),
            (spec(hang), Status::Failed, "timed out"),
            (spec("http://127.0.0.1:1/health".into()), Status::Failed, "connection refused"),
        ];
        for (s, want, issue) in cases {
            let out = run(&s, &cx, t).await;
            assert_eq!(out.status, want, "{s:?}: {out:?}");
            assert!(issue.is_empty() || out.english().iter().any(|i| i.contains(issue)), "{s:?}: {out:?}");
        }
    }
}
