//! Masking policies applied to findings.
//!
//! The default, [`Action::Mask`], keeps the output the same length as the
//! input, so a proxy can forward `Content-Length` unchanged: every masked
//! character becomes `*` *byte for byte*, including every byte of an escape
//! (`\u0034` becomes `******`), so a mask never leaves half an escape and
//! stays legal inside a JSON string or a form value. Separators, `+`,
//! parentheses and `@` are kept, so the shape of what was there stays
//! readable and re-redacting the output changes nothing.
//!
//! The other actions change the length: a label (`[EMAIL]`), removal, or a
//! keyed token (`[card:3f9a…]`, HMAC-SHA-256 of the normalized value under a
//! secret key, so the same card gives the same token without revealing it).

pub mod allow;
pub mod fields;

use std::sync::Arc;

use hmac::{Hmac, Mac};
use sha2::Sha256;

pub use allow::AllowList;
pub use fields::{FieldAction, FieldRules};

use crate::detect::text::{RawText, Text};
use crate::detect::{Detector, Finding, Kind};

/// How many passes a redaction makes: one that detects and masks, then
/// re-checks of the masked output.
///
/// Masking changes what surrounds other candidates: a number glued to an
/// address (`…@example.com+33 6 12 34 56 78`) or one whose following group
/// was a later card stands on its own once the neighbour is masked. The
/// verifiers already read masks as the characters they hid where they can,
/// but not every case can be decided in one left-to-right pass. Re-check
/// passes verify only anchors near a mask, so on text with few findings
/// they cost little more than the prefilter; they make a second redaction
/// of the output find nothing in all but contrived inputs.
pub const PASSES: usize = 3;

/// The byte a masked character becomes.
pub const MASK_BYTE: u8 = b'*';

/// What to do with a finding of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Action {
    /// Same-length mask. Cards keep their last four digits; emails keep
    /// the `@`; phones keep separators. Every other character becomes `*`.
    #[default]
    Mask,
    /// Cards only: keep the first six and last four digits, as Zendesk's
    /// automatic redaction does; for other kinds the same as `Mask`.
    MaskKeepFirstSixLastFour,
    /// Every byte becomes `*`.
    MaskAll,
    /// Replace the value with `[CARD]`, `[EMAIL]` or `[PHONE]`.
    Label,
    /// Remove the value.
    Remove,
    /// Replace the value with a keyed token, `[kind:16 hex digits]`.
    Token,
    /// Leave the value as it is (detect and count only).
    Keep,
}

impl Action {
    /// Parses a policy name as accepted on the command line.
    pub fn from_name(name: &str) -> Option<Action> {
        Some(match name {
            "mask" => Action::Mask,
            "mask-first6-last4" => Action::MaskKeepFirstSixLastFour,
            "mask-all" => Action::MaskAll,
            "label" => Action::Label,
            "remove" => Action::Remove,
            "token" => Action::Token,
            "keep" => Action::Keep,
            _ => return None,
        })
    }

    /// The name [`from_name`](Self::from_name) parses.
    pub fn name(self) -> &'static str {
        match self {
            Action::Mask => "mask",
            Action::MaskKeepFirstSixLastFour => "mask-first6-last4",
            Action::MaskAll => "mask-all",
            Action::Label => "label",
            Action::Remove => "remove",
            Action::Token => "token",
            Action::Keep => "keep",
        }
    }

    /// Whether the action keeps the output the same length as the input.
    pub fn keeps_length(self) -> bool {
        matches!(
            self,
            Action::Mask | Action::MaskKeepFirstSixLastFour | Action::MaskAll | Action::Keep
        )
    }
}

/// The action for each kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Policy {
    /// For cards.
    pub card: Action,
    /// For emails.
    pub email: Action,
    /// For phones.
    pub phone: Action,
}

impl Policy {
    /// The action for `kind`.
    pub fn action(&self, kind: Kind) -> Action {
        match kind {
            Kind::Card => self.card,
            Kind::Email => self.email,
            Kind::Phone => self.phone,
        }
    }

    /// Whether every action keeps the output length.
    pub fn keeps_length(&self) -> bool {
        Kind::ALL.iter().all(|&k| self.action(k).keeps_length())
    }
}

