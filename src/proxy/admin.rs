//! The admin listener, on its own address (loopback by default) so that
//! probes and scrapes never mix with proxied traffic:
//!
//! * `GET /livez` — 200 while the process serves at all;
//! * `GET /readyz` — 200 while the proxy takes requests, 503 before it is
//!   listening with a configuration and from the moment it starts draining;
//! * `GET /metrics` — Prometheus text (OpenMetrics).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;

use super::Shared;

/// A running admin listener.
#[derive(Debug)]
pub struct Admin {
    /// The address it listens on.
    pub local_addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Admin {
    /// Stops listening.
    pub fn stop(self) {
        self.task.abort();
    }
}

/// Binds `addr` and serves the admin endpoints from `shared`.
///
/// # Errors
/// When the address cannot be bound.
pub async fn start(addr: SocketAddr, shared: Arc<Shared>) -> std::io::Result<Admin> {
    let listener = TcpListener::bind(addr).await?;
    let local_addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            };
            let shared = shared.clone();
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let response = answer(&shared, &req);
                async move { Ok::<_, Infallible>(response) }
            });
            tokio::spawn(async move {
                let _ = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(std::time::Duration::from_secs(5))
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(Admin { local_addr, task })
}

fn answer(shared: &Shared, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    let text = |status: StatusCode, body: String, content_type: &'static str| {
        let mut r = Response::new(Full::new(Bytes::from(body)));
        *r.status_mut() = status;
        r.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    const PLAIN: &str = "text/plain; charset=utf-8";
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return text(StatusCode::METHOD_NOT_ALLOWED, "GET only\n".into(), PLAIN);
    }
    match req.uri().path() {
        "/livez" => text(StatusCode::OK, "ok\n".into(), PLAIN),
        "/readyz" if shared.is_ready() => text(StatusCode::OK, "ready\n".into(), PLAIN),
        "/readyz" => text(
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: starting or draining\n".into(),
            PLAIN,
        ),
        "/metrics" => text(
            StatusCode::OK,
            shared.metrics.render(),
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        ),
        _ => text(StatusCode::NOT_FOUND, "not found\n".into(), PLAIN),
    }
}
