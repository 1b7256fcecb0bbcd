//! The matcher core: bytes in, findings out. No I/O, no async, no HTTP.
//!
//! [`Detector::find_iter`] runs the [prefilter](prefilter) over the input
//! and, at each anchor it returns, the verifier for what the anchor can
//! start: the [numeric](numeric) verifier (cards, phones) at a digit, `+`
//! or `(`, the [email](email) verifier at an `@`. Escapes (`%40`,
//! `\u0040`, `\u0034` …) are seen through by decoding lazily around the
//! anchor ([text]); findings are raw byte offsets covering whole escapes.
//!
//! Matching is greedy and leftmost per family: after a card or phone, the
//! next number may start only at its end; after an email, the next email
//! only at its end. The two families never overlap (the numeric boundary
//! rules refuse a number that runs into an address), so the result is a
//! sorted list of disjoint findings.
//!
//! [`reference`] is the slow oracle: it decodes the whole input first and
//! tries every position. The fast path must agree with it on every input.

pub mod card;
pub mod context;
pub mod email;
pub mod luhn;
pub mod numeric;
pub mod phone_plan;
pub mod prefilter;
pub mod reference;
pub mod text;

use prefilter::{Anchors, Prefilter};
use text::{EscapeFreeText, FencedText, RawText, Text};

/// What a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A payment card number.
    Card,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
}

impl Kind {
    /// All kinds, in a fixed order.
    pub const ALL: [Kind; 3] = [Kind::Card, Kind::Email, Kind::Phone];

    /// The lowercase name used in output and configuration.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Card => "card",
            Kind::Email => "email",
            Kind::Phone => "phone",
        }
    }

    /// Parses a name as written by [`Kind::name`].
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of kinds to detect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    /// Every kind.
    pub const ALL: KindSet = KindSet(0b111);
    /// No kind.
    pub const NONE: KindSet = KindSet(0);

    /// Whether `kind` is in the set.
    #[inline]
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// The set with `kind` added.
    pub fn with(self, kind: Kind) -> KindSet {
        KindSet(self.0 | kind.bit())
    }

    /// The set with `kind` removed.
    pub fn without(self, kind: Kind) -> KindSet {
        KindSet(self.0 & !kind.bit())
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(iter: I) -> Self {
        iter.into_iter().fold(KindSet::NONE, KindSet::with)
    }
}

/// One detected value: its kind and raw byte range `start..end`.
///
/// A finding holds offsets only, never the bytes, so it can be logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// What was found.
    pub kind: Kind,
}

impl Finding {
    /// The range of raw bytes the finding covers.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// The longest raw span the verifiers read *after* an anchor, including
/// lookahead: an email of [`email::MAX_ADDRESS`] characters, each of which
/// may be an escape of up to [`text::MAX_ESCAPE_LEN`] bytes, plus a boundary check. A stream must hold this
/// much past the last anchor it scans.
pub const MAX_LOOKAHEAD: usize = (email::MAX_ADDRESS + 8) * text::MAX_ESCAPE_LEN;

/// The longest raw span the verifiers read *before* an anchor: an email's
/// local part and the header that may name it a message id, or the
/// context-word window, escaped, plus boundary checks.
pub const MAX_LOOKBEHIND: usize = (email::MAX_LOCAL + email::LOOK_PAST_ID) * text::MAX_ESCAPE_LEN;

/// How far, in raw bytes, a verifier reads from its anchor in either
/// direction (the larger of [`MAX_LOOKAHEAD`] and [`MAX_LOOKBEHIND`]): a
/// mask farther than this cannot change a decision.
pub const MASK_REACH: usize = if MAX_LOOKAHEAD > MAX_LOOKBEHIND {
    MAX_LOOKAHEAD
} else {
    MAX_LOOKBEHIND
};

/// The byte masks are written with; the re-check pass looks for it.
const MASK_BYTE: u8 = b'*';

/// Where a resumable scan stands; positions are offsets into the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScanState {
    /// Anchors before this were handled; always a character boundary.
    pub pos: usize,
    /// End of the last card or phone finding: the next one starts here or later.
    pub numeric_end: Option<usize>,
    /// End of the last email finding.
    pub email_end: Option<usize>,
    /// The last phones found, which a number that repeats one is.
    pub earlier_phones: numeric::EarlierPhones,
}

impl ScanState {
    /// Moves every position back by `by`, for a buffer that dropped `by`
    /// bytes from its front.
    pub fn rebase(&mut self, by: usize) {
        self.pos -= by;
        self.numeric_end = self.numeric_end.map(|e| e.saturating_sub(by));
        self.email_end = self.email_end.map(|e| e.saturating_sub(by));
        self.earlier_phones.rebase(by);
    }
}

