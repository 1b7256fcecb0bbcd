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
//! What a pass needs never exceeds the chunk size plus those two bounds; a
//! re-check pass that shares the first pass's JSON structure (see
//! [`Structure::Follow`]) also keeps the written bytes since the last copy
//! of the first pass's shaper, at most two [`CHECKPOINT_EVERY`] intervals
//! (64 KiB). Written bytes await compaction until there are 32 KiB of them
//! and as many as the bytes kept, so a buffer stays within twice what it
//! needs (plus 32 KiB).

use std::collections::VecDeque;

use crate::detect::{Finding, Kind, ScanState, MAX_LOOKAHEAD, MAX_LOOKBEHIND};
use crate::redact::{Action, Disposition, Redactor, Tally};

/// Where in a body's structure a finding starts, as a format tracks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Running text or a string value: the policy applies.
    Text,
    /// A string value's byte that the backslash before it escapes: the
    /// second of `\\u0108…`, which JSON reads as an escaped backslash and
    /// the detectors as a backslash, then the escape `\u0108`. The byte is
    /// kept, so that the pair stays whole, and the policy applies from the
    /// next one.
    EscapedText,
    /// A JSON object key, or a field a rule keeps: kept as written.
    Kept,
    /// A bare JSON number: masked so that it stays a valid number.
    Number,
    /// A field a rule masks whole: the shaper masks it as it writes.
    FieldMasked,
}

/// Follows a body's structure as its bytes are written out, so that each
/// finding can be rendered for the place it stands in (see [`Context`]).
///
/// The stream calls [`observe`](Shaper::observe) with every raw byte, in
/// order, and asks for the [`context`](Shaper::context) right before each
/// finding's bytes.
pub trait Shaper: std::fmt::Debug + Send {
    /// Follows `bytes`, the next raw bytes of the body.
    fn observe(&mut self, bytes: &[u8]);
    /// The context at the current position.
    fn context(&self) -> Context;
    /// Follows `bytes` and writes them to `out`: as they are, but where a
    /// format masks whole regions of its own (a field a rule masks).
    fn write(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        out.extend_from_slice(bytes);
        self.observe(bytes);
    }

    /// Whether its state at an offset depends only on structure that
    /// same-length masks keep, so that a re-check pass may take the first
    /// pass's state at an offset for its own (see [`StreamRedactor`]).
    fn shareable(&self) -> bool {
        false
    }
}

/// The shaper for text: every finding is in [`Context::Text`].
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainText;

impl Shaper for PlainText {
    fn observe(&mut self, _: &[u8]) {}
    fn context(&self) -> Context {
        Context::Text
    }
}

/// How far before the scan position an email found later may start: its
/// local part, escaped.
const EMAIL_START_BACK: usize =
    (crate::detect::email::MAX_LOCAL + 1) * crate::detect::text::MAX_ESCAPE_LEN;

/// Bytes already written out that may sit at the front of the buffer
/// before it is compacted.
const COMPACT_AFTER: usize = 32 * 1024;

/// How often, in bytes written, the first pass leaves a copy of its shaper
/// for the re-check passes (see [`Structure::Lead`]).
const CHECKPOINT_EVERY: u64 = 32 * 1024;

/// Copies of the first pass's shaper, by the stream offset they stand at,
/// oldest first.
type Checkpoints<S> = VecDeque<(u64, S)>;

/// How a pass knows the structure its findings stand in.
#[derive(Debug)]
enum Structure<S> {
    /// Its shaper follows every byte it writes.
    Own,
    /// The first pass where the re-check passes share its structure: its
    /// shaper follows every byte, and it leaves a copy of the shaper every
    /// [`CHECKPOINT_EVERY`] bytes.
    Lead,
    /// A re-check pass that shares the first pass's structure. Same-length
    /// masks keep a body's structure, so its shaper would be, offset for
    /// offset, where the first pass's was; it follows nothing as it writes,
    /// and at a finding catches up from the last copy (or from where it
    /// last caught up) over its own bytes. Re-check passes rarely find
    /// anything, so they rarely pay for the structure at all.
    Follow {
        /// The shaper at this stream offset, from the last catch-up.
        caught_up: Option<(u64, S)>,
    },
}

