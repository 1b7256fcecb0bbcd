//! Following JSON as it streams, to know whether a finding is in a key, a
//! string value or a bare number.
//!
//! The detectors already read string contents through their escapes
//! (`\u0040`, `\u0034`, `\n` …) and stop at quotes, commas and colons, so a
//! finding never crosses a string's edge and masks stay inside the string:
//! valid JSON in gives valid JSON out. What the structure adds is the
//! context of each finding: keys are kept (they name fields, they do not
//! hold customer data), and a card written as a bare number is masked into
//! another valid number (see [`crate::stream::Context::Number`]).
//!
//! Without field rules the structure is followed by [`structure`]'s
//! table-driven automaton; with rules, by a byte-level state machine that
//! also reads keys. Both keep a bounded container stack and skip string
//! contents, the bulk of a ticket body, in bulk. On anything that is not
//! JSON they stop tracking and report every position as text: malformed
//! JSON is still scanned, as raw text.

use std::sync::Arc;

use crate::redact::fields::{FieldAction, FieldRules, FieldScope, MAX_KEY};
use crate::stream::{Context, Shaper};

mod structure;
use structure::Structure;

/// Deepest nesting tracked; deeper documents fall back to raw scanning.
const MAX_DEPTH: usize = 512;

/// Longest raw key kept for matching rules: every character escaped.
const MAX_RAW_KEY: usize = MAX_KEY * crate::detect::text::MAX_ESCAPE_LEN;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// A value may start (after `[`, `:`, `,` in an array, or at the top).
    Value,
    /// After `{`: a key or `}`.
    KeyOrClose,
    /// After `,` in an object: a key.
    Key,
    /// After a key: `:`.
    Colon,
    /// After a value: `,` or a closing bracket.
    CommaOrClose,
    /// Inside a string; `key` says whether it is an object key.
    Str { key: bool },
    /// After a backslash inside a string.
    Escape { key: bool },
    /// Inside a number.
    Number,
    /// Inside `true`, `false` or `null`.
    Literal,
    /// Not JSON: everything is text from here on.
    Broken,
}

/// Tracks JSON structure for a [`crate::stream::StreamRedactor`], and
/// applies [`FieldRules`]: values of kept fields are written as they are,
/// values of masked fields are masked whole.
///
/// Without rules it only follows the structure, with the lean
/// [`Structure`]; with rules, the [`FieldTracker`] follows it byte by byte
/// with the keys and scopes the rules need.
#[derive(Clone, Debug)]
pub struct JsonShaper(Follower);

#[derive(Clone, Debug)]
enum Follower {
    Structure(Structure),
    Fields(FieldTracker),
}

impl Default for JsonShaper {
    fn default() -> Self {
        Self::with_rules(Arc::default())
    }
}

impl JsonShaper {
    /// A shaper applying `rules` to the fields of the document.
    pub fn with_rules(rules: Arc<FieldRules>) -> Self {
        JsonShaper(if rules.is_empty() {
            Follower::Structure(Structure::default())
        } else {
            Follower::Fields(FieldTracker::with_rules(rules))
        })
    }

    /// Whether the input so far was not JSON (and is scanned as text).
    pub fn is_broken(&self) -> bool {
        match &self.0 {
            Follower::Structure(s) => s.is_broken(),
            Follower::Fields(f) => f.is_broken(),
        }
    }
}

impl Shaper for JsonShaper {
    fn observe(&mut self, bytes: &[u8]) {
        match &mut self.0 {
            Follower::Structure(s) => s.follow(bytes),
            Follower::Fields(f) => f.observe(bytes),
        }
    }

    fn write(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        match &mut self.0 {
            Follower::Structure(s) => {
                out.extend_from_slice(bytes);
                s.follow(bytes);
            }
            Follower::Fields(f) => f.write(bytes, out),
        }
    }

    /// Without field rules the state is only the document's structure,
    /// which same-length masks (inside strings, digits for digits) keep.
    fn shareable(&self) -> bool {
        matches!(self.0, Follower::Structure(_))
    }

    fn context(&self) -> Context {
        match &self.0 {
            Follower::Structure(s) => s.context(),
            Follower::Fields(f) => f.context(),
        }
    }
}