/// Errors building a [`Redactor`].
#[derive(Debug, thiserror::Error)]
pub enum RedactError {
    /// A token policy was chosen but no key was given.
    #[error("the token action needs a key (set PII_PROXY_TOKEN_KEY or pass --token-key-file)")]
    MissingTokenKey,
    /// The key is too short to be a secret.
    #[error("the token key must be at least 16 bytes")]
    WeakTokenKey,
}

/// A secret key for [`Action::Token`]. Its `Debug` output hides the bytes.
#[derive(Clone)]
pub struct TokenKey(Vec<u8>);

impl TokenKey {
    /// A key from raw bytes (surrounding whitespace trimmed, as keys are
    /// usually kept in files or variables with a newline).
    ///
    /// # Errors
    /// [`RedactError::WeakTokenKey`] below 16 bytes.
    pub fn new(bytes: &[u8]) -> Result<Self, RedactError> {
        let trimmed = bytes.trim_ascii();
        if trimmed.len() < 16 {
            return Err(RedactError::WeakTokenKey);
        }
        Ok(TokenKey(trimmed.to_vec()))
    }
}

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TokenKey({} bytes)", self.0.len())
    }
}

/// What became of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// The policy's action for its kind was applied.
    Policy,
    /// It matched the allow list and was kept as written.
    Allowed,
    /// It stood where values are kept as written: a JSON key, or a field
    /// a rule keeps.
    Kept,
    /// It stood in a field a rule masks whole.
    FieldMasked,
}

impl Disposition {
    /// Every disposition, in index order.
    pub const ALL: [Disposition; 4] = [
        Disposition::Policy,
        Disposition::Allowed,
        Disposition::Kept,
        Disposition::FieldMasked,
    ];
}

/// Findings by kind and by what became of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally([[u64; 4]; 3]);

impl Tally {
    /// Counts one finding.
    pub fn add(&mut self, kind: Kind, disposition: Disposition) {
        self.add_n(kind, disposition, 1);
    }

    /// Counts `n` findings.
    pub fn add_n(&mut self, kind: Kind, disposition: Disposition, n: u64) {
        self.0[kind as usize][disposition as usize] += n;
    }

    /// Findings of `kind` with `disposition`.
    pub fn get(&self, kind: Kind, disposition: Disposition) -> u64 {
        self.0[kind as usize][disposition as usize]
    }

    /// Findings of `kind`, whatever became of them.
    pub fn found(&self, kind: Kind) -> u64 {
        self.0[kind as usize].iter().sum()
    }

    /// Findings by kind: card, email, phone.
    pub fn by_kind(&self) -> [u64; 3] {
        [
            self.found(Kind::Card),
            self.found(Kind::Email),
            self.found(Kind::Phone),
        ]
    }

    /// Adds another tally to this one.
    pub fn merge(&mut self, other: &Tally) {
        for (a, b) in self.0.iter_mut().flatten().zip(other.0.iter().flatten()) {
            *a += b;
        }
    }
}

/// Detects and masks: a [`Detector`] plus a [`Policy`], an allow list and
/// JSON field rules.
#[derive(Clone, Debug, Default)]
pub struct Redactor {
    detector: Detector,
    policy: Policy,
    token_key: Option<TokenKey>,
    allow: Option<Arc<AllowList>>,
    fields: Arc<FieldRules>,
}

impl Redactor {
    /// A redactor with the given detector and policy.
    ///
    /// # Errors
    /// [`RedactError::MissingTokenKey`] if the policy tokenizes and no key
    /// is given.
    pub fn new(
        detector: Detector,
        policy: Policy,
        token_key: Option<TokenKey>,
    ) -> Result<Self, RedactError> {
        let tokenizes = Kind::ALL.iter().any(|&k| policy.action(k) == Action::Token);
        if tokenizes && token_key.is_none() {
            return Err(RedactError::MissingTokenKey);
        }
        Ok(Redactor {
            detector,
            policy,
            token_key,
            allow: None,
            fields: Arc::default(),
        })
    }

    /// The same redactor, keeping findings the list allows as written.
    pub fn with_allow_list(mut self, allow: AllowList) -> Self {
        self.allow = (!allow.is_empty()).then(|| Arc::new(allow));
        self
    }