/// The matcher. Cheap to clone; build once and share.
#[derive(Clone, Debug)]
pub struct Detector {
    kinds: KindSet,
    prefilter: Prefilter,
    plus_is_space: bool,
    near_masks_only: bool,
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

/// Builds a [`Detector`].
#[derive(Clone, Debug)]
pub struct DetectorBuilder {
    kinds: KindSet,
    prefilter: Option<Prefilter>,
    plus_is_space: bool,
    near_masks_only: bool,
}

impl DetectorBuilder {
    /// Which kinds to detect (all by default).
    pub fn kinds(mut self, kinds: KindSet) -> Self {
        self.kinds = kinds;
        self
    }

    /// Forces a prefilter kernel (the fastest available by default); for
    /// benchmarks and tests.
    pub fn prefilter(mut self, prefilter: Prefilter) -> Self {
        self.prefilter = Some(prefilter);
        self
    }

    /// Reads `+` as a space (form-urlencoded bodies); off by default.
    pub fn plus_as_space(mut self, yes: bool) -> Self {
        self.plus_is_space = yes;
        self
    }

    /// Verifies only anchors within [`MASK_REACH`] bytes of a mask byte
    /// (`*`): the re-check pass over masked output (see
    /// [`crate::redact`]), which can only find something where masking
    /// changed a verifier's view. Off by default.
    pub fn near_masks_only(mut self, yes: bool) -> Self {
        self.near_masks_only = yes;
        self
    }

    /// The detector.
    pub fn build(self) -> Detector {
        Detector {
            kinds: self.kinds,
            prefilter: self.prefilter.unwrap_or_else(Prefilter::detect),
            plus_is_space: self.plus_is_space,
            near_masks_only: self.near_masks_only,
        }
    }
}

impl Detector {
    /// A detector for every kind with the fastest prefilter this CPU has.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// A builder with the defaults of [`Detector::new`].
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder {
            kinds: KindSet::ALL,
            prefilter: None,
            plus_is_space: false,
            near_masks_only: false,
        }
    }

    /// The kinds this detector finds.
    pub fn kinds(&self) -> KindSet {
        self.kinds
    }

    /// A builder that starts from this detector's settings.
    pub fn to_builder(&self) -> DetectorBuilder {
        DetectorBuilder {
            kinds: self.kinds,
            prefilter: Some(self.prefilter),
            plus_is_space: self.plus_is_space,
            near_masks_only: self.near_masks_only,
        }
    }

    /// Whether `+` is read as a space.
    pub fn plus_is_space(&self) -> bool {
        self.plus_is_space
    }

    /// The prefilter kernel in use.
    pub fn prefilter(&self) -> Prefilter {
        self.prefilter
    }

    /// Every finding in `hay`, in order.
    pub fn find_iter(&self, hay: &[u8]) -> std::vec::IntoIter<Finding> {
        let mut out = Vec::new();
        self.find_all_into(hay, &mut out);
        out.into_iter()
    }

    /// Appends every finding in `hay` to `out`, in order.
    pub fn find_all_into(&self, hay: &[u8], out: &mut Vec<Finding>) {
        let mut state = ScanState::default();
        self.scan(hay, &mut state, hay.len(), out);
    }