/// Follows JSON byte by byte and applies field rules. Without rules it
/// reads the same grammar as [`Structure`], the reference that one is
/// tested against.
#[derive(Clone, Debug)]
struct FieldTracker {
    state: State,
    /// Open containers, `{` or `[`.
    stack: Vec<u8>,
    rules: Arc<FieldRules>,
    /// Whether rules are tracked at all (there are some).
    tracking: bool,
    /// The field scope of each open container (when tracking).
    scopes: Vec<FieldScope>,
    /// The scope of the value after the last key read.
    keyed: FieldScope,
    /// The action for the string or number being read.
    scalar: FieldAction,
    /// Whether the next digit of a masked number is its first.
    first_digit: bool,
    /// The raw bytes of the key being read, up to [`MAX_RAW_KEY`].
    key: Vec<u8>,
    key_overflow: bool,
}

impl FieldTracker {
    fn with_rules(rules: Arc<FieldRules>) -> Self {
        let root = rules.root();
        FieldTracker {
            state: State::Value,
            stack: Vec::new(),
            tracking: !rules.is_empty(),
            rules,
            scopes: Vec::new(),
            keyed: root,
            scalar: FieldAction::Scan,
            first_digit: false,
            key: Vec::new(),
            key_overflow: false,
        }
    }

    fn is_broken(&self) -> bool {
        self.state == State::Broken
    }

    /// The scope of a value starting now.
    fn value_scope(&self) -> FieldScope {
        match (self.stack.last(), self.scopes.last()) {
            (Some(b'{'), _) => self.keyed,
            (Some(_), Some(scope)) => *scope,
            _ => self.rules.root(),
        }
    }

    fn after_value(&mut self) -> State {
        if self.stack.is_empty() {
            // Top level: another document may follow (NDJSON).
            State::Value
        } else {
            State::CommaOrClose
        }
    }

    // Once per container, not per byte: kept out of `step`.
    #[inline(never)]
    fn close(&mut self, b: u8) -> State {
        let want = if b == b'}' { b'{' } else { b'[' };
        if self.stack.pop() == Some(want) {
            if self.tracking {
                self.scopes.pop();
            }
            self.after_value()
        } else {
            State::Broken
        }
    }

    // Once per container, not per byte: kept out of `step`.
    #[inline(never)]
    fn open(&mut self, b: u8) -> State {
        if self.stack.len() == MAX_DEPTH {
            return State::Broken;
        }
        if self.tracking {
            let scope = self.value_scope();
            self.scopes.push(scope);
        }
        self.stack.push(b);
        if b == b'{' {
            State::KeyOrClose
        } else {
            State::Value
        }
    }

    fn start_scalar(&mut self) {
        if self.tracking {
            self.scalar = self.value_scope().action;
            self.first_digit = true;
        }
    }

    fn start_key(&mut self) -> State {
        self.key.clear();
        self.key_overflow = false;
        State::Str { key: true }
    }

    fn end_key(&mut self) -> State {
        if self.tracking {
            self.enter_key();
        }
        State::Colon
    }

    /// Finds the scope of the key just read, for field rules.
    #[inline(never)]
    fn enter_key(&mut self) {
        let parent = self
            .scopes
            .last()
            .copied()
            .unwrap_or_else(|| self.rules.root());
        let key = (!self.key_overflow)
            .then(|| unescape_key(&self.key))
            .flatten();
        self.keyed = self.rules.enter(parent, key.as_deref());
    }

    #[inline(always)]
    fn step(&mut self, b: u8) -> State {
        // A number or literal ends at the byte after it, which is then
        // read in the state after the value.
        match self.state {
            State::Number if !matches!(b, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') => {
                self.state = self.after_value();
            }
            State::Literal if !b.is_ascii_lowercase() => self.state = self.after_value(),
            _ => {}
        }
        let ws = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.state {
            State::Broken => State::Broken,
            State::Str { key } => match b {
                b'"' if key => self.end_key(),
                b'"' => self.after_value(),
                b'\\' => State::Escape { key },
                _ => self.state,
            },
            State::Escape { key } => State::Str { key },
            State::Number => State::Number,
            State::Literal => State::Literal,
            _ if ws => self.state,
            State::Value => match b {
                b'"' => {
                    self.start_scalar();
                    State::Str { key: false }
                }
                b'{' | b'[' => self.open(b),
                b']' if self.stack.last() == Some(&b'[') => self.close(b),
                b'-' | b'0'..=b'9' => {
                    self.start_scalar();
                    State::Number
                }
                b't' | b'f' | b'n' => State::Literal,
                _ => State::Broken,
            },
            State::KeyOrClose => match b {
                b'"' => self.start_key(),
                b'}' => self.close(b),
                _ => State::Broken,
            },
            State::Key => match b {
                b'"' => self.start_key(),
                _ => State::Broken,
            },
            State::Colon => match b {
                b':' => State::Value,
                _ => State::Broken,
            },
            State::CommaOrClose => match (b, self.stack.last()) {
                (b',', Some(b'{')) => State::Key,
                (b',', Some(b'[')) => State::Value,
                (b'}' | b']', _) => self.close(b),
                _ => State::Broken,
            },
        }
    }

