//! The fast detector agrees with the slow reference matcher on every input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pii_proxy::detect::reference;
use pii_proxy::detect::{Detector, Finding, KindSet};

fuzz_target!(|data: &[u8]| {
    let fast: Vec<Finding> = Detector::new().find_iter(data).collect();
    assert_eq!(fast, reference::find_all(data, KindSet::ALL), "fast path vs reference");
});