    /// Decides a number anchor at `hit` with an escape or a wide character
    /// within a number's reach, on the raw bytes of `fence` (see
    /// [`FencedText`]): as the escape-free path does, or `None` when that
    /// would read outside the fence.
    #[inline(never)]
    fn number_in_fence(
        &self,
        hay: &[u8],
        fence: std::ops::Range<usize>,
        is_digit: bool,
        hit: usize,
        next: usize,
        state: &ScanState,
    ) -> Option<NumberStep> {
        if !fence.contains(&hit) {
            return None;
        }
        let fenced = FencedText::new(hay, self.plus_is_space, fence.clone());
        let hopeless = if is_digit {
            // The digit run and the byte after it are read raw.
            let run_end = hay[hit..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .map_or(hay.len(), |i| hit + i);
            if (run_end + 1).min(hay.len()) > fence.end {
                return None;
            }
            numeric::hopeless_digits_end_on(&fenced, hay, hit)
        } else {
            numeric::short_run_end(&fenced, hit)
        };
        if fenced.strayed() {
            return None;
        }
        if let Some(end) = hopeless {
            return Some(NumberStep::SkipTo(end.max(next)));
        }
        let read = NumberRead {
            is_digit,
            escape_free: false,
            run_checked: true,
        };
        let step = decide_number(&fenced, read, hay, hit, next, state, self.kinds);
        (!fenced.strayed()).then_some(step)
    }

    /// Handles the anchors in `hay[state.pos..until]`, appending findings to
    /// `out`. The verifiers may read up to [`MAX_LOOKAHEAD`] bytes past
    /// `until` and [`MAX_LOOKBEHIND`] before `state.pos`, so a stream calls
    /// this with that much data around the range; a whole input passes
    /// `until = hay.len()`. What `out` holds already, past the findings
    /// this state's earlier calls appended, is left alone.
    pub fn scan(&self, hay: &[u8], state: &mut ScanState, until: usize, out: &mut Vec<Finding>) {
        let text = RawText::with_plus_as_space(hay, self.plus_is_space);
        // Where no escape is within a verifier's reach of an anchor, the
        // verifiers read raw bytes: stepping back over a digit then needs
        // no check for the tail of an escape.
        let plain = EscapeFreeText::with_plus_as_space(hay, self.plus_is_space);
        // Escape-free reads need no escape within what a verifier reads:
        // numbers read much less far than addresses, so each family keeps
        // its own cursor.
        let mut near_number =
            EscapeCursor::<{ numeric::REACH_BEHIND }, { numeric::REACH_AHEAD }>::new();
        let mut near_address = EscapeCursor::<MAX_LOOKBEHIND, MAX_LOOKAHEAD>::new();
        let mut landmarks = Landmarks::default();
        // Searched at other offsets than the cursors': kept apart so that
        // neither undoes the other's memo.
        let mut fence_landmarks = Landmarks::default();
        let mut anchors = Anchors::default();
        // The next Arabic-Indic digit, which the prefilter leaves to the
        // scan (see `find_arabic_digit`); searched again only once passed.
        let mut next_arabic_digit = None;
        let first_new = out.len();
        // The ends of the last findings earlier calls with this state made.
        let earlier_ends = (state.numeric_end, state.email_end);
        let numeric = self.kinds.contains(Kind::Card) || self.kinds.contains(Kind::Phone);
        let email = self.kinds.contains(Kind::Email);
        if !numeric && !email {
            // Nothing to look for: no anchor is worth visiting.
            state.pos = state.pos.max(until);
            return;
        }
        let mut pos = state.pos;
        // Mask bytes, for the re-check passes: the first at or after the
        // start of an address's reach, and of a number's.
        let mut masks_for_any = FoundFrom::default();
        let mut masks_for_numbers = FoundFrom::default();
        // `@`, `%` and `\`: where a stretch of numbers ends in a re-check.
        let mut other_anchors = FoundFrom::default();
        let find_mask = |hay: &[u8], from: usize, to: usize| {
            memchr::memchr(MASK_BYTE, hay.get(from..to)?).map(|i| from + i)
        };
        while pos < until {
            let prefiltered = anchors.next(&self.prefilter, hay, pos);
            let arabic = match next_arabic_digit {
                Some(at) if at >= pos => at,
                // (From the cursors' memo, which searches a stretch once.)
                _ => *next_arabic_digit.insert(landmarks.arabic_digits.first_from(
                    hay,
                    pos,
                    find_arabic_digit,
                )),
            };
            let hit = prefiltered.unwrap_or(usize::MAX).min(arabic);
            if hit >= until {
                pos = until;
                break;
            }
            // A digit is never the start of an escape: no decoding.
            let (c, next) = match hay[hit] {
                digit @ b'0'..=b'9' => (digit, hit + 1),
                _ => match text.next(hit) {
                    Some(decoded) => decoded,
                    None => break,
                },
            };
            pos = next;
            if self.near_masks_only {
                let first =
                    masks_for_any.first_from(hay, hit.saturating_sub(MASK_REACH), find_mask);
                if first == usize::MAX {
                    // No mask from here on: no later anchor is near one.
                    pos = until;
                    break;
                }
                // Where no escape is near a number, its verifiers read no
                // further than the numeric reach, in bytes: only a mask
                // there can change what the first pass decided.
                let number_reads_raw = matches!(c, b'0'..=b'9' | b'+' | b'(')
                    && numeric
                    && near_number.none_near(hay, hit, &mut landmarks);
                let nearest_mask_ahead = if number_reads_raw {
                    let from = hit.saturating_sub(numeric::REACH_BEHIND);
                    let first = masks_for_numbers.first_from(hay, from, find_mask);
                    first.saturating_sub(numeric::REACH_AHEAD)
                } else {
                    first.saturating_sub(MASK_REACH)
                };
                if nearest_mask_ahead > hit {
                    // Nothing masked within reach: the first pass decided
                    // this anchor on the same bytes, and found nothing.
                    // The rest of a digit run starts nothing either.
                    if c.is_ascii_digit() {
                        pos = skip_digits(&text, next);
                    }
                    if number_reads_raw {
                        // Nor does any number before the next mask's reach,
                        // as long as no escape comes within a number's
                        // reach and no anchor of another kind (`@`, an
                        // escape) comes first.
                        let other = other_anchors.first_from(hay, hit, |hay, from, to| {
                            memchr::memchr3(b'@', b'%', b'\\', hay.get(from..to)?).map(|i| from + i)
                        });
                        let escape_reach = near_number
                            .nearest
                            .saturating_sub(numeric::REACH_AHEAD + text::MAX_ESCAPE_LEN + 1);
                        let resume = nearest_mask_ahead.min(other).min(escape_reach).min(until);
                        pos = pos.max(resume);
                    }
                    continue;
                }
            }
            match c {
                b'0'..=b'9' | b'+' | b'(' if numeric => {
                    if state.numeric_end.is_some_and(|e| hit < e) {
                        continue;
                    }
                    let is_digit = c.is_ascii_digit();
                    let escape_free = near_number.none_near(hay, hit, &mut landmarks);
                    // Most numbers in text are too short to be anything, or
                    // a lone run (a timestamp, an id) that no card range or
                    // phone plan allows: skip them whole before any other
                    // check.
                    if escape_free {
                        let hopeless = if is_digit {
                            numeric::hopeless_digits_end(hay, hit, self.plus_is_space)
                        } else {
                            numeric::short_run_end(&plain, hit)
                        };
                        if let Some(end) = hopeless {
                            pos = end.max(next);
                            continue;
                        }
                    }
                    let step = if escape_free {
                        // (The run was found long enough above.)
                        decide_number(
                            &plain,
                            NumberRead::escape_free(is_digit),
                            hay,
                            hit,
                            next,
                            state,
                            self.kinds,
                        )
                    } else {
                        near_number
                            .fence(hay, hit, &mut fence_landmarks)
                            .and_then(|fence| {
                                self.number_in_fence(hay, fence, is_digit, hit, next, state)
                            })
                            // Escapes where the verifiers read: decode as they go.
                            .unwrap_or_else(|| {
                                let read = NumberRead::decoded(is_digit);
                                decide_number(&text, read, hay, hit, next, state, self.kinds)
                            })
                    };
                    match step {
                        NumberStep::SkipTo(to) => pos = to,
                        NumberStep::Found(m) => pos = take_number(out, state, hit, m),
                        NumberStep::Next => {}
                    }
                }
                b'@' if email => {
                    let min_start = state.email_end.unwrap_or(0);
                    let found = if near_address.none_near(hay, hit, &mut landmarks) {
                        email::verify_escape_free(&plain, hit, next, min_start)
                    } else {
                        email::verify_raw(&text, hit, next, min_start)
                    };
                    if let Some((start, end)) = found {
                        if start >= min_start {
                            out.push(Finding {
                                kind: Kind::Email,
                                start,
                                end,
                            });
                            state.email_end = Some(end);
                        }
                    }
                }
                _ => {}
            }
        }
        state.pos = pos;
        // An address found now may start before a number an earlier call
        // found (`4111…1111ève@example.co`: the number is its local part):
        // those are weighed together, as one call over the whole input
        // would weigh them. (Only this state's own: a caller may keep other
        // inputs' findings in `out`.)
        let own = |f: &Finding| {
            let end = Some(f.end);
            end == earlier_ends.0 || end == earlier_ends.1
        };
        let earliest_new = out[first_new..].iter().map(|f| f.start).min();
        let from = earliest_new.map_or(first_new, |start| {
            first_new
                - out[..first_new]
                    .iter()
                    .rev()
                    .take_while(|f| f.end > start && own(f))
                    .count()
        });
        normalize(out, from);
    }
}

/// Indices into a table of `N` entries, grouped by one key byte each:
/// the entries with key `k` are `of(k)`, in table order, so a lookup
/// compares only the entries that can match and still finds the table's
/// first. Built at compile time by a stable counting sort.
pub(crate) struct ByteIndex<const N: usize> {
    order: [u16; N],
    starts: [u16; 257],
}

impl<const N: usize> ByteIndex<N> {
    /// The index of a table whose entry `i` has key `keys[i]`.
    pub(crate) const fn new(keys: [u8; N]) -> Self {
        let mut starts = [0u16; 257];
        let mut i = 0;
        while i < N {
            starts[keys[i] as usize + 1] += 1;
            i += 1;
        }
        let mut b = 0;
        while b < 256 {
            starts[b + 1] += starts[b];
            b += 1;
        }
        let mut next = starts;
        let mut order = [0u16; N];
        let mut i = 0;
        while i < N {
            let k = keys[i] as usize;
            order[next[k] as usize] = i as u16;
            next[k] += 1;
            i += 1;
        }
        ByteIndex { order, starts }
    }

