//! Allow lists: values that are found but left as written.
//!
//! An ingestion endpoint carries values that are not customers' data: the
//! company's own support address, the public test cards its developers
//! paste into tickets, a hotline number. Each entry is compared with the
//! finding's *normalized* value — digits only for cards and phones, the
//! address in ASCII lower case for emails — so that `4111 1111 1111 1111`
//! and `4111111111111111`, or `Support@Acme.example` and
//! `support@acme.example`, are the same entry.
//!
//! Entries can be given as SHA-256 digests of the normalized value (hex),
//! so the list itself holds no personal data:
//! `printf '%s' 4111111111111111 | sha256sum`.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use crate::detect::Kind;

/// Card numbers that payment processors publish for testing; never a real
/// customer's card. Allowed only when asked for.
pub const PUBLIC_TEST_CARDS: &[&str] = &[
    "4111111111111111",
    "4242424242424242",
    "4012888888881881",
    "4222222222222",
    "4000056655665556",
    "4000000000000002",
    "4000000000000077",
    "4444333322221111",
    "4917610000000000",
    "5555555555554444",
    "5105105105105100",
    "5200828282828210",
    "5454545454545454",
    "5500000000000004",
    "2223003122003222",
    "2221000000000009",
    "378282246310005",
    "371449635398431",
    "378734493671000",
    "6011111111111117",
    "6011000990139424",
    "6011981111111113",
    "30569309025904",
    "38520000023237",
    "36227206271667",
    "3530111333300000",
    "3566002020360505",
    "3566111111111113",
    "6200000000000005",
    "6200000000000047",
    "6759649826438453",
];

/// Why an allow-list entry was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllowError {
    /// A digest that is not 64 hex digits.
    #[error("allow-list digest #{0} is not 64 hex digits (SHA-256)")]
    BadDigest(usize),
    /// An entry that normalizes to nothing (no digits, no address).
    #[error("allow-list value #{0} is neither an email address nor a number")]
    EmptyValue(usize),
    /// A domain that is empty or holds an `@`.
    #[error("allow-list email domain #{0} is not a domain name")]
    BadDomain(usize),
}

/// Values, digests and email domains that findings may match to be kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AllowList {
    /// Normalized emails, and digit strings (cards and phones alike).
    values: HashSet<Vec<u8>>,
    digests: HashSet<[u8; 32]>,
    /// Lower-case domains; subdomains match too.
    email_domains: Vec<Vec<u8>>,
    /// Digit strings again, for phones written with or without their
    /// country code or trunk prefix.
    numbers: Vec<Vec<u8>>,
}

/// Fewest digits two phone numbers must share at their end to be the
/// same number written nationally and internationally.
const MIN_PHONE_SUFFIX: usize = 8;

impl AllowList {
    /// An empty list: nothing is allowed.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds exact values, as they may be written (`+1 415 555 0100`).
    ///
    /// # Errors
    /// A value with neither an `@` nor a digit.
    pub fn add_values<S: AsRef<str>>(&mut self, values: &[S]) -> Result<(), AllowError> {
        for (i, v) in values.iter().enumerate() {
            let v = v.as_ref().trim();
            let normalized = if v.contains('@') {
                v.to_ascii_lowercase().into_bytes()
            } else {
                v.bytes().filter(u8::is_ascii_digit).collect()
            };
            if normalized.is_empty() {
                return Err(AllowError::EmptyValue(i));
            }
            if !v.contains('@') {
                self.numbers.push(normalized.clone());
            }
            self.values.insert(normalized);
        }
        Ok(())
    }

    /// Adds SHA-256 digests (hex) of normalized values.
    ///
    /// # Errors
    /// A digest that is not 64 hex digits.
    pub fn add_digests<S: AsRef<str>>(&mut self, digests: &[S]) -> Result<(), AllowError> {
        for (i, d) in digests.iter().enumerate() {
            let hex = d.as_ref().trim().as_bytes();
            let mut digest = [0u8; 32];
            if hex.len() != 64 {
                return Err(AllowError::BadDigest(i));
            }
            for (byte, pair) in digest.iter_mut().zip(hex.chunks_exact(2)) {
                let nibble = |c: u8| (c as char).to_digit(16);
                match (nibble(pair[0]), nibble(pair[1])) {
                    (Some(hi), Some(lo)) => *byte = (hi << 4 | lo) as u8,
                    _ => return Err(AllowError::BadDigest(i)),
                }
            }
            self.digests.insert(digest);
        }
        Ok(())
    }

