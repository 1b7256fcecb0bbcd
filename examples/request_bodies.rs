//! Redacts one body many times the way the proxy does per request: a
//! fresh pipeline for each, frames of a given size, and each frame's output
//! handed off in a fresh buffer. The harness for counting a request's
//! redaction cost, allocations included, with callgrind.
//!
//! `request_bodies FILE REQUESTS FRAME_BYTES`
#![allow(missing_docs)] // an example binary

use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, requests, frame] = args.as_slice() else {
        eprintln!("usage: request_bodies FILE REQUESTS FRAME_BYTES");
        return std::process::ExitCode::from(2);
    };
    let (Ok(body), Ok(requests), Ok(frame)) = (
        std::fs::read(path),
        requests.parse::<usize>(),
        frame.parse::<usize>(),
    ) else {
        eprintln!("usage: request_bodies FILE REQUESTS FRAME_BYTES");
        return std::process::ExitCode::from(2);
    };
    let Ok(spec) = BodySpec::from_headers(Some("application/json"), None) else {
        return std::process::ExitCode::from(1);
    };
    let redactor = Redactor::default();
    let mut sent = 0;
    for _ in 0..requests {
        let mut pipeline = BodyRedactor::new(
            redactor.clone(),
            &spec,
            DecodeLimits::default(),
            BinaryParts::Pass,
        );
        for chunk in body.chunks(frame.max(1)) {
            let mut out = Vec::new();
            if pipeline.push(chunk, &mut out).is_err() {
                return std::process::ExitCode::from(1);
            }
            sent += out.len();
        }
        let mut out = Vec::new();
        if pipeline.finish(&mut out).is_err() {
            return std::process::ExitCode::from(1);
        }
        sent += out.len();
    }
    println!("{sent}");
    std::process::ExitCode::SUCCESS
}