    /// The table indices whose key is `key`, in table order.
    #[inline]
    pub(crate) fn of(&self, key: u8) -> &[u16] {
        let k = usize::from(key);
        &self.order[usize::from(self.starts[k])..usize::from(self.starts[k + 1])]
    }
}

/// Finds, for anchors in increasing order, whether an escape's first byte
/// (`%`, `\\` or `&`) or a wide character lies within a verifier's reach: `BEHIND`
/// bytes before the anchor and `AHEAD` after it.
struct EscapeCursor<const BEHIND: usize, const AHEAD: usize> {
    /// The first escape byte at or after the last window's start;
    /// `usize::MAX` for none.
    next_escape: usize,
    /// The first wide character at or after the last window's start;
    /// `usize::MAX` for none.
    next_wide: usize,
    /// The nearer of the two.
    nearest: usize,
    /// Whether the two were searched for at all.
    searched: bool,
}

impl<const BEHIND: usize, const AHEAD: usize> EscapeCursor<BEHIND, AHEAD> {
    fn new() -> Self {
        EscapeCursor {
            next_escape: usize::MAX,
            next_wide: usize::MAX,
            nearest: usize::MAX,
            searched: false,
        }
    }

    /// Whether `hay` holds no `%`, `\\` or wide character in the reach around
    /// `hit`, widened by an escape's length so that none reaches into the
    /// window from outside.
    #[inline(always)]
    fn none_near(&mut self, hay: &[u8], hit: usize, found: &mut Landmarks) -> bool {
        let low = hit.saturating_sub(BEHIND + text::MAX_ESCAPE_LEN);
        if !self.searched || self.nearest < low {
            self.refresh(hay, low, found);
        }
        self.nearest > hit + AHEAD + text::MAX_ESCAPE_LEN
    }