/// How a pass moves its scan position over the bytes it receives.
#[derive(Clone, Copy, Debug)]
enum Advance {
    /// Verify the anchors.
    Scan,
    /// The previous pass is a re-check pass that has found nothing yet, so
    /// it has written its input out unchanged: this pass, with the same
    /// detector, reads the very bytes that pass read and would find what it
    /// found, nothing. It moves its scan position to a position that pass
    /// reached (the latest one that every anchor before it can be read
    /// within the bytes received) without verifying anything. At the end
    /// of the stream, to the end.
    Mirror,
}

#[derive(Debug)]
struct Pass<S> {
    redactor: Redactor,
    shaper: S,
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
    /// Findings written out so far, by kind and disposition.
    tally: Tally,
    /// The previous pass's scan positions, oldest first, while this pass
    /// mirrors it (see [`Advance::Mirror`]).
    mirrored_positions: VecDeque<u64>,
    structure: Structure<S>,
}

impl<S: Shaper + Clone> Pass<S> {
    fn new(redactor: Redactor, shaper: S, structure: Structure<S>) -> Self {
        Pass {
            redactor,
            structure,
            shaper,
            buf: Vec::new(),
            base: 0,
            emitted: 0,
            state: ScanState::default(),
            pending: Vec::new(),
            tally: Tally::default(),
            mirrored_positions: VecDeque::new(),
        }
    }

    /// Back to the state [`Pass::new`] leaves, keeping the allocations.
    /// (The shaper stays as it is: only plain-text streams restart, and
    /// theirs holds nothing.)
    fn restart(&mut self) {
        self.buf.clear();
        self.base = 0;
        self.emitted = 0;
        self.state = ScanState::default();
        self.pending.clear();
        self.tally = Tally::default();
        self.mirrored_positions.clear();
        if let Structure::Follow { caught_up } = &mut self.structure {
            *caught_up = None;
        }
    }

    /// Whether the scan ever found anything: some finding is pending or
    /// was written out.
    fn found_any(&self) -> bool {
        !self.pending.is_empty() || self.tally.by_kind().iter().any(|&n| n > 0)
    }

    /// The stream offset the scan has reached.
    fn scanned_to(&self) -> u64 {
        self.base + self.state.pos as u64
    }

    /// Verifies the anchors before `end`, or mirrors the previous pass to
    /// the latest of its scan positions that is at most `end` (see
    /// [`Advance::Mirror`]).
    fn advance(&mut self, end: usize, how: Advance) {
        match how {
            Advance::Scan => {
                if end > self.state.pos {
                    self.redactor.detector().scan(
                        &self.buf,
                        &mut self.state,
                        end,
                        &mut self.pending,
                    );
                }
            }
            Advance::Mirror => {
                let limit = self.base + end as u64;
                let positions = &mut self.mirrored_positions;
                while positions.get(1).is_some_and(|&p| p <= limit) {
                    positions.pop_front();
                }
                let to = positions
                    .front()
                    .filter(|&&p| p <= limit)
                    .and_then(|p| p.checked_sub(self.base))
                    .and_then(|p| usize::try_from(p).ok());
                if let Some(to) = to {
                    self.state.pos = self.state.pos.max(to);
                }
            }
        }
    }

    /// Takes what arrived at the end of `buf` (appended there by the
    /// caller or by the previous pass), appends to `out` what is ready,
    /// and calls `on_finding` with each finding written out, in stream
    /// offsets.
    fn push_with(
        &mut self,
        out: &mut Vec<u8>,
        checkpoints: &mut Checkpoints<S>,
        how: Advance,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        let safe = self.buf.len().saturating_sub(MAX_LOOKAHEAD);
        self.advance(safe, how);
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
        self.emit(emit_to, out, checkpoints, &mut on_finding);
        self.compact(checkpoints);
    }

    /// Ends the stream: appends the rest to `out`, reporting findings as
    /// `push_with` does.
    fn finish_with(
        &mut self,
        out: &mut Vec<u8>,
        checkpoints: &mut Checkpoints<S>,
        how: Advance,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        let end = self.buf.len();
        match how {
            Advance::Scan => self.advance(end, how),
            // The previous pass finished without a finding: nothing to find.
            Advance::Mirror => self.state.pos = end,
        }
        self.emit(end, out, checkpoints, &mut on_finding);
        self.compact(checkpoints);
    }

