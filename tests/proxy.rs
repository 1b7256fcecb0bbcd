//! The proxy end to end: a real upstream in-process on 127.0.0.1:0, the
//! proxy in front of it, and assertions on exactly what the upstream
//! received — and that no planted value ever reaches a log line or an
//! error body.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::time::Duration;

use pii_proxy::proxy::Limits;

mod common;
use common::*;

// --------------------------------------------------------------- tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ticket_json_is_masked_with_content_length_kept() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let body = br#"{"ticket":{"subject":"card 4111 1111 1111 1111","comment":{"body":"mail jane.doe@example.com\ncall +33 6 12 34 56 78"},"requester":{"email":"jane.doe@example.com"},"custom_fields":[{"id":360001,"value":4111111111111111}]}}"#;
    let reply = send_raw(
        proxy.local_addr,
        &post(
            "/api/v2/tickets.json?requester=jane.doe%40example.com",
            "application/json",
            "Authorization: Bearer s3cr3t-t0ken\r\nX-Request-Id: test-123\r\n",
            body,
        ),
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, b"upstream ok");
    let got = only(&up);
    assert_eq!(got.method, "POST");
    assert_eq!(
        String::from_utf8(got.body.clone()).unwrap(),
        r#"{"ticket":{"subject":"card **** **** **** 1111","comment":{"body":"mail ********@***********\ncall +** * ** ** ** **"},"requester":{"email":"********@***********"},"custom_fields":[{"id":360001,"value":9000000000001111}]}}"#
    );
    assert_eq!(
        got.header("content-length"),
        Some(body.len().to_string().as_str())
    );
    assert_eq!(
        got.uri,
        "/api/v2/tickets.json?requester=********%40***********"
    );
    assert_eq!(got.header("x-request-id"), Some("test-123"));
    assert_eq!(got.header("x-forwarded-for"), Some("127.0.0.1"));
    assert_eq!(got.header("x-forwarded-proto"), Some("http"));
    assert_eq!(
        got.header("authorization"),
        Some("Bearer s3cr3t-t0ken"),
        "end-to-end headers pass"
    );
    assert!(got.header("connection").is_none());
    proxy.shutdown().await;
    assert_no_planted_value(
        "logs",
        &String::from_utf8_lossy(&capture_logs().lock().unwrap()),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_in_the_request_path_are_masked_and_never_logged() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let reply = send_raw(
        proxy.local_addr,
        b"GET /api/v2/users/jane.doe@example.com/cards/4111111111111111/x.4111111111111111?e=jane.doe%40example.com HTTP/1.1\r\nHost: p\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(reply.status, 200);
    // Each segment is read as a text of its own.
    assert_eq!(
        only(&up).uri,
        "/api/v2/users/********@***********/cards/************1111/x.************1111?e=********%40***********"
    );
    proxy.shutdown().await;
    let logs = String::from_utf8_lossy(&capture_logs().lock().unwrap()).into_owned();
    assert!(logs.contains(
        "path=/api/v2/users/********************/cards/****************/x.****************"
    ));
    assert_no_planted_value("logs", &logs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chat_form_and_multipart_bodies() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let chat =
        br#"{"conversation_id":"c_1","ts":1700000112239,"text":"my card 4111111111111111 thx"}"#;
    let form = b"name=Jane&email=jane.doe%40example.com&msg=call+%2B33+6+12+34+56+78";
    let multipart = b"--B\r\nContent-Disposition: form-data; name=\"m\"\r\n\r\ncard 4111 1111 1111 1111\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01binary\r\n--B--\r\n";
    let requests: [(&str, &str, &[u8]); 3] = [
        ("/chat", "application/json", chat),
        ("/form", "application/x-www-form-urlencoded", form),
        ("/upload", "multipart/form-data; boundary=B", multipart),
    ];
    for (path, content_type, body) in requests {
        let reply = send_raw(proxy.local_addr, &post(path, content_type, "", body)).await;
        assert_eq!(reply.status, 200, "{path}");
    }
    let got = up.received.lock().unwrap().clone();
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[0].body,
        br#"{"conversation_id":"c_1","ts":1700000112239,"text":"my card ************1111 thx"}"#
            .to_vec()
    );
    assert_eq!(
        got[1].body,
        b"name=Jane&email=********%40***********&msg=call+%2B**+*+**+**+**+**".to_vec()
    );
    let mp = String::from_utf8_lossy(&got[2].body);
    assert!(mp.contains("card **** **** **** 1111\r\n--B"), "{mp}");
    assert!(mp.contains("\x00\x01binary"), "binary part passed through");
    assert_eq!(got[2].body.len(), multipart.len());
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_body_is_decoded_masked_and_encoded_again() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let plain = b"card 4111 1111 1111 1111, mail jane.doe@example.com";
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(plain).unwrap();
    let gz = e.finish().unwrap();
    let reply = send_raw(
        proxy.local_addr,
        &post("/t", "text/plain", "Content-Encoding: gzip\r\n", &gz),
    )
    .await;
    assert_eq!(reply.status, 200);
    let got = only(&up);
    assert_eq!(got.header("content-encoding"), Some("gzip"));
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&got.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, b"card **** **** **** 1111, mail ********@***********");
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_split_at_every_offset_of_a_chunked_body() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let body = b"paid with 4111 1111 1111 1111 yesterday";
    let card_at = 10;
    for cut in card_at..card_at + 20 {
        let (a, b) = body.split_at(cut);
        let mut req = b"POST /c HTTP/1.1\r\nHost: p\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
        for part in [a, b] {
            req.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            req.extend_from_slice(part);
            req.extend_from_slice(b"\r\n");
        }
        req.extend_from_slice(b"0\r\n\r\n");
        assert_eq!(
            send_raw(proxy.local_addr, &req).await.status,
            200,
            "cut {cut}"
        );
    }
    let got = up.received.lock().unwrap().clone();
    assert_eq!(got.len(), 20);
    for r in got {
        assert_eq!(r.body, b"paid with **** **** **** 1111 yesterday".to_vec());
        assert!(r.header("transfer-encoding").is_some() || r.header("content-length").is_some());
    }
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_forward_nothing_and_leak_nothing() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let limits = Limits {
        max_body: 1024,
        ..test_limits()
    };
    let proxy = start_proxy(up_addr, limits).await;
    let card = b"card 4111 1111 1111 1111 ";

    // Over the limit, declared.
    let big = card.repeat(100);
    let r = send_raw(proxy.local_addr, &post("/big", "text/plain", "", &big)).await;
    assert_eq!(r.status, 413);
    // Over the limit, chunked: the upstream never sees a complete request.
    let mut req =
        b"POST /big HTTP/1.1\r\nHost: p\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            .to_vec();
    for _ in 0..100 {
        req.extend_from_slice(format!("{:x}\r\n", card.len()).as_bytes());
        req.extend_from_slice(card);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    let r2 = send_raw(proxy.local_addr, &req).await;
    assert_eq!(r2.status, 413);
    // An encoding that cannot be inspected.
    let r3 = send_raw(
        proxy.local_addr,
        &post("/br", "text/plain", "Content-Encoding: br\r\n", card),
    )
    .await;
    assert_eq!(r3.status, 415);
    let r4 = send_raw(
        proxy.local_addr,
        &post("/cs", "text/plain; charset=shift_jis", "", card),
    )
    .await;
    assert_eq!(r4.status, 415);
    // UTF-16, declared by nothing but its byte order mark or its zero bytes.
    let utf16 = |bom: bool| {
        let mut units: Vec<u16> = bom.then_some(0xFEFF).into_iter().collect();
        units.extend("card 4111 1111 1111 1111".encode_utf16());
        units
            .iter()
            .flat_map(|u| u.to_le_bytes())
            .collect::<Vec<u8>>()
    };
    let r5 = send_raw(
        proxy.local_addr,
        &post("/u16", "application/json", "", &utf16(true)),
    )
    .await;
    assert_eq!(r5.status, 415);
    let r6 = send_raw(
        proxy.local_addr,
        &post("/u16", "text/plain", "", &utf16(false)),
    )
    .await;
    assert_eq!(r6.status, 415);
    // Header values are no place for a value either: not echoed in the
    // error, not forwarded, not logged.
    let r_charset = send_raw(
        proxy.local_addr,
        &post("/cs", "text/plain; charset=4111111111111111", "", b"hi"),
    )
    .await;
    assert_eq!(r_charset.status, 415);
    let r_coding = send_raw(
        proxy.local_addr,
        &post(
            "/ce",
            "text/plain",
            "Content-Encoding: jane.doe@example.com\r\n",
            b"hi",
        ),
    )
    .await;
    assert_eq!(r_coding.status, 415);
    let r_method = send_raw(
        proxy.local_addr,
        b"4111111111111111 /m HTTP/1.1\r\nHost: p\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
    )
    .await;
    assert_eq!(r_method.status, 400);
    // CL + TE smuggling, both orders, and TE other than chunked.
    for head in [
        "Content-Length: 30\r\nTransfer-Encoding: chunked\r\n",
        "Transfer-Encoding: chunked\r\nContent-Length: 30\r\n",
        "Transfer-Encoding: gzip, chunked\r\n",
    ] {
        let req = format!("POST /s HTTP/1.1\r\nHost: p\r\n{head}Connection: close\r\n\r\n19\r\ncard 4111 1111 1111 1111 \r\n0\r\n\r\n");
        let r = send_raw(proxy.local_addr, req.as_bytes()).await;
        assert_eq!(r.status, 400, "{head}");
    }
    // Dot segments, which an upstream may resolve to a path another
    // route's policy covers.
    for path in ["/public/../api/tickets", "/public/%2e%2E/api", "/a/./b"] {
        let req = format!("GET {path} HTTP/1.1\r\nHost: p\r\nConnection: close\r\n\r\n");
        assert_eq!(
            send_raw(proxy.local_addr, req.as_bytes()).await.status,
            400,
            "{path}"
        );
    }
    // Duplicate Content-Length.
    let req = b"POST /d HTTP/1.1\r\nHost: p\r\nContent-Length: 4\r\nContent-Length: 5\r\nConnection: close\r\n\r\nabcd";
    assert_eq!(send_raw(proxy.local_addr, req).await.status, 400);
    // An HTTP/1.1 request for no host, or for two.
    let before = up.received.lock().unwrap().len();
    for head in ["", "Host: p\r\nHost: q\r\n"] {
        let req =
            format!("POST /h HTTP/1.1\r\n{head}Content-Length: 2\r\nConnection: close\r\n\r\nhi");
        assert_eq!(
            send_raw(proxy.local_addr, req.as_bytes()).await.status,
            400,
            "{head}"
        );
    }
    assert_eq!(
        up.received.lock().unwrap().len(),
        before,
        "nothing forwarded"
    );
    // CONNECT.
    let r = send_raw(
        proxy.local_addr,
        b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
    )
    .await;
    assert!(r.status == 405 || r.status == 400, "{}", r.status);
    // Heads hyper refuses before any service sees them, a planted value in
    // each: over the head limit, a header name with a space, not HTTP.
    let mut huge = b"POST /h HTTP/1.1\r\nHost: p\r\nX-Note: ".to_vec();
    for _ in 0..1000 {
        huge.extend_from_slice(card);
    }
    huge.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\nhi");
    let r7 = send_raw(proxy.local_addr, &huge).await;
    assert_eq!(r7.status, 431);
    let r8 = send_raw(
        proxy.local_addr,
        b"POST /m HTTP/1.1\r\nHost: p\r\nX Card: 4111 1111 1111 1111\r\nContent-Length: 2\r\n\r\nhi",
    )
    .await;
    assert_eq!(r8.status, 400);
    let r9 = send_raw(proxy.local_addr, b"card 4111 1111 1111 1111\r\n\r\n").await;
    assert_eq!(r9.status, 400);
    for r in [&r7, &r8, &r9] {
        let body = String::from_utf8_lossy(&r.body);
        let code = if r.status == 431 {
            "headers_too_large"
        } else {
            "bad_request"
        };
        assert!(body.contains(&format!(r#""code":"{code}""#)), "{body}");
        assert!(body.contains(r#""request_id":""#), "{body}");
        assert!(r.headers.contains("connection: close"), "{}", r.headers);
    }

    assert!(up.received.lock().unwrap().is_empty(), "nothing forwarded");
    for r in [
        &r, &r2, &r3, &r4, &r5, &r6, &r7, &r8, &r9, &r_charset, &r_coding, &r_method,
    ] {
        let body = String::from_utf8_lossy(&r.body);
        assert!(body.starts_with(r#"{"error":{"code":""#), "{body}");
        assert_no_planted_value("error body", &body);
    }
    proxy.shutdown().await;
    assert_no_planted_value(
        "logs",
        &String::from_utf8_lossy(&capture_logs().lock().unwrap()),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_down_is_502_and_slow_is_504() {
    // A port that was bound and released: nothing listens there.
    let down = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let proxy = start_proxy(down, test_limits()).await;
    let r = send_raw(
        proxy.local_addr,
        &post("/x", "text/plain", "", b"card 4111111111111111"),
    )
    .await;
    assert_eq!(r.status, 502);
    assert!(String::from_utf8_lossy(&r.body).contains("upstream_unavailable"));
    proxy.shutdown().await;

    let (slow, _) = start_upstream(Duration::from_secs(5)).await;
    let limits = Limits {
        upstream_timeout: Duration::from_millis(500),
        ..test_limits()
    };
    let proxy = start_proxy(slow, limits).await;
    let r = send_raw(proxy.local_addr, &post("/x", "text/plain", "", b"hello")).await;
    assert_eq!(r.status, 504);
    assert!(String::from_utf8_lossy(&r.body).contains("upstream_timeout"));
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_that_send_nothing_give_their_slots_back() {
    let (up_addr, _up) = start_upstream(Duration::ZERO).await;
    let limits = Limits {
        max_connections: 2,
        header_timeout: Duration::from_millis(300),
        ..test_limits()
    };
    let proxy = start_proxy(up_addr, limits).await;
    let silent: Vec<_> = connect_silently(proxy.local_addr, 2).await;
    // Both slots are taken while the silent connections are open…
    let busy = send_raw(proxy.local_addr, &post("/x", "text/plain", "", b"hi")).await;
    assert_eq!(busy.status, 503);
    // …and given back once the head timeout has passed without a byte.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let served = send_raw(proxy.local_addr, &post("/x", "text/plain", "", b"hi")).await;
    assert_eq!(served.status, 200);
    drop(silent);
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_leaves_before_its_answer_is_still_logged() {
    use tokio::io::AsyncWriteExt;
    let logs = capture_logs();
    let (slow, _up) = start_upstream(Duration::from_secs(3)).await;
    let proxy = start_proxy(slow, test_limits()).await;
    let mut client = tokio::net::TcpStream::connect(proxy.local_addr)
        .await
        .unwrap();
    let body = b"card 4111 1111 1111 1111";
    client
        .write_all(&post("/left-before-the-answer", "text/plain", "", body))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    drop(client);
    // The request is recorded once hyper notices the client is gone.
    let mut line = None;
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
        line = text
            .lines()
            .find(|l| l.contains("path=/left-before-the-answer"))
            .map(str::to_string);
        if line.is_some() {
            break;
        }
    }
    let line = line.expect("a log line for the request the client left");
    assert!(line.contains("status=499"), "{line}");
    assert!(line.contains("outcome=\"cancelled\""), "{line}");
    assert!(line.contains("cards=1"), "{line}");
    assert_no_planted_value("log line", &line);
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_limit_below_hypers_floor_is_kept() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let limits = Limits {
        max_header_bytes: 2048,
        ..test_limits()
    };
    let proxy = start_proxy(up_addr, limits).await;
    let note = format!("X-Note: {}\r\n", "a".repeat(3000));
    let big = send_raw(
        proxy.local_addr,
        &post("/big-head", "text/plain", &note, b"hi"),
    )
    .await;
    assert_eq!(big.status, 431);
    assert!(String::from_utf8_lossy(&big.body).contains("headers_too_large"));
    let small = send_raw(
        proxy.local_addr,
        &post("/small-head", "text/plain", "", b"hi"),
    )
    .await;
    assert_eq!(small.status, 200);
    let forwarded = up.received.lock().unwrap().len();
    assert_eq!(forwarded, 1, "only the small head forwarded");
    proxy.shutdown().await;
}

/// Sends `pieces` on one connection, each after `pause`, and reads the
/// answer (for at most five seconds).
async fn send_in_pieces(addr: std::net::SocketAddr, pieces: &[&[u8]], pause: Duration) -> Reply {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut client = tokio::net::TcpStream::connect(addr).await.unwrap();
    for piece in pieces {
        tokio::time::sleep(pause).await;
        client.write_all(piece).await.unwrap();
    }
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), client.read_to_end(&mut answer)).await;
    parse_reply(&answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_upload_is_not_the_upstreams_delay() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let limits = Limits {
        upstream_timeout: Duration::from_millis(600),
        body_idle_timeout: Duration::from_secs(2),
        ..test_limits()
    };
    let proxy = start_proxy(up_addr, limits).await;
    // Two seconds of upload, never idle for long, to an upstream that
    // answers at once: its timeout runs from the body's last byte.
    let body = b"mail jane.doe@example.com ".repeat(8);
    let request = post("/slow-upload", "text/plain", "", &body);
    let (head, rest) = request.split_at(request.len() - body.len());
    let mut pieces = vec![head];
    pieces.extend(rest.chunks(body.len() / 8));
    let reply = send_in_pieces(proxy.local_addr, &pieces, Duration::from_millis(250)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(only(&up).body.len(), body.len());
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_upload_is_the_clients_timeout_even_before_the_upstreams() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    // The upstream's timeout shorter than the body's idle one: a client
    // that stops sending still learns that its body timed out (408), not
    // that the upstream was slow (504), and no body reaches the upstream
    // as complete.
    let limits = Limits {
        upstream_timeout: Duration::from_millis(500),
        body_idle_timeout: Duration::from_millis(1500),
        ..test_limits()
    };
    let proxy = start_proxy(up_addr, limits).await;
    let body = b"mail jane.doe@example.com ".repeat(8);
    let request = post("/stalled-upload", "text/plain", "", &body);
    let sent = &request[..request.len() - body.len() / 2];
    let reply = send_in_pieces(proxy.local_addr, &[sent], Duration::ZERO).await;
    assert_eq!(reply.status, 408);
    assert!(up
        .received
        .lock()
        .unwrap()
        .iter()
        .all(|r| r.body.len() < body.len()));
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_http_1_0_request_may_name_no_host() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let req = b"POST /h10 HTTP/1.0\r\nContent-Length: 25\r\n\r\ncard 4111 1111 1111 1111 ";
    assert_eq!(send_raw(proxy.local_addr, req).await.status, 200);
    assert_eq!(only(&up).body, b"card **** **** **** 1111 ");
    proxy.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_get_body_without_a_content_type_is_forwarded_masked() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let body = br#"{"query":{"match":{"email":"jane.doe@example.com"}}}"#;
    let mut req = format!(
        "GET /_search HTTP/1.1\r\nHost: p\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    assert_eq!(send_raw(proxy.local_addr, &req).await.status, 200);
    let got = only(&up);
    assert_eq!(got.method, "GET");
    assert_eq!(
        got.body,
        br#"{"query":{"match":{"email":"********@***********"}}}"#
    );
    proxy.shutdown().await;
}

/// HTTP/2 with prior knowledge: the body masked, and each cookie field
/// joined into the one Cookie line an HTTP/1.1 upstream reads.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_requests_are_masked_and_their_cookies_joined() {
    use http_body_util::{BodyExt, Full};
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let stream = tokio::net::TcpStream::connect(proxy.local_addr)
        .await
        .unwrap();
    let (mut sender, conn) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(stream),
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    let req = hyper::Request::post(format!("http://{}/h2", proxy.local_addr))
        .header("content-type", "text/plain")
        .header("cookie", "a=1")
        .header("cookie", "b=2")
        .body(Full::new(bytes::Bytes::from_static(
            b"mail jane.doe@example.com",
        )))
        .unwrap();
    let response = sender.send_request(req).await.unwrap();
    assert_eq!(response.status(), 200);
    let _ = response.into_body().collect().await;
    let got = only(&up);
    assert_eq!(got.body, b"mail ********@***********");
    assert_eq!(got.header("cookie"), Some("a=1; b=2"));
    assert_eq!(got.headers.iter().filter(|(n, _)| n == "cookie").count(), 1);
    proxy.shutdown().await;
}

/// An HTTP/2 upload over the limit is answered before it is read: the
/// whole 413 goes out, then the stream is reset with NO_ERROR, which
/// tells the client to stop sending and keep the answer (RFC 9113, 8.1),
/// rather than CANCEL, which would make it drop the answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_uploads_over_the_limit_get_the_whole_413_and_a_clean_reset() {
    use std::future::poll_fn;
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let stream = tokio::net::TcpStream::connect(proxy.local_addr)
        .await
        .unwrap();
    let (client, conn) = h2::client::handshake(stream).await.unwrap();
    tokio::spawn(conn);
    let mut client = client.ready().await.unwrap();
    for declared in [Some(8 << 20), None] {
        let mut req = hyper::Request::post(format!("http://{}/big", proxy.local_addr))
            .header("content-type", "text/plain");
        if let Some(length) = declared {
            req = req.header("content-length", length);
        }
        let (response, mut upload) = client.send_request(req.body(()).unwrap(), false).unwrap();
        // More than the limit, in the frames the window allows.
        let chunk = bytes::Bytes::from(vec![b'a'; 16 << 10]);
        let mut sent = 0;
        while sent <= (1 << 20) {
            upload.reserve_capacity(chunk.len());
            match poll_fn(|cx| upload.poll_capacity(cx)).await {
                Some(Ok(n)) if n > 0 => {
                    if upload.send_data(chunk.slice(..n), false).is_err() {
                        break;
                    }
                    sent += n;
                }
                _ => break,
            }
        }
        let response = response.await.unwrap();
        assert_eq!(response.status(), 413, "declared {declared:?}");
        let mut body = response.into_body();
        let mut text = Vec::new();
        while let Some(data) = body.data().await {
            let data = data.unwrap();
            let _ = body.flow_control().release_capacity(data.len());
            text.extend_from_slice(&data);
        }
        let text = String::from_utf8(text).unwrap();
        assert!(text.contains("\"body_too_large\""), "{text}");
        let reason =
            tokio::time::timeout(Duration::from_secs(5), poll_fn(|cx| upload.poll_reset(cx)))
                .await
                .unwrap()
                .unwrap();
        assert_eq!(reason, h2::Reason::NO_ERROR, "declared {declared:?}");
    }
    assert!(
        up.received.lock().unwrap().is_empty(),
        "nothing may be forwarded"
    );
    proxy.shutdown().await;
}

async fn connect_silently(addr: std::net::SocketAddr, n: usize) -> Vec<tokio::net::TcpStream> {
    let mut streams = Vec::new();
    for _ in 0..n {
        streams.push(tokio::net::TcpStream::connect(addr).await.unwrap());
    }
    // (Accepted before the next client connects.)
    tokio::time::sleep(Duration::from_millis(50)).await;
    streams
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_clients() {
    let (up_addr, up) = start_upstream(Duration::ZERO).await;
    let proxy = start_proxy(up_addr, test_limits()).await;
    let addr = proxy.local_addr;
    let tasks: Vec<_> = (0..200)
        .map(|i| {
            tokio::spawn(async move {
                let body = format!(
                    r#"{{"n":{i},"text":"card 4111 1111 1111 1111 mail jane.doe@example.com"}}"#
                );
                send_raw(addr, &post("/c", "application/json", "", body.as_bytes()))
                    .await
                    .status
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    let got = up.received.lock().unwrap().clone();
    assert_eq!(got.len(), 200);
    for r in got {
        let body = String::from_utf8(r.body).unwrap();
        assert!(
            body.ends_with(r#""text":"card **** **** **** 1111 mail ********@***********"}"#),
            "{body}"
        );
    }
    proxy.shutdown().await;
}

#[test]
fn the_binary_serves_with_an_echo_upstream_and_curl_shows_the_masked_body() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pii-proxy"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--admin-listen",
            "127.0.0.1:0",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/");
    let mut out = None;
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(100));
        let o = std::process::Command::new("curl")
            .args([
                "-s",
                "--max-time",
                "5",
                "-d",
                "card 4111 1111 1111 1111, mail jane@example.com",
                &url,
            ])
            .output()
            .expect("curl is installed");
        if o.status.success() && !o.stdout.is_empty() {
            out = Some(o.stdout);
            break;
        }
    }
    // SIGTERM: graceful shutdown, exit 0.
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    let mut logs = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut logs)
        .unwrap();
    assert_eq!(
        out.as_deref(),
        Some(&b"card **** **** **** 1111, mail ****@***********"[..]),
        "{logs}"
    );
    assert!(status.success(), "exit status {status:?}");
    assert!(
        logs.contains("cards=1") && logs.contains("emails=1"),
        "{logs}"
    );
    // The planted values themselves: a port or a request id may well
    // contain the digits 4111.
    assert!(
        !logs.contains("4111 1111 1111 1111") && !logs.contains("jane@example.com"),
        "{logs}"
    );
}

/// An HTTPS upstream with a self-signed certificate for `localhost`:
/// answers with the body it received. Returns its port and certificate.
async fn start_tls_upstream() -> (u16, rustls::pki_types::CertificateDer<'static>) {
    use http_body_util::{BodyExt, Full};
    use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    let generated = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let cert = generated.cert.der().clone();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        generated.signing_key.serialize_der(),
    ));
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.clone()], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let (tcp, _) = listener.accept().await.unwrap();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = hyper::service::service_fn(
                    |req: hyper::Request<hyper::body::Incoming>| async move {
                        let body = req.into_body().collect().await?.to_bytes();
                        Ok::<_, hyper::Error>(hyper::Response::new(Full::new(body)))
                    },
                );
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (port, cert)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_upstream_gets_the_masked_body_and_an_untrusted_one_is_502() {
    use pii_proxy::format::BinaryParts;
    use pii_proxy::proxy::{self, ProxyConfig};
    use pii_proxy::redact::Redactor;
    capture_logs();
    let (port, cert) = start_tls_upstream().await;
    let config = |roots| ProxyConfig {
        upstream_roots: roots,
        ..ProxyConfig::new(
            "127.0.0.1:0".parse().unwrap(),
            format!("https://localhost:{port}").parse().unwrap(),
            Redactor::default(),
            BinaryParts::Pass,
        )
    };
    let trusted = proxy::start(config(vec![cert])).await.unwrap();
    let body = b"card 4111 1111 1111 1111, mail jane.doe@example.com";
    let reply = send_raw(trusted.local_addr, &post("/t", "text/plain", "", body)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.body,
        b"card **** **** **** 1111, mail ********@***********".to_vec()
    );
    trusted.shutdown().await;

    // Without the upstream's certificate among the roots: no connection,
    // nothing sent, a clean 502.
    let untrusted = proxy::start(config(Vec::new())).await.unwrap();
    let reply = send_raw(untrusted.local_addr, &post("/t", "text/plain", "", body)).await;
    assert_eq!(reply.status, 502);
    assert_no_planted_value("error body", &String::from_utf8_lossy(&reply.body));
    untrusted.shutdown().await;
}