    #[cold]
    fn refresh(&mut self, hay: &[u8], low: usize, found: &mut Landmarks) {
        if !self.searched || self.next_escape < low {
            self.next_escape = found.escapes.first_from(hay, low, find_escape);
        }
        if !self.searched || self.next_wide < low {
            self.next_wide = found.first_wide_from(hay, low);
        }
        self.nearest = self.next_escape.min(self.next_wide);
        self.searched = true;
    }

    /// Right after [`none_near`](Self::none_near) said no for `hit`: the
    /// stretch around it where raw bytes read as decoded text (see
    /// [`FencedText`]), from the cursor's own search where it can be; `None`
    /// when more than one landmark lies in the reach before `hit`.
    fn fence(
        &self,
        hay: &[u8],
        hit: usize,
        found: &mut Landmarks,
    ) -> Option<std::ops::Range<usize>> {
        let low = hit.saturating_sub(BEHIND + text::MAX_ESCAPE_LEN);
        // The first landmark at or after `low`.
        let first = self.nearest;
        if first >= hit {
            let lo = if low == 0 {
                0
            } else {
                low + text::MAX_ESCAPE_LEN
            };
            return Some(lo..first.min(hay.len()));
        }
        let after = found.first_from(hay, first + 1);
        (after >= hit).then(|| first + 1 + text::MAX_ESCAPE_LEN..after.min(hay.len()))
    }
}

/// Records the number `m` found at `hit`; the scan goes on at its end.
#[inline(always)]
fn take_number(
    out: &mut Vec<Finding>,
    state: &mut ScanState,
    hit: usize,
    m: numeric::NumberMatch,
) -> usize {
    out.push(Finding {
        kind: m.kind,
        start: hit,
        end: m.end,
    });
    state.numeric_end = Some(m.end);
    if let Some(digits) = m.phone_digits {
        state.earlier_phones.remember(digits, m.end);
    }
    m.end
}

/// What is known of a number anchor before it is decided.
#[derive(Clone, Copy)]
struct NumberRead {
    /// Its character is a digit.
    is_digit: bool,
    /// No escape is within a number's reach.
    escape_free: bool,
    /// Its run was already found long enough ([`numeric::short_run_end`]).
    run_checked: bool,
}

impl NumberRead {
    /// An anchor on the escape-free path, past the early exits.
    fn escape_free(is_digit: bool) -> NumberRead {
        NumberRead {
            is_digit,
            escape_free: true,
            run_checked: true,
        }
    }