    /// The same redactor with rules for the fields of JSON bodies.
    pub fn with_field_rules(mut self, rules: FieldRules) -> Self {
        self.fields = Arc::new(rules);
        self
    }

    /// The rules for the fields of JSON bodies.
    pub fn field_rules(&self) -> &Arc<FieldRules> {
        &self.fields
    }

    /// The same policy and key with another detector.
    pub fn with_detector(mut self, detector: Detector) -> Self {
        self.detector = detector;
        self
    }

    /// The detector.
    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// The policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Detects and masks all of `hay`.
    pub fn redact_to_vec(&self, hay: &[u8]) -> Vec<u8> {
        let mut out = self.one_pass(hay);
        let recheck = self.recheck();
        for _ in 1..PASSES {
            out = recheck.one_pass(&out);
        }
        out
    }

    fn one_pass(&self, hay: &[u8]) -> Vec<u8> {
        let findings: Vec<Finding> = self.detector.find_iter(hay).collect();
        let mut out = Vec::with_capacity(hay.len());
        self.apply(hay, &findings, &mut out);
        out
    }

    /// The redactor of the re-check passes: the same policy, verifying only
    /// near masks.
    pub fn recheck(&self) -> Redactor {
        let detector = self.detector.to_builder().near_masks_only(true).build();
        self.clone().with_detector(detector)
    }

    /// Writes `hay` to `out` with `findings` (sorted, disjoint, within
    /// `hay`) masked.
    pub fn apply(&self, hay: &[u8], findings: &[Finding], out: &mut Vec<u8>) {
        let mut at = 0;
        for f in findings {
            out.extend_from_slice(&hay[at..f.start]);
            let _ = self.apply_one(hay, *f, out);
            at = f.end;
        }
        out.extend_from_slice(&hay[at..]);
    }

    fn text<'h>(&self, hay: &'h [u8]) -> RawText<'h> {
        RawText::with_plus_as_space(hay, self.detector.plus_is_space())
    }

    /// Writes the replacement for one finding, and says whether the
    /// policy applied or the allow list kept it.
    pub fn apply_one(&self, hay: &[u8], f: Finding, out: &mut Vec<u8>) -> Disposition {
        if self.allows(hay, f) {
            out.extend_from_slice(&hay[f.start..f.end]);
            return Disposition::Allowed;
        }
        self.apply_policy(hay, f, out);
        Disposition::Policy
    }

    /// Whether the allow list keeps finding `f` of `hay` as written.
    pub fn allows(&self, hay: &[u8], f: Finding) -> bool {
        let Some(allow) = &self.allow else {
            return false;
        };
        let mut value = Vec::new();
        normalized(&self.text(hay), f, &mut value);
        allow.allows(f.kind, &value)
    }

    /// Writes the policy's replacement for one finding, allowed or not.
    pub(crate) fn apply_policy(&self, hay: &[u8], f: Finding, out: &mut Vec<u8>) {
        let raw = &hay[f.start..f.end];
        match self.policy.action(f.kind) {
            Action::Keep => out.extend_from_slice(raw),
            Action::MaskAll => out.extend(std::iter::repeat_n(MASK_BYTE, raw.len())),
            Action::Label => out.extend_from_slice(label(f.kind)),
            Action::Remove => {}
            Action::Token => match &self.token_key {
                Some(key) => write_token(key, self.text(hay), f, out),
                // `new` refuses a token policy without a key; mask in full
                // rather than ever pass a value through.
                None => out.extend(std::iter::repeat_n(MASK_BYTE, raw.len())),
            },
            action @ (Action::Mask | Action::MaskKeepFirstSixLastFour) => {
                let keep_first_six =
                    action == Action::MaskKeepFirstSixLastFour && f.kind == Kind::Card;
                mask_in_place(self.text(hay), f, keep_first_six, out)
            }
        }
    }
}

/// The finding's value as allow lists and tokens compare it: digits only
/// for cards and phones, ASCII lower case for emails, escapes decoded.
fn normalized(text: &RawText<'_>, f: Finding, out: &mut Vec<u8>) {
    let mut pos = f.start;
    while pos < f.end {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        match f.kind {
            Kind::Card | Kind::Phone if c.is_ascii_digit() => out.push(c),
            Kind::Email => out.push(c.to_ascii_lowercase()),
            _ => {}
        }
        pos = next;
    }
}

