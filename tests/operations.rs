//! Running the proxy in production: the configuration file's routes, field
//! rules, allow lists and report mode against a real upstream; `/metrics`
//! after known traffic; the audit trail and its export; readiness and
//! graceful shutdown; SIGHUP reload under load. Every captured log line,
//! audit event and metrics page is checked for planted values and for the
//! `Authorization` value.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use pii_proxy::audit::{export, AuditEvent, AuditFilter, AuditLog, ExportFormat};
use pii_proxy::config::{AuditSink, Config};
use pii_proxy::proxy::{self, admin, ProxyConfig, Running, Shared};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

mod common;
use common::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pii-proxy-ops-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Stack {
    proxy: Running,
    admin: admin::Admin,
    shared: Arc<Shared>,
}

/// The proxy with `config`'s routes and limits in front of `upstream`,
/// recording into `shared`.
async fn start_proxy(config: Config, upstream: SocketAddr, shared: &Arc<Shared>) -> Running {
    proxy::start_with(
        ProxyConfig {
            listen: "127.0.0.1:0".parse().unwrap(),
            upstream: format!("http://{upstream}").parse().unwrap(),
            limits: config.limits,
            routes: config.routes,
            upstream_roots: Vec::new(),
        },
        shared.clone(),
    )
    .await
    .unwrap()
}

/// The proxy with `config`'s routes and limits in front of `upstream`,
/// its admin listener, and an audit file.
async fn start_stack(config: Config, upstream: SocketAddr, audit: &Path) -> Stack {
    capture_logs();
    let shared = Shared::new(AuditLog::open(&AuditSink::File(audit.to_path_buf())).unwrap());
    let proxy = start_proxy(config, upstream, &shared).await;
    let admin = admin::start("127.0.0.1:0".parse().unwrap(), shared.clone())
        .await
        .unwrap();
    Stack {
        proxy,
        admin,
        shared,
    }
}

async fn get(addr: SocketAddr, path: &str) -> Reply {
    send_raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: admin\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
}

fn metric_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.contains("_bucket"))
        .collect()
}

/// Scrapes `/metrics` and checks that each wanted sample line is there,
/// exactly; returns the page.
async fn assert_metrics(admin: SocketAddr, wanted: &[&str]) -> String {
    let metrics = String::from_utf8(get(admin, "/metrics").await.body).unwrap();
    let lines = metric_lines(&metrics);
    for want in wanted {
        assert!(lines.contains(want), "missing {want} in\n{metrics}");
    }
    metrics
}

fn body_of(up: &Upstream, path_start: &str) -> String {
    let r = up.received.lock().unwrap();
    let hits: Vec<_> = r.iter().filter(|x| x.uri.starts_with(path_start)).collect();
    assert_eq!(hits.len(), 1, "requests to {path_start}: {}", hits.len());
    String::from_utf8(hits[0].body.clone()).unwrap()
}

const AUTH: &str = "Authorization: Bearer s3cr3t-t0ken\r\n";

