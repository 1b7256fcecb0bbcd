//! A form body keeps its shape: masks never touch `&` or `=`, so the output
//! has the same pairs at the same places and parses as the same fields;
//! masking keeps the length.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;

fn structure(body: &[u8]) -> Vec<(usize, u8)> {
    body.iter().enumerate().filter(|(_, &b)| b == b'&' || b == b'=').map(|(i, &b)| (i, b)).collect()
}

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    // (A UTF-16 or UTF-32 body is refused whole, never redacted.)
    if pii_proxy::format::wide_encoding(body).is_some() {
        return;
    }
    let spec = BodySpec::from_headers(Some("application/x-www-form-urlencoded"), None).unwrap();
    let mut r = BodyRedactor::new(Redactor::default(), &spec, DecodeLimits::default(), BinaryParts::Pass);
    let mut out = Vec::new();
    for chunk in common::chunks(body, &sizes) {
        r.push(chunk, &mut out).unwrap();
    }
    r.finish(&mut out).unwrap();
    assert_eq!(out.len(), body.len());
    assert_eq!(structure(&out), structure(body), "{}", common::escaped(&out));
});
