//! A table keeps its shape: masks never touch a separator, a line break or
//! a quote, so the output has the same records and cells; masking keeps
//! the length; and the output is the same for every way the body is cut.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;

fn structure(body: &[u8]) -> Vec<(usize, u8)> {
    let shape = |b: u8| matches!(b, b',' | b';' | b'\t' | b'|' | b'\n' | b'\r' | b'"');
    body.iter().enumerate().filter(|(_, &b)| shape(b)).map(|(i, &b)| (i, b)).collect()
}

fn redact(body: &[u8], sizes: &[usize]) -> Vec<u8> {
    let spec = BodySpec::from_headers(Some("text/csv"), None).unwrap();
    let mut r = BodyRedactor::new(Redactor::default(), &spec, DecodeLimits::default(), BinaryParts::Pass);
    let mut out = Vec::new();
    for chunk in common::chunks(body, sizes) {
        r.push(chunk, &mut out).unwrap();
    }
    r.finish(&mut out).unwrap();
    out
}

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    // (A UTF-16 or UTF-32 body is refused whole, never redacted.)
    if pii_proxy::format::wide_encoding(body).is_some() {
        return;
    }
    let out = redact(body, &sizes);
    assert_eq!(out.len(), body.len());
    assert_eq!(structure(&out), structure(body), "{}", common::escaped(&out));
    assert_eq!(out, redact(body, &[]), "chunked differs from whole");
});
