//! A gzip body is decoded, redacted and encoded again: decoding the output
//! gives exactly the redaction of the plain body, for any chunking of the
//! compressed bytes.
#![no_main]

mod common;

use std::io::{Read, Write};

use libfuzzer_sys::fuzz_target;
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    // (A UTF-16 or UTF-32 body is refused whole, never redacted.)
    if pii_proxy::format::wide_encoding(body).is_some() {
        return;
    }
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(body).unwrap();
    let compressed = e.finish().unwrap();

    let gz = BodySpec::from_headers(Some("text/plain"), Some("gzip")).unwrap();
    let mut r = BodyRedactor::new(Redactor::default(), &gz, DecodeLimits::default(), BinaryParts::Pass);
    let mut out = Vec::new();
    for chunk in common::chunks(&compressed, &sizes) {
        r.push(chunk, &mut out).unwrap();
    }
    r.finish(&mut out).unwrap();
    let mut round_trip = Vec::new();
    flate2::read::GzDecoder::new(&out[..]).read_to_end(&mut round_trip).unwrap();

    let plain = BodySpec::from_headers(Some("text/plain"), None).unwrap();
    let mut r = BodyRedactor::new(Redactor::default(), &plain, DecodeLimits::default(), BinaryParts::Pass);
    let mut want = Vec::new();
    r.push(body, &mut want).unwrap();
    r.finish(&mut want).unwrap();
    assert!(round_trip == want, "{}\n{}", common::escaped(&round_trip), common::escaped(&want));
});
