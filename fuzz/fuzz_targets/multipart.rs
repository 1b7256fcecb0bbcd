//! A multipart body redacts the same in any chunking: part boundaries,
//! headers, base64 quads and the window that decides a part of another
//! type by its first bytes all split anywhere. Where the whole body is
//! refused (malformed, a corrupt encoding), so is every chunking of it.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;

fn redact(body: &[u8], sizes: &[usize]) -> Option<Vec<u8>> {
    let spec = BodySpec::from_headers(Some("multipart/form-data; boundary=XyZ"), None).ok()?;
    let mut r = BodyRedactor::new(Redactor::default(), &spec, DecodeLimits::default(), BinaryParts::Pass);
    let mut out = Vec::new();
    for chunk in common::chunks(body, sizes) {
        r.push(chunk, &mut out).ok()?;
    }
    r.finish(&mut out).ok()?;
    Some(out)
}

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    let whole = redact(body, &[]);
    let chunked = redact(body, &sizes);
    assert!(
        whole == chunked,
        "chunks {sizes:?}:\nwhole:   {:?}\nchunked: {:?}",
        whole.as_deref().map(common::escaped),
        chunked.as_deref().map(common::escaped)
    );
});
