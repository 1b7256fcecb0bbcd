//! The two peers of the proxy load benchmark (`scripts/load.sh`):
//!
//! * `load_peers sink ADDR` — an upstream that reads each request body to
//!   the end and answers `204`;
//! * `load_peers passthrough ADDR UPSTREAM` — the same hyper proxy stack as
//!   `pii-proxy serve` with a detector that detects nothing: the baseline
//!   the proxy's throughput is measured against, in the same run.
//!
//! Benchmark tooling only: a proxy that scans nothing has no other use.
#![allow(missing_docs)] // an example binary

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use pii_proxy::detect::{Detector, KindSet};
use pii_proxy::format::BinaryParts;
use pii_proxy::proxy::{self, Limits, ProxyConfig};
use pii_proxy::redact::{Policy, Redactor};

fn usage() -> ! {
    eprintln!("usage: load_peers sink ADDR | load_peers passthrough ADDR UPSTREAM_URL");
    std::process::exit(2)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["sink", addr] => sink(addr).await,
        ["passthrough", addr, upstream] => passthrough(addr, upstream).await,
        _ => usage(),
    }
}

async fn sink(addr: &str) {
    let Ok(listener) = tokio::net::TcpListener::bind(addr).await else {
        usage()
    };
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(async move {
            let service = hyper::service::service_fn(|req: Request<Incoming>| async move {
                let _ = req.into_body().collect().await;
                let mut resp = Response::new(Empty::<Bytes>::new());
                *resp.status_mut() = StatusCode::NO_CONTENT;
                Ok::<_, Infallible>(resp)
            });
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn passthrough(addr: &str, upstream: &str) {
    let (Ok(listen), Ok(upstream)) = (addr.parse(), upstream.parse()) else {
        usage()
    };
    let detector = Detector::builder().kinds(KindSet::NONE).build();
    let Ok(redactor) = Redactor::new(detector, Policy::default(), None) else {
        usage()
    };
    let limits = Limits {
        max_body: 64 << 20,
        ..Limits::default()
    };
    let config = ProxyConfig {
        limits,
        ..ProxyConfig::new(listen, upstream, redactor, BinaryParts::Pass)
    };
    let Ok(running) = proxy::start(config).await else {
        usage()
    };
    eprintln!("passthrough on {}", running.local_addr);
    let _ = tokio::signal::ctrl_c().await;
    running.shutdown().await;
}
