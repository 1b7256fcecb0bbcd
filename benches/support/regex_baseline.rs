//! The baseline the matcher is measured against: what a competent engineer
//! writes first. One combined `regex` (ASCII mode, leftmost-first, no
//! capture groups, so the regex crate can run its DFA) for the three kinds;
//! each match is then classified — `@` makes an email, 12–19 digits that
//! pass Luhn and the issuer table make a card, the rest a phone.

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
            r"(?x-u)
              \b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}\b
            | \b\d(?:[\ -]?\d){11,18}\b
            | (?:\+\d{1,3}[\ .-]?|\b)(?:\(\d{1,4}\)[\ .-]?)?\d{2,4}(?:[\ .-]?\d{2,4}){2,4}\b
            ",
        )
        .expect("the baseline pattern compiles");
        RegexDetector { re }
    }

    /// Findings as `(kind, start, end)`.
    pub fn find_all(&self, hay: &[u8]) -> Vec<(Kind, usize, usize)> {
        let mut out = Vec::new();
        for m in self.re.find_iter(hay) {
            let bytes = m.as_bytes();
            if bytes.contains(&b'@') {
                out.push((Kind::Email, m.start(), m.end()));
                continue;
            }
            let digits: Vec<u8> = bytes
                .iter()
                .filter(|b| b.is_ascii_digit())
                .map(|b| b - b'0')
                .collect();
            let cardish = bytes[0].is_ascii_digit() && (12..=19).contains(&digits.len());
            if cardish && luhn::is_valid(&digits) && card::network(&digits).is_some() {
                out.push((Kind::Card, m.start(), m.end()));
            } else if (7..=15).contains(&digits.len()) {
                out.push((Kind::Phone, m.start(), m.end()));
            }
        }
        out
    }
}
