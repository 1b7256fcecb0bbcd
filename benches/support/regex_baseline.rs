//! The baseline the matcher is measured against: what a competent engineer
//! writes first. One combined `regex` for the three kinds, then the same
//! Luhn and issuer checks on card candidates.

use pii_proxy::detect::{card, luhn, Kind};
use regex::bytes::Regex;

/// The combined-regex detector.
pub struct RegexDetector {
    re: Regex,
}

impl Default for RegexDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl RegexDetector {
    /// Compiles the pattern.
    pub fn new() -> Self {
        let re = Regex::new(
            r"(?x)
            (?P<card>\b\d(?:[\ -]?\d){11,18}\b)
            | (?P<email>\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}\b)
            | (?P<phone>(?:\+\d{1,3}[\ .-]?|\b)(?:\(\d{1,4}\)[\ .-]?)?\d{2,4}(?:[\ .-]?\d{2,4}){2,4}\b)
            ",
        )
        .expect("the baseline pattern compiles");
        RegexDetector { re }
    }

    /// Findings as `(kind, start, end)`.
    pub fn find_all(&self, hay: &[u8]) -> Vec<(Kind, usize, usize)> {
        let mut out = Vec::new();
        for caps in self.re.captures_iter(hay) {
            if let Some(m) = caps.name("card") {
                let digits: Vec<u8> = m
                    .as_bytes()
                    .iter()
                    .filter(|b| b.is_ascii_digit())
                    .map(|b| b - b'0')
                    .collect();
                if luhn::is_valid(&digits) && card::network(&digits).is_some() {
                    out.push((Kind::Card, m.start(), m.end()));
                }
            } else if let Some(m) = caps.name("email") {
                out.push((Kind::Email, m.start(), m.end()));
            } else if let Some(m) = caps.name("phone") {
                out.push((Kind::Phone, m.start(), m.end()));
            }
        }
        out
    }
}