    /// An anchor read through the decoding view.
    fn decoded(is_digit: bool) -> NumberRead {
        NumberRead {
            is_digit,
            escape_free: false,
            run_checked: false,
        }
    }
}

/// Decides a number anchor at `hit` (its character ends at `next`) on
/// `view`, past the early exits for short and lone runs.
#[inline]
fn decide_number(
    view: &impl Text,
    read: NumberRead,
    hay: &[u8],
    hit: usize,
    next: usize,
    state: &ScanState,
    kinds: KindSet,
) -> NumberStep {
    let follows = || follows_finding(view, hit, state.numeric_end, state.email_end);
    // Inside a word (`c_7f3a9e10`, `SKU12345`, a digit run): no number
    // starts here or anywhere else in the word, but after a phone word
    // glued to one (`WhatsApp0837…`).
    if read.is_digit
        && glued_to_word(hay, hit, read.escape_free)
        && !follows()
        && !numeric::after_glued_phone_word(view, hit)
        && !numeric::glued_number_may_start(view, hit)
    {
        return NumberStep::SkipTo(skip_word(hay, next));
    }
    // Inside a digit run: not a start, and neither is the rest of it; but
    // right after a finding, which may end where a run goes on (an
    // address before a full-width digit, `…example.com０0049 …`), as the
    // reference tries every position.
    if read.is_digit && view.peek_back(hit).is_some_and(|b| b.is_ascii_digit()) && !follows() {
        return NumberStep::SkipTo(skip_digits(view, next));
    }
    let floor = state.numeric_end.max(state.email_end).unwrap_or(0);
    let verdict = if read.run_checked {
        numeric::verify_long(view, hit, follows(), floor, kinds, &state.earlier_phones)
    } else {
        numeric::verify(view, hit, follows(), floor, kinds, &state.earlier_phones)
    };
    match verdict {
        Some(m) => NumberStep::Found(m),
        None if read.is_digit && !follows() => NumberStep::SkipTo(skip_digits(view, next)),
        None => NumberStep::Next,
    }
}

/// What the scan does after a number anchor.
enum NumberStep {
    /// Goes on at this position.
    SkipTo(usize),
    /// Takes this number.
    Found(numeric::NumberMatch),
    /// Goes on after the anchor.
    Next,
}

impl Landmarks {
    /// The first escape byte or wide character at or after `at`, or `usize::MAX`.
    fn first_from(&mut self, hay: &[u8], at: usize) -> usize {
        let escape = self.escapes.first_from(hay, at, find_escape);
        escape.min(self.first_wide_from(hay, at))
    }

