//! One availability figure on every surface (issue 14 "One number for one thing", issue 16):
//! a history with known outages — a crash, a restart the guard asked for, a failure with a
//! crash loop, a degraded spell and a clean stop — is written with the engine's own writer
//! (`availability::Tracker` over the `MetricsCollector`), the figure is computed here once by
//! hand, and the real server finds the same figure on the component API, the components list,
//! the overview (all and per region), `/metrics` and in the compliance report (JSON and the
//! HTML's text).

use std::time::Duration;

use guard_e2e::*;
use guard_engine::availability::Tracker;
use guard_engine::history::HistorySettings;
use guard_engine::model::Status::{self, *};

const M: i64 = 60_000;

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

/// The history, written as the guard writes it.
async fn write_history(db: &std::path::Path, base: i64) {
    let h = guard_engine::MetricsCollector::open(db, HistorySettings::default()).await.unwrap();
    let t = Tracker::load(h.pool()).await.unwrap();
    let change = |c: &str, from: Status, to: Status, at: i64| {
        t.status_changed(&h, c, from, to, &[guard_engine::check::Msg::verbatim(format!("{from:?} → {to:?}"))], at)
    };
    for c in ["alpha", "beta"] {
        change(c, Unknown, Healthy, base);
        t.checked(&h, c, Healthy, base);
    }
    // alpha, 1: its process crashes at 10 min (the exit, then the status forced to failed);
    // the supervisor's respawn is verified healthy 20 s later.
    t.exited(&h, "alpha", false, base + 10 * M);
    change("alpha", Healthy, Failed, base + 10 * M + 5);
    t.checked(&h, "alpha", Failed, base + 10 * M + 5);
    change("alpha", Failed, Healthy, base + 10 * M + 20_000);
    t.checked(&h, "alpha", Healthy, base + 10 * M + 20_000);
    // alpha, 2: a restart the guard asked for at 25 min; a check meanwhile says unknown
    // (restarting), the new child is verified healthy 8 s after the exit: 8 s down.
    t.exited(&h, "alpha", true, base + 25 * M);
    change("alpha", Healthy, Unknown, base + 25 * M + 1_000);
    t.checked(&h, "alpha", Unknown, base + 25 * M + 1_000);
    change("alpha", Unknown, Healthy, base + 25 * M + 8_000);
    t.checked(&h, "alpha", Healthy, base + 25 * M + 8_000);
    // alpha, 3: a check finds it failed at 40 min; the ladder restarts it at 40:30 (already
    // down: the same outage), the first check still fails, the one at 42 min is healthy.
    change("alpha", Healthy, Failed, base + 40 * M);
    t.checked(&h, "alpha", Failed, base + 40 * M);
    t.exited(&h, "alpha", true, base + 40 * M + 30_000);
    t.checked(&h, "alpha", Failed, base + 41 * M);
    change("alpha", Failed, Healthy, base + 42 * M);
    t.checked(&h, "alpha", Healthy, base + 42 * M);
    // alpha, 4: degraded 50–52 min: answering, so up.
    change("alpha", Healthy, Degraded, base + 50 * M);
    t.checked(&h, "alpha", Degraded, base + 50 * M);
    change("alpha", Degraded, Healthy, base + 52 * M);
    t.checked(&h, "alpha", Healthy, base + 52 * M);
    // beta: failed 30–36 min.
    change("beta", Healthy, Failed, base + 30 * M);
    t.checked(&h, "beta", Failed, base + 30 * M);
    change("beta", Failed, Healthy, base + 36 * M);
    t.checked(&h, "beta", Healthy, base + 36 * M);
    // A clean stop of the guard at 60 min: no data from then on.
    for c in ["alpha", "beta"] {
        change(c, Healthy, Unknown, base + 60 * M);
    }
    h.close().await.unwrap();
    h.pool().close().await;
}