    /// Bytes held now: the tail it needs, bounded by the largest chunk
    /// plus [`MAX_LOOKAHEAD`] + [`MAX_LOOKBEHIND`], and for a pass that
    /// follows the first pass's structure 64 KiB more to catch up from;
    /// and already written bytes awaiting compaction, at most 32 KiB or
    /// the tail's length, whichever is more.
    fn held(&self) -> usize {
        self.buf.len()
    }

    fn emit(
        &mut self,
        to: usize,
        out: &mut Vec<u8>,
        checkpoints: &mut Checkpoints<S>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        let ready = self.pending.iter().take_while(|f| f.end <= to).count();
        let mut at = self.emitted;
        for i in 0..ready {
            let f = self.pending[i];
            self.write_between(at, f.start, out, checkpoints);
            let context = self.context_at(f.start, checkpoints);
            let disposition = match context {
                Context::Kept | Context::FieldMasked => {
                    self.write_between(f.start, f.end, out, checkpoints);
                    if context == Context::Kept {
                        Disposition::Kept
                    } else {
                        Disposition::FieldMasked
                    }
                }
                Context::Text | Context::Number | Context::EscapedText => {
                    let escaped = context == Context::EscapedText;
                    let (f, context) = if escaped {
                        self.write_between(f.start, f.start + 1, out, checkpoints);
                        let rest = Finding {
                            start: f.start + 1,
                            ..f
                        };
                        (rest, Context::Text)
                    } else {
                        (f, context)
                    };
                    let written_from = out.len();
                    let d = render(&self.redactor, &self.buf, f, context, out);
                    if escaped {
                        keep_nested_escape(&self.redactor, &self.buf, f, d, written_from, out);
                    }
                    if !matches!(self.structure, Structure::Follow { .. }) {
                        self.shaper.observe(&self.buf[f.start..f.end]);
                    }
                    d
                }
            };
            at = f.end;
            self.tally.add(f.kind, disposition);
            on_finding(StreamFinding {
                kind: f.kind,
                start: self.base + f.start as u64,
                end: self.base + f.end as u64,
            });
        }
        self.pending.drain(..ready);
        if to > at {
            self.write_between(at, to, out, checkpoints);
        }
        self.emitted = to.max(at);
    }

    /// Writes `buf[from..to]` as it is, through the shaper unless this pass
    /// follows the first pass's structure; the first pass leaves a copy of
    /// its shaper at every [`CHECKPOINT_EVERY`] offset it writes across.
    fn write_between(
        &mut self,
        from: usize,
        to: usize,
        out: &mut Vec<u8>,
        checkpoints: &mut Checkpoints<S>,
    ) {
        match self.structure {
            Structure::Own => self.shaper.write(&self.buf[from..to], out),
            Structure::Follow { .. } => out.extend_from_slice(&self.buf[from..to]),
            Structure::Lead => {
                let mut at = from;
                while at < to {
                    let offset = self.base + at as u64;
                    let boundary = (offset / CHECKPOINT_EVERY + 1) * CHECKPOINT_EVERY;
                    let end = to.min(usize::try_from(boundary - self.base).unwrap_or(usize::MAX));
                    self.shaper.write(&self.buf[at..end], out);
                    at = end;
                    if self.base + at as u64 == boundary {
                        checkpoints.push_back((boundary, self.shaper.clone()));
                    }
                }
            }
        }
    }

    /// The context of a finding at `buf[at]`.
    fn context_at(&mut self, at: usize, checkpoints: &Checkpoints<S>) -> Context {
        let offset = self.base + at as u64;
        let base = self.base;
        let Structure::Follow { caught_up } = &mut self.structure else {
            return self.shaper.context();
        };
        // Catch up from the later of the last catch-up and the last copy of
        // the first pass's shaper at or before the finding. Before the first
        // copy, from this pass's own shaper, which never moved from the
        // stream's start.
        let copy = checkpoints
            .iter()
            .rev()
            .find(|(o, _)| *o <= offset && *o >= base);
        let (from, mut shaper) = match caught_up.take() {
            Some((o, s)) if o <= offset && copy.is_none_or(|(c, _)| *c <= o) => (o, s),
            _ => match copy {
                Some((o, s)) => (*o, s.clone()),
                None => (0, self.shaper.clone()),
            },
        };
        // `compact` keeps every byte from where a catch-up may start.
        if let Some(bytes) = usize::try_from(from.saturating_sub(base))
            .ok()
            .and_then(|start| self.buf.get(start..at))
        {
            shaper.observe(bytes);
        }
        let context = shaper.context();
        *caught_up = Some((offset, shaper));
        context
    }

