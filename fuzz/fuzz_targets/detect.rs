//! No panic on any input, and the findings are in bounds, non-empty, sorted
//! and disjoint.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::detect::{Detector, Finding};

fuzz_target!(|data: &[u8]| {
    let findings: Vec<Finding> = Detector::new().find_iter(data).collect();
    common::assert_well_formed(&findings, data.len());
});
