//! Every prefilter kernel this CPU has gives the same findings as the scalar
//! one, the same raw `find` result at offsets taken from the input and at
//! every anchor in turn, and the same classes of 64-byte blocks.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use pii_proxy::detect::prefilter::Prefilter;
use pii_proxy::detect::{Detector, Finding};

fn findings(p: Prefilter, data: &[u8]) -> Vec<Finding> {
    Detector::builder().prefilter(p).build().find_iter(data).collect()
}

/// Every anchor position, found by restarting `find` after each hit.
fn anchors(p: Prefilter, data: &[u8]) -> Vec<usize> {
    std::iter::successors(p.find(data, 0), |&hit| p.find(data, hit + 1)).collect()
}

fuzz_target!(|data: &[u8]| {
    let scalar = Prefilter::scalar();
    let want = findings(scalar, data);
    let want_anchors = anchors(scalar, data);
    for p in Prefilter::all_available() {
        let kernel = p.kernel();
        assert_eq!(findings(p, data), want, "{kernel:?} findings differ from scalar");
        assert_eq!(anchors(p, data), want_anchors, "{kernel:?} anchors differ from scalar");
        for from in common::offsets(data) {
            assert_eq!(p.find(data, from), scalar.find(data, from), "{kernel:?} find from {from}");
            assert_eq!(
                p.block_classes(data, from),
                scalar.block_classes(data, from),
                "{kernel:?} block classes at {from}"
            );
        }
    }
});
