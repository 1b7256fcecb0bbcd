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
//! The tracker is a byte-level state machine with a bounded container
//! stack; string contents, the bulk of a ticket body, are skipped with
//! `memchr`. On anything that is not JSON it stops tracking and reports
//! every position as text: malformed JSON is still scanned, as raw text.

use crate::stream::{Context, Shaper};

/// Deepest nesting tracked; deeper documents fall back to raw scanning.
const MAX_DEPTH: usize = 512;

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

/// Tracks JSON structure for a [`crate::stream::StreamRedactor`].
#[derive(Clone, Debug)]
pub struct JsonShaper {
    state: State,
    /// Open containers, `{` or `[`.
    stack: Vec<u8>,
}

impl Default for JsonShaper {
    fn default() -> Self {
        JsonShaper {
            state: State::Value,
            stack: Vec::new(),
        }
    }
}

impl JsonShaper {
    /// Whether the input so far was not JSON (and is scanned as text).
    pub fn is_broken(&self) -> bool {
        self.state == State::Broken
    }

    fn after_value(&mut self) -> State {
        if self.stack.is_empty() {
            // Top level: another document may follow (NDJSON).
            State::Value
        } else {
            State::CommaOrClose
        }
    }

    fn close(&mut self, b: u8) -> State {
        let want = if b == b'}' { b'{' } else { b'[' };
        if self.stack.pop() == Some(want) {
            self.after_value()
        } else {
            State::Broken
        }
    }

    fn open(&mut self, b: u8) -> State {
        if self.stack.len() == MAX_DEPTH {
            return State::Broken;
        }
        self.stack.push(b);
        if b == b'{' {
            State::KeyOrClose
        } else {
            State::Value
        }
    }

    fn step(&mut self, b: u8) -> State {
        let ws = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.state {
            State::Broken => State::Broken,
            State::Str { key } => match b {
                b'"' if key => State::Colon,
                b'"' => self.after_value(),
                b'\\' => State::Escape { key },
                _ => self.state,
            },
            State::Escape { key } => State::Str { key },
            State::Number => match b {
                b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-' => State::Number,
                _ => {
                    self.state = self.after_value();
                    self.step(b)
                }
            },
            State::Literal => match b {
                b'a'..=b'z' => State::Literal,
                _ => {
                    self.state = self.after_value();
                    self.step(b)
                }
            },
            _ if ws => self.state,
            State::Value => match b {
                b'"' => State::Str { key: false },
                b'{' | b'[' => self.open(b),
                b']' if self.stack.last() == Some(&b'[') => self.close(b),
                b'-' | b'0'..=b'9' => State::Number,
                b't' | b'f' | b'n' => State::Literal,
                _ => State::Broken,
            },
            State::KeyOrClose => match b {
                b'"' => State::Str { key: true },
                b'}' => self.close(b),
                _ => State::Broken,
            },
            State::Key => match b {
                b'"' => State::Str { key: true },
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
}

impl Shaper for JsonShaper {
    fn observe(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            if let State::Str { .. } = self.state {
                // The bulk of a body: skip to the next quote or backslash.
                match memchr::memchr2(b'"', b'\\', &bytes[i..]) {
                    Some(off) => i += off,
                    None => return,
                }
            }
            self.state = self.step(bytes[i]);
            if self.state == State::Broken {
                return;
            }
            i += 1;
        }
    }

    fn context(&self) -> Context {
        match self.state {
            State::Str { key: true } | State::Escape { key: true } => Context::Key,
            // A finding at a value position starts a bare number.
            State::Value | State::Number => Context::Number,
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
                Context::Key,
                Context::Text,
                Context::Number,
                Context::Text,
                Context::Key
            ]
        );
    }

    #[test]
    fn malformed_json_becomes_text() {
        let mut s = JsonShaper::default();
        s.observe(b"{\"a\": 1 2 \"jane@x.io\"");
        assert!(s.is_broken());
        assert_eq!(s.context(), Context::Text);
    }

    #[test]
    fn ndjson_documents_follow_each_other() {
        let mut s = JsonShaper::default();
        s.observe(b"{\"a\":1}\n{\"b\":");
        assert!(!s.is_broken());
        assert_eq!(s.context(), Context::Number);
    }
}