    /// Drops what is neither unemitted nor needed as look-behind, nor, for
    /// a pass that follows the first pass's structure, needed to catch up.
    fn compact(&mut self, checkpoints: &Checkpoints<S>) {
        let mut keep_from = self
            .emitted
            .min(self.state.pos.saturating_sub(MAX_LOOKBEHIND));
        if let Structure::Follow { caught_up } = &self.structure {
            let emitted = self.base + self.emitted as u64;
            let copy = checkpoints
                .iter()
                .rev()
                .find(|(o, _)| *o <= emitted)
                .map(|(o, _)| *o);
            let last = caught_up
                .as_ref()
                .map(|(o, _)| *o)
                .filter(|o| *o <= emitted);
            // Before the first copy, catching up starts at the stream's start.
            let origin = copy.max(last).unwrap_or(0);
            let origin = usize::try_from(origin.saturating_sub(self.base)).unwrap_or(usize::MAX);
            keep_from = keep_from.min(origin);
        }
        // Moving the held tail to the front costs as much as the tail; with
        // small chunks that is more than the chunk itself, and a pass that
        // follows the first pass's structure holds up to 64 KiB to catch
        // up from. Let dead bytes pile up to COMPACT_AFTER, and to at least
        // the tail's length, first: memory stays within twice the tail,
        // and each byte moved pays for one byte dropped.
        if keep_from < COMPACT_AFTER.max(self.buf.len() - keep_from) {
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

/// Streaming redaction of one body. Create one per body.
///
/// Runs [`redact::PASSES`](crate::redact::PASSES) passes back to back, as
/// [`Redactor::redact_to_vec`] does: the first detects and masks, the
/// others re-check the masked output near its masks (see [`crate::redact`]).
#[derive(Debug)]
pub struct StreamRedactor<S = PlainText> {
    passes: Vec<Pass<S>>,
    /// Copies of the first pass's shaper, for re-check passes that share
    /// its structure.
    checkpoints: Checkpoints<S>,
    /// The bytes of context kept before the body (see
    /// [`with_context`](Self::with_context)): the passes count them in
    /// their offsets, and the findings reported do not.
    context_len: u64,
}

impl StreamRedactor<PlainText> {
    /// A stream redactor for one plain-text body.
    pub fn new(redactor: Redactor) -> Self {
        Self::with_shaper(redactor, PlainText)
    }

    /// Starts over on a new text with `context` before it (see
    /// [`with_context`](Self::with_context)), as a new stream redactor with
    /// the same redactor would, but keeping the buffers: a table's cells
    /// are many short texts.
    pub fn restart(&mut self, context: &[u8]) {
        for pass in &mut self.passes {
            pass.restart();
        }
        self.checkpoints.clear();
        self.set_context(context);
    }
}

impl<S: Shaper + Clone> StreamRedactor<S> {
    /// A stream redactor that renders findings by `shaper`'s context.
    pub fn with_shaper(redactor: Redactor, shaper: S) -> Self {
        let recheck = redactor.recheck();
        // Same-length masks keep the structure a shareable shaper follows.
        let shared = shaper.shareable() && redactor.policy().keeps_length();
        let structure = |first: bool| match (shared, first) {
            (false, _) => Structure::Own,
            (true, true) => Structure::Lead,
            (true, false) => Structure::Follow { caught_up: None },
        };
        let mut passes = vec![Pass::new(redactor, shaper.clone(), structure(true))];
        for _ in 1..crate::redact::PASSES {
            passes.push(Pass::new(recheck.clone(), shaper.clone(), structure(false)));
        }
        StreamRedactor {
            passes,
            checkpoints: VecDeque::new(),
            context_len: 0,
        }
    }

    /// Feeds `chunk`; appends to `out` what is ready.
    pub fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        self.push_with(chunk, out, |_| {});
    }

    /// Like [`push`](Self::push), and calls `on_finding` with each finding
    /// written out, in stream offsets: the first pass's, then what each
    /// re-check pass found in the masked output. Where the policy keeps
    /// the length, every pass's offsets are the input's.
    pub fn push_with(
        &mut self,
        chunk: &[u8],
        out: &mut Vec<u8>,
        on_finding: impl FnMut(StreamFinding),
    ) {
        self.run(Some(chunk), out, on_finding);
    }

    /// Ends the body; appends the rest to `out`.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        self.finish_with(out, |_| {});
    }

    /// Like [`finish`](Self::finish), with findings reported as in
    /// [`push_with`](Self::push_with).
    pub fn finish_with(&mut self, out: &mut Vec<u8>, on_finding: impl FnMut(StreamFinding)) {
        self.run(None, out, on_finding);
    }

    fn run(
        &mut self,
        chunk: Option<&[u8]>,
        out: &mut Vec<u8>,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        let context_len = self.context_len;
        let mut on_finding = |f: StreamFinding| on_finding(f.shifted_back(context_len));
        let last = self.passes.len() - 1;
        if let (Some(chunk), Some(first)) = (chunk, self.passes.first_mut()) {
            first.buf.extend_from_slice(chunk);
        }
        // At most every byte not yet written out leaves in this call: one
        // allocation up front instead of the doublings of a fresh `out`.
        out.reserve(
            self.passes
                .iter()
                .map(|p| p.buf.len().saturating_sub(p.emitted))
                .sum(),
        );
        // The scan position of the pass before, while it is a re-check
        // pass that found nothing yet.
        let mut quiet_previous_at: Option<u64> = None;
        for i in 0..=last {
            // Each pass but the last writes straight onto the end of the
            // next one's buffer, which is where that pass takes its input
            // from: no copy in between.
            let (done, rest) = self.passes.split_at_mut(i + 1);
            let pass = &mut done[i];
            let target = match rest.first_mut() {
                Some(next) => &mut next.buf,
                None => &mut *out,
            };
            let checkpoints = &mut self.checkpoints;
            let how = match quiet_previous_at {
                Some(at) => {
                    pass.mirrored_positions.push_back(at);
                    Advance::Mirror
                }
                None => Advance::Scan,
            };
            if i == 0 && chunk.is_none() {
                pass.finish_with(target, checkpoints, how, &mut on_finding);
            } else {
                pass.push_with(target, checkpoints, how, &mut on_finding);
                if i > 0 && chunk.is_none() {
                    pass.finish_with(target, checkpoints, how, &mut on_finding);
                }
            }
            quiet_previous_at = (i > 0 && !pass.found_any()).then(|| pass.scanned_to());
        }
        // A copy is needed while some re-check pass has written no further
        // than the next copy.
        let written = self.passes[1..]
            .iter()
            .map(|p| p.base + p.emitted as u64)
            .min()
            .unwrap_or(u64::MAX);
        while self.checkpoints.get(1).is_some_and(|(o, _)| *o <= written) {
            self.checkpoints.pop_front();
        }
    }

    /// Findings written out so far, by kind: card, email, phone (all
    /// passes).
    pub fn counts(&self) -> [u64; 3] {
        self.tally().by_kind()
    }

    /// Reads `context` as the text right before the body, for the
    /// verifiers' look-back only: it is neither scanned nor written out.
    /// A multipart field's name is the label of the value in it (`phone`
    /// before `20 12 34 56`). Call before the first chunk; findings are
    /// reported in offsets from the body's first byte all the same.
    pub fn with_context(mut self, context: &[u8]) -> Self {
        self.set_context(context);
        self
    }

    fn set_context(&mut self, context: &[u8]) {
        // (The end of a context is what the look-back reads first.)
        let context = &context[context.len().saturating_sub(MAX_LOOKBEHIND)..];
        self.context_len = context.len() as u64;
        let Some((first, rechecks)) = self.passes.split_first_mut() else {
            return;
        };
        first.buf.extend_from_slice(context);
        first.emitted = context.len();
        first.state.pos = context.len();
        // The re-check passes never see the context, but count in the same
        // offsets: what the first pass writes starts after it. Their
        // findings, and the first pass's shaper copies they catch up
        // from, are then where the first pass's would be.
        for pass in rechecks {
            pass.base = context.len() as u64;
        }
    }

    /// Findings written out so far, by kind and by what became of them
    /// (all passes).
    pub fn tally(&self) -> Tally {
        let mut t = self.passes[0].tally;
        // A re-check pass sees again what the first left as written (keys,
        // kept fields, allowed values, a `keep` action): only what it
        // masks is new.
        for p in &self.passes[1..] {
            let policy = p.redactor.policy();
            for kind in Kind::ALL {
                if policy.action(kind) != Action::Keep {
                    t.add_n(
                        kind,
                        Disposition::Policy,
                        p.tally.get(kind, Disposition::Policy),
                    );
                }
            }
        }
        t
    }

    /// Bytes held now, over all passes. Each holds the largest chunk plus
    /// [`MAX_LOOKAHEAD`] + [`MAX_LOOKBEHIND`] (and 64 KiB to catch up
    /// from, for a re-check pass sharing the first pass's structure), and
    /// written bytes awaiting compaction: at most 32 KiB, or as many as the
    /// bytes it keeps, if that is more.
    pub fn held(&self) -> usize {
        self.passes.iter().map(Pass::held).sum()
    }
}

/// After a finding that starts with the second byte of an escaped
/// backslash was rendered from its next byte on (see
/// [`Context::EscapedText`]): where that next byte opens the escape of a
/// nested document (`{"p":"{\\"t\\":\\"j\\u00fcrgen@…`, JSON in a JSON
/// string) and the policy replaced it, the nested escape is written as the
/// nested document's escaped `*`, `u002A`, so that the nested document
/// stays as valid as the outer one. A same-length mask's first five bytes
/// are overwritten; a label, token or removal gets it in front.
fn keep_nested_escape(
    redactor: &Redactor,
    hay: &[u8],
    f: Finding,
    disposition: Disposition,
    written_from: usize,
    out: &mut Vec<u8>,
) {
    const ESCAPED_MASK: &[u8; 5] = b"u002A";
    let Some(escape) = hay
        .get(f.start..f.start + ESCAPED_MASK.len())
        .filter(|e| e[0] == b'u' && e[1..].iter().all(u8::is_ascii_hexdigit))
    else {
        return;
    };
    let action = redactor.policy().action(f.kind);
    if disposition == Disposition::Allowed || action == Action::Keep {
        return;
    }
    let written = &mut out[written_from..];
    if written.starts_with(escape) {
        return;
    }
    if action.keeps_length() {
        if let Some(first) = written.get_mut(..ESCAPED_MASK.len()) {
            first.copy_from_slice(ESCAPED_MASK);
        }
    } else {
        out.splice(written_from..written_from, ESCAPED_MASK.iter().copied());
    }
}

/// Writes finding `f` of `hay`, in running text or a bare number.
fn render(
    redactor: &Redactor,
    hay: &[u8],
    f: Finding,
    context: Context,
    out: &mut Vec<u8>,
) -> Disposition {
    if context != Context::Number {
        return redactor.apply_one(hay, f, out);
    }
    let raw = &hay[f.start..f.end];
    if redactor.allows(hay, f) {
        out.extend_from_slice(raw);
        return Disposition::Allowed;
    }
    let action = redactor.policy().action(f.kind);
    match action {
        Action::Keep => out.extend_from_slice(raw),
        Action::Mask | Action::MaskKeepFirstSixLastFour | Action::MaskAll => {
            mask_number(raw, f.kind, action, out)
        }
        // A label or token is no number: write it as a JSON string; but
        // after a minus sign, which a string cannot follow, mask the
        // number as `mask` would.
        Action::Label | Action::Token | Action::Remove
            if f.start > 0 && hay[f.start - 1] == b'-' =>
        {
            mask_number(raw, f.kind, Action::Mask, out)
        }
        Action::Label | Action::Token | Action::Remove => {
            out.push(b'"');
            redactor.apply_policy(hay, f, out);
            out.push(b'"');
        }
    }
    Disposition::Policy
}

/// Masks a bare JSON number so it stays a valid, same-length JSON number
/// that no detector takes for a card again: masked digits become `0`, and
/// a masked leading digit becomes `9` (JSON allows no leading zero; no
/// card network issues numbers starting 90).
fn mask_number(raw: &[u8], kind: Kind, action: Action, out: &mut Vec<u8>) {
    let digits = raw.iter().filter(|b| b.is_ascii_digit()).count();
    let keep_last = if kind == Kind::Card && action != Action::MaskAll {
        4
    } else {
        0
    };
    let keep_first = if kind == Kind::Card && action == Action::MaskKeepFirstSixLastFour {
        6
    } else {
        0
    };
    let mut index = 0;
    for &b in raw {
        if !b.is_ascii_digit() {
            out.push(b);
            continue;
        }
        let keep = index < keep_first || index + keep_last >= digits;
        out.push(match (keep, index) {
            (true, _) => b,
            (false, 0) => b'9',
            (false, _) => b'0',
        });
        index += 1;
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

impl StreamFinding {
    /// The finding `by` bytes further on.
    pub fn shifted(self, by: u64) -> Self {
        StreamFinding {
            start: self.start + by,
            end: self.end + by,
            ..self
        }
    }

    /// The finding `by` bytes back (no further back than the start).
    pub fn shifted_back(self, by: u64) -> Self {
        StreamFinding {
            start: self.start.saturating_sub(by),
            end: self.end.saturating_sub(by),
            ..self
        }
    }
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
                s.held()
                    <= crate::redact::PASSES
                        * (chunk.len() + MAX_LOOKAHEAD + MAX_LOOKBEHIND + COMPACT_AFTER),
                "{}",
                s.held()
            );
            out.clear();
        }
    }