    /// Allows every address at these domains and their subdomains.
    ///
    /// # Errors
    /// An empty domain or one holding an `@`.
    pub fn add_email_domains<S: AsRef<str>>(&mut self, domains: &[S]) -> Result<(), AllowError> {
        for (i, d) in domains.iter().enumerate() {
            let d = d.as_ref().trim().trim_start_matches('.');
            if d.is_empty() || d.contains('@') {
                return Err(AllowError::BadDomain(i));
            }
            self.email_domains.push(d.to_ascii_lowercase().into_bytes());
        }
        Ok(())
    }

    /// Allows the [`PUBLIC_TEST_CARDS`].
    pub fn add_public_test_cards(&mut self) {
        for card in PUBLIC_TEST_CARDS {
            self.values.insert(card.as_bytes().to_vec());
        }
    }

    /// Whether nothing is allowed.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.digests.is_empty() && self.email_domains.is_empty()
    }

    /// Whether a finding of `kind` with this normalized value is allowed.
    pub fn allows(&self, kind: Kind, normalized: &[u8]) -> bool {
        if self.values.contains(normalized) {
            return true;
        }
        if kind == Kind::Email && self.allows_domain(normalized) {
            return true;
        }
        if kind == Kind::Phone && self.allows_phone(normalized) {
            return true;
        }
        if !self.digests.is_empty() {
            let digest: [u8; 32] = Sha256::digest(normalized).into();
            return self.digests.contains(&digest);
        }
        false
    }

    /// `+1 415 555 0100` allows `(415) 555-0100`, and `+44 20 7946 0000`
    /// allows `020 7946 0000`: the shorter, trunk `0` dropped, ends the
    /// longer.
    fn allows_phone(&self, digits: &[u8]) -> bool {
        let national = |d: &[u8]| -> Vec<u8> {
            let start = d.iter().position(|&b| b != b'0').unwrap_or(d.len());
            d[start..].to_vec()
        };
        let n = national(digits);
        self.numbers.iter().any(|v| {
            let v = national(v);
            let (short, long) = if v.len() <= n.len() {
                (&v, &n)
            } else {
                (&n, &v)
            };
            short.len() >= MIN_PHONE_SUFFIX && long.ends_with(short)
        })
    }

    fn allows_domain(&self, email: &[u8]) -> bool {
        let Some(at) = email.iter().rposition(|&b| b == b'@') else {
            return false;
        };
        let domain = &email[at + 1..];
        self.email_domains.iter().any(|d| {
            domain == d.as_slice()
                || (domain.len() > d.len()
                    && domain.ends_with(d)
                    && domain[domain.len() - d.len() - 1] == b'.')
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_digests_domains_and_test_cards() {
        let mut a = AllowList::new();
        a.add_values(&["Support@Acme.example", "+1 (415) 555-0100"])
            .unwrap();
        let digest = format!("{:x}", Sha256::digest(b"5555555555554444"));
        a.add_digests(&[digest]).unwrap();
        a.add_email_domains(&["acme.example"]).unwrap();
        assert!(a.allows(Kind::Email, b"support@acme.example"));
        assert!(a.allows(Kind::Phone, b"14155550100"));
        assert!(a.allows(Kind::Phone, b"4155550100"), "written nationally");
        assert!(!a.allows(Kind::Phone, b"4155550199"));
        assert!(!a.allows(Kind::Phone, b"5550100"), "too short to tell");
        assert!(a.allows(Kind::Card, b"5555555555554444"));
        assert!(a.allows(Kind::Email, b"jane@eu.acme.example"));
        assert!(!a.allows(Kind::Email, b"jane@notacme.example"));
        assert!(!a.allows(Kind::Card, b"4111111111111111"));
        a.add_public_test_cards();
        assert!(a.allows(Kind::Card, b"4111111111111111"));
    }

    #[test]
    fn public_test_cards_are_valid_cards() {
        for card in PUBLIC_TEST_CARDS {
            assert!(
                crate::detect::Detector::new()
                    .find_iter(card.as_bytes())
                    .any(|f| f.kind == Kind::Card && f.end - f.start == card.len()),
                "test card #{} is not detected as a card",
                PUBLIC_TEST_CARDS
                    .iter()
                    .position(|c| c == card)
                    .unwrap_or(0)
            );
        }
    }

    #[test]
    fn bad_entries_are_refused() {
        let mut a = AllowList::new();
        assert_eq!(a.add_values(&["n/a"]), Err(AllowError::EmptyValue(0)));
        assert_eq!(a.add_digests(&["abc"]), Err(AllowError::BadDigest(0)));
        assert_eq!(
            a.add_digests(&["z".repeat(64)]),
            Err(AllowError::BadDigest(0))
        );
        assert_eq!(
            a.add_email_domains(&["", "x"]),
            Err(AllowError::BadDomain(0))
        );
    }
}