#[test]
fn one_availability_figure_on_the_component_page_list_overview_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let base = (now_ms() - 3 * 3_600_000) / 1000 * 1000;
    tokio::runtime::Runtime::new().unwrap().block_on(write_history(&db, base));

    // By hand. alpha: 60 min observed; down 20 s (crash) + 8 s (restart) + 2 min (failure),
    // three outages; degraded 2 min (up). beta: down 6 min, one outage.
    let (alpha_up, alpha_down) = (60 * M - 148_000, 148_000);
    let (beta_up, beta_down) = (54 * M, 6 * M);
    let alpha = alpha_up as f64 / (60 * M) as f64;
    let beta = beta_up as f64 / (60 * M) as f64;
    let all = (alpha_up + beta_up) as f64 / (120 * M) as f64;
    assert_eq!(guard_i18n::format_percent(guard_i18n::Lang::En, alpha, 3), "95.889%");
    assert_eq!(guard_i18n::format_percent(guard_i18n::Lang::En, beta, 3), "90%");
    assert_eq!(guard_i18n::format_percent(guard_i18n::Lang::En, all, 3), "92.944%");

    // The real server on that database; both checks ask a Prometheus that is not there, so
    // they say `unknown` (no data) and the figures stay put while we read them.
    let nobody = free_port();
    let check = format!(
        "check: {{ interval: 1s, timeout: 1s, promql: {{ url: \"http://127.0.0.1:{nobody}\", query: 'up', healthy_if: \"> 0\" }} }}"
    );
    let cfg = format!(
        "pipeline:\n  compliance: {{ standards: [soc2] }}\ncomponents:\n  - name: alpha\n    region: eu-west\n    sla: 99.5\n    {check}\n  - name: beta\n    region: eu-west\n    sla: 85\n    {check}\n"
    );
    let g = Guard::serve_in(dir, &cfg);
    std::thread::sleep(Duration::from_millis(1500));

    // The component page's source.
    let a = g.get_json("/api/components/alpha")["availability"].clone();
    same(&a["ratio"], alpha);
    assert_eq!(
        (a["up_ms"].as_i64(), a["down_ms"].as_i64(), a["degraded_ms"].as_i64(), a["outages"].as_u64()),
        (Some(alpha_up), Some(alpha_down), Some(2 * M), Some(3)),
        "{a}"
    );
    // The list's 24 h column: the same computation over the last 24 hours, which hold the
    // whole history here.
    let d = g.get_json("/api/components/alpha")["availability_24h"].clone();
    same(&d["ratio"], alpha);
    assert_eq!((d["down_ms"].as_i64(), d["outages"].as_u64()), (Some(alpha_down), Some(3)), "{d}");
    assert_eq!(d["to_ms"].as_i64().unwrap() - d["from_ms"].as_i64().unwrap(), 86_400_000, "{d}");
    // The components list.
    let list = g.get_json("/api/components");
    let of = |n: &str| list.as_array().unwrap().iter().find(|c| c["name"] == n).unwrap()["availability"].clone();
    same(&of("alpha")["ratio"], alpha);
    same(&of("beta")["ratio"], beta);
    assert_eq!((of("beta")["down_ms"].as_i64(), of("beta")["outages"].as_u64()), (Some(beta_down), Some(1)));
    // The overview: all components, and the region, time-weighted.
    let ov = g.get_json("/api/overview");
    same(&ov["availability"]["ratio"], all);
    let eu = ov["regions"].as_array().unwrap().iter().find(|r| r["region"] == "eu-west").unwrap().clone();
    same(&eu["availability"]["ratio"], all);

    // Prometheus' view (`/metrics`): the same figure per component.
    let (_, metrics) = get(g.port, "/metrics").unwrap();
    let line = metrics
        .lines()
        .find(|l| l.starts_with("pipeline_guard_availability_ratio{") && l.contains("component=\"alpha\""))
        .unwrap_or_else(|| panic!("no availability gauge:\n{metrics}"));
    same(&serde_json::json!(line.rsplit(' ').next().unwrap().parse::<f64>().unwrap()), alpha);

    // The compliance report over the Compliance page's default period (the last 30 UTC days).
    let today = now_ms().div_euclid(86_400_000);
    let (from, to) = (ymd(today - 29), ymd(today + 1));
    assert_eq!(a["from_ms"].as_i64(), Some((today - 29) * 86_400_000), "the same period");
    let (status, body) = get(g.port, &format!("/api/reports?from={from}&to={to}&standards=soc2&format=json")).unwrap();
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let row = |n: &str| json["availability"].as_array().unwrap().iter().find(|c| c["component"] == n).unwrap().clone();
    same(&row("alpha")["availability"], alpha);
    assert_eq!(
        (row("alpha")["down_ms"].as_i64(), row("alpha")["outages"].as_u64(), row("alpha")["met"].as_bool()),
        (Some(alpha_down), Some(3), Some(false))
    );
    same(&row("beta")["availability"], beta);
    assert_eq!(row("beta")["met"].as_bool(), Some(true));
    let region = json["regions"].as_array().unwrap().iter().find(|r| r["region"] == "eu-west").unwrap().clone();
    same(&region["availability"], all);
    // The SLA control's evidence names the one component below its target, not "2 of 2".
    let sla =
        json["controls"].as_array().unwrap().iter().find(|c| c["measurement"] == "availability_sla").unwrap().clone();
    let evidence = sla["evidence"].to_string();
    assert!(evidence.contains("alpha") && !evidence.contains("beta"), "{evidence}");

    let (status, html) =
        get(g.port, &format!("/api/reports?from={from}&to={to}&standards=soc2&format=html&lang=en")).unwrap();
    assert_eq!(status, 200);
    let text = strip_tags(&html);
    for figure in ["alpha", "95.889%", "90%", "92.944%"] {
        assert!(text.contains(figure), "{figure} not in the report's text");
    }
    assert!(
        html.contains("<td>alpha</td>")
            && html[html.find("<td>alpha</td>").unwrap()..].split("</tr>").next().unwrap().contains(">95.889%<"),
        "alpha's row"
    );
}