    /// With no kind to detect, a body streams through unchanged, escapes
    /// cut anywhere included.
    #[test]
    fn no_kinds_pass_every_byte_through() -> Result<(), crate::redact::RedactError> {
        use crate::detect::{Detector, KindSet};
        let detector = Detector::builder().kinds(KindSet::NONE).build();
        let redactor = Redactor::new(detector, crate::redact::Policy::default(), None)?;
        let input =
            br#"{"m":"card 4111 1111 1111 1111 x\u0040y.org +33 6 12 34 56 78"} "#.repeat(300);
        for size in [1, 5, 64, 4096, input.len()] {
            let mut s = StreamRedactor::new(redactor.clone());
            let mut out = Vec::new();
            for c in input.chunks(size) {
                s.push(c, &mut out);
            }
            s.finish(&mut out);
            assert_eq!(out, input, "chunk size {size}");
        }
        Ok(())
    }

    /// The last pass mirrors the re-check pass before it while that one
    /// finds nothing, and scans once it does: for any chunking, the output
    /// is the whole body's, with the glued values that only a re-check
    /// frees coming early, late or not at all.
    #[test]
    fn a_mirroring_pass_writes_what_a_scanning_pass_would() {
        const FILLER: &str = "Order 4830 shipped 2023-11-08, tracking 1Z999AA10123456784, \
                              mail ops@example.org or call +44 20 7946 0958. \\n";
        // Masking the address frees the number after it: a re-check finds it.
        const GLUED: &str = "a@b.co--0612345678--0698765432 ";
        let mut rng = crate::TestRandom::new(0x2545_F491_4F6C_DD1D);
        for round in 0..24 {
            let fillers = 200 + rng.below(1200);
            let glued_at = match round % 3 {
                0 => None,
                1 => Some(rng.below(20)),
                _ => Some(fillers - rng.below(20)),
            };
            let mut input = String::new();
            for i in 0..=fillers {
                if Some(i) == glued_at {
                    input.push_str(GLUED);
                }
                input.push_str(FILLER);
            }
            let input = input.as_bytes();
            let whole = Redactor::default().redact_to_vec(input);
            let chunk = 1 + rng.below(20_000);
            let mut s = StreamRedactor::new(Redactor::default());
            let mut out = Vec::new();
            let mut mirrored = false;
            for c in input.chunks(chunk) {
                s.push(c, &mut out);
                mirrored |= !s.passes[1].found_any() && s.passes[2].scanned_to() > 0;
            }
            s.finish(&mut out);
            assert_eq!(
                out, whole,
                "round {round}, chunk {chunk}, glued at {glued_at:?}"
            );
            assert_eq!(s.passes[1].found_any(), glued_at.is_some(), "round {round}");
            if round % 3 != 1 && input.len() / chunk >= 4 {
                assert!(mirrored, "round {round}: never mirrored");
            }
        }
    }
}

