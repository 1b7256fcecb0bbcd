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
pub mod cli;
pub mod config;
pub mod detect;
pub mod format;
pub mod proxy;
pub mod redact;
pub mod stream;
pub mod telemetry;
