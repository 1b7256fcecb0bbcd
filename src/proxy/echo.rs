//! The embedded echo upstream: answers every request with exactly the body
//! it received, so `pii-proxy serve` with no upstream shows a newcomer what
//! the platform behind it would get.

use std::convert::Infallible;
use std::net::SocketAddr;

use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;

/// Starts the echo server on an ephemeral loopback port.
///
/// # Errors
/// When no loopback port can be bound.
pub async fn start() -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|req: Request<Incoming>| async move {
                    let content_type = req.headers().get(CONTENT_TYPE).cloned();
                    let mut resp = Response::new(req.into_body());
                    resp.headers_mut().insert(
                        CONTENT_TYPE,
                        content_type.unwrap_or_else(|| {
                            HeaderValue::from_static("application/octet-stream")
                        }),
                    );
                    Ok::<_, Infallible>(resp)
                });
                let _ = auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(addr)
}
