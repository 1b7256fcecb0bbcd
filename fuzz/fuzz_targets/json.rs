//! Valid JSON stays valid JSON with the same structure: the same keys in
//! the same objects, arrays of the same lengths, every value of the same
//! type (a masked bare number is still a number), whatever the chunking.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;
use serde_json::Value;

fn same_shape(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|((ka, va), (kb, vb))| ka == kb && same_shape(va, vb))
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_shape(a, b)),
        (Value::String(_), Value::String(_)) | (Value::Number(_), Value::Number(_)) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let (sizes, body) = common::chunk_plan(data);
    let Ok(before) = serde_json::from_slice::<Value>(body) else { return };
    let spec = BodySpec::from_headers(Some("application/json"), None).unwrap();
    let mut r = BodyRedactor::new(Redactor::default(), &spec, DecodeLimits::default(), BinaryParts::Pass);
    let mut out = Vec::new();
    for chunk in common::chunks(body, &sizes) {
        r.push(chunk, &mut out).unwrap();
    }
    r.finish(&mut out).unwrap();
    let after: Value = serde_json::from_slice(&out)
        .unwrap_or_else(|e| panic!("output is not JSON ({e}): {}", common::escaped(&out)));
    assert!(same_shape(&before, &after), "shape changed:\n{}\n{}", common::escaped(body), common::escaped(&out));
});