    /// The first wide character at or after `at`, or `usize::MAX`.
    fn first_wide_from(&mut self, hay: &[u8], at: usize) -> usize {
        let wide = self.wide_chars.first_from(hay, at, find_wide_char);
        // (Searched apart: the leads of the Arabic-Indic digits start most
        // Arabic letters, and the search for the others may read far past
        // the next digit.)
        wide.min(self.arabic_digits.first_from(hay, at, find_arabic_digit))
    }
}

/// The first escape byte (`%`, `\\` or an entity's `&`) in `hay[from..to]`.
fn find_escape(hay: &[u8], from: usize, to: usize) -> Option<usize> {
    memchr::memchr3(b'%', b'\\', b'&', hay.get(from..to)?).map(|i| from + i)
}

/// The first wide character (see [`text::typographic_ascii`]) in
/// `hay[from..to]`, but for the Arabic-Indic digits
/// ([`find_arabic_digit`]).
fn find_wide_char(hay: &[u8], from: usize, to: usize) -> Option<usize> {
    let first_of = |leads: &dyn Fn(&[u8]) -> Option<usize>, to: usize| {
        let mut from = from;
        while let Some(i) = leads(hay.get(from..to)?) {
            if text::wide_char_at(hay, from + i).is_some() {
                return Some(from + i);
            }
            from += i + 1;
        }
        None
    };
    // (Two searches cover the four leads, the second only up to what the
    // first found: the ideographic space's lead, `0xE3`, which CJK text
    // is full of, is looked for alone.)
    let first = first_of(&|h| memchr::memchr3(0xC2, 0xE2, 0xEF, h), to);
    let ideographic_space = first_of(&|h| memchr::memchr(0xE3, h), first.unwrap_or(to));
    ideographic_space.or(first)
}

/// The first Arabic-Indic digit (or Persian one) that starts in
/// `hay[from..to]` (its second byte may lie at `to`): the anchors the
/// prefilter leaves to the scan (see
/// [`prefilter::class::ARABIC_DIGIT_LEAD`]). Their lead bytes also start
/// most Arabic letters: text without any is searched for the leads, the
/// fastest search there is, and from the first lead that starts a letter
/// on, the twenty two-byte sequences are searched for as a whole, which
/// does not stop at every letter.
#[cold]
fn find_arabic_digit(hay: &[u8], from: usize, to: usize) -> Option<usize> {
    static DIGITS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let lead = from + memchr::memchr2(0xD9, 0xDB, hay.get(from..to)?)?;
    if starts_arabic_digit(hay, lead) {
        return Some(lead);
    }
    let digits = DIGITS.get_or_init(|| {
        let sequences = (0..10u8).flat_map(|d| [[0xD9, 0xA0 + d], [0xDB, 0xB0 + d]]);
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(sequences)
            .ok()
    });
    let rest = lead + 1;
    let end = to.saturating_add(1).min(hay.len());
    let found = match digits {
        Some(searcher) => searcher.find(hay.get(rest..end)?).map(|m| rest + m.start()),
        // (The automaton is built from twenty fixed sequences and cannot
        // fail; were it ever to, the leads are searched for one by one.)
        None => find_arabic_digit_by_lead(hay, rest, to),
    };
    found.filter(|&at| at < to)
}

/// [`find_arabic_digit`] by its lead bytes and a look at the byte after.
fn find_arabic_digit_by_lead(hay: &[u8], mut from: usize, to: usize) -> Option<usize> {
    while let Some(i) = memchr::memchr2(0xD9, 0xDB, hay.get(from..to)?) {
        let at = from + i;
        if starts_arabic_digit(hay, at) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether an Arabic-Indic digit starts at `at`.
#[inline]
fn starts_arabic_digit(hay: &[u8], at: usize) -> bool {
    hay.get(at + 1)
        .is_some_and(|&b| text::arabic_digit_of(hay[at], b).is_some())
}

/// Escape bytes and wide characters (see [`text::typographic_ascii`]) as the
/// cursors have found them, shared so that each stretch of input is
/// searched once, not once per cursor.
#[derive(Default)]
struct Landmarks {
    escapes: FoundFrom,
    wide_chars: FoundFrom,
    arabic_digits: FoundFrom,
}

/// The last answer to "where is the first landmark at or after `from`".
#[derive(Default)]
struct FoundFrom {
    /// `(from, next)`: the first landmark at or after `from` is at `next`
    /// (`usize::MAX`: none), if anything was searched yet.
    known: Option<(usize, usize)>,
}

impl FoundFrom {
    /// The first landmark at or after `from`, or `usize::MAX`; `search`
    /// finds the first in `hay[from..to]`.
    fn first_from(
        &mut self,
        hay: &[u8],
        from: usize,
        search: impl Fn(&[u8], usize, usize) -> Option<usize>,
    ) -> usize {
        let next = match self.known {
            Some((known_from, next)) if known_from <= from && next >= from => next,
            // Only the stretch before what is known needs a search.
            Some((known_from, next)) if from < known_from => {
                search(hay, from, known_from).unwrap_or(next)
            }
            _ => search(hay, from, hay.len()).unwrap_or(usize::MAX),
        };
        self.known = Some((from, next));
        next
    }
}

/// Whether a number at `pos` directly follows a finding: it starts where
/// one ended, or one character after. Such a number is a new one even when
/// glued to the finding or after its last digit group, and must be, for
/// masking to be idempotent: `…@example.com+33 6 12 34 56 78` and
/// `…56 78,+33 6 …` still hold a phone once what is before it is masked.
#[inline]
pub(crate) fn follows_finding(
    text: &impl Text,
    pos: usize,
    numeric_end: Option<usize>,
    email_end: Option<usize>,
) -> bool {
    let ended_at = |p: usize| numeric_end == Some(p) || email_end == Some(p);
    ended_at(pos) || text.prev(pos).is_some_and(|(_, p)| ended_at(p))
}

/// Whether the raw byte before `at` is a letter, digit or `_` that is not
/// the tail of an escape: then `at` is inside a word. Conservative: any
/// byte that might end an escape answers `false` and leaves the decision
/// to the verifier. `escape_free` says the caller knows no escape is near.
#[inline]
fn glued_to_word(hay: &[u8], at: usize, escape_free: bool) -> bool {
    let Some(&b) = at.checked_sub(1).and_then(|i| hay.get(i)) else {
        return false;
    };
    // (Six bytes back reach the `%` or `\\` of every escape that ends in a
    // letter or digit: the longer ones, HTML references, end in `;`.)
    let no_escape_ends_at = |end: usize| {
        escape_free
            || !hay[end.saturating_sub(6)..end]
                .iter()
                .any(|&c| matches!(c, b'%' | b'\\' | b'&'))
    };
    // An `_` after no letter or digit may open emphasis (`_4111 …_`).
    if b == b'_' {
        return at >= 2 && hay[at - 2].is_ascii_alphanumeric() && no_escape_ends_at(at - 1);
    }
    b.is_ascii_alphanumeric() && no_escape_ends_at(at)
}

/// Skips the rest of a word of ASCII letters, digits and `_` from `pos`
/// (raw bytes: a word holds no escape, whose first byte is `%`, `\` or `&`),
/// but for a digit glued to a phone word (`…WhatsApp0837…`), where a
/// number may start.
#[inline]
fn skip_word(hay: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = hay.get(pos) {
        if !(b.is_ascii_alphanumeric() || b == b'_') {
            break;
        }
        if b.is_ascii_digit()
            && hay[pos - 1].is_ascii_alphabetic()
            && numeric::raw_letters_end_with_glued_phone_word(hay, pos)
        {
            break;
        }
        pos += 1;
    }
    pos
}

#[inline]
fn skip_digits(text: &impl Text, mut pos: usize) -> usize {
    while let Some((c, next)) = text.next(pos) {
        if !c.is_ascii_digit() {
            break;
        }
        pos = next;
    }
    pos
}

/// Sorts `out[from..]` and drops any finding that overlaps an earlier one.
///
/// The verifiers' boundary rules keep numbers and addresses apart, so this
/// normally only restores order (an email is found at its `@`, after any
/// number before it); it makes the result well-formed whatever they do.
pub(crate) fn normalize(out: &mut Vec<Finding>, from: usize) {
    let new = &mut out[from..];
    if new.windows(2).all(|w| w[0].end <= w[1].start) {
        return;
    }
    new.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end), f.kind));
    let mut kept = from;
    for i in from..out.len() {
        if kept == from || out[i].start >= out[kept - 1].end {
            out[kept] = out[i];
            kept += 1;
        }
    }
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_offered_after_an_address_is_a_phone() {
        let detector = Detector::new();
        for (text, phone) in [
            (
                "write to aria.vella@go.net.mt or 2718 9274. Thanks",
                "2718 9274",
            ),
            (
                "at n.grech77@maltanet.net / 7979 6801 any time",
                "7979 6801",
            ),
        ] {
            let found: Vec<(Kind, &str)> = detector
                .find_iter(text.as_bytes())
                .map(|f| (f.kind, &text[f.start..f.end]))
                .collect();
            assert_eq!(found.last(), Some(&(Kind::Phone, phone)), "{text}");
        }
        // Not a record the words name after it.
        let text = "write to aria.vella@go.net.mt or order 2718 9274.";
        assert!(detector
            .find_iter(text.as_bytes())
            .all(|f| f.kind == Kind::Email));
    }

