//! `tcp`: healthy when a TCP connection opens; the connect time is the latency.

use std::time::Instant;

use tokio::net::TcpStream;

use super::CheckOutcome;
use crate::config::TcpCheckSpec;
use crate::model::metric;

pub async fn run(spec: &TcpCheckSpec) -> CheckOutcome {
    let started = Instant::now();
    match TcpStream::connect(&spec.addr).await {
        Ok(_) => {
            let l = started.elapsed();
            CheckOutcome::healthy(l).with_metric(metric::RESPONSE_TIME, l.as_secs_f64())
        }
        Err(e) => CheckOutcome::failed(
            started.elapsed(),
            super::Msg::new("check-tcp-cannot-connect").text("addr", &spec.addr).text("detail", e),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    #[tokio::test]
    async fn open_and_closed_ports() {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let open = l.local_addr().unwrap().to_string();
        let ok = run(&TcpCheckSpec { addr: open }).await;
        assert_eq!(ok.status, Status::Healthy);
        assert!(ok.metrics.contains_key(metric::RESPONSE_TIME));
        drop(l);
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string();
        let bad = run(&TcpCheckSpec { addr: closed }).await;
        assert_eq!(bad.status, Status::Failed);
        assert!(bad.english()[0].contains("cannot connect"));
    }
}
