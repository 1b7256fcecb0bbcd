//! Redaction of a body as it arrives, chunk by chunk, in bounded memory.
//!
//! [`StreamRedactor::push`] takes a chunk and returns (appends) every byte
//! that can no longer be part of a finding; [`StreamRedactor::finish`]
//! flushes the rest. It holds back only what a match in progress may still
//! need:
//!
//! * [`MAX_LOOKAHEAD`] bytes after the last anchor it has verified, because
//!   a verifier reads that far ahead (an escaped 254-character address);
//! * before the first byte not yet emitted, up to [`MAX_LOOKBEHIND`] bytes
//!   of context, because verifiers look back (an email's local part, the
//!   words before a number).
//!
//! The detector's [`ScanState`] carries the greedy matching state from one
//! chunk to the next, so for every way of splitting an input the
//! concatenated output equals [`Redactor::redact_to_vec`] of the whole.
//! The buffer never exceeds the chunk size plus those two bounds.

use crate::detect::{Finding, ScanState, MAX_LOOKAHEAD, MAX_LOOKBEHIND};
use crate::redact::Redactor;

/// How far before the scan position an email found later may start: its
/// local part, escaped.
const EMAIL_START_BACK: usize =
    (crate::detect::email::MAX_LOCAL + 1) * crate::detect::text::MAX_ESCAPE_LEN;

/// Streaming redaction of one body. Create one per body.
#[derive(Debug)]
pub struct StreamRedactor {
    redactor: Redactor,
    /// Unemitted input plus look-behind context; `buf[0]` is stream offset `base`.
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    base: u64,
    /// `buf[..emitted]` has been written out (or is context only).
    emitted: usize,
    /// Scan state, in `buf` coordinates.
    state: ScanState,
    /// Findings not yet written out, sorted, in `buf` coordinates.
    pending: Vec<Finding>,
    /// Findings written out so far, by kind (card, email, phone).
    counts: [u64; 3],
}

impl StreamRedactor {
    /// A stream redactor for one body.
    pub fn new(redactor: Redactor) -> Self {
        StreamRedactor {
            redactor,
            buf: Vec::new(),
            base: 0,
            emitted: 0,
            state: ScanState::default(),
            pending: Vec::new(),
            counts: [0; 3],
        }
    }

    /// Feeds `chunk`; appends to `out` what is ready.
    pub fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        self.push_with(chunk, out, |_| {});
    }

    /// Like [`push`](Self::push), and calls `on_finding` with each finding
    /// written out, in stream offsets.
    pub fn push_with(
        &mut self,
        chunk: &[u8],
        out: &mut Vec<u8>,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        self.buf.extend_from_slice(chunk);
        let safe = self.buf.len().saturating_sub(MAX_LOOKAHEAD);
        if safe > self.state.pos {
            self.redactor
                .detector()
                .scan(&self.buf, &mut self.state, safe, &mut self.pending);
        }
        // A finding not yet seen starts at the scan position (a number) or
        // at most one escaped local part before it (an email).
        let mut emit_to = self
            .state
            .pos
            .saturating_sub(EMAIL_START_BACK)
            .max(self.emitted);
        if let Some(f) = self.pending.iter().find(|f| f.end > emit_to) {
            emit_to = emit_to.min(f.start).max(self.emitted);
        }
        self.emit(emit_to, out, &mut on_finding);
        self.compact();
    }

    /// Ends the body; appends the rest to `out`.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        self.finish_with(out, |_| {});
    }

    /// Like [`finish`](Self::finish), with findings reported as in
    /// [`push_with`](Self::push_with).
    pub fn finish_with(&mut self, out: &mut Vec<u8>, mut on_finding: impl FnMut(StreamFinding)) {
        let end = self.buf.len();
        if end > self.state.pos {
            self.redactor
                .detector()
                .scan(&self.buf, &mut self.state, end, &mut self.pending);
        }
        self.emit(end, out, &mut on_finding);
        self.compact();
    }

    /// Findings written out so far, by kind: card, email, phone.
    pub fn counts(&self) -> [u64; 3] {
        self.counts
    }

    /// Bytes held now; bounded by the largest chunk plus
    /// [`MAX_LOOKAHEAD`] + [`MAX_LOOKBEHIND`].
    pub fn held(&self) -> usize {
        self.buf.len()
    }

    fn emit(&mut self, to: usize, out: &mut Vec<u8>, on_finding: &mut impl FnMut(StreamFinding)) {
        let ready = self.pending.iter().take_while(|f| f.end <= to).count();
        let mut at = self.emitted;
        for f in self.pending.drain(..ready) {
            out.extend_from_slice(&self.buf[at..f.start]);
            self.redactor.apply_one(&self.buf, f, out);
            at = f.end;
            self.counts[f.kind as usize] += 1;
            on_finding(StreamFinding {
                kind: f.kind,
                start: self.base + f.start as u64,
                end: self.base + f.end as u64,
            });
        }
        if to > at {
            out.extend_from_slice(&self.buf[at..to]);
        }
        self.emitted = to.max(at);
    }

    /// Drops what is neither unemitted nor needed as look-behind.
    fn compact(&mut self) {
        let keep_from = self
            .emitted
            .min(self.state.pos.saturating_sub(MAX_LOOKBEHIND));
        if keep_from == 0 {
            return;
        }
        self.buf.drain(..keep_from);
        self.base += keep_from as u64;
        self.emitted -= keep_from;
        self.state.rebase(keep_from);
        for f in &mut self.pending {
            f.start -= keep_from;
            f.end -= keep_from;
        }
    }
}

/// A finding in stream offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamFinding {
    /// What was found.
    pub kind: crate::detect::Kind,
    /// Start offset in the stream.
    pub start: u64,
    /// End offset in the stream.
    pub end: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunked(input: &[u8], size: usize) -> Vec<u8> {
        let mut s = StreamRedactor::new(Redactor::default());
        let mut out = Vec::new();
        for c in input.chunks(size) {
            s.push(c, &mut out);
        }
        s.finish(&mut out);
        out
    }

    #[test]
    fn any_chunking_equals_whole() {
        let mut input = Vec::new();
        for i in 0..200 {
            input.extend_from_slice(
                format!("line {i}: card 4111 1111 1111 1111, mail a.b+{i}@example.com, tel +33 6 12 34 56 78. ")
                    .as_bytes(),
            );
            input.extend_from_slice(
                br"json \u0034111111111111111 x\u0040y.org %2B44%207911%20123456 ",
            );
        }
        let whole = Redactor::default().redact_to_vec(&input);
        for size in [1, 2, 3, 7, 64, 1000, 5000, input.len()] {
            assert_eq!(chunked(&input, size), whole, "chunk size {size}");
        }
    }

    #[test]
    fn memory_is_bounded() {
        let mut s = StreamRedactor::new(Redactor::default());
        let mut out = Vec::new();
        let chunk = b"no pii here, just words and 12 numbers 2024-05-01 ".repeat(100);
        for _ in 0..200 {
            s.push(&chunk, &mut out);
            assert!(
                s.held() <= chunk.len() + MAX_LOOKAHEAD + MAX_LOOKBEHIND,
                "{}",
                s.held()
            );
            out.clear();
        }
    }
}