    fn keep_key_bytes(&mut self, bytes: &[u8]) {
        if self.tracking && !self.key_overflow {
            if self.key.len() + bytes.len() > MAX_RAW_KEY {
                self.key_overflow = true;
            } else {
                self.key.extend_from_slice(bytes);
            }
        }
    }

    /// Whether the byte about to be read is masked: inside the string or
    /// number of a field a rule masks whole.
    fn masks_next(&self, b: u8) -> bool {
        if !self.tracking {
            return false;
        }
        let masked = |action| action == FieldAction::Mask;
        match self.state {
            State::Str { key: false } => masked(self.scalar) && b != b'"',
            State::Escape { key: false } => masked(self.scalar),
            State::Number => masked(self.scalar) && b.is_ascii_digit(),
            State::Value => b.is_ascii_digit() && masked(self.value_scope().action),
            _ => false,
        }
    }

    /// Follows `bytes`; with `out`, writes them, masking masked fields.
    /// `TRACK` is whether rules are tracked: without, the loop is the lean
    /// one a body without field rules needs.
    fn run<const TRACK: bool>(&mut self, bytes: &[u8], mut out: Option<&mut Vec<u8>>) {
        let mut i = 0;
        while i < bytes.len() {
            let masking = TRACK && self.scalar == FieldAction::Mask;
            let skipped = match self.state {
                State::Broken => bytes.len() - i,
                State::Str { key } => {
                    // The bulk of a body: skip to the next quote or backslash.
                    let off = string_run(&bytes[i..]);
                    if TRACK && key {
                        self.keep_key_bytes(&bytes[i..i + off]);
                    }
                    off
                }
                State::Number if !masking => bytes[i..]
                    .iter()
                    .position(|b| !matches!(b, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-'))
                    .unwrap_or(bytes.len() - i),
                _ => 0,
            };
            if skipped > 0 {
                if let Some(out) = out.as_deref_mut() {
                    if masking && self.state == (State::Str { key: false }) {
                        out.extend(std::iter::repeat_n(crate::redact::MASK_BYTE, skipped));
                    } else {
                        out.extend_from_slice(&bytes[i..i + skipped]);
                    }
                }
                i += skipped;
                if i == bytes.len() {
                    return;
                }
            }
            let b = bytes[i];
            i += 1;
            if !TRACK {
                self.state = self.step(b);
                if let Some(out) = out.as_deref_mut() {
                    out.push(b);
                }
                continue;
            }
            let prev = self.state;
            let masked = self.masks_next(b);
            if matches!(prev, State::Str { key: true } | State::Escape { key: true })
                && !(b == b'"' && prev == (State::Str { key: true }))
            {
                self.keep_key_bytes(&[b]);
            }
            self.state = self.step(b);
            if let Some(out) = out.as_deref_mut() {
                out.push(match masked {
                    false => b,
                    true if matches!(prev, State::Number | State::Value) => {
                        // A masked number stays a number: no leading zero.
                        if std::mem::replace(&mut self.first_digit, false) {
                            b'9'
                        } else {
                            b'0'
                        }
                    }
                    true => crate::redact::MASK_BYTE,
                });
            }
        }
    }
}

/// How many bytes of `rest` a string goes on for before its next quote or
/// backslash (all of them if none). Keys and most values end within a few
/// words, where eight bytes tested at a time are done before `memchr` has
/// set up; longer strings are left to it.
#[inline]
fn string_run(rest: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // The lowest high bit set marks the first byte equal to `b` exactly
    // (higher ones may be borrows from it).
    let first_equal = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    let mut at = 0;
    while at < 32 {
        let Some(Ok(chunk)) = rest.get(at..at + 8).map(<[u8; 8]>::try_from) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        let hits = first_equal(word, b'"') | first_equal(word, b'\\');
        if hits != 0 {
            return at + (hits.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = &rest[at..];
    at + memchr::memchr2(b'"', b'\\', tail).unwrap_or(tail.len())
}

/// The key as the platform reads it: escapes decoded. `None` when an
/// escape is malformed (such a key then matches only `*`).
fn unescape_key(raw: &[u8]) -> Option<Vec<u8>> {
    if !raw.contains(&b'\\') {
        return Some(raw.to_vec());
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != b'\\' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        let c = *raw.get(i + 1)?;
        i += 2;
        let decoded = match c {
            b'"' | b'\\' | b'/' => c as char,
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = std::str::from_utf8(raw.get(i..i + 4)?).ok()?;
                i += 4;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(decoded.encode_utf8(&mut buf).as_bytes());
    }
    Some(out)
}

impl FieldTracker {
    fn observe(&mut self, bytes: &[u8]) {
        if self.tracking {
            self.run::<true>(bytes, None);
        } else {
            self.run::<false>(bytes, None);
        }
    }

    fn write(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        if self.tracking {
            self.run::<true>(bytes, Some(out));
        } else {
            out.extend_from_slice(bytes);
            self.run::<false>(bytes, None);
        }
    }

    fn context(&self) -> Context {
        let action = |scope: FieldAction| match scope {
            FieldAction::Scan => None,
            FieldAction::Keep => Some(Context::Kept),
            FieldAction::Mask => Some(Context::FieldMasked),
        };
        match self.state {
            State::Str { key: true } | State::Escape { key: true } => Context::Kept,
            State::Str { key: false } | State::Escape { key: false } | State::Number => {
                action(self.scalar).unwrap_or(match self.state {
                    State::Number => Context::Number,
                    State::Escape { .. } => Context::EscapedText,
                    _ => Context::Text,
                })
            }
            // A finding at a value position starts a bare number.
            State::Value => action(self.value_scope().action).unwrap_or(Context::Number),
            _ => Context::Text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contexts(doc: &str, marks: &[&str]) -> Vec<Context> {
        let mut s = JsonShaper::default();
        let mut at = 0;
        let mut out = Vec::new();
        for m in marks {
            let pos = doc[at..]
                .find(m)
                .unwrap_or_else(|| panic!("mark {m} not in the document"))
                + at;
            s.observe(&doc.as_bytes()[at..pos]);
            out.push(s.context());
            at = pos;
        }
        out
    }

    #[test]
    fn keys_values_and_numbers() {
        let doc = r#"{"jane@x.io": "mail jane@x.io", "n": [4111111111111111, "\"q"], "k\"2": 1}"#;
        assert_eq!(
            contexts(doc, &["jane@", "mail", "4111", "q\"", "k\\\""]),
            [
                Context::Kept,
                Context::Text,
                Context::Number,
                Context::Text,
                Context::Kept
            ]
        );
    }

    #[test]
    fn string_runs_end_at_the_first_quote_or_backslash() {
        for len in 0..80 {
            for stop in [None, Some(b'"'), Some(b'\\')] {
                for at in 0..len.max(1) {
                    let mut rest: Vec<u8> = (0..len).map(|i| b"ab\x80\"c\\"[i % 4]).collect();
                    // Only bytes that are not stops before `at`.
                    for b in &mut rest[..at.min(len)] {
                        if matches!(*b, b'"' | b'\\') {
                            *b = b'z';
                        }
                    }
                    if let (Some(stop), true) = (stop, at < len) {
                        rest[at] = stop;
                    }
                    let want = rest
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\')
                        .unwrap_or(rest.len());
                    assert_eq!(string_run(&rest), want, "{rest:?}");
                }
            }
        }
    }

    #[test]
    fn malformed_json_becomes_text() {
        let mut s = JsonShaper::default();
        s.observe(b"{\"a\": 1 2 \"jane@x.io\"");
        assert!(s.is_broken());
        assert_eq!(s.context(), Context::Text);
    }

    /// A random JSON-like document: values nested up to `depth`, strings
    /// with escapes, numbers, literals and spaces.
    fn random_value(rng: &mut crate::TestRandom, depth: usize, out: &mut Vec<u8>) {
        const SCALARS: &[&str] = &[
            r#""jane@x.io""#,
            r#""a\"b\\c\u0040d""#,
            r#""""#,
            "4111111111111111",
            "-12.5e+3",
            "0",
            "true",
            "false",
            "null",
        ];
        match (depth, rng.below(4)) {
            (0, _) | (_, 0) => out.extend_from_slice(SCALARS[rng.below(SCALARS.len())].as_bytes()),
            (_, 1) => {
                out.push(b'[');
                for i in 0..rng.below(4) {
                    if i > 0 {
                        out.extend_from_slice([",", ", ", ",\n  "][rng.below(3)].as_bytes());
                    }
                    random_value(rng, depth - 1, out);
                }
                out.push(b']');
            }
            _ => {
                out.push(b'{');
                for i in 0..rng.below(4) {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(
                        [r#""k""#, r#""k\"ey""#, r#" "e@x.io" "#][rng.below(3)].as_bytes(),
                    );
                    out.extend_from_slice([":", " : "][rng.below(2)].as_bytes());
                    random_value(rng, depth - 1, out);
                }
                out.push(b'}');
            }
        }
    }

    /// The lean structure follower reads every document, valid or broken,
    /// as the field tracker does: the same context and the same verdict on
    /// being JSON after every byte, whatever the chunks it is given.
    #[test]
    fn structure_reads_as_the_field_tracker_does() {
        const NOISE: &[u8] = b"{}[]:,\" 0123456789-+.eEtfnulx \n\t\r\xc3";
        let mut rng = crate::TestRandom::new(0x9E37_79B9_7F4A_7C15);
        let mut broken = 0;
        for round in 0..3000 {
            let mut doc = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let depth = 1 + rng.below(4);
                random_value(&mut rng, depth, &mut doc);
                doc.extend_from_slice([&b"\n"[..], b" ", b""][rng.below(3)]);
            }
            // Some documents broken on purpose: bytes replaced or put in.
            for _ in 0..[0, 0, 1, 3][rng.below(4)] {
                let at = rng.below(doc.len() + 1);
                let noise = NOISE[rng.below(NOISE.len())];
                if at < doc.len() && rng.below(2) == 0 {
                    doc[at] = noise;
                } else {
                    doc.insert(at, noise);
                }
            }
            let mut tracker = FieldTracker::with_rules(Arc::default());
            let mut lean = Structure::default();
            let mut chunked = Structure::default();
            let mut chunk_end = 0;
            for at in 0..doc.len() {
                tracker.observe(&doc[at..at + 1]);
                lean.follow(&doc[at..at + 1]);
                if at + 1 > chunk_end {
                    let end = (at + 1 + rng.below(40)).min(doc.len());
                    chunked.follow(&doc[chunk_end..end]);
                    chunk_end = end;
                }
                let doc_text = String::from_utf8_lossy(&doc);
                assert_eq!(
                    lean.context(),
                    tracker.context(),
                    "round {round}, after {at}: {doc_text}"
                );
                assert_eq!(
                    lean.is_broken(),
                    tracker.is_broken(),
                    "round {round}, after {at}: {doc_text}"
                );
            }
            assert_eq!(chunked.context(), tracker.context(), "round {round}");
            assert_eq!(chunked.is_broken(), tracker.is_broken(), "round {round}");
            broken += usize::from(tracker.is_broken());
        }
        // Both kinds of document were tried.
        assert!((300..2700).contains(&broken), "{broken} of 3000 broken");
    }

    #[test]
    fn nesting_past_the_limit_is_broken_for_both_followers() {
        for open in [b'[', b'{'] {
            let doc = vec![b'['; MAX_DEPTH];
            let mut tracker = FieldTracker::with_rules(Arc::default());
            let mut lean = Structure::default();
            tracker.observe(&doc);
            lean.follow(&doc);
            assert!(!lean.is_broken() && !tracker.is_broken());
            tracker.observe(&[open]);
            lean.follow(&[open]);
            assert!(lean.is_broken() && tracker.is_broken());
        }
        // Closing all the way down returns to the top level.
        let mut lean = Structure::default();
        lean.follow(&[b'['; MAX_DEPTH]);
        lean.follow(&[b']'; MAX_DEPTH]);
        lean.follow(b" 12");
        assert_eq!(lean.context(), Context::Number);
        assert!(!lean.is_broken());
    }

    #[test]
    fn ndjson_documents_follow_each_other() {
        let mut s = JsonShaper::default();
        s.observe(b"{\"a\":1}\n{\"b\":");
        assert!(!s.is_broken());
        assert_eq!(s.context(), Context::Number);
    }
}
