//! Streaming a body in chunks gives exactly the whole-body redaction. The
//! first byte(s) choose the chunk sizes (see `common::chunk_plan`).
#![no_main]

mod common;

use common::escaped;
use libfuzzer_sys::fuzz_target;
use pii_proxy::redact::Redactor;
use pii_proxy::stream::StreamRedactor;

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    let mut stream = StreamRedactor::new(Redactor::default());
    let mut out = Vec::new();
    for chunk in common::chunks(body, &sizes) {
        stream.push(chunk, &mut out);
    }
    stream.finish(&mut out);
    let whole = Redactor::default().redact_to_vec(body);
    assert!(out == whole, "chunks {sizes:?}:\nstream: {}\n whole: {}", escaped(&out), escaped(&whole));
});