#[cfg(test)]
mod shared_structure_tests {
    use super::*;
    use crate::format::json::JsonShaper;

    /// The JSON shaper with sharing refused: every pass follows its own
    /// structure, as before re-check passes shared the first pass's.
    #[derive(Clone, Debug, Default)]
    struct Unshared(JsonShaper);

    impl Shaper for Unshared {
        fn observe(&mut self, bytes: &[u8]) {
            self.0.observe(bytes)
        }
        fn context(&self) -> Context {
            self.0.context()
        }
        fn write(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
            self.0.write(bytes, out)
        }
    }

    fn run<S: Shaper + Clone>(shaper: S, input: &[u8], cuts: &[usize]) -> (Vec<u8>, u64) {
        run_after(b"", shaper, input, cuts)
    }

    /// [`run`] with `context` before the input.
    fn run_after<S: Shaper + Clone>(
        context: &[u8],
        shaper: S,
        input: &[u8],
        cuts: &[usize],
    ) -> (Vec<u8>, u64) {
        let mut s = StreamRedactor::with_shaper(Redactor::default(), shaper).with_context(context);
        let mut out = Vec::new();
        let mut at = 0;
        for &cut in cuts {
            let cut = cut.clamp(at, input.len());
            s.push(&input[at..cut], &mut out);
            at = cut;
        }
        s.push(&input[at..], &mut out);
        s.finish(&mut out);
        let rechecked = s.passes[1..]
            .iter()
            .map(|p| p.tally.by_kind().iter().sum::<u64>())
            .sum();
        (out, rechecked)
    }