// -------------------------------------------------------------- tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zendesk_example_routes_field_rules_metrics_and_audit() {
    let dir = temp_dir("zendesk");
    let audit = dir.join("audit.jsonl");
    let config = Config::load(Path::new("examples/zendesk.toml")).unwrap();
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let stack = start_stack(config, up_addr, &audit).await;
    let addr = stack.proxy.local_addr;

    // A ticket: the requester and the CCs identify the customer and stay;
    // the subject, comment and custom field values are masked, cards
    // keeping their first six and last four digits.
    let ticket = concat!(
        r#"{"ticket":{"subject":"Refund to card 4111 1111 1111 1111","#,
        r#""comment":{"body":"Call me on +44 7911 123456 or write to jane.doe@example.com","#,
        r#""html_body":"<p>card 5555-5555-5555-4444</p>"},"#,
        r#""requester":{"name":"Jane Doe","email":"jane.doe@example.com","phone":"+44 7911 123456"},"#,
        r#""email_ccs":[{"user_email":"sam.lee@example.org"}],"#,
        r#""custom_fields":[{"id":360001,"value":"order 112-3948572-2291847, card 4111111111111111"}]}}"#
    );
    let user = concat!(
        r#"{"user":{"name":"Jörg Müller","email":"joerg.mueller@example.de","phone":"+49 30 901820","#,
        r#""notes":"Rief von +49 30 901820 an, Antwort bitte an joerg@example.de","#,
        r#""user_fields":{"national_id":"AB 123456 C"}}}"#
    );
    let chat = concat!(
        r#"{"author":{"type":"user"},"content":{"type":"text","#,
        r#""text":"my card is 4111 1111 1111 1111, cc support@support.example.com"}}"#
    );
    for (path, body) in [
        ("/api/v2/tickets.json", ticket),
        ("/api/v2/users.json", user),
        ("/sc/v2/apps/app1/conversations/c9/messages", chat),
    ] {
        let reply = send_raw(addr, &post(path, "application/json", AUTH, body.as_bytes())).await;
        assert_eq!(reply.status, 200, "{path}");
    }
    let reply = get(addr, "/api/v2/search.json?query=jane.doe%40example.com").await;
    assert_eq!(reply.status, 200);

    assert_eq!(
        body_of(&up, "/api/v2/tickets"),
        concat!(
            r#"{"ticket":{"subject":"Refund to card 4111 11** **** 1111","#,
            r#""comment":{"body":"Call me on +** **** ****** or write to ********@***********","#,
            r#""html_body":"<p>card 5555-55**-****-4444</p>"},"#,
            r#""requester":{"name":"Jane Doe","email":"jane.doe@example.com","phone":"+44 7911 123456"},"#,
            r#""email_ccs":[{"user_email":"sam.lee@example.org"}],"#,
            r#""custom_fields":[{"id":360001,"value":"order 112-3948572-2291847, card 411111******1111"}]}}"#
        )
    );
    assert_eq!(
        body_of(&up, "/api/v2/users"),
        concat!(
            r#"{"user":{"name":"Jörg Müller","email":"joerg.mueller@example.de","phone":"+49 30 901820","#,
            r#""notes":"Rief von +** ** ****** an, Antwort bitte an *****@**********","#,
            r#""user_fields":{"national_id":"***********"}}}"#
        )
    );
    assert_eq!(
        body_of(&up, "/sc/v2/apps"),
        concat!(
            r#"{"author":{"type":"user"},"content":{"type":"text","#,
            r#""text":"my card is *******************, cc support@support.example.com"}}"#
        )
    );
    let search = up
        .received
        .lock()
        .unwrap()
        .iter()
        .find(|r| r.uri.starts_with("/api/v2/search"))
        .map(|r| r.uri.clone())
        .unwrap();
    assert_eq!(search, "/api/v2/search.json?query=********%40***********");

    // Metrics: exact counts for the traffic above.
    let metrics = assert_metrics(
        stack.admin.local_addr,
        &[
            r#"pii_proxy_requests_total{route="tickets",outcome="forwarded"} 1"#,
            r#"pii_proxy_requests_total{route="users",outcome="forwarded"} 1"#,
            r#"pii_proxy_requests_total{route="chat",outcome="forwarded"} 1"#,
            r#"pii_proxy_requests_total{route="default",outcome="forwarded"} 1"#,
            r#"pii_proxy_findings_total{kind="card",action="mask-first6-last4"} 3"#,
            r#"pii_proxy_findings_total{kind="card",action="mask-all"} 1"#,
            r#"pii_proxy_findings_total{kind="email",action="mask"} 3"#,
            r#"pii_proxy_findings_total{kind="email",action="keep-field"} 3"#,
            r#"pii_proxy_findings_total{kind="email",action="allow"} 1"#,
            r#"pii_proxy_findings_total{kind="phone",action="mask"} 2"#,
            r#"pii_proxy_findings_total{kind="phone",action="keep-field"} 2"#,
            r#"pii_proxy_request_duration_seconds_count 4"#,
            r#"pii_proxy_config_reloads_total{result="ok"} 0"#,
        ],
    )
    .await;
    let lines = metric_lines(&metrics);
    let findings: Vec<_> = lines
        .iter()
        .filter(|l| l.starts_with("pii_proxy_findings_total") && !l.ends_with(" 0"))
        .collect();
    assert_eq!(findings.len(), 7, "{findings:?}");
    let scanned = ticket.len() + user.len() + chat.len();
    assert!(
        lines.contains(&format!("pii_proxy_scanned_bytes_total {scanned}").as_str()),
        "{metrics}"
    );

    stack.proxy.shutdown().await;
    stack.admin.stop();
    stack.shared.audit.close();

    // The audit trail: one event per request, counts only.
    let trail = std::fs::read_to_string(&audit).unwrap();
    let events: Vec<AuditEvent> = trail
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 4, "{trail}");
    let ticket_event = events.iter().find(|e| e.route == "tickets").unwrap();
    assert_eq!(ticket_event.method, "POST");
    assert_eq!(ticket_event.outcome, "forwarded");
    assert_eq!(ticket_event.status, 200);
    assert_eq!(ticket_event.client, "127.0.0.1");
    assert_eq!(ticket_event.bytes_in, ticket.len() as u64);
    assert_eq!(ticket_event.findings["card"]["mask-first6-last4"], 3);
    assert_eq!(ticket_event.findings["email"]["keep-field"], 2);
    assert_eq!(ticket_event.findings["phone"]["keep-field"], 1);

    // Exported as CSV, filtered by kind and route.
    let mut csv = Vec::new();
    let filter = AuditFilter {
        kind: Some(pii_proxy::detect::Kind::Card),
        ..AuditFilter::default()
    };
    let n = export(trail.as_bytes(), &filter, ExportFormat::Csv, &mut csv).unwrap();
    assert_eq!(n, 2, "tickets and chat carried cards");
    let csv = String::from_utf8(csv).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("time,request_id,method,route"));
    assert!(rows
        .iter()
        .any(|r| r.contains(",POST,tickets,enforce,127.0.0.1,forwarded,200,3,3,2,")));
    assert!(rows
        .iter()
        .any(|r| r.contains(",POST,chat,enforce,127.0.0.1,forwarded,200,1,1,0,")));

    for (what, text) in [
        ("audit trail", trail.as_str()),
        ("metrics", metrics.as_str()),
        ("csv export", csv.as_str()),
    ] {
        assert_no_planted_value(what, text);
        for v in ["joerg", "+49 30 901820", "AB 123456 C", "sam.lee", "s3cr3t"] {
            assert!(!text.contains(v), "{what} contains {v}");
        }
    }
    let logs = String::from_utf8_lossy(&capture_logs().lock().unwrap()).into_owned();
    assert_no_planted_value("logs", &logs);
    assert!(!logs.contains("AB 123456 C") && !logs.contains("s3cr3t"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_mode_forwards_unchanged_and_counts_and_allow_lists_keep() {
    let dir = temp_dir("report");
    let config = Config::parse(
        r#"
        [allow]
        values = ["+1 415 555 0100"]
        test_cards = true
        [[route]]
        name = "rollout"
        path = "/rollout/"
        mode = "report"
        "#,
    )
    .unwrap();
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let stack = start_stack(config, up_addr, &dir.join("audit.jsonl")).await;
    let addr = stack.proxy.local_addr;
    let body = "card 5105 1051 0510 5100 mail jane.doe@example.com tel +33 6 12 34 56 78";
    let reply = send_raw(
        addr,
        &post(
            "/rollout/tickets?email=jane.doe%40example.com",
            "text/plain",
            "",
            body.as_bytes(),
        ),
    )
    .await;
    assert_eq!(reply.status, 200);
    let got = up.received.lock().unwrap()[0].clone();
    assert_eq!(
        String::from_utf8(got.body.clone()).unwrap(),
        body,
        "report mode changes nothing"
    );
    assert_eq!(got.uri, "/rollout/tickets?email=jane.doe%40example.com");
    assert_eq!(
        got.header("content-length"),
        Some(body.len().to_string().as_str())
    );

    // Enforced elsewhere; the allow list keeps the hotline and the public
    // test card, nothing else.
    let body = "hotline (415) 555-0100, test card 4111 1111 1111 1111, card 3530 1113 3330 0000 is a test card too, mine 4929 1234 5678 9015 ok";
    let reply = send_raw(addr, &post("/other", "text/plain", "", body.as_bytes())).await;
    assert_eq!(reply.status, 200);
    let got = String::from_utf8(up.received.lock().unwrap()[1].body.clone()).unwrap();
    assert!(got.contains("hotline (415) 555-0100"), "{got}");
    assert!(
        got.contains("4111 1111 1111 1111") && got.contains("3530 1113 3330 0000"),
        "{got}"
    );
    assert!(got.contains("mine **** **** **** 9015 ok"), "{got}");

    assert_metrics(
        stack.admin.local_addr,
        &[
            r#"pii_proxy_requests_total{route="rollout",outcome="forwarded"} 1"#,
            r#"pii_proxy_findings_total{kind="card",action="report"} 1"#,
            r#"pii_proxy_findings_total{kind="email",action="report"} 2"#,
            r#"pii_proxy_findings_total{kind="phone",action="report"} 1"#,
            r#"pii_proxy_findings_total{kind="card",action="allow"} 2"#,
            r#"pii_proxy_findings_total{kind="phone",action="allow"} 1"#,
        ],
    )
    .await;
    stack.proxy.shutdown().await;
    stack.admin.stop();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_fails_until_the_proxy_listens() {
    let shared = Shared::new(AuditLog::off());
    let admin = admin::start("127.0.0.1:0".parse().unwrap(), shared.clone())
        .await
        .unwrap();
    assert_eq!(get(admin.local_addr, "/livez").await.status, 200);
    assert_eq!(get(admin.local_addr, "/readyz").await.status, 503);
    let (up_addr, _up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(Config::default(), up_addr, &shared).await;
    assert_eq!(get(admin.local_addr, "/readyz").await.status, 200);
    assert_eq!(get(admin.local_addr, "/nope").await.status, 404);
    proxy.shutdown().await;
    assert_eq!(get(admin.local_addr, "/readyz").await.status, 503);
    admin.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_fails_readiness_and_drains_requests_in_flight() {
    let dir = temp_dir("drain");
    let (up_addr, up) = start_upstream(Duration::from_millis(800)).await;
    let stack = start_stack(Config::default(), up_addr, &dir.join("audit.jsonl")).await;
    let (addr, admin_addr) = (stack.proxy.local_addr, stack.admin.local_addr);
    assert_eq!(get(admin_addr, "/readyz").await.status, 200);
    assert_eq!(get(admin_addr, "/livez").await.status, 200);

    let mut in_flight = Vec::new();
    for i in 0..8 {
        let body = format!("request {i}: card 4111 1111 1111 1111");
        in_flight.push(tokio::spawn(async move {
            send_raw(addr, &post("/t", "text/plain", "", body.as_bytes())).await
        }));
    }
    // Let every request reach the slow upstream, then stop.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shared = stack.shared.clone();
    let stopping = tokio::spawn(stack.proxy.shutdown());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!shared.is_ready());
    assert_eq!(
        get(admin_addr, "/readyz").await.status,
        503,
        "not ready while draining"
    );
    assert_eq!(
        get(admin_addr, "/livez").await.status,
        200,
        "alive while draining"
    );
    // New connections are no longer accepted.
    let refused = match TcpStream::connect(addr).await {
        Err(_) => true,
        Ok(mut s) => {
            let _ = s
                .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await;
            let mut buf = Vec::new();
            matches!(
                tokio::time::timeout(Duration::from_secs(2), s.read_to_end(&mut buf)).await,
                Ok(Ok(0)) | Ok(Err(_))
            )
        }
    };
    assert!(refused, "a new connection was served while draining");
    for r in in_flight {
        let reply = r.await.unwrap();
        assert_eq!(reply.status, 200, "a request in flight did not complete");
    }
    tokio::time::timeout(Duration::from_secs(5), stopping)
        .await
        .expect("drained in time")
        .unwrap();
    let received = up.received.lock().unwrap();
    assert_eq!(received.len(), 8);
    assert!(received
        .iter()
        .all(|r| String::from_utf8_lossy(&r.body).ends_with("**** **** **** 1111")));
    stack.admin.stop();
    std::fs::remove_dir_all(&dir).unwrap();
}

// ------------------------------------------------- the binary, by signal

/// One HTTP/1.1 exchange over a fresh connection: status and body.
fn http(addr: SocketAddr, raw: &[u8]) -> Option<(u16, Vec<u8>)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    s.write_all(raw).ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let status = String::from_utf8_lossy(&buf[..end])
        .split(' ')
        .nth(1)?
        .parse()
        .ok()?;
    Some((status, buf[end + 4..].to_vec()))
}

/// `N` distinct free ports: all are bound before any is released, or
/// the kernel may hand the same one out twice.
fn free_ports<const N: usize>() -> [u16; N] {
    let listeners: Vec<_> = (0..N)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").unwrap())
        .collect();
    std::array::from_fn(|i| listeners[i].local_addr().unwrap().port())
}

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    for _ in 0..200 {
        if ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

fn scrape(admin: SocketAddr) -> String {
    http(
        admin,
        b"GET /metrics HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
    )
    .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
    .unwrap_or_default()
}

fn write_config(path: &Path, upstream: SocketAddr, audit: &Path, email: &str) {
    std::fs::write(
        path,
        format!(
            "[server]\nupstream = \"http://{upstream}\"\n[audit]\noutput = \"file\"\npath = {:?}\n[default]\nemail = \"{email}\"\n",
            audit.display().to_string()
        ),
    )
    .unwrap();
}

#[test]
fn sighup_reloads_under_load_and_keeps_a_bad_config_out() {
    let dir = temp_dir("reload");
    let (config_path, audit) = (dir.join("pii-proxy.toml"), dir.join("audit.jsonl"));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (up_addr, up) = rt.block_on(start_upstream(Duration::ZERO));
    write_config(&config_path, up_addr, &audit, "mask");
    let [port, admin_port] = free_ports();
    // A file, not a pipe: a pipe nobody reads until the end fills up and
    // blocks the proxy's log writes.
    let stderr_path = dir.join("stderr.log");
    let listen: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let admin: SocketAddr = format!("127.0.0.1:{admin_port}").parse().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pii-proxy"))
        .args(["serve", "--config"])
        .arg(&config_path)
        .args([
            "--listen",
            &listen.to_string(),
            "--admin-listen",
            &admin.to_string(),
        ])
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    wait_for("readiness", || {
        http(
            admin,
            b"GET /readyz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        )
        .is_some_and(|(s, _)| s == 200)
    });

    // Load: four clients posting until told to stop.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|i| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let body =
                        format!("client {i}: mail jane.doe@example.com, card 4111 1111 1111 1111");
                    let reply = http(listen, &post("/t", "text/plain", AUTH, body.as_bytes()));
                    statuses.push(reply.map_or(0, |(s, _)| s));
                }
                statuses
            })
        })
        .collect();
    let hup = |child: &std::process::Child| {
        std::process::Command::new("kill")
            .args(["-HUP", &child.id().to_string()])
            .status()
            .unwrap();
    };
    std::thread::sleep(Duration::from_millis(500));
    write_config(&config_path, up_addr, &audit, "label");
    hup(&child);
    wait_for("a good reload", || {
        scrape(admin).contains(r#"pii_proxy_config_reloads_total{result="ok"} 1"#)
    });
    std::thread::sleep(Duration::from_millis(500));
    std::fs::write(&config_path, "[default]\nemial = \"keep\"\n").unwrap();
    hup(&child);
    wait_for("a refused reload", || {
        scrape(admin).contains(r#"pii_proxy_config_reloads_total{result="error"} 1"#)
    });
    let before_bad = up.received.lock().unwrap().len();
    std::thread::sleep(Duration::from_millis(500));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let statuses: Vec<u16> = clients
        .into_iter()
        .flat_map(|c| c.join().unwrap())
        .collect();
    let metrics = scrape(admin);

    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    let logs = std::fs::read_to_string(&stderr_path).unwrap();
    assert!(status.success(), "exit {status:?}\n{logs}");

    assert!(statuses.len() > 20, "only {} requests", statuses.len());
    assert!(
        statuses.iter().all(|&s| s == 200),
        "a request failed during reloads: {:?}",
        statuses.iter().filter(|&&s| s != 200).collect::<Vec<_>>()
    );
    let received = up.received.lock().unwrap();
    assert_eq!(received.len(), statuses.len());
    let bodies: Vec<String> = received
        .iter()
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    let masked = bodies
        .iter()
        .filter(|b| b.contains("mail ********@***********,"))
        .count();
    let labelled = bodies
        .iter()
        .filter(|b| b.contains("mail [EMAIL],"))
        .count();
    assert!(
        masked > 0 && labelled > 0,
        "{masked} masked, {labelled} labelled"
    );
    assert_eq!(
        masked + labelled,
        bodies.len(),
        "every body is one or the other"
    );
    assert!(
        bodies[before_bad..].iter().all(|b| b.contains("[EMAIL]")),
        "the bad configuration was applied"
    );
    assert!(
        logs.contains("configuration reload refused") && logs.contains("emial"),
        "{logs}"
    );
    assert!(metrics.contains(&format!(
        "pii_proxy_requests_total{{route=\"default\",outcome=\"forwarded\"}} {}",
        statuses.len()
    )));

    // The audit trail has every request; the export filters it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pii-proxy"))
        .args([
            "audit", "--format", "csv", "--kind", "email", "--since", "1h",
        ])
        .arg(&audit)
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv.lines().count(),
        statuses.len() + 1,
        "header + one row per request"
    );
    assert!(csv
        .lines()
        .skip(1)
        .all(|l| l.contains(",POST,default,enforce,127.0.0.1,forwarded,200,1,1,0,")));
    let trail = std::fs::read_to_string(&audit).unwrap();
    for (what, text) in [
        ("logs", &logs),
        ("audit", &trail),
        ("metrics", &metrics),
        ("csv", &csv),
    ] {
        assert_no_planted_value(what, text);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_config_explains_or_names_the_bad_key() {
    let bin = env!("CARGO_BIN_EXE_pii-proxy");
    let ok = std::process::Command::new(bin)
        .args(["check-config", "examples/zendesk.toml"])
        .output()
        .unwrap();
    assert!(ok.status.success());
    let text = String::from_utf8(ok.stdout).unwrap();
    for want in [
        "route tickets: POST,PUT,PATCH, paths starting /api/v2/tickets",
        "card mask-first6-last4",
        "route chat: POST, paths matching /sc/v2/apps/*/conversations/*/messages",
    ] {
        assert!(text.contains(want), "missing {want} in\n{text}");
    }
    let dir = temp_dir("check");
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[[route]]\nname = \"t\"\npath = \"/t\"\n[[route.field]]\npath = \"a\"\nactoin = \"keep\"\n").unwrap();
    let out = std::process::Command::new(bin)
        .args(["check-config"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("actoin") && err.contains("line 6"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_busy_admin_port_is_named_in_a_clear_error() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pii-proxy"))
        .args(["serve", "--listen", "127.0.0.1:0", "--admin-listen", &addr])
        .args(["--audit", "off"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--admin-listen") && err.contains(&addr),
        "{err}"
    );
}
