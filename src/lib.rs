//! pii-proxy finds payment card numbers, email addresses and phone numbers
//! in request bodies and masks them before they reach a ticket or chat
//! platform.
//!
//! The library is layered (dependencies point down):
//!
//! * [`detect`]: the matcher core, `&[u8]` in, [`detect::Finding`]s out.
//! * [`redact`]: masking policies applied to findings.
//! * [`stream`]: [`stream::StreamRedactor`], redaction of a body as it
//!   arrives in chunks, with bounded memory.
//! * [`format`]: body formats (JSON, form, multipart, text) and content
//!   codings (gzip, deflate): [`format::BodyRedactor`].
//! * [`proxy`]: the reverse proxy, its admin listener; [`config`] its
//!   configuration file, [`telemetry`] its metrics, [`audit`] its trail.
//!
//! ```
//! use pii_proxy::detect::{Detector, Kind};
//! use pii_proxy::redact::Redactor;
//!
//! let body = b"card 4111 1111 1111 1111, mail jane@example.com";
//! let kinds: Vec<Kind> = Detector::new().find_iter(body).map(|f| f.kind).collect();
//! assert_eq!(kinds, [Kind::Card, Kind::Email]);
//!
//! let masked = Redactor::default().redact_to_vec(body);
//! assert_eq!(masked, b"card **** **** **** 1111, mail ****@***********".to_vec());
//! ```
#![deny(missing_docs)]

pub mod audit;
pub mod batch;
pub mod cli;
pub mod config;
pub mod detect;
pub mod format;
pub mod log_fields;
pub mod proxy;
pub mod redact;
pub mod stream;
pub mod telemetry;

/// Deterministic pseudo-random numbers for unit tests that build many
/// inputs, so that a failure names an input that comes back on the next run.
#[cfg(test)]
pub(crate) struct TestRandom(u64);

#[cfg(test)]
impl TestRandom {
    /// A sequence that starts from `seed` (not zero).
    pub(crate) fn new(seed: u64) -> Self {
        TestRandom(seed)
    }

    /// The next 64 bits (xorshift64).
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}
