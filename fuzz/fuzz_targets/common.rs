//! Helpers shared by the fuzz targets: how an input is read as a plan
//! (offsets, chunk sizes), the findings invariant, and readable messages.
//! Each target includes this file with `mod common;` and uses part of it.
#![allow(dead_code)]

use pii_proxy::detect::Finding;

/// Panics unless `findings` are in `0..len`, non-empty, sorted and disjoint.
pub fn assert_well_formed(findings: &[Finding], len: usize) {
    for f in findings {
        assert!(f.start < f.end, "empty or reversed finding {f:?}");
        assert!(f.end <= len, "finding {f:?} past the end ({len})");
    }
    for w in findings.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "unsorted or overlapping: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
}

/// A few scan start offsets taken from the input itself: its first four
/// byte pairs as offsets anywhere in `0..=len`, and its first four bytes
/// as distances back from the end (where SIMD kernels handle their tails).
pub fn offsets(data: &[u8]) -> Vec<usize> {
    let len = data.len();
    let mut out: Vec<usize> = data
        .chunks_exact(2)
        .take(4)
        .map(|p| usize::from(u16::from_le_bytes([p[0], p[1]])) % (len + 1))
        .collect();
    out.extend(data.iter().take(4).map(|&b| len.saturating_sub(usize::from(b % 64))));
    out.push(0);
    out
}

/// Splits an input into chunk sizes and a body. The first byte's low three
/// bits say how many of the next bytes are sizes (none: one chunk); a size
/// byte below 0x80 is that many bytes (0 is an empty push), one above is a
/// multiple of 64 up to 8 KiB, so chunks both smaller and larger than the
/// stream's look-ahead come up.
pub fn chunk_plan(data: &[u8]) -> (Vec<usize>, &[u8]) {
    let Some((&head, rest)) = data.split_first() else {
        return (Vec::new(), data);
    };
    let n = usize::from(head & 7).min(rest.len());
    let (sizes, body) = rest.split_at(n);
    let sizes = sizes
        .iter()
        .map(|&b| match b {
            0..=0x7f => usize::from(b),
            _ => usize::from(b - 0x7f) * 64,
        })
        .collect();
    (sizes, body)
}

/// `body` cut into chunks of `sizes`, cycling through them until it is all
/// used; empty chunks are kept, as a body may arrive with empty frames.
pub fn chunks<'a>(body: &'a [u8], sizes: &[usize]) -> Vec<&'a [u8]> {
    if sizes.iter().all(|&s| s == 0) {
        let mut out = vec![&body[..0]; sizes.len()];
        out.push(body);
        return out;
    }
    let mut out = Vec::new();
    let mut rest = body;
    for &size in sizes.iter().cycle() {
        if rest.is_empty() {
            break;
        }
        let (chunk, tail) = rest.split_at(size.min(rest.len()));
        out.push(chunk);
        rest = tail;
    }
    out
}

/// `bytes` as an escaped ASCII string, for assertion messages.
pub fn escaped(bytes: &[u8]) -> String {
    bytes.escape_ascii().to_string()
}