/// The same figure: the ratio of the same integers (JSON parsing may differ in the last bit)
/// and the same text at the displayed precision.
fn same(got: &serde_json::Value, want: f64) {
    let g = got.as_f64().unwrap_or_else(|| panic!("no figure: {got}"));
    assert!((g - want).abs() < 1e-12, "{g} != {want}");
    let say = |r: f64| guard_i18n::format_percent(guard_i18n::Lang::En, r, 3);
    assert_eq!(say(g), say(want));
}

/// The text a reader sees: tags dropped, entities of the figures kept as they are.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The real guard records what the definition counts: an operator's restart and a crash of a
/// real supervised child are two outages, each from the exit until the check that found the
/// new child healthy; a clean stop is no data. The API's figure is the stored outages' figure.
#[test]
fn a_live_restart_and_a_crash_are_outages_until_verified_healthy() {
    let p = free_port();
    let cfg = format!(
        r#"pipeline:
  monitoring: {{ interval: 300ms, health_check_timeout: 300ms }}
  healing: {{ cooldown: 0s, verify_within: 5s }}
components:
  - name: svc
    process: {{ command: ["{{labsvc}}", "--port", "{p}", "--state-file", "{{dir}}/svc.state"] }}
    check: {{ http: {{ url: "http://127.0.0.1:{p}/health" }} }}
    recovery: [restart, notify]
"#
    );
    let mut g = Guard::serve(&cfg);
    let status = |g: &Guard| g.get_json("/api/components/svc")["status"].as_str().unwrap_or("").to_string();
    wait_until(Duration::from_secs(20), || status(&g) == "healthy");
    let (code, body) = post_json(g.port, "/api/components/svc/heal", r#"{"strategy":"restart"}"#).unwrap();
    assert_eq!(code, 202, "{body}");
    let closed = |g: &Guard, n: i64| {
        sqlite(&g.db(), "SELECT COUNT(*) FROM downtime WHERE component = 'svc' AND end_ms IS NOT NULL")
            .parse::<i64>()
            .unwrap()
            == n
    };
    wait_until(Duration::from_secs(20), || closed(&g, 1));
    let _ = post(p, "/fault/crash");
    wait_until(Duration::from_secs(30), || closed(&g, 2) && status(&g) == "healthy");
    let rows = sqlite(
        &g.db(),
        "SELECT group_concat(cause || ':' || (end_ms - start_ms), ' ') FROM (SELECT * FROM downtime ORDER BY id)",
    );
    let causes: Vec<&str> = rows.split(' ').map(|r| r.split(':').next().unwrap()).collect();
    // The crash is seen either by the exit event or by a check that finds the port closed first
    // (both race after `/fault/crash`); whichever comes first opens the outage.
    assert!(causes.len() == 2 && causes[0] == "restart" && ["exit", "failed"].contains(&causes[1]), "{rows}");
    let down: i64 = rows.split(' ').map(|r| r.split(':').nth(1).unwrap().parse::<i64>().unwrap()).sum();
    assert!(down > 0, "{rows}");
    // The views are recomputed every 5 s.
    let mut a = serde_json::Value::Null;
    wait_until(Duration::from_secs(12), || {
        a = g.get_json("/api/components/svc")["availability"].clone();
        a["outages"] == 2
    });
    assert_eq!(a["down_ms"].as_i64(), Some(down), "{a} vs {rows}");
    let ratio = a["ratio"].as_f64().unwrap();
    assert!(ratio < 1.0 && ratio > 0.0, "{a}");
    same(&a["ratio"], a["up_ms"].as_i64().unwrap() as f64 / (a["up_ms"].as_i64().unwrap() + down) as f64);

    // A clean stop: recorded as `unknown`, so the stopped time is no data, not up.
    g.restart(false);
    let stopped = sqlite(
        &g.db(),
        "SELECT COUNT(*) FROM status_changes WHERE component = 'svc' AND to_status = 'unknown' AND issues LIKE '%check-issue-guard-stopped%'",
    );
    assert_eq!(stopped, "1");
}

/// The components list's view (issue 20): the 24 h and 30 d figures of one history where they
/// differ (an outage two days ago), the heartbeat of the last checks as they happen, and the
/// config's tags.
#[test]
fn the_list_view_has_both_periods_the_heartbeat_and_the_tags() {
    const H: i64 = 3_600_000;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("guard.db");
    let now = now_ms() / 1000 * 1000;
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let h = guard_engine::MetricsCollector::open(&db, HistorySettings::default()).await.unwrap();
        let t = Tracker::load(h.pool()).await.unwrap();
        let change = |from: Status, to: Status, at: i64| t.status_changed(&h, "gamma", from, to, &[], at);
        change(Unknown, Healthy, now - 72 * H);
        t.checked(&h, "gamma", Healthy, now - 72 * H);
        change(Healthy, Failed, now - 48 * H);
        t.checked(&h, "gamma", Failed, now - 48 * H);
        change(Failed, Healthy, now - 47 * H);
        t.checked(&h, "gamma", Healthy, now - 47 * H);
        change(Healthy, Unknown, now - 2 * H);
        h.close().await.unwrap();
        h.pool().close().await;
    });
    let nobody = free_port();
    let cfg = format!(
        "components:\n  - name: gamma\n    tags: [edge, \"tier:2\"]\n    check: {{ interval: 200ms, timeout: 200ms, promql: {{ url: \"http://127.0.0.1:{nobody}\", query: 'up', healthy_if: \"> 0\" }} }}\n  - name: delta\n    tags: {{ service: api }}\n    check: {{ interval: 1h, tcp: {{ addr: \"127.0.0.1:{nobody}\" }} }}\n"
    );
    let g = Guard::serve_in(dir, &cfg);
    let mut v = serde_json::Value::Null;
    wait_until(Duration::from_secs(20), || {
        v = g.get_json("/api/components/gamma");
        v["heartbeat"]["statuses"].as_str().unwrap_or("").len() >= 5
    });
    // 30 days: 24 h up, 1 h down (one outage), 45 h up; 24 h: up, no outage.
    let (m, d) = (&v["availability"], &v["availability_24h"]);
    assert_eq!(
        (m["up_ms"].as_i64(), m["down_ms"].as_i64(), m["outages"].as_u64()),
        (Some(69 * H), Some(H), Some(1)),
        "{m}"
    );
    same(&m["ratio"], 69.0 / 70.0);
    assert_eq!(
        (d["ratio"].as_f64(), d["down_ms"].as_i64(), d["outages"].as_u64()),
        (Some(1.0), Some(0), Some(0)),
        "{d}"
    );
    assert!(d["up_ms"].as_i64().unwrap() > 21 * H && d["up_ms"].as_i64().unwrap() <= 22 * H, "{d}");
    // The heartbeat: the checks since the start (the Prometheus is not there: unknown), oldest
    // first, three columns of one length, at most `cap`.
    let hb = &v["heartbeat"];
    assert_eq!(hb["cap"], 30);
    let statuses = hb["statuses"].as_str().unwrap();
    assert!(statuses.chars().all(|c| c == 'u'), "{hb}");
    let gaps: Vec<i64> = hb["gaps_ms"].as_array().unwrap().iter().map(|x| x.as_i64().unwrap()).collect();
    assert_eq!((gaps.len() + 1, hb["latency_ms"].as_array().unwrap().len()), (statuses.len(), statuses.len()), "{hb}");
    // Checks every 200 ms: the gaps say so, and the oldest ended after the start.
    assert!(gaps.iter().all(|g| (100..2_000).contains(g)), "{hb}");
    assert!(hb["last_ms"].as_i64().unwrap() - gaps.iter().sum::<i64>() >= now, "{hb}");
    wait_until(Duration::from_secs(20), || {
        g.get_json("/api/components/gamma")["heartbeat"]["statuses"].as_str().unwrap_or("").len() == 30
    });
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(
        g.get_json("/api/components/gamma")["heartbeat"]["statuses"].as_str().unwrap().len(),
        30,
        "never more than cap"
    );
    // Asked without it (the UI's refetches: the stream keeps its strip), no heartbeat at all.
    let (code, body) = get(g.port, "/api/components?names=gamma&heartbeat=false").unwrap();
    assert_eq!(code, 200, "{body}");
    let lean: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(lean[0].get("heartbeat").is_none() && lean[0]["availability_24h"].is_object(), "{lean}");
    // Tags: labels as written, keyed tags as key:value.
    assert_eq!(v["tags"], serde_json::json!(["edge", "tier:2"]));
    assert_eq!(g.get_json("/api/components/delta")["tags"], serde_json::json!(["service:api"]));
}