    #[test]
    fn arabic_digits_are_found_past_letters_that_share_their_leads() {
        // Letters with the digits' lead bytes (ل م ن ی), digits in both
        // forms, and stretches that end before a digit or inside one.
        let text = "سلام لمنی ۰۹۱۲ و ٠٥٠ x".as_bytes();
        let persian = text.windows(2).position(|w| w == "۰".as_bytes());
        assert_eq!(find_arabic_digit(text, 0, text.len()), persian);
        let arabic = text.windows(2).position(|w| w == "٠".as_bytes());
        let after_persian = persian.map_or(0, |p| p + 8);
        assert_eq!(find_arabic_digit(text, after_persian, text.len()), arabic);
        let p = persian.unwrap_or(0);
        assert_eq!(find_arabic_digit(text, 0, p), None);
        // (A digit that starts in the stretch counts, whole.)
        assert_eq!(find_arabic_digit(text, 0, p + 1), persian);
        assert_eq!(find_arabic_digit("سلام 123".as_bytes(), 0, 11), None);
        // Both searches agree wherever they start and end, a digit cut by
        // the end of the stretch included (its second byte lies past it).
        let mixed: Vec<u8> = "لم٣ن ی۷ ل١٢".bytes().cycle().take(120).collect();
        for from in 0..mixed.len() {
            for to in from..=mixed.len() {
                assert_eq!(
                    find_arabic_digit(&mixed, from, to),
                    find_arabic_digit_by_lead(&mixed, from, to),
                    "{from}..{to}"
                );
            }
        }
        let digit = "x٣".as_bytes();
        assert_eq!(find_arabic_digit(digit, 0, 2), Some(1));
        assert_eq!(find_arabic_digit("لx٣".as_bytes(), 0, 4), Some(3));
    }
}
