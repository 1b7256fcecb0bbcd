//! Helpers shared by the proxy integration tests: log capture, a
//! recording upstream, a raw HTTP/1.1 client.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use pii_proxy::format::BinaryParts;
use pii_proxy::proxy::{self, Limits, ProxyConfig, Running};
use pii_proxy::redact::Redactor;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Values planted in requests; none may appear upstream, in logs or in
/// error bodies.
pub const PLANTED: &[&str] = &[
    "4111 1111 1111 1111",
    "4111111111111111",
    "jane.doe@example.com",
    "+33 6 12 34 56 78",
    "Bearer s3cr3t-t0ken",
];

// ---------------------------------------------------------------- logs

pub static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
pub struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn capture_logs() -> Arc<Mutex<Vec<u8>>> {
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = Capture(buf.clone());
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .try_init();
        buf
    })
    .clone()
}

pub fn assert_no_planted_value(what: &str, text: &str) {
    for v in PLANTED {
        assert!(!text.contains(v), "{what} contains a planted value: {v}");
    }
}

// ------------------------------------------------------------ upstream

#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub uri: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Default)]
pub struct Upstream {
    pub received: Arc<Mutex<Vec<Received>>>,
}

/// A recording upstream: keeps every request whose body arrived whole.
pub async fn start_upstream(delay: Duration) -> (SocketAddr, Upstream) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let upstream = Upstream::default();
    let store = upstream.clone();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let store = store.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                    let store = store.clone();
                    async move {
                        let (parts, body) = req.into_parts();
                        let body = body.collect().await?.to_bytes();
                        tokio::time::sleep(delay).await;
                        store.received.lock().unwrap().push(Received {
                            method: parts.method.to_string(),
                            uri: parts.uri.to_string(),
                            headers: parts
                                .headers
                                .iter()
                                .map(|(n, v)| {
                                    (
                                        n.to_string(),
                                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                                    )
                                })
                                .collect(),
                            body: body.to_vec(),
                        });
                        Ok::<_, hyper::Error>(Response::new(Full::new(Bytes::from_static(
                            b"upstream ok",
                        ))))
                    }
                });
                let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (addr, upstream)
}

pub async fn start_proxy(upstream: SocketAddr, limits: Limits) -> Running {
    capture_logs();
    let config = ProxyConfig {
        limits,
        ..ProxyConfig::new(
            "127.0.0.1:0".parse().unwrap(),
            format!("http://{upstream}").parse().unwrap(),
            Redactor::default(),
            BinaryParts::Pass,
        )
    };
    proxy::start(config).await.unwrap()
}

pub fn test_limits() -> Limits {
    Limits {
        max_body: 1 << 20,
        upstream_timeout: Duration::from_secs(2),
        upstream_connect_timeout: Duration::from_secs(2),
        body_idle_timeout: Duration::from_secs(2),
        drain_timeout: Duration::from_secs(5),
        ..Limits::default()
    }
}

// -------------------------------------------------------------- client

pub struct Reply {
    pub status: u16,
    #[allow(dead_code)] // kept for debugging failed assertions
    pub headers: String,
    pub body: Vec<u8>,
}

/// Sends raw request bytes (which should say `Connection: close`) and reads
/// the whole reply.
pub async fn send_raw(addr: SocketAddr, raw: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(raw).await.unwrap();
    let mut buf = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf)).await;
    parse_reply(&buf)
}

pub fn parse_reply(buf: &[u8]) -> Reply {
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let mut body = buf[end + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers: head,
        body,
    }
}

pub fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let nl = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..nl]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[nl + 2..nl + 2 + size]);
        data = &data[nl + 4 + size..];
    }
}

pub fn post(path: &str, content_type: &str, extra: &str, body: &[u8]) -> Vec<u8> {
    let mut req = format!(
        "POST {path} HTTP/1.1\r\nHost: proxy\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    req
}

pub fn only(up: &Upstream) -> Received {
    let r = up.received.lock().unwrap();
    assert_eq!(r.len(), 1, "upstream requests: {r:?}");
    r[0].clone()
}
