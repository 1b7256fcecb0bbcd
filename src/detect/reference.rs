//! The reference matcher: slow, simple, and the oracle for the fast path.
//!
//! It decodes the whole input into logical characters first (no lazy
//! decoding), then tries every position in order (no prefilter, no
//! skipping), with the same verifiers and the same greedy rule. Where the
//! fast path differs — SIMD classification, jumps over digit runs and
//! escapes, lazy backward decoding — property tests and the `reference`
//! fuzz target require identical findings.

use super::text::{DecodedText, Text};
use super::{email, follows_finding, normalize, numeric, Finding, Kind, KindSet};

/// Every finding in `hay` for the given kinds.
pub fn find_all(hay: &[u8], kinds: KindSet) -> Vec<Finding> {
    find_all_with(hay, kinds, false)
}

/// Like [`find_all`], reading `+` as a space when `plus_is_space`
/// (form-urlencoded bodies).
pub fn find_all_with(hay: &[u8], kinds: KindSet, plus_is_space: bool) -> Vec<Finding> {
    let text = DecodedText::with_plus_as_space(hay, plus_is_space);
    let numeric = kinds.contains(Kind::Card) || kinds.contains(Kind::Phone);
    let mut out = Vec::new();
    let mut numeric_end: Option<usize> = None;
    let mut email_end: Option<usize> = None;
    let mut earlier_phones = numeric::EarlierPhones::default();
    for (pos, &c) in text.chars().iter().enumerate() {
        if numeric && matches!(c, b'0'..=b'9' | b'+' | b'(') && numeric_end.is_none_or(|e| pos >= e)
        {
            let after = follows_finding(&text, pos, numeric_end, email_end);
            let floor = numeric_end.max(email_end).unwrap_or(0);
            if let Some(m) = numeric::verify(&text, pos, after, floor, kinds, &earlier_phones) {
                if let Some(digits) = m.phone_digits {
                    earlier_phones.remember(digits, m.end);
                }
                out.push(Finding {
                    kind: m.kind,
                    start: text.raw(pos),
                    end: text.raw(m.end),
                });
                numeric_end = Some(m.end);
            }
        }
        if c == b'@' && kinds.contains(Kind::Email) {
            let min_start = email_end.unwrap_or(0);
            if let Some((start, end)) = email::verify(&text, pos, pos + 1, min_start) {
                if start >= min_start {
                    out.push(Finding {
                        kind: Kind::Email,
                        start: text.raw(start),
                        end: text.raw(end),
                    });
                    email_end = Some(end);
                }
            }
        }
    }
    normalize(&mut out, 0);
    out
}