fn label(kind: Kind) -> &'static [u8] {
    match kind {
        Kind::Card => b"[CARD]",
        Kind::Email => b"[EMAIL]",
        Kind::Phone => b"[PHONE]",
    }
}

/// The same-length mask: walks the finding's logical characters and masks
/// each one's raw bytes, or copies them.
fn mask_in_place(text: RawText<'_>, f: Finding, keep_first_six: bool, out: &mut Vec<u8>) {
    let hay = text.bytes();
    let raw = &hay[f.start..f.end];
    // (`0xEF` leads a full-width digit, `0xD9` and `0xDB` an Arabic-Indic
    // one.)
    if memchr::memchr3(b'%', b'\\', b'&', raw).is_none()
        && memchr::memchr3(0xEF, 0xD9, 0xDB, raw).is_none()
    {
        mask_unescaped(raw, f.kind, keep_first_six, out);
    } else {
        mask_by_characters(text, f, keep_first_six, out);
    }
}

/// [`mask_in_place`] through the finding's logical characters, escapes
/// decoded.
fn mask_by_characters(text: RawText<'_>, f: Finding, keep_first_six: bool, out: &mut Vec<u8>) {
    let hay = text.bytes();
    let digit_count = if f.kind == Kind::Card {
        count_digits(&text, f)
    } else {
        0
    };
    let mut digit_index = 0;
    // Copy the value, then mask it where it stands: one copy, and a byte
    // store per masked byte, rather than a growing write per character.
    let written = out.len();
    out.extend_from_slice(&hay[f.start..f.end]);
    let value = &mut out[written..];
    let mut pos = f.start;
    while pos < f.end {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        let keep = match f.kind {
            Kind::Card => {
                let keep = !c.is_ascii_digit()
                    || digit_index + 4 >= digit_count
                    || (keep_first_six && digit_index < 6);
                digit_index += usize::from(c.is_ascii_digit());
                keep
            }
            Kind::Phone => !c.is_ascii_digit(),
            Kind::Email => c == b'@',
        };
        if !keep {
            let masked = &mut value[pos - f.start..next.min(f.end) - f.start];
            // Mostly one byte: a store, where `fill` calls memset.
            if let [only] = masked {
                *only = MASK_BYTE;
            } else {
                masked.fill(MASK_BYTE);
            }
        }
        pos = next;
    }
}

/// [`mask_in_place`] for a value without escapes or full-width digits,
/// the common case, byte by byte: every other character it reads (a wide
/// space or dash, a `+` read as a space) is kept or masked as its bytes
/// are, none of which is a digit or an `@`.
fn mask_unescaped(raw: &[u8], kind: Kind, keep_first_six: bool, out: &mut Vec<u8>) {
    let written = out.len();
    out.extend_from_slice(raw);
    let value = &mut out[written..];
    match kind {
        Kind::Phone => {
            for b in value.iter_mut().filter(|b| b.is_ascii_digit()) {
                *b = MASK_BYTE;
            }
        }
        Kind::Email => {
            for b in value.iter_mut().filter(|b| **b != b'@') {
                *b = MASK_BYTE;
            }
        }
        Kind::Card => {
            let digit_count = raw.iter().filter(|b| b.is_ascii_digit()).count();
            let masked = (if keep_first_six { 6 } else { 0 })..digit_count.saturating_sub(4);
            for (i, b) in value.iter_mut().filter(|b| b.is_ascii_digit()).enumerate() {
                if masked.contains(&i) {
                    *b = MASK_BYTE;
                }
            }
        }
    }
}

fn count_digits(text: &RawText<'_>, f: Finding) -> usize {
    let mut n = 0;
    let mut pos = f.start;
    while pos < f.end {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        n += usize::from(c.is_ascii_digit());
        pos = next;
    }
    n
}