    /// Values glued so that masking one frees the next, in keys, string
    /// values and bare numbers, across copy boundaries: a re-check pass
    /// that takes the first pass's structure renders every finding as one
    /// that follows its own would, for any chunking.
    #[test]
    fn shared_structure_renders_like_own_structure() {
        const GLUED: &[&str] = &[
            "jane@example.com+33 6 12 34 56 78",
            "+33 6 12 34 56 78,+44 20 7946 0958",
            "4111 1111 1111 1111 0612345678",
            "a.b@example.org4111111111111111",
            "x@y.fr.0612345678 call",
            "tel: 06 12 34 56 78 ext 12@b.io",
        ];
        let mut rng = crate::TestRandom::new(0x853C_49E6_748F_EA9B);
        let mut random = |n: usize| rng.below(n);
        let mut rechecked = 0;
        for round in 0..60 {
            let mut doc = String::from("[");
            // Past a copy boundary (32 KiB) in some rounds.
            let members = if round % 10 == 0 { 900 } else { 20 };
            for i in 0..members {
                let glued = GLUED[random(GLUED.len())];
                let member = match random(4) {
                    0 => format!(r#"{{"{glued}":1}}"#),
                    1 => format!(
                        r#"{{"n":{}}}"#,
                        ["4111111111111111", "6011000990139424", "12"][random(3)]
                    ),
                    _ => format!(r#"{{"text":"note {i}: {glued} and {glued}"}}"#),
                };
                if i > 0 {
                    doc.push(',');
                }
                doc.push_str(&member);
            }
            doc.push(']');
            let input = doc.as_bytes();
            let mut cuts: Vec<usize> = (0..random(6)).map(|_| random(input.len() + 1)).collect();
            cuts.sort_unstable();
            let (own, _) = run(Unshared::default(), input, &cuts);
            let (shared, found) = run(JsonShaper::default(), input, &cuts);
            assert_eq!(shared, own, "round {round}, cuts {cuts:?}");
            let (whole, _) = run(JsonShaper::default(), input, &[]);
            assert_eq!(shared, whole, "round {round}: chunked differs from whole");
            // After a multipart part's headers, the re-check passes count
            // the same offsets as the first pass: its copies still fit.
            let part_headers = b"--b\r\nContent-Type: application/json\r\n\r\n";
            let (after_headers, _) = run_after(part_headers, JsonShaper::default(), input, &cuts);
            assert_eq!(after_headers, own, "round {round}: after a context");
            rechecked += found;
        }
        // The re-check passes did find something to render.
        assert!(rechecked > 0);
    }

    /// A re-check pass that shares the first pass's structure keeps what
    /// it may catch up from, and written bytes pile up to as many before
    /// they are dropped: each pass still holds at most twice what it needs.
    #[test]
    fn shared_structure_keeps_memory_bounded() {
        let mut s = StreamRedactor::with_shaper(Redactor::default(), JsonShaper::default());
        let mut out = Vec::new();
        let member = br#"{"body":"call 020 7946 0018 or mail a.b@example.org","id":12},"#;
        let chunk = member.repeat(300);
        s.push(b"[", &mut out);
        let needed = chunk.len() + MAX_LOOKAHEAD + MAX_LOOKBEHIND + 2 * CHECKPOINT_EVERY as usize;
        let bound = crate::redact::PASSES * (2 * needed + COMPACT_AFTER);
        let rounds = 2 * bound / chunk.len();
        for _ in 0..rounds {
            s.push(&chunk, &mut out);
            assert!(s.held() <= bound, "{} > {bound}", s.held());
            out.clear();
        }
    }
}
