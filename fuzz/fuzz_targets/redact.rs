//! The default mask keeps the length, is idempotent, and leaves no card that
//! a re-scan of its output would find.
#![no_main]

mod common;

use common::escaped;
use libfuzzer_sys::fuzz_target;
use pii_proxy::detect::{Detector, Finding, Kind};
use pii_proxy::redact::Redactor;

fuzz_target!(|data: &[u8]| {
    let redactor = Redactor::default();
    let out = redactor.redact_to_vec(data);
    assert_eq!(out.len(), data.len(), "length changed: {}", escaped(&out));
    let again = redactor.redact_to_vec(&out);
    assert!(again == out, "not idempotent:\n once: {}\ntwice: {}", escaped(&out), escaped(&again));
    let cards: Vec<Finding> =
        Detector::new().find_iter(&out).filter(|f| f.kind == Kind::Card).collect();
    assert!(cards.is_empty(), "card left in {}: {cards:?}", escaped(&out));
});