/// `[kind:` + the first 16 hex digits of HMAC-SHA-256(key, kind ‖ 0 ‖
/// normalized value) + `]`. The value is normalized (digits only for cards
/// and phones, lowercase for emails) so that the same value written
/// differently gives the same token.
fn write_token(key: &TokenKey, text: RawText<'_>, f: Finding, out: &mut Vec<u8>) {
    let kind = f.kind;
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key.0) else {
        out.extend(std::iter::repeat_n(MASK_BYTE, f.end - f.start));
        return;
    };
    mac.update(kind.name().as_bytes());
    mac.update(&[0]);
    let mut value = Vec::with_capacity(f.end - f.start);
    normalized(&text, f, &mut value);
    mac.update(&value);
    let digest = mac.finalize().into_bytes();
    out.push(b'[');
    out.extend_from_slice(kind.name().as_bytes());
    out.push(b':');
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in &digest[..8] {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    out.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(policy: Policy, s: &str) -> String {
        let key = TokenKey::new(b"0123456789abcdef-test-key").ok();
        let r = Redactor::new(Detector::new(), policy, key).unwrap();
        String::from_utf8(r.redact_to_vec(s.as_bytes())).unwrap()
    }

    fn all(action: Action) -> Policy {
        Policy {
            card: action,
            email: action,
            phone: action,
        }
    }

    #[test]
    fn default_mask_keeps_length_and_shape() {
        let s = "card 4111-1111-1111-1111 mail Jane.Doe@example.com tel +1 (415) 555-0132";
        let out = redact(Policy::default(), s);
        assert_eq!(
            out,
            "card ****-****-****-1111 mail ********@*********** tel +* (***) ***-****"
        );
    }

    #[test]
    fn first_six_last_four() {
        let p = Policy {
            card: Action::MaskKeepFirstSixLastFour,
            ..Policy::default()
        };
        assert_eq!(redact(p, "4111 1111 1111 1111"), "4111 11** **** 1111");
    }

    #[test]
    fn values_without_escapes_are_masked_as_their_characters_are() {
        let values = [
            "4111 1111 1111 1111",
            "4111\u{a0}1111\u{2013}1111-1111",
            "378282246310005",
            "+33\u{202f}6 12 34 56 78",
            "+1+(415)+555-0132",
            "jöns.ü@bücher.example",
            "a+b@x.io",
        ];
        for value in values {
            for plus_is_space in [false, true] {
                let text = RawText::with_plus_as_space(value.as_bytes(), plus_is_space);
                for kind in [Kind::Card, Kind::Email, Kind::Phone] {
                    for keep_first_six in [false, true] {
                        let f = Finding {
                            kind,
                            start: 0,
                            end: value.len(),
                        };
                        let (mut fast, mut walked) = (Vec::new(), Vec::new());
                        mask_unescaped(value.as_bytes(), kind, keep_first_six, &mut fast);
                        mask_by_characters(text, f, keep_first_six, &mut walked);
                        assert_eq!(fast, walked, "{value} {kind:?} {keep_first_six}");
                    }
                }
            }
        }
    }

    #[test]
    fn escapes_are_masked_whole() {
        let s = r#"{"t":"\u0034111111111111111 jane\u0040example.com"}"#;
        let out = redact(Policy::default(), s);
        assert_eq!(
            out,
            r#"{"t":"*****************1111 ****\u0040***********"}"#
        );
        assert_eq!(out.len(), s.len());
    }

    #[test]
    fn labels_remove_and_tokens() {
        assert_eq!(
            redact(all(Action::Label), "a jane@example.com b"),
            "a [EMAIL] b"
        );
        assert_eq!(redact(all(Action::Remove), "a jane@example.com b"), "a  b");
        let t1 = redact(all(Action::Token), "4111 1111 1111 1111");
        let t2 = redact(all(Action::Token), "4111111111111111");
        assert_eq!(t1, t2, "the token is of the normalized value");
        assert!(
            t1.starts_with("[card:") && t1.len() == "[card:]".len() + 16,
            "{t1}"
        );
        assert!(!t1.contains("4111"));
    }

    #[test]
    fn token_policy_needs_a_key() {
        let err = Redactor::new(Detector::new(), all(Action::Token), None).unwrap_err();
        assert!(matches!(err, RedactError::MissingTokenKey));
        assert!(TokenKey::new(b"short").is_err());
        assert_eq!(
            format!("{:?}", TokenKey::new(b"0123456789abcdefXYZ").unwrap()),
            "TokenKey(19 bytes)"
        );
    }
}
