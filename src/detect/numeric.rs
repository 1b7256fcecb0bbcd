//! The card and phone verifiers, which share one tokenizer.
//!
//! From an anchor (a digit, `+` or `(` that begins a number) the tokenizer
//! reads a *number token*: digit groups joined by single separators
//! (space, `-`, `.`, `/`, or `+`, which is a space in form bodies) and
//! parentheses. The card and phone rules then look for the longest prefix
//! of groups that is a card or a phone number. Both refuse numbers glued to
//! words, numbers inside longer digit sequences, decimals, paths, and
//! anything that continues into an email address, so a numeric finding
//! never overlaps an email finding.

use super::card;
use super::context::{self, Hint};
use super::luhn;
use super::phone_plan::{self, Plan};
use super::prefilter::BlockClasses;
use super::text::{EscapeFreeText, Text};
use super::{Kind, KindSet};

/// The most digits a token collects; past this it is no card or phone.
const TOKEN_DIGITS: usize = 32;
/// The most groups a token collects.
const MAX_GROUPS: usize = 16;
/// The mask byte, which boundary rules treat as the character it hid.
const MASK: u8 = b'*';
/// How far, in logical characters, the email guard looks past a number.
const EMAIL_GUARD: usize = 64;

/// How many logical characters the card and phone verifiers read past an
/// anchor, at most: a token of [`MAX_GROUPS`] bracketed and separated
/// groups, the groups a number starting in its last one reads on, then the
/// email guard, an extension and a phone word. A scan that knows no escape
/// lies this far ahead may read raw bytes as characters. Checked by
/// recording every read (`reads_stay_within_the_reach`).
pub const REACH_AHEAD: usize = 256;

/// How many logical characters they read before an anchor: the context
/// window and the digit group before the number, and a pretty-printed
/// `"name"` member's line break and indentation before its `"value"`
/// (see `context::NAME_VALUE_SPACE`).
pub const REACH_BEHIND: usize = context::LOOKBACK + 32;

// Within what a stream keeps past and before its last anchor.
const _: () = assert!(REACH_AHEAD * super::text::MAX_ESCAPE_LEN <= super::MAX_LOOKAHEAD);
const _: () = assert!(REACH_BEHIND * super::text::MAX_ESCAPE_LEN <= super::MAX_LOOKBEHIND);

/// One group of digits in a number token.
#[derive(Clone, Copy, Default, Debug)]
struct Group {
    /// Digits in the group.
    len: u8,
    /// Digits in the token up to the end of this group.
    upto: u8,
    /// The separator before the group: 0 for the first group or none.
    sep: u8,
    /// Whether the group was written in parentheses.
    paren: bool,
    /// Position of the group's first character (its `(` if parenthesized).
    start: usize,
    /// Position just past the group (past `)` for a parenthesized one).
    end: usize,
}

/// A number as written: optional `+`, then groups.
struct Token {
    plus: bool,
    /// The `+` is not written but read into a field that holds numbers
    /// in international form (`"wa_id":"4917…"`).
    plus_implied: bool,
    /// Digit values, in order, across all groups.
    digits: [u8; TOKEN_DIGITS],
    digit_count: usize,
    groups: [Group; MAX_GROUPS],
    group_count: usize,
    /// The first group went on past `TOKEN_DIGITS`: a long digit run.
    overflow: bool,
    /// A group after the last one kept that did not fit (`len` is then
    /// only a lower bound), so a prefix knows the number went on.
    cut_group: Option<Group>,
    /// The first group was closed by a bracket it never opened
    /// (`032)337-4295`), which only Korean numbers are written with.
    half_bracket: bool,
    /// The last group has a plain word glued to its end (`… 4940se`): it
    /// may end a number, but carries no layout on (`… 1111 2nd time`).
    glued_end: bool,
}

impl Token {
    fn groups(&self) -> &[Group] {
        &self.groups[..self.group_count]
    }

    /// The group after the first `k`, if the number goes on.
    fn group_after(&self, k: usize) -> Option<Group> {
        if k < self.group_count {
            Some(self.groups[k])
        } else {
            self.cut_group
        }
    }

    /// Digits in the first `k` groups.
    fn digits_in(&self, k: usize) -> usize {
        k.checked_sub(1)
            .map_or(0, |last| usize::from(self.groups[last].upto))
    }

    fn group_lens(&self, k: usize) -> ([u8; MAX_GROUPS + 1], usize) {
        let mut lens = [0; MAX_GROUPS + 1];
        for (l, g) in lens.iter_mut().zip(&self.groups[..k]) {
            *l = g.len;
        }
        (lens, k)
    }
}

/// A verified number: its kind and end position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMatch {
    /// Card or phone.
    pub kind: Kind,
    /// Position just past the number (and its extension, for phones).
    pub end: usize,
    /// A phone's digits, for [`EarlierPhones::remember`].
    pub phone_digits: Option<PhoneDigits>,
}

/// A phone's digits, as one decimal number and a count (a phone has at
/// most [`MAX_PHONE_DIGITS`], which a `u64` holds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhoneDigits {
    value: u64,
    count: u8,
}

const _: () = assert!(MAX_PHONE_DIGITS <= 19, "a u64 holds 19 decimal digits");

/// The last phones found in a body, by their digits. A number that repeats
/// one is that phone again, whatever stands around it: an agent reading
/// back what the customer just gave (`Mit telefonnummer er 8702 0297` …
/// `Bare for at bekræfte: 8702 0297, ikke?`), a signature's number quoted
/// again. Only a number some phone layout allows is asked, and only where
/// no record's word labels it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EarlierPhones {
    entries: [PhoneDigits; EARLIER_PHONES],
    /// Where the next one is written (the oldest is overwritten).
    next: usize,
    /// Where the last one found ends, in the positions of the view it was
    /// found in.
    last_end: Option<usize>,
}

/// "Or" in the languages of the text, between two numbers to call (see
/// [`EarlierPhones::offered_after`]).
const OR_WORDS: &[&[u8]] = &[
    b"or",
    b"eller",
    b"ou",
    b"oder",
    b"o",
    b"of",
    b"lub",
    b"albo",
    b"nebo",
    b"alebo",
    b"vagy",
    b"sau",
    b"veya",
    b"atau",
    b"tai",
    "или".as_bytes(),
    "або".as_bytes(),
    "ή".as_bytes(),
    "או".as_bytes(),
    "أو".as_bytes(),
    "hoặc".as_bytes(),
];

/// How many phones a body's scan remembers.
const EARLIER_PHONES: usize = 8;

/// The fewest digits a repeat needs: a national number without its
/// country code, at least (`8702 0297` after `+45 8702 0297`).
const MIN_REPEAT_DIGITS: u8 = 8;

impl EarlierPhones {
    /// Remembers a phone found, which ends at `end`.
    pub fn remember(&mut self, digits: PhoneDigits, end: usize) {
        self.entries[self.next] = digits;
        self.next = (self.next + 1) % EARLIER_PHONES;
        self.last_end = Some(end);
    }

    /// Moves the last phone's end back by `by`, as the input before it was
    /// let go (see `ScanState::rebase`); forgets it if it lay there.
    pub fn rebase(&mut self, by: usize) {
        self.last_end = self.last_end.and_then(|e| e.checked_sub(by));
    }

    /// Whether the number at `start` is offered as another way to reach
    /// the writer, right after the last phone found, with "or" between
    /// them in a language of the text: `+45 3293 6843 eller 25 98 62 26`,
    /// `… or 020 7946 0018`, `… / 0151 2345678`.
    fn offered_after(&self, text: &impl Text, start: usize) -> bool {
        self.last_end
            .is_some_and(|end| offered_between(text, end, start))
    }

    /// Whether `digits` are those of a phone remembered, or its last
    /// digits (the national number after a country code).
    fn holds(&self, digits: &[u8]) -> bool {
        let PhoneDigits { value, count } = PhoneDigits::of(digits);
        count >= MIN_REPEAT_DIGITS
            && self.entries.iter().any(|e| {
                e.count == count && e.value == value
                    || e.count > count && e.value % 10u64.pow(u32::from(count)) == value
            })
    }
}

/// Whether what stands between a finding that ends at `end` and the
/// number at `start` offers the number as another way to reach the writer,
/// "or" in a language of the text or a slash (`… or 020 7946 0018`,
/// `name@example.com or 2718 9274`).
fn offered_between(text: &impl Text, end: usize, start: usize) -> bool {
    if end >= start {
        return false;
    }
    let mut pos = end;
    let mut between = [0u8; 16];
    let mut len = 0;
    while pos < start {
        let Some((c, next)) = text.next(pos) else {
            return false;
        };
        let Some(slot) = between.get_mut(len) else {
            return false;
        };
        *slot = c.to_ascii_lowercase();
        len += 1;
        pos = next;
    }
    let between = &between[..len];
    let word = between.trim_ascii();
    let spaced = between.first() == Some(&b' ') && between.last() == Some(&b' ');
    word == b"/" || spaced && OR_WORDS.contains(&word)
}

impl PhoneDigits {
    /// `digits` (values 0 to 9, at most [`MAX_PHONE_DIGITS`] of them).
    fn of(digits: &[u8]) -> PhoneDigits {
        let digits = &digits[..digits.len().min(MAX_PHONE_DIGITS)];
        PhoneDigits {
            value: digits.iter().fold(0u64, |v, &d| v * 10 + u64::from(d)),
            count: digits.len() as u8,
        }
    }
}

#[inline]
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

#[inline]
const fn is_separator(c: u8) -> bool {
    matches!(c, b' ' | b'-' | b'.' | b'/' | b'+')
}

/// Whether `c` may stand between two digit groups of one token (a
/// separator or a bracket): the superset the early exits count over.
#[inline]
fn may_join_groups(c: u8) -> bool {
    super::prefilter::is_joiner_byte(c)
}

// The prefilter drops digits by its joiner class (`hopeless_digits`), which
// is sound only if the tokenizer joins groups across no other byte.
const _: () = {
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        assert!(!is_separator(c) || super::prefilter::is_joiner_byte(c));
        b += 1;
    }
    assert!(super::prefilter::is_joiner_byte(b'(') && super::prefilter::is_joiner_byte(b')'));
};

#[inline]
fn is_email_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'+' | b'-')
}

impl Token {
    fn empty() -> Token {
        Token {
            plus: false,
            plus_implied: false,
            digits: [0; TOKEN_DIGITS],
            digit_count: 0,
            groups: [Group::default(); MAX_GROUPS],
            group_count: 0,
            overflow: false,
            cut_group: None,
            half_bracket: false,
            glued_end: false,
        }
    }

    /// Whether the first `k` groups are all of them and the last has a
    /// plain word glued to its end (see [`Token::glued_end`]), as the
    /// tokenizer found.
    fn ends_at_word(&self, k: usize) -> bool {
        self.glued_end && k == self.group_count
    }

    /// Whether the group after the first `k` is the last one and has a
    /// word glued to its end (see [`Token::glued_end`]).
    fn glued_after(&self, k: usize) -> bool {
        self.glued_end && k + 1 == self.group_count
    }
}

/// Reads the number token that starts at `start` into `t`, an empty
/// token; whether it holds a group. (Filled in place: a token is a few
/// hundred bytes, and returning one by value copied it on every anchor.)
fn tokenize(text: &impl Text, start: usize, t: &mut Token) -> bool {
    tokenize_lines(text, start, t, false)
}

/// [`tokenize`], reading on over one line break after a group of four
/// digits or more when `across_line` (see [`card_across_lines`]); the
/// group after it has the separator `\n`.
fn tokenize_lines(text: &impl Text, start: usize, t: &mut Token, across_line: bool) -> bool {
    let mut crossed_line = !across_line;
    let mut pos = start;
    // Where a run of email-local characters read after a group ended
    // short of an `@`.
    let mut no_address_until: Option<usize> = None;
    // A country code in brackets, plus and all: `(+34) 612 345 678`.
    let mut code_in_parens = false;
    // Hungary's trunk and area code bracketed together: `(06-1) 963-0435`.
    // Set when the next group is the area code inside the brackets.
    let mut area_in_parens = false;
    match text.next(pos) {
        Some((b'+', next)) => {
            t.plus = true;
            pos = next;
        }
        Some((b'(', next)) => {
            if let Some((b'+', after)) = text.next(next) {
                t.plus = true;
                code_in_parens = true;
                pos = after;
            }
        }
        _ => {}
    }
    let mut sep = 0u8;
    loop {
        let group_start = if code_in_parens { start } else { pos };
        // (A bracketed code's `(` was read with its `+`.)
        let mut paren = std::mem::take(&mut code_in_parens);
        let area_after_trunk = std::mem::take(&mut area_in_parens);
        if area_after_trunk {
            paren = true;
        }
        if let (false, Some((b'(', next))) = (paren, text.next(pos)) {
            paren = true;
            pos = next;
        }
        let first_digit = t.digit_count;
        let mut full = false;
        // Counted in a local, which stays in a register through the loop.
        let mut count = first_digit;
        while let Some((c, next)) = text.next(pos) {
            if !c.is_ascii_digit() {
                break;
            }
            let Some(slot) = t.digits.get_mut(count) else {
                full = true;
                break;
            };
            *slot = c - b'0';
            count += 1;
            pos = next;
        }
        t.digit_count = count;
        let len = t.digit_count - first_digit;
        if len == 0 {
            break;
        }
        if paren {
            match text.next(pos) {
                Some((b')', next)) => pos = next,
                // (The dash or space is read as a separator below:
                // `(06-1)`, `(06 1)`; so too Lithuania's trunk before its
                // area code, `(8 5)`, `(8 691)`.)
                Some((b'-' | b' ', next))
                    if t.group_count == 0
                        && matches!(t.digits[..count], [0, 6] | [8])
                        && text.peek(next).is_some_and(|c| c.is_ascii_digit()) =>
                {
                    area_in_parens = true;
                }
                // (Brackets opened before a trunk are closed after its
                // area code, or the token is none.)
                _ if t.group_count == 0 || area_after_trunk => return false,
                _ => {
                    t.digit_count = first_digit;
                    break;
                }
            }
        } else if t.group_count == 0 && !t.plus && (2..=4).contains(&len) && t.digits[0] == 0 {
            // A Korean area code closed by a bracket it never opened:
            // `032)337-4295`, `02)7461-7605`.
            if let Some((b')', next)) = text.next(pos) {
                if text.peek(next).is_some_and(|c| c.is_ascii_digit()) {
                    paren = true;
                    t.half_bracket = true;
                    pos = next;
                }
            }
        }
        // A later group glued to a word (`… 78 0jane@…`) is the start of
        // that word, not part of this number, unless the word is a plain
        // one, the space before it left out (`… 4940se do …`: see
        // [`plain_word_after`]); then it is the number's last group.
        // So is one that runs on into an address (`… 2221-0000-0009jane@…`).
        let mut ends_at_word = false;
        let glued = match text.next(pos) {
            Some((MASK | b'_', _)) if closes_emphasis(text, pos) => false,
            // (A digit can only follow a `)`: `(0)20`, the next group.)
            // (Not a short one: `… 56 21st`, `… 78 10am` are words of their
            // own.)
            Some((c, _)) if c.is_ascii_alphabetic() => {
                ends_at_word = len >= 3 && plain_word_after(text, pos);
                !ends_at_word
            }
            Some((b'_' | b'@' | MASK, _)) => true,
            Some((b'.' | b'-' | b'+', after)) => {
                // Groups of one dashed or dotted run all lead to where it
                // ends: read it once.
                if no_address_until.is_some_and(|end| after <= end) {
                    false
                } else {
                    match local_run(text, after) {
                        LocalRun::ReachesAt => true,
                        LocalRun::EndsAt(end) => {
                            no_address_until = Some(end);
                            false
                        }
                        LocalRun::TooLong => false,
                    }
                }
            }
            _ => false,
        };
        if t.group_count > 0 && glued {
            t.digit_count = first_digit;
            break;
        }
        if full || t.group_count == MAX_GROUPS {
            if t.group_count == 0 {
                t.overflow = true;
            } else {
                t.digit_count = first_digit;
                t.cut_group = Some(Group {
                    len: len as u8,
                    upto: (first_digit + len) as u8,
                    sep,
                    paren,
                    start: group_start,
                    end: pos,
                });
            }
            break;
        }
        t.groups[t.group_count] = Group {
            len: len as u8,
            upto: t.digit_count as u8,
            sep,
            paren,
            start: group_start,
            end: pos,
        };
        t.group_count += 1;
        t.glued_end = ends_at_word;
        // The verifiers weigh prefixes of at most [`MOST_DIGITS_WEIGHED`]
        // digits, and the two groups after each: a long sequence (a table
        // row, a list of ids) is read no further.
        if t.group_count >= 2 && usize::from(t.groups[t.group_count - 2].upto) > MOST_DIGITS_WEIGHED
        {
            break;
        }
        if !crossed_line && len >= 4 {
            if let Some(next) = line_break_end(text, pos) {
                crossed_line = true;
                sep = b'\n';
                pos = next;
                continue;
            }
        }
        // What joins this group to the next, if anything does.
        match text.next(pos) {
            Some((c, next)) if is_separator(c) => {
                // Text copied from a PDF or a printed form may double the
                // space between groups (`5430  6138  0970  8240`). German
                // writing may set an area code apart with a spaced slash or
                // dash (`030 / 3624258`, `0231/ 7085330`, `0172 - 9992014`),
                // which reads as the slash it stands for; only after a first
                // group that can be one (`4976…4020 - 8 533 517,78 EUR` is a
                // card and an amount).
                // (Or after a country code, and a trunk 0 in brackets:
                // `+49 (0)30 / 903 31 22`, `+49 (0) 30 - 941 72 86`.)
                let area_code = || {
                    (2..=5).contains(&len)
                        && (t.group_count == 1 && t.digits[0] == 0
                            || t.plus && (2..=3).contains(&t.group_count))
                };
                // The character after the separator is read once in the
                // common case, a digit.
                let after_sep = text.next(next);
                let (c, next, following) = match (c, after_sep) {
                    (_, Some((d, _))) if d.is_ascii_digit() => (c, next, Some(d)),
                    (b' ', Some((b' ', after))) => (c, after, text.peek(after)),
                    (b' ', Some((b'/' | b'-', after))) if area_code() => match text.next(after) {
                        Some((b' ', past)) => (b'/', past, text.peek(past)),
                        _ => (c, next, None),
                    },
                    (b'/', Some((b' ', after))) if area_code() => (c, after, text.peek(after)),
                    // A card read out in its printed groups may set its
                    // dashes apart (`5135 - 9766 - 1918 - 2072`, `3782 -
                    // 822463 - 10005`): a spaced dash between them reads as
                    // the dash it stands for.
                    (b' ', Some((b'-', after))) => match text.next(after) {
                        Some((b' ', past)) if spaced_dash_joins_card_group(text, t, past) => {
                            (b'-', past, text.peek(past))
                        }
                        _ => (c, next, None),
                    },
                    _ => (c, next, after_sep.map(|(d, _)| d)),
                };
                match following {
                    Some(d) if d.is_ascii_digit() || d == b'(' => {
                        sep = c;
                        pos = next;
                    }
                    _ => break,
                }
            }
            // `(415)555-0132`, `+44(0)20`: no separator after `)` or before `(`.
            Some((c, _)) if (paren && c.is_ascii_digit()) || c == b'(' => sep = 0,
            _ => break,
        }
    }
    t.group_count > 0
}

/// Where the digits on the next line start, if a line break follows `pos`:
/// after a space or two, `\n` or `\r\n` (raw, or escaped in JSON) or an
/// HTML `<br>` (and a line break after it), then spaces and a quoted
/// reply's `>` markers.
fn line_break_end(text: &impl Text, mut pos: usize) -> Option<usize> {
    for _ in 0..2 {
        match text.next(pos) {
            Some((b' ', next)) => pos = next,
            _ => break,
        }
    }
    let mut broke = false;
    if text.peek(pos) == Some(b'<') {
        let mut tag = [0u8; 6];
        let mut p = pos;
        let mut n = 0;
        while let Some((c, next)) = text.next(p) {
            tag[n] = c.to_ascii_lowercase();
            n += 1;
            p = next;
            if c == b'>' || n == tag.len() {
                break;
            }
        }
        if !matches!(&tag[..n], b"<br>" | b"<br/>" | b"<br />") {
            return None;
        }
        pos = p;
        broke = true;
    }
    if let Some((b'\r', next)) = text.next(pos) {
        pos = next;
    }
    if let Some((b'\n', next)) = text.next(pos) {
        pos = next;
        broke = true;
    }
    if !broke {
        return None;
    }
    for _ in 0..4 {
        match text.next(pos) {
            Some((b' ' | b'>', next)) => pos = next,
            _ => break,
        }
    }
    text.peek(pos)
        .is_some_and(|c| c.is_ascii_digit())
        .then_some(pos)
}

/// Whether a spaced dash and a digit stand at `pos`: after a second group
/// of four, the third group of a run the spaced dashes join (`5135 - 9766 -
/// 1918 …`), as a range of two numbers (`2000 - 2200`) is not.
fn spaced_dash_at(text: &impl Text, mut pos: usize) -> bool {
    for want in [b' ', b'-', b' '] {
        match text.next(pos) {
            Some((c, next)) if c == want => pos = next,
            _ => return false,
        }
    }
    text.peek(pos).is_some_and(|c| c.is_ascii_digit())
}

/// Whether a spaced dash before `next`, after the groups `t` read, joins
/// the next group of a card printed in its groups, as a plain dash would:
/// fours (`5135 - 9766 - 1918 …`), the longer last group of 4-4-4-5 to
/// 4-4-4-7, Amex's and Diners' six and five or four after a first four
/// that opens with a 3 (`3782 - 822463 - 10005`), and a 13-digit card's
/// threes as embossed (`4339 492 - 113 - 517`). Where only one group was
/// read, the run must go on after the next (`2000 - 2200` is a range of
/// two numbers). Not a short group after four fours: after a spaced dash
/// that is a CVV, an expiry or a count far more often than the tail of a
/// 17- to 19-digit card (`… 1111 - 123`, `… 5262 – 01/28`, `… 2088 - 18
/// meses`).
fn spaced_dash_joins_card_group(text: &impl Text, t: &Token, next: usize) -> bool {
    let exactly = |len: u8| group_of_len_end(text, next, usize::from(len));
    let (lens, n) = t.group_lens(t.group_count);
    let amex_or_diners = t.digits[0] == 3;
    let thirteen_digit_range = (4..=6).contains(&t.digits[0]);
    let next_len: &[u8] = match &lens[..n] {
        [4] if amex_or_diners => &[4, 6],
        [4] if thirteen_digit_range => &[4, 3],
        [4] | [4, 4] => &[4],
        [4, 4, 4] => &[4, 5, 6, 7],
        fours if fours.iter().all(|&len| len == 4) => &[4],
        [4, 6] if amex_or_diners => &[5, 4],
        [4, 3] | [4, 3, 3] if thirteen_digit_range => &[3],
        _ => &[],
    };
    next_len
        .iter()
        .any(|&len| exactly(len).is_some_and(|end| t.group_count > 1 || run_goes_on_at(text, end)))
}

/// Where exactly `len` digits that stand at `pos` end.
fn group_of_len_end(text: &impl Text, mut pos: usize, len: usize) -> Option<usize> {
    for _ in 0..len {
        match text.next(pos) {
            Some((c, next)) if c.is_ascii_digit() => pos = next,
            _ => return None,
        }
    }
    (!text.peek(pos).is_some_and(|c| c.is_ascii_digit())).then_some(pos)
}

/// Whether the run of a number goes on at `pos`, after its second group
/// of four: a spaced dash, or a space or a dash, and a digit (`4219 -
/// 8749-0084 4587`, `5209 - 7936 8421 1475`: a card typed with its first
/// dash set apart), as a range of two numbers (`2000 - 2200 people`) does
/// not.
fn run_goes_on_at(text: &impl Text, pos: usize) -> bool {
    if spaced_dash_at(text, pos) {
        return true;
    }
    match text.next(pos) {
        Some((b' ' | b'-', next)) => text.peek(next).is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// How a number at `start` relates to what comes before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    /// Nothing numeric before it: a new number.
    Clean,
    /// After a `#` (`Card #4111…`) or after a digit and a comma, as in a
    /// CSV row (`…0132,4111…`): a card may start here, whose length and
    /// checksum tell it from a list of amounts; a phone may not.
    CardOnly,
    /// Glued to a plain word before it, the space left out (see
    /// [`glued_number_may_start`]): a card may start here, and a phone
    /// only where a phone word labels it.
    AfterWord,
    /// After a space that follows another digit group of `prev_len`
    /// digits: the middle of a longer sequence, unless the layout says
    /// otherwise.
    AfterGroup {
        /// Digits in the group before (counted up to 7).
        prev_len: usize,
        /// The group before is not the tail of a dashed or dotted number
        /// (`960-62-0954 6011 …`), so it may open a run of space-separated
        /// groups (`3704 0044 0532`).
        in_spaced_run: bool,
    },
    /// In a WhatsApp link (`wa.me/16172276366`,
    /// `api.whatsapp.com/send?phone=5511…`), which writes an international
    /// number without its `+`.
    InternationalLink,
    /// The value of a JSON field that holds a number in international
    /// form, often without its `+` (`"wa_id":"447911123456"`, `"msisdn"`,
    /// a WhatsApp webhook's `"from"`), or a form value that starts with a
    /// `+` left unencoded (`phone=+447871312628`, as `curl -d` sends it,
    /// which reads as a space): read as written, failing that as if a `+`
    /// preceded it, and failing that, under a key that names nothing but a
    /// phone, as the field's whole value (see [`field_value_end`]).
    InternationalField,
}

/// JSON keys whose values are phone numbers, in international form as
/// messaging webhooks write them, or as a form or CRM field stores what was
/// typed: national, or international with its `+` left out
/// (`"phone":40799100034`). Matched whole, ASCII case ignored.
const PHONE_FIELD_KEYS: &[&[u8]] = &[
    b"wa_id",
    // Twilio's WhatsApp webhooks: the sender's number, its `+` left out.
    b"waid",
    b"msisdn",
    b"from",
    b"to",
    b"recipient_id",
    b"phone_number",
    b"display_phone_number",
    b"phone",
    b"phonenumber",
    b"mobile",
    b"mobilephone",
    b"mobile_number",
    b"telephone",
    b"tel",
    b"cell",
    b"whatsapp",
    // MessageBird's SMS webhooks: the sender's and the recipient's numbers.
    b"originator",
    b"recipient",
    // Call records (Asterisk's CDR columns, PBX and call-centre exports):
    // the calling and the called number, often international without `+`.
    b"caller",
    b"callee",
    b"src",
    b"dst",
    b"clid",
    b"callerid",
    b"caller_id",
    b"ani",
    // Shop and CRM exports' contact columns.
    b"billing_phone",
    b"shipping_phone",
    b"home_phone",
    b"work_phone",
    // The same fields named in the languages exports are written in (a
    // key is matched byte for byte past ASCII, so in lower case).
    b"telefon",
    b"telefonnummer",
    b"telefono",
    "teléfono".as_bytes(),
    "téléphone".as_bytes(),
    b"telefone",
    b"telefoon",
    b"handy",
    b"mobil",
    b"mobiel",
    b"movil",
    "móvil".as_bytes(),
    b"celular",
    b"cellulare",
    b"gsm",
    b"tlf",
    b"puhelin",
    b"matkapuhelin",
    b"telefonas",
    b"talrunis",
    // (Greek, as exports transliterate it: `"tilefono"`.)
    b"tilefono",
    "tālrunis".as_bytes(),
    "телефон".as_bytes(),
    "電話番号".as_bytes(),
    "电话".as_bytes(),
    "手机".as_bytes(),
    "전화번호".as_bytes(),
    // The number a CRM texts (Salesforce's `SmsNumber__c`, see
    // `phone_field_key`).
    b"smsnumber",
    b"sms_number",
    // A telecom's subscriber line, and a number kept in E.164 form, its
    // `+` left out (`"mobile_number_e164":"447700900123"`).
    b"line_number",
    b"e164",
    b"phone_e164",
    b"mobile_number_e164",
];

/// One bit per key of [`PHONE_FIELD_KEYS`].
type KeySet = u64;

/// Keys of [`PHONE_FIELD_KEYS`] that also name other things: a message's
/// sender and recipient (an address, a handle), a call's source and
/// destination (an extension). Their values are phones where a plan reads
/// them, not whatever they hold.
const SHARED_KEYS: &[&[u8]] = &[
    b"from",
    b"to",
    b"recipient",
    b"recipient_id",
    b"originator",
    b"src",
    b"dst",
];

/// The keys that name nothing but a phone number: a value of theirs is a
/// phone whichever plan it follows (see [`field_value_end`]).
const NAMED_PHONE_KEYS: KeySet = {
    // (Each shared key is one of the phone keys: a typo would make none.)
    let mut j = 0;
    while j < SHARED_KEYS.len() {
        assert!(
            lists(PHONE_FIELD_KEYS, SHARED_KEYS[j]),
            "a shared key that is no phone key"
        );
        j += 1;
    }
    let mut set = 0;
    let mut i = 0;
    while i < PHONE_FIELD_KEYS.len() {
        if !lists(SHARED_KEYS, PHONE_FIELD_KEYS[i]) {
            set |= 1 << i;
        }
        i += 1;
    }
    set
};

/// The bit of [`PHONE_FIELD_KEYS`]' `cell`, which a qualifier before it
/// may make a table's or a grid's.
const CELL_KEY: KeySet = key_bit(b"cell");

/// The bit of `key` in [`PHONE_FIELD_KEYS`] (a key not listed there fails
/// the build).
const fn key_bit(key: &[u8]) -> KeySet {
    let mut i = 0;
    while !bytes_equal(PHONE_FIELD_KEYS[i], key) {
        i += 1;
    }
    1 << i
}

/// The bit of [`PHONE_FIELD_KEYS`]' `recipient_id`: a messaging webhook's
/// recipient, a phone in international form (WhatsApp's statuses,
/// `"recipient_id":"16315551234"`), but on marketplaces and chat platforms
/// the user's id, which a national plan's length may fit.
const RECIPIENT_ID_KEY: KeySet = key_bit(b"recipient_id");

/// Whether `keys` holds `key`.
const fn lists(keys: &[&[u8]], key: &[u8]) -> bool {
    let mut i = 0;
    while i < keys.len() {
        if bytes_equal(keys[i], key) {
            return true;
        }
        i += 1;
    }
    false
}

const fn bytes_equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether the number at `pos` is the value of a JSON field named in
/// [`PHONE_FIELD_KEYS`]: `"key":"…`, `"key": …`; of a form's or a
/// query's (`phone=447871312628`, `&originator=31612345678`, nested
/// `customer[msisdn]=…`); of an XML element (`<tns:Msisdn>…`) or
/// attribute (`callee="…"`); or what such a key labels in text (`MSISDN:
/// 390554911862`), as carriers' and CRMs' exports write it.
fn after_phone_field_key(text: &impl Text, pos: usize) -> bool {
    phone_field_key(text, pos) != 0
}

/// Where a key that ends at `end` ends without the `__c` Salesforce puts
/// after the names of the fields an org adds (`MobilePhone__c`,
/// `SmsNumber__c`): they name what the key before it names.
fn before_custom_field_suffix(text: &impl Text, end: usize) -> usize {
    let mut p = end;
    for want in [b'c', b'_', b'_'] {
        match text.prev(p) {
            Some((c, q)) if c.to_ascii_lowercase() == want => p = q,
            _ => return end,
        }
    }
    p
}

/// Where a key that ends at `end` ends without the index a form or an
/// export numbers a second field of its kind with (`"phone2"`,
/// `"mobile_1"`): one or two digits, after a letter or an `_`.
fn before_key_index(text: &impl Text, end: usize) -> usize {
    let mut p = end;
    for _ in 0..2 {
        match text.prev(p) {
            Some((c, q)) if c.is_ascii_digit() => p = q,
            _ => break,
        }
    }
    if p == end {
        return end;
    }
    match text.prev(p) {
        Some((b'_', q)) => q,
        Some((c, _)) if c.is_ascii_alphabetic() => p,
        _ => end,
    }
}

/// The keys of [`PHONE_FIELD_KEYS`] that may name the field whose value
/// starts at `pos` (see [`after_phone_field_key`]); none if no key does.
fn phone_field_key(text: &impl Text, pos: usize) -> KeySet {
    let mut before = text.prev(pos);
    // A spreadsheet's text marker in a quoted cell, which keeps a number
    // a string (`"'447700900258"`): the value starts after it.
    if let Some((b'\'', q)) = before {
        before = text.prev(q).filter(|&(c, _)| c == b'"');
    }
    match before {
        Some((b'=', q)) => {
            if let Some((b']', r)) = text.prev(q) {
                // A form builder's phone field posts its whole number as a
                // part named `full`, under the field's own name
                // (`q3_phoneNumber[full]=…`, Jotform's).
                let mut p = r;
                if context::step_back_over(text, &mut p, 0, b"[full") {
                    return key_ends_at(text, p, |c| matches!(c, b'&' | b'?'), true);
                }
                return key_ends_at(text, r, |c| c == b'[', false);
            }
            return key_ends_at(text, q, |c| matches!(c, b'&' | b'?'), true);
        }
        // (An element's namespace prefix stands before its name.)
        Some((b'>', q)) => return key_ends_at(text, q, |c| matches!(c, b'<' | b':'), false),
        _ => {}
    }
    // Each byte before the value is read once: most numbers stand after no
    // key at all, and are turned away within a byte or two.
    if let Some((b'"', q)) = before {
        before = text.prev(q);
        // An XML or HTML attribute's value: `<Call callee="…"`.
        if let Some((b'=', r)) = before {
            return key_ends_at(
                text,
                r,
                |c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'),
                false,
            );
        }
    }
    // At most one space on either side of the colon: a verifier reads no
    // further back than [`REACH_BEHIND`].
    if let Some((b' ', q)) = before {
        before = text.prev(q);
    }
    let Some((b':', mut p)) = before else {
        return 0;
    };
    let mut step = |want: u8| match text.prev(p) {
        Some((c, q)) if c == want => {
            p = q;
            true
        }
        _ => false,
    };
    step(b' ');
    if step(b'"') {
        let p = before_key_index(text, before_custom_field_suffix(text, p));
        return key_ends_at(text, p, |c| c == b'"', false);
    }
    // (Every key ends in a letter, in any script: times and ratios are
    // turned away here.)
    if !text
        .peek_back(p)
        .is_some_and(|c| c.is_ascii_alphabetic() || c >= 0x80)
    {
        return 0;
    }
    if spoken_on_the_phone(text, p) {
        return 0;
    }
    key_ends_at(
        text,
        p,
        |c| matches!(c, b' ' | b'\n' | b'\t' | b'|' | b'>'),
        true,
    )
}

/// Whether the word that ends at `p` follows "on the" or "over the" ("as
/// discussed on the phone: …"): prose that says how something was said,
/// not a field's name, and a card read out then is still a card.
fn spoken_on_the_phone(text: &impl Text, mut p: usize) -> bool {
    while let Some((c, q)) = text.prev(p) {
        if !c.is_ascii_alphabetic() {
            break;
        }
        p = q;
    }
    let after = |words: &[u8], opens: fn(Option<u8>) -> bool| {
        let mut q = p;
        context::step_back_over(text, &mut q, 0, words) && opens(text.prev(q).map(|(c, _)| c))
    };
    after(b"on the ", |c| matches!(c, None | Some(b' '))) || after(b"over the ", |_| true)
}

/// Whether one of [`PHONE_FIELD_KEYS`] ends at `p`, after a byte that
/// `opens` (or the start of the text, where `at_start`).
fn key_ends_at(
    text: &impl Text,
    mut p: usize,
    opens: impl Fn(u8) -> bool,
    at_start: bool,
) -> KeySet {
    // The key, read backwards and matched against every key's tail as it
    // goes: most keys before a number (`"group_id"`, `"id"`) are turned
    // away within a character or two of their end.
    let mut candidates = KeySet::MAX;
    let mut n = 0;
    // The keys that name only a phone and end at an upper-case letter
    // read last: a key in camel case ends in one (`billingPhone`,
    // `customerMobile`) if a word of lower-case letters comes before it
    // (see `names_a_phone_before`).
    let mut camel_word = 0;
    loop {
        match text.prev(p) {
            Some((c, _)) if camel_word != 0 && c.is_ascii_lowercase() => {
                return if names_a_phone_before(text, p) {
                    camel_word
                } else {
                    0
                };
            }
            Some((c, _)) if opens(c) => return candidates & KEYS_OF_LENGTH[n],
            None if at_start => return candidates & KEYS_OF_LENGTH[n],
            // A key that names only a phone, qualified by whose it is in
            // snake or kebab case (`seller_phone`, `customer_mobile`), as
            // a camel-case key is (see `names_a_phone_before`). Not a
            // qualified `cell`, which a table's or grid's cell key is as
            // often (`table_cell`).
            Some((b'_' | b'-', q))
                if candidates & KEYS_OF_LENGTH[n] & NAMED_PHONE_KEYS & !CELL_KEY != 0
                    && names_a_phone_before(text, q) =>
            {
                return candidates & KEYS_OF_LENGTH[n] & NAMED_PHONE_KEYS & !CELL_KEY;
            }
            Some((c, q)) if n < LONGEST_KEY => {
                // (A space inside a quoted key joins its words as `_` does:
                // a table's `Phone Number` column.)
                let upper = c.is_ascii_uppercase();
                let c = if c == b' ' {
                    b'_'
                } else {
                    c.to_ascii_lowercase()
                };
                candidates &= KEYS_BY_BYTE_FROM_END[n][usize::from(c)];
                if candidates == 0 {
                    return 0;
                }
                n += 1;
                camel_word = if upper {
                    candidates & KEYS_OF_LENGTH[n] & NAMED_PHONE_KEYS
                } else {
                    0
                };
                p = q;
            }
            _ => return 0,
        }
    }
}

/// Whether the lower-case word that ends at `end`, right before a camel
/// case hump into a phone key's word, leaves that word naming a phone: two
/// letters at least, as the detectors split keys (`iPhone` is one word),
/// and not the start of a device's name (`smartPhone`, `headPhone`,
/// `autoMobile`), as the clause reader's key endings exclude them.
fn names_a_phone_before(text: &impl Text, mut end: usize) -> bool {
    const DEVICES: &[&[u8]] = &[b"smart", b"head", b"ear", b"micro", b"auto", b"im"];
    let mut word = [0u8; 6];
    let mut n = 0;
    while let Some((c, p)) = text.prev(end) {
        if !c.is_ascii_lowercase() {
            break;
        }
        if n == word.len() {
            return true;
        }
        word[word.len() - 1 - n] = c;
        n += 1;
        end = p;
    }
    n >= 2 && !DEVICES.contains(&&word[word.len() - n..])
}

const LONGEST_KEY: usize = 20;

/// For each distance from a key's end and each byte, the keys of
/// [`PHONE_FIELD_KEYS`] (one bit each) with that byte there.
static KEYS_BY_BYTE_FROM_END: [[KeySet; 256]; LONGEST_KEY] = {
    let mut table = [[0; 256]; LONGEST_KEY];
    let mut i = 0;
    while i < PHONE_FIELD_KEYS.len() {
        let key = PHONE_FIELD_KEYS[i];
        assert!(key.len() <= LONGEST_KEY);
        let mut n = 0;
        while n < key.len() {
            table[n][key[key.len() - 1 - n] as usize] |= 1 << i;
            n += 1;
        }
        i += 1;
    }
    table
};

/// For each length, the keys of [`PHONE_FIELD_KEYS`] that long.
const KEYS_OF_LENGTH: [KeySet; LONGEST_KEY + 1] = {
    assert!(
        PHONE_FIELD_KEYS.len() <= KeySet::BITS as usize,
        "one bit per key"
    );
    let mut table = [0; LONGEST_KEY + 1];
    let mut i = 0;
    while i < PHONE_FIELD_KEYS.len() {
        table[PHONE_FIELD_KEYS[i].len()] |= 1 << i;
        i += 1;
    }
    table
};

/// Whether the number at `start` opens a form value with an unencoded
/// `+` (`phone=+447871312628`), or follows a space itself written as a
/// `+` (`M%C3%B3vil:++34736471704`), which form decoding reads as the
/// space before it (at `plus`).
fn after_unencoded_plus(text: &impl Text, start: usize, plus: usize) -> bool {
    text.raw(start) - text.raw(plus) == 1
        && text
            .prev(plus)
            .is_some_and(|(_, before)| text.is_form_equals(before) || text.is_form_plus(before))
}

/// The lowercase endings of the link text a messenger's number follows
/// (WhatsApp's, Zalo's).
const INTERNATIONAL_LINKS: &[&[u8]] = &[
    b"wa.me/",
    b"send?phone=",
    b"send/?phone=",
    // Zalo, Vietnam's messenger.
    b"zalo.me/",
];

/// Whether the characters before `pos` end a WhatsApp link's path (see
/// [`INTERNATIONAL_LINKS`]).
fn after_international_link(text: &impl Text, pos: usize) -> bool {
    INTERNATIONAL_LINKS.iter().any(|link| {
        let mut p = pos;
        link.iter().rev().all(|&want| match text.prev(p) {
            Some((c, q)) if c.to_ascii_lowercase() == want => {
                p = q;
                true
            }
            _ => false,
        })
    })
}

/// Whether the underscores that end at `pos` (the last at `pos`) open
/// emphasis: one or two, after the start, a space or opening punctuation
/// (`_4111 1111 1111 1111_`, not `order_4111…`).
pub(crate) fn opens_emphasis(text: &impl Text, pos: usize) -> bool {
    let mut pos = pos;
    if let Some((b'_', p)) = text.prev(pos) {
        pos = p;
    }
    match text.prev(pos) {
        None => true,
        Some((c, _)) => c.is_ascii_whitespace() || matches!(c, b'(' | b'[' | b'"' | b'\'' | b':'),
    }
}

/// Whether the number starting at `start` is a new number, not the middle
/// or tail of something else. `after_finding` says it directly follows a
/// finding (see `follows_finding`), which makes it a new number.
fn start_kind(text: &impl Text, start: usize, after_finding: bool) -> Option<Start> {
    let Some((prev, p)) = text.prev(start) else {
        return Some(Start::Clean);
    };
    if after_finding {
        return Some(Start::Clean);
    }
    if matches!(prev, b'/' | b'=') && after_international_link(text, start) {
        return Some(Start::InternationalLink);
    }
    if matches!(prev, b'"' | b':' | b' ' | b'=' | b'>' | b'\'')
        && after_phone_field_key(text, start)
    {
        return Some(Start::InternationalField);
    }
    if matches!(prev, b'\n' | b' ') && context::opens_phone_part(text, start) {
        return Some(Start::InternationalField);
    }
    if prev == b' ' && after_unencoded_plus(text, start, p) {
        return Some(Start::InternationalField);
    }
    if prev == b'_' && opens_emphasis(text, p) {
        return Some(Start::Clean);
    }
    // A chat platform's mention of a channel or of a member by nickname
    // (`<#621781976717936552>`, `<@!627478145475378978>`): an id, as `<@…>`
    // is (glued to its `@`).
    let mention = match prev {
        b'#' => text.peek_back(p) == Some(b'<'),
        b'!' => text
            .prev(p)
            .is_some_and(|(c, q)| c == b'@' && text.peek_back(q) == Some(b'<')),
        _ => false,
    };
    if mention {
        return None;
    }
    if prev == b'#'
        && !text
            .peek_back(p)
            .is_some_and(|b| b.is_ascii_digit() || b == b'#')
    {
        return Some(Start::CardOnly);
    }
    // JSON in a JSON string (`\\u002B48 600 …`): the backslash before an
    // escape that starts the number is the other half of an escaped
    // backslash, which opens that escape in the nested document. The
    // number starts as it would without the pair.
    // (A full-width digit as UTF-8 is three bytes, an Arabic-Indic one
    // two, but neither is an escape.)
    let escaped = |q: usize| {
        let len = text.raw(q) - text.raw(start);
        len > 1 && !(matches!(len, 2 | 3) && text.full_width_char(start).is_some())
    };
    if prev == b'\\' && text.next(start).is_some_and(|(_, q)| escaped(q)) {
        return start_kind(text, p, after_finding);
    }
    // A `+` glued to the word before it (`call me on+353 86 466 6934`, a
    // space left out in a chat): an international number's `+` says where
    // it starts.
    if prev.is_ascii_alphabetic() && text.peek(start) == Some(b'+') {
        return Some(Start::Clean);
    }
    if is_word_byte(prev) || matches!(prev, b'@' | b'+' | b'#' | b'$' | b'/' | b'\\' | b'&') {
        if after_glued_phone_word(text, start) {
            return Some(Start::Clean);
        }
        return glued_number_may_start(text, start).then_some(Start::AfterWord);
    }
    let mut before = text.peek_back(p);
    // A doubled space joins groups as a single one does.
    let mut p = p;
    if prev == b' ' && before == Some(b' ') {
        if let Some((_, q)) = text.prev(p) {
            if text.peek_back(q).is_some_and(|d| d.is_ascii_digit()) {
                p = q;
                before = text.peek_back(q);
            }
        }
    }
    // A CSV field: after a letter and a comma a number starts anew; after
    // a digit and a comma only a card or a `+` number can (not the rest
    // of `1,234,567` or `3,14`), or one that no amount goes on as.
    // (A field of four digits or more before the comma is no part of an
    // amount: `…,************2909,08-13160783`.)
    if prev == b',' && before.is_some_and(|b| b.is_ascii_digit()) {
        return Some(
            if matches!(text.peek(start), Some(b'+' | b'(')) || digits_end_at(text, p, 4) == 4 {
                Start::Clean
            } else if goes_on_as_amount(text, start) {
                Start::CardOnly
            } else {
                Start::Clean
            },
        );
    }
    let clean = match prev {
        // A `+` starts a number of its own: no group joins one across a
        // space (`see you at 5 +234 816 718 2077`).
        b' ' if text.peek(start) == Some(b'+') => true,
        b' ' if before.is_some_and(|b| b.is_ascii_digit()) => {
            let mut prev_len = 0;
            let mut q = p;
            let mut before_group = None;
            while let Some((c, r)) = text.prev(q) {
                if prev_len > 6 {
                    break;
                }
                if !c.is_ascii_digit() {
                    before_group = Some((c, r));
                    break;
                }
                prev_len += 1;
                q = r;
            }
            // `FR76 3000 6000 …`: the group before opens an IBAN. (After
            // another word that ends in digits, `card2 4111 …`, `Galaxy
            // S23 4111 …`, a card may start.)
            if before_group.is_some_and(|(c, _)| is_word_byte(c)) && in_iban(text, p) {
                return None;
            }
            let joined_by_dash_or_dot = before_group.is_some_and(|(c, r)| {
                matches!(c, b'-' | b'.') && text.peek_back(r).is_some_and(|d| d.is_ascii_digit())
            });
            // A time of day's minutes end no number's group: what follows
            // starts afresh (`call after 18:45 713-483-1381`).
            let after_time = prev_len == 2
                && before_group.is_some_and(|(c, r)| {
                    c == b':' && (1..=2).contains(&digits_end_at(text, r, 3))
                });
            if after_time {
                return Some(Start::Clean);
            }
            return Some(Start::AfterGroup {
                prev_len,
                in_spaced_run: !joined_by_dash_or_dot,
            });
        }
        // `tél.06 12 34 56 78`, `T.0612345678`: a phone abbreviation's
        // period, with the space after it left out.
        b'.' if after_phone_abbreviation(text, p) => true,
        // `tlf.nr.8610 8071`, `phone no.8610 8071`, `Telefonnr.0171 …`: a
        // phone's word for "number", its period glued to the number.
        b'.' if after_phone_number_word(text, p) => true,
        // `No.4008-4553-…`, `Nr.6304…`, `Ref.4111…`: a short word and its
        // period glued to a card.
        b'.' if after_short_word(text, p) => return Some(Start::CardOnly),
        b'-' if after_locative_prefix(text, p) => true,
        b'-' | b'.' => !before.is_some_and(|b| b.is_ascii_alphanumeric()),
        b':' => !before.is_some_and(|b| b.is_ascii_digit()),
        _ => true,
    };
    clean.then_some(Start::Clean)
}

/// Whether the hyphen at `dash` joins Zulu's and Xhosa's locative "at, to"
/// or copula "it is" to the number after it (`Ngishayele ku-062 213
/// 0603`, `ku-+27 11 398 0211`, `Inombolo yami ngu-0827320249`), as Hebrew
/// joins `ל-`: a prefix, not a code the number belongs to. Lower case
/// only: `KU-` opens codes.
fn after_locative_prefix(text: &impl Text, dash: usize) -> bool {
    matches!(
        word_of_four_back(text, dash),
        Some(([b'u', b'k', ..], 2, _) | ([b'u', b'g', b'n', _], 3, _))
    )
}

/// Whether the digits at `start`, right after a digit and a comma, may be
/// the rest of an amount: decimals (`3,14`, `12,0612345678`), or a group
/// of three thousands that ends there or goes on as one does
/// (`1,234,567`, `1,234.56`, `1,500 users`). Not a group of three that a
/// dash, a slash or a space and more digits follow: a CSV field after a
/// number (`…,19890-2525-7,773-943-7302`, `A1,020 7946 0958`).
fn goes_on_as_amount(text: &impl Text, start: usize) -> bool {
    let (digits, pos) = digits_from(text, start, 4);
    digits != 3
        || !matches!(
            text.next(pos),
            Some((b'-' | b'/' | b' ', after)) if text.peek(after).is_some_and(|d| d.is_ascii_digit())
        )
}

/// How many digits (up to `most`) start at `pos`, and where they end.
fn digits_from(text: &impl Text, mut pos: usize, most: usize) -> (usize, usize) {
    let mut n = 0;
    while n < most {
        match text.next(pos) {
            Some((c, next)) if c.is_ascii_digit() => {
                pos = next;
                n += 1;
            }
            _ => break,
        }
    }
    (n, pos)
}

/// How many digits (up to `most`) end at `end`.
fn digits_end_at(text: &impl Text, mut end: usize, most: usize) -> usize {
    let mut n = 0;
    while n < most {
        match text.prev(end) {
            Some((c, p)) if c.is_ascii_digit() => {
                end = p;
                n += 1;
            }
            _ => break,
        }
    }
    n
}

/// The word of up to four ASCII letters and digits that ends at `end`,
/// read back (last character first), its length and where it starts;
/// `None` if it is longer or glued to another word character.
fn word_of_four_back(text: &impl Text, mut end: usize) -> Option<([u8; 4], usize, usize)> {
    let mut word = [0u8; 4];
    let mut n = 0;
    while let Some((c, p)) = text.prev(end) {
        if !c.is_ascii_alphanumeric() {
            if is_word_byte(c) {
                return None;
            }
            break;
        }
        if n == word.len() {
            return None;
        }
        word[n] = c;
        n += 1;
        end = p;
    }
    Some((word, n, end))
}

/// Whether `word`, read back, is an IBAN's first group: two letters and two
/// check digits (`FR76`, `de89`).
fn opens_iban((word, n, _): ([u8; 4], usize, usize)) -> bool {
    n == 4
        && word[..2].iter().all(u8::is_ascii_digit)
        && word[2..].iter().all(u8::is_ascii_alphabetic)
}

/// Whether the word of letters and digits that ends at `end` (a group of
/// digits glued to a word) is an IBAN's: its first group (`FR76`), or a
/// group of four letters and digits right after one (`IT29 B771 6516 …`).
fn in_iban(text: &impl Text, end: usize) -> bool {
    let Some(word) = word_of_four_back(text, end) else {
        return false;
    };
    let (_, n, start) = word;
    opens_iban(word)
        || (n == 4
            && matches!(text.prev(start), Some((b' ', p))
                if word_of_four_back(text, p).is_some_and(opens_iban)))
}

/// The countries whose VAT numbers (and Norway's organisation numbers)
/// are written as digits after their two capitals, each with the counts of
/// digits they have: `BE 0723.722.219`, `DE 297 857 653`, `IT
/// 06082180454`, `NO 931 270 273`.
const VAT_DIGITS: &[(&[u8; 2], &[usize])] = &[
    (b"BE", &[10]),
    (b"BG", &[9, 10]),
    (b"CZ", &[8, 9, 10]),
    (b"DE", &[9]),
    (b"DK", &[8]),
    (b"EE", &[9]),
    (b"EL", &[9]),
    (b"FI", &[8]),
    (b"FR", &[11]),
    (b"GB", &[9, 12]),
    (b"HR", &[11]),
    (b"HU", &[8]),
    (b"IT", &[11]),
    (b"LT", &[9, 12]),
    (b"LU", &[8]),
    (b"LV", &[11]),
    (b"MT", &[8]),
    (b"NO", &[9]),
    (b"PL", &[10]),
    (b"PT", &[9]),
    (b"SE", &[12]),
    (b"SI", &[8]),
    (b"SK", &[10]),
];

/// Whether a country's two capitals and a space stand right before the
/// number at `start`, of as many digits as that country's VAT numbers have
/// ([`VAT_DIGITS`]): a VAT number written with its prefix apart, which no
/// one writes before a phone.
fn after_vat_country_code(text: &impl Text, start: usize, floor: usize, digits: usize) -> bool {
    code_before(text, start, floor).is_some_and(|code| {
        VAT_DIGITS
            .iter()
            .any(|(country, lens)| **country == code && lens.contains(&digits))
    })
}

/// The two capitals, a word of their own, and the space that stand right
/// before `start`, if they do, none before `floor`.
fn code_before(text: &impl Text, start: usize, floor: usize) -> Option<[u8; 2]> {
    let Some((b' ', mut pos)) = text.prev(start) else {
        return None;
    };
    let mut code = [0u8; 2];
    for slot in code.iter_mut().rev() {
        match text.prev(pos) {
            Some((c, q)) if c.is_ascii_uppercase() && q >= floor => {
                *slot = c;
                pos = q;
            }
            _ => return None,
        }
    }
    (!text
        .prev(pos)
        .is_some_and(|(c, _)| c.is_ascii_alphanumeric()))
    .then_some(code)
}

/// Whether the first `k` groups, ending at `end`, are the first field of
/// a Brazilian boleto's digit line, five digits, a dot and five more, and
/// its second field follows (`03391.15596 32085.954393 …`).
fn opens_boleto_line(text: &impl Text, t: &Token, k: usize, end: usize) -> bool {
    let groups = &t.groups()[..k];
    if !matches!(groups, [a, b] if a.len == 5 && b.len == 5 && b.sep == b'.') {
        return false;
    }
    let Some((b' ', mut p)) = text.next(end) else {
        return false;
    };
    let (digits, q) = digits_from(text, p, 6);
    p = q;
    digits == 5
        && matches!(text.next(p), Some((b'.', q)) if text.peek(q).is_some_and(|c| c.is_ascii_digit()))
}

/// Whether the first `k` groups of `t` are a Chinese landline, the trunk-0
/// area code and the subscriber number of seven or eight digits, which an
/// extension may follow after a dash (`020-83167806-531`,
/// `(021)38225006-102`, `05922145082-140`).
fn chinese_landline(t: &Token, k: usize) -> bool {
    let (lens, n) = t.group_lens(k);
    let groups = t.groups();
    t.digits[0] == 0
        && t.digits[1] != 0
        && match lens[..n] {
            [11 | 12] => true,
            [3, 8] | [4, 7] | [4, 8] => matches!(groups[1].sep, b'-' | 0),
            // The subscriber number in two fours (`0532 4171 0506-875`,
            // `020 6026 1708-226`).
            [3 | 4, 4, 4] => groups[2].sep == b' ',
            _ => false,
        }
}

/// Whether a count of minutes or hours follows the group that ends at
/// `end`: that group is no part of a number before it (`call 087 442 3694
/// 30 mins before`).
fn minutes_after(text: &impl Text, end: usize) -> bool {
    // (Not "min", also Scandinavian "my": `… 34 56 min mobil`.)
    const UNITS: &[&[u8]] = &[
        b"mins", b"minutes", b"minuten", b"minutos", b"minuti", b"hrs", b"hours",
    ];
    // …but "min" before a word of time: `call 0495 979 425 30 min before`.
    const AFTER_MIN: &[&[u8]] = &[
        b"before", b"prior", b"ahead", b"earlier", b"vorher", b"avant", b"antes", b"prima",
    ];
    let Some((b' ', p)) = text.next(end) else {
        return false;
    };
    let mut word = [0u8; 8];
    let (n, p) = ascii_word_at(text, p, &mut word);
    if UNITS.contains(&&word[..n]) {
        return true;
    }
    if &word[..n] != b"min" {
        return false;
    }
    let Some((b' ', p)) = text.next(p) else {
        return false;
    };
    let (n, _) = ascii_word_at(text, p, &mut word);
    AFTER_MIN.contains(&&word[..n])
}

/// The ASCII letters from `p`, lowercased into `word` (as many as fit):
/// their count, and the position after the last one read.
fn ascii_word_at(text: &impl Text, mut p: usize, word: &mut [u8; 8]) -> (usize, usize) {
    let mut n = 0;
    while let Some((c, q)) = text.next(p) {
        if !c.is_ascii_alphabetic() || n == word.len() {
            break;
        }
        word[n] = c.to_ascii_lowercase();
        n += 1;
        p = q;
    }
    (n, p)
}

/// Whether the number from `start` to `end` is the seconds of Discord's
/// timestamp markup, `<t:1698444868>` or `<t:1698444868:R>`, which its
/// `t:` would otherwise label as a phone's.
fn in_discord_timestamp(text: &impl Text, start: usize, end: usize) -> bool {
    let mut p = start;
    context::step_back_over(text, &mut p, 0, b"<t:")
        && match text.next(end) {
            Some((b'>', _)) => true,
            Some((b':', q)) => matches!(
                text.next(q),
                Some((c, r)) if c.is_ascii_alphabetic() && text.peek(r) == Some(b'>')
            ),
            _ => false,
        }
}

/// Whether the number at `start`, of `digits`, is a Vietnamese tax code
/// after its abbreviation in capitals: ten digits from 0 (`MST
/// 0312310060`), as a mobile has, where the abbreviation as a time zone
/// stands before a North American number, which never opens with 0.
fn vietnamese_tax_code(text: &impl Text, start: usize, digits: &[u8]) -> bool {
    let mut p = start;
    let after_mst = digits.first() == Some(&0)
        && [b' ', b'T', b'S', b'M']
            .iter()
            .all(|&want| match text.prev(p) {
                Some((c, q)) if c == want => {
                    p = q;
                    true
                }
                _ => false,
            });
    // (Not after a time, whose zone it is: `call at 10am MST 0612…`.)
    after_mst
        && match text.prev(p) {
            None => true,
            Some((b' ', q)) => !text
                .prev(q)
                .is_some_and(|(c, _)| c.is_ascii_digit() || matches!(c, b'm' | b'M')),
            Some((c, _)) => !c.is_ascii_alphanumeric(),
        }
}

/// The postal abbreviations of the US states, DC and Puerto Rico.
const US_STATES: &[&[u8; 2]] = &[
    b"AL", b"AK", b"AZ", b"AR", b"CA", b"CO", b"CT", b"DE", b"DC", b"FL", b"GA", b"HI", b"ID",
    b"IL", b"IN", b"IA", b"KS", b"KY", b"LA", b"ME", b"MD", b"MA", b"MI", b"MN", b"MS", b"MO",
    b"MT", b"NE", b"NV", b"NH", b"NJ", b"NM", b"NY", b"NC", b"ND", b"OH", b"OK", b"OR", b"PA",
    b"PR", b"RI", b"SC", b"SD", b"TN", b"TX", b"UT", b"VT", b"VA", b"WA", b"WV", b"WI", b"WY",
];

/// Whether the first `k` groups, at `start`, are a ZIP+4 code after its
/// state (`Seattle, WA 98162-2827`).
fn zip_plus_four(text: &impl Text, t: &Token, k: usize, start: usize, floor: usize) -> bool {
    let groups = &t.groups()[..k];
    matches!(groups, [a, b] if a.len == 5 && b.len == 4 && b.sep == b'-')
        && code_before(text, start, floor).is_some_and(|code| US_STATES.contains(&&code))
}

/// Whether the number at `start` goes on an IBAN written in groups of four
/// (`GB98 LOYD 3034 2584 8188 35`, `IE28 AIBK 3986 …`): before it, one
/// space apart, up to eight groups of four letters and digits of which the
/// farthest is an IBAN's first group.
fn after_iban_groups(text: &impl Text, start: usize) -> bool {
    let mut end = start;
    for _ in 0..8 {
        let Some((b' ', p)) = text.prev(end) else {
            return false;
        };
        let Some(word) = word_of_four_back(text, p).filter(|&(_, n, _)| n == 4) else {
            return false;
        };
        if opens_iban(word) {
            return true;
        }
        end = word.2;
    }
    false
}

/// Whether the number at `start` goes on a UPS tracking number printed
/// in groups: `1Z`, the shipper's six characters in two threes, then the
/// digits (`1Z 999 AA1 01 2345 6784`), whose last groups read as a phone.
fn after_ups_tracking_groups(text: &impl Text, start: usize) -> bool {
    let space = |p: usize| match text.prev(p) {
        Some((b' ', q)) => Some(q),
        _ => None,
    };
    let three = |mut p: usize| {
        for _ in 0..3 {
            match text.prev(p) {
                Some((c, q)) if c.is_ascii_alphanumeric() => p = q,
                _ => return None,
            }
        }
        Some(p)
    };
    let opens = |p: usize| {
        let (z, q) = text.prev(p)?;
        let (one, r) = text.prev(q)?;
        let alone = !text.prev(r).is_some_and(|(c, _)| c.is_ascii_alphanumeric());
        (matches!(z, b'Z' | b'z') && one == b'1' && alone).then_some(())
    };
    space(start)
        .and_then(three)
        .and_then(space)
        .and_then(three)
        .and_then(space)
        .and_then(opens)
        .is_some()
}

/// Whether a word of one to four ASCII letters, a whole word not inside a
/// path, a domain or an address, ends at `end`, as an abbreviation does
/// (`No`, `Nr`, `Ref`) whose period comes next. Any such word: a card's
/// range, length and checksum are evidence enough after it (`www.4111…`
/// included, which a card pasted into a link would be).
fn after_short_word(text: &impl Text, mut end: usize) -> bool {
    let mut word = [0u8; 4];
    let mut letters = 0;
    while let Some((c, p)) = text.prev(end) {
        if !c.is_ascii_alphabetic() {
            if is_word_byte(c) || matches!(c, b'.' | b'/' | b'@' | b'-') {
                return false;
            }
            break;
        }
        letters += 1;
        if letters > 4 {
            return false;
        }
        word[4 - letters] = c;
        end = p;
    }
    // (Google Play's order ids: `GPA.3697-1477-7515-57421`.)
    letters > 0 && &word[4 - letters..] != b"GPA"
}

/// Whether the word that ends at `end` is a word for "number" (`nr`, `no`)
/// that names a phone's: glued to a phone word (`Telefonnr`, `tlfnr`) or
/// after one and a period or a space (`tlf.nr`, `phone no`).
fn after_phone_number_word(text: &impl Text, end: usize) -> bool {
    let mut word = [0u8; 12];
    let mut len = 0;
    let mut pos = end;
    while let Some((c, p)) = text.prev(pos) {
        if !c.is_ascii_alphabetic() {
            break;
        }
        if len == word.len() {
            return false;
        }
        len += 1;
        word[word.len() - len] = c.to_ascii_lowercase();
        pos = p;
    }
    let word = &word[word.len() - len..];
    let Some(stem) = word
        .strip_suffix(b"nr")
        .or_else(|| word.strip_suffix(b"no"))
    else {
        return false;
    };
    if !stem.is_empty() {
        return GLUED_PHONE_WORDS.contains(&stem) || stem == b"mobil";
    }
    match text.prev(pos) {
        Some((b'.' | b' ', before)) => {
            word_before_is_one_of(text, before, GLUED_PHONE_WORDS, true)
                || after_phone_abbreviation(text, before)
        }
        _ => false,
    }
}

/// Whether the word that ends at `end` is one of the abbreviations of
/// "telephone" written with a period.
fn after_phone_abbreviation(text: &impl Text, end: usize) -> bool {
    word_before_is_one_of(text, end, context::PHONE_ABBREVIATIONS, false)
}

/// Phone words that chat users glue to the number they name
/// (`WhatsApp+57 604 621 1486`, `WhatsApp0837 594 348`, `Tel+33 6 …`).
const GLUED_PHONE_WORDS: &[&[u8]] = &[
    b"whatsapp",
    b"wa",
    b"tel",
    b"phone",
    b"mobile",
    b"mob",
    b"cell",
    b"cel",
    b"celular",
    b"handy",
    b"telefon",
    b"telefono",
    b"fono",
    b"tlf",
];

/// Whether the number at `start` is glued to a phone word that names it
/// (see [`GLUED_PHONE_WORDS`]): then it starts cleanly after all. The word
/// must be written in plain letters, a byte each, so that the scan's skip
/// over the rest of a word can find it on raw bytes
/// ([`raw_letters_end_with_glued_phone_word`]).
pub(crate) fn after_glued_phone_word(text: &impl Text, start: usize) -> bool {
    word_before_is_one_of(text, start, GLUED_PHONE_WORDS, true)
}

/// Whether the ASCII letters right before raw offset `end` end with one of
/// [`GLUED_PHONE_WORDS`]: true wherever [`after_glued_phone_word`] is.
pub(crate) fn raw_letters_end_with_glued_phone_word(hay: &[u8], end: usize) -> bool {
    let letters = hay[..end]
        .iter()
        .rev()
        .take(8)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    GLUED_PHONE_WORDS
        .iter()
        .any(|w| w.len() <= letters && hay[end - w.len()..end].eq_ignore_ascii_case(w))
}

/// Whether the word (letters, ASCII lowercased) that ends at `end` is one
/// of `words`, none of them empty or longer than eight bytes. A `plain`
/// word is written in ASCII letters of a byte each.
fn word_before_is_one_of(text: &impl Text, end: usize, words: &[&[u8]], plain: bool) -> bool {
    let mut word = [0u8; 8];
    let mut len = 0;
    let mut pos = end;
    while let Some((c, p)) = text.prev(pos) {
        if !context::is_letter(c) {
            break;
        }
        // (Japanese and Chinese glue a Latin word to the text before it:
        // `ご不明な点はTEL080-…`.)
        if plain && len > 0 && spaceless_char_ends_at(text, pos) {
            break;
        }
        let escaped_or_not_ascii = !c.is_ascii_alphabetic() || text.raw(pos) - text.raw(p) != 1;
        if len == word.len() || plain && escaped_or_not_ascii {
            return false;
        }
        len += 1;
        word[word.len() - len] = c.to_ascii_lowercase();
        pos = p;
    }
    words.contains(&&word[word.len() - len..])
}

/// Whether a character of a script written without spaces (kana, CJK,
/// Hangul: U+3000 to U+D7FF) ends at `end`, written raw.
fn spaceless_char_ends_at(text: &impl Text, end: usize) -> bool {
    let mut bytes = [0u8; 3];
    let mut pos = end;
    for b in bytes.iter_mut().rev() {
        match text.prev(pos) {
            Some((c, p)) if text.raw(pos) - text.raw(p) == 1 => {
                *b = c;
                pos = p;
            }
            _ => return false,
        }
    }
    matches!(bytes, [0xE3..=0xED, 0x80..=0xBF, 0x80..=0xBF])
}

/// Whether a number may start at `start` although a word is glued to it
/// (`z karty4266845215421560`, `card number ko po ay3411 111558 48883`,
/// `proszę dzwonić pod785 590 180`): chat typed on a phone leaves spaces
/// out. The word must be one of letters only (lower case, or capitalized,
/// or in another script), of two to [`MAX_GLUED_WORD`] characters, with no
/// letter, digit, mask or joiner of a name or path before it: not an
/// identifier's prefix (`SKU`, `INV`, an IBAN's country), not part of a
/// hash or an id (`c7f3a9e1…`). And the number must begin as a card or a
/// phone does: seven digits or more in a row, or a first group of two to
/// six and a separator. What may start there is [`Start::AfterWord`].
pub(crate) fn glued_number_may_start(text: &impl Text, start: usize) -> bool {
    (plain_word_before(text, start) || after_card_payment_code(text, start))
        && number_shaped_from(text, start)
}

/// The card codes a reservation system writes after `CC` in a form of
/// payment (`FP CCVI4554341166573625315/1027`): Visa, Mastercard (`CA`,
/// `MC`), Amex, Diners, Discover, JCB, UATP, UnionPay (`UP`, `CU`),
/// Maestro.
const PAYMENT_CARD_CODES: &[&[u8; 2]] = &[
    b"VI", b"CA", b"MC", b"AX", b"DC", b"DS", b"JC", b"TP", b"UP", b"CU", b"MA",
];

/// Whether the number at `start` is glued to a form of payment's card
/// code, `CC` and a network's two capitals ([`PAYMENT_CARD_CODES`]), as
/// a GDS writes a card: a card may start there, though capitals glued to
/// a number are an identifier's prefix elsewhere.
fn after_card_payment_code(text: &impl Text, start: usize) -> bool {
    let mut code = [0u8; 4];
    let mut pos = start;
    for slot in code.iter_mut().rev() {
        match text.prev(pos) {
            Some((c, p)) if c.is_ascii_uppercase() => {
                *slot = c;
                pos = p;
            }
            _ => return false,
        }
    }
    let opens = !text
        .peek_back(pos)
        .is_some_and(|c| c.is_ascii_alphanumeric());
    opens
        && code.starts_with(b"CC")
        && PAYMENT_CARD_CODES
            .iter()
            .any(|network| code[2..] == network[..])
}

/// The longest word a number may be glued to, in characters as read (a
/// raw UTF-8 byte counts as one, and so does an escape).
const MAX_GLUED_WORD: usize = 24;

/// Whether a plain word (see [`glued_number_may_start`]) ends at `end`.
fn plain_word_before(text: &impl Text, end: usize) -> bool {
    let mut pos = end;
    let mut len = 0;
    let mut first = 0u8;
    while let Some((c, p)) = text.prev(pos) {
        if !context::is_letter(c) {
            // What stands before the word: the start of a clause or a
            // value, not more of a name, a path or an address.
            if c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b'_' | MASK
                        | b'.'
                        | b'-'
                        | b'/'
                        | b'\\'
                        | b'@'
                        | b'&'
                        | b'+'
                        | b'#'
                        | b'%'
                        | b'$'
                )
            {
                return false;
            }
            break;
        }
        if len == MAX_GLUED_WORD {
            return false;
        }
        // Upper case only as the word's first letter.
        if first.is_ascii_uppercase() {
            return false;
        }
        first = c;
        len += 1;
        pos = p;
    }
    len >= 2
}

/// Whether a plain word (see [`glued_number_may_start`]) starts at `start`,
/// glued to the end of a card, and ends where a word does: not in an
/// address, a domain or a name that goes on.
fn plain_word_after(text: &impl Text, start: usize) -> bool {
    let mut pos = start;
    let mut len = 0;
    while let Some((c, next)) = text.next(pos) {
        if !context::is_letter(c) {
            if c.is_ascii_alphanumeric() || matches!(c, b'_' | MASK | b'@') {
                return false;
            }
            if matches!(c, b'.' | b'-' | b'+' | b'/' | b'\\')
                && text.peek(next).is_some_and(|d| d.is_ascii_alphanumeric())
            {
                return false;
            }
            break;
        }
        // Upper case only as the word's first letter.
        if len > 0 && c.is_ascii_uppercase() || len == MAX_GLUED_WORD {
            return false;
        }
        len += 1;
        pos = next;
    }
    len >= 2
}

/// Whether the digits from `start` begin as a card or a phone does: seven
/// digits or more in a row, or two to six and then a separator and a
/// digit.
fn number_shaped_from(text: &impl Text, start: usize) -> bool {
    let mut pos = start;
    let mut run = 0;
    while let Some((c, next)) = text.next(pos) {
        if !c.is_ascii_digit() {
            let grouped = (2..=6).contains(&run)
                && matches!(c, b' ' | b'-' | b'.')
                && text.peek(next).is_some_and(|d| d.is_ascii_digit());
            return grouped;
        }
        run += 1;
        if run == 7 {
            return true;
        }
        pos = next;
    }
    false
}

/// Whether a number may end at `end`: not glued to a word, not the integer
/// part of a decimal, not a path segment, not the start of an email.
fn ends_cleanly(text: &impl Text, end: usize) -> bool {
    let Some((next, p)) = text.next(end) else {
        return true;
    };
    // A mask (`*`) after a number counts as what it hides, a digit or a
    // letter: masking what follows a number must not turn it into one, or
    // redacting twice would mask more than redacting once.
    let glued = |c: u8| is_word_byte(c) || c == MASK;
    if matches!(next, MASK | b'_') && closes_emphasis(text, end) {
        return true;
    }
    if next == b'@' {
        return upi_handle_at(text, p);
    }
    if glued(next) {
        return false;
    }
    let after = text.peek(p);
    match next {
        // An HL7 identifier's empty components (`7514263448^^^NORDIC^MR`).
        b'^' if after == Some(b'^') => false,
        b'.' | b',' | b':' if after.is_some_and(|c| c.is_ascii_digit() || c == MASK) => false,
        b'-' | b'/' if after.is_some_and(|c| c.is_ascii_alphanumeric() || c == MASK) => false,
        b'.' | b'+' | b'-' | b'_' => !runs_into_email(text, p),
        _ => true,
    }
}

/// The handles of India's UPI apps and banks, which make a payment
/// address of a mobile number (`9474685186@okhdfcbank`, `…@ybl`).
const UPI_HANDLES: &[&[u8]] = &[
    b"ybl",
    b"ibl",
    b"axl",
    b"paytm",
    b"ptyes",
    b"ptaxis",
    b"pthdfc",
    b"ptsbi",
    b"okhdfcbank",
    b"okaxis",
    b"oksbi",
    b"okicici",
    b"upi",
    b"apl",
    b"yapl",
    b"rapl",
    b"abfspay",
    b"axisbank",
    b"axisb",
    b"icici",
    b"hdfcbank",
    b"sbi",
    b"kotak",
    b"kmbl",
    b"ikwik",
    b"freecharge",
    b"airtel",
    b"jio",
    b"idfcbank",
    b"idfcfirst",
    b"barodampay",
    b"aubank",
    b"indus",
    b"rbl",
    b"yesbank",
    b"fbl",
    b"federal",
    b"pnb",
    b"boi",
    b"cnrb",
    b"waaxis",
    b"wahdfcbank",
    b"wasbi",
    b"waicici",
    b"naviaxis",
    b"superyes",
    b"jupiteraxis",
];

/// Whether the number that ends at `end` is a UPI payment address's
/// mobile number (`9474685186@okhdfcbank`): the handle says it is a phone.
fn upi_address_after(text: &impl Text, end: usize) -> bool {
    matches!(text.next(end), Some((b'@', at)) if upi_handle_at(text, at))
}

/// Whether a UPI app's or bank's handle follows the `@` that ends at `at`,
/// and ends there: a payment address made of a mobile number, which is
/// no email address (it has no dot) and holds the number all the same.
fn upi_handle_at(text: &impl Text, at: usize) -> bool {
    let mut handle = [0u8; 12];
    let mut len = 0;
    let mut pos = at;
    while let Some((c, next)) = text.next(pos) {
        if !c.is_ascii_alphabetic() {
            // The handle must end here, not go on as a name or a domain
            // does (`…@okaxis.com` is an address, the number its local
            // part).
            let joins = matches!(c, b'.' | b'-' | b'@' | MASK)
                && text
                    .peek(next)
                    .is_some_and(|d| d.is_ascii_alphanumeric() || d == MASK);
            if is_word_byte(c) || joins {
                return false;
            }
            break;
        }
        let Some(slot) = handle.get_mut(len) else {
            return false;
        };
        *slot = c.to_ascii_lowercase();
        len += 1;
        pos = next;
    }
    UPI_HANDLES.contains(&&handle[..len])
}

/// Whether a slash after a phone's last digit, at `end`, sets another
/// value apart, as contact lines write them (`07434 346 079/harry@…`),
/// rather than going on with a path or a query: a letter after it, and no
/// slash, `=` or `?` before the number at `start`
/// (`/users/0743434607/profile`).
fn slash_before_another_value(text: &impl Text, start: usize, end: usize) -> bool {
    matches!(text.next(end), Some((b'/', p)) if text.peek(p).is_some_and(|c| c.is_ascii_alphabetic()))
        && !in_path_or_query(text, start)
}

/// Whether the groups after the first `k`, which a slash sets apart, hold
/// a number of their own: seven digits or more, and no other slash (not
/// `0329/03/57`, a date's tail).
fn number_after_slash(t: &Token, k: usize) -> bool {
    let rest = &t.groups()[k.min(t.group_count)..];
    t.cut_group.is_none()
        && rest.iter().skip(1).all(|g| g.sep != b'/')
        && t.digit_count - t.digits_in(k) >= 7
}

/// Whether the number at `start` stands in a path or a query, right after
/// a slash, `=` or `?` (`/users/0743434607/profile`, `?id=0743434607/…`).
fn in_path_or_query(text: &impl Text, start: usize) -> bool {
    matches!(text.peek_back(start), Some(b'/' | b'=' | b'?'))
}

/// Whether the asterisks or underscores at `pos` close chat or Markdown
/// emphasis around a value (`**4111 1111 1111 1111**`, `*+34 612 345
/// 678*`, `_jane@example.com_`): one or two, then the end, a space or
/// closing punctuation. A redaction's masks never stand so after a
/// number's last digit: a masked value glued to a number would have been
/// read as part of it.
pub(crate) fn closes_emphasis(text: &impl Text, pos: usize) -> bool {
    let Some(marker) = text.peek(pos).filter(|&c| matches!(c, MASK | b'_')) else {
        return false;
    };
    let mut pos = pos;
    for _ in 0..2 {
        match text.next(pos) {
            Some((c, next)) if c == marker => pos = next,
            _ => break,
        }
    }
    let space_or_end = |c: Option<u8>| c.is_none_or(|c| c.is_ascii_whitespace());
    match text.next(pos) {
        None => true,
        // (`*06 20 34 76 61*.` and the quote that ends a JSON string.)
        // (And the tag after it in HTML: `**4111 …**.</p>`.)
        Some((b'.' | b':', next)) => {
            space_or_end(text.peek(next))
                || matches!(text.peek(next), Some(b'"' | b'\'' | b')' | b']' | b'<'))
        }
        // (Or a word of a script written without spaces:
        // `*4963 0348 7305 3470*のカード`.)
        Some((c, _)) => {
            c.is_ascii_whitespace()
                || c >= 0x80
                || matches!(
                    c,
                    b',' | b';' | b'!' | b'?' | b')' | b']' | b'"' | b'\'' | b'<'
                )
        }
    }
}

/// Whether a comma and another CSV field follow a card or phone number
/// that ends at `end` (`…0132,4004…`, `…6899,2024-03-04`): the decimal
/// part of an amount is never written after so many digits.
fn field_follows(text: &impl Text, end: usize) -> bool {
    let Some((b',', after)) = text.next(end) else {
        return false;
    };
    // (Or a masked field, which hid one: `…6185,************6185`, a
    // column an export masked already.)
    text.peek(after)
        .is_some_and(|c| c.is_ascii_digit() || c == b'+' || c == MASK)
}

/// Whether email-local-part characters from `pos` reach an `@`.
fn runs_into_email(text: &impl Text, pos: usize) -> bool {
    local_run(text, pos) == LocalRun::ReachesAt
}

/// Where a run of email-local-part characters leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LocalRun {
    /// To an `@` within [`EMAIL_GUARD`] characters.
    ReachesAt,
    /// To something else (or the end of the input) at this position; a
    /// run read from any later start up to here ends there too.
    EndsAt(usize),
    /// On past [`EMAIL_GUARD`] characters.
    TooLong,
}

fn local_run(text: &impl Text, mut pos: usize) -> LocalRun {
    for _ in 0..EMAIL_GUARD {
        match text.next(pos) {
            Some((b'@', _)) => return LocalRun::ReachesAt,
            Some((c, next)) if is_email_local_byte(c) => pos = next,
            _ => return LocalRun::EndsAt(pos),
        }
    }
    LocalRun::TooLong
}

/// The card or phone number that starts at `start`, if any; the longest
/// wins, a card on a tie.
pub fn verify(
    text: &impl Text,
    start: usize,
    after_finding: bool,
    context_floor: usize,
    kinds: KindSet,
    earlier: &EarlierPhones,
) -> Option<NumberMatch> {
    if short_run_end(text, start).is_some() {
        return None;
    }
    verify_long(text, start, after_finding, context_floor, kinds, earlier)
}

/// [`verify`] for a caller that has already found the run at `start` long
/// enough ([`short_run_end`] gave `None`).
pub(crate) fn verify_long(
    text: &impl Text,
    start: usize,
    after_finding: bool,
    context_floor: usize,
    kinds: KindSet,
    earlier: &EarlierPhones,
) -> Option<NumberMatch> {
    verify_at(
        text,
        start,
        after_finding,
        context_floor,
        kinds,
        earlier,
        false,
    )
}

/// [`verify`]; `nested` is set when asked whether a number starts right
/// after another, and stops that question from recursing further (a long
/// run of groups would otherwise ask it of every group in turn).
fn verify_at(
    text: &impl Text,
    start: usize,
    after_finding: bool,
    context_floor: usize,
    kinds: KindSet,
    earlier: &EarlierPhones,
    nested: bool,
) -> Option<NumberMatch> {
    let start_kind = start_kind(text, start, after_finding)?;
    // A phone number is never taken from the middle of a digit sequence,
    // but may follow a record number, whose long group no phone's layout
    // has (`case 00123456 0412 345 678`; not the tail of a dotted or
    // dashed number, `69910.399148 02357.656941`), or open with its area
    // code in brackets (`cvv 502 (860) 558-0082`).
    let phone_may_start = match start_kind {
        Start::AfterGroup {
            prev_len,
            in_spaced_run,
        } => prev_len >= 6 && in_spaced_run || opens_bracketed_area(text, start),
        Start::CardOnly => false,
        _ => true,
    };
    // Inside a sequence only a card may start, and most groups there start
    // none: turned away before the sequence is read.
    let cards_only = !phone_may_start || !kinds.contains(Kind::Phone);
    if cards_only && !opens_card_group(text, start) {
        return None;
    }
    let mut token = Token::empty();
    if !tokenize(text, start, &mut token) || token.overflow {
        return None;
    }
    let words_before = WordsBefore::new(start, context_floor);
    if start_kind == Start::InternationalLink {
        token.plus = true;
    }
    let card_end = if kinds.contains(Kind::Card)
        && !is_signed_value(text, start)
        && !after_payment_slip_code(text, start)
    {
        let at = CardAt {
            start,
            start_kind,
            nested,
            earlier,
            words_before: &words_before,
        };
        card_end(text, &token, at).or_else(|| card_across_lines(text, &token, at))
    } else {
        None
    };
    let at = PhoneAt {
        start,
        words_before: &words_before,
        nested,
        card_end,
        needs_label: start_kind == Start::AfterWord,
        earlier,
    };
    let phone_end = match start_kind {
        Start::Clean | Start::InternationalLink | Start::AfterGroup { .. } | Start::AfterWord
            if phone_may_start && kinds.contains(Kind::Phone) =>
        {
            phone_end(text, &token, at)
        }
        Start::InternationalField if kinds.contains(Kind::Phone) => {
            // (A recipient's id is read as international only, and only at
            // ten digits or more, as a user's id is seldom that long.)
            let recipient = phone_field_key(text, start) == RECIPIENT_ID_KEY;
            if recipient && token.digit_count < 10 {
                return None;
            }
            (!recipient)
                .then(|| phone_end(text, &token, at))
                .flatten()
                // (Read as international, but for an IMEI's fifteen digits in
                // one run: `IMEI van de telefoon: 358754061219036`.)
                .or_else(|| {
                    if token.group_count == 1 && is_imei(&token.digits[..token.digit_count]) {
                        return None;
                    }
                    token.plus = true;
                    token.plus_implied = true;
                    phone_end(text, &token, at)
                })
                .or_else(|| {
                    token.plus = false;
                    token.plus_implied = false;
                    field_value_end(text, &token, start)
                })
        }
        _ => None,
    };
    // (A phone field's value is a phone where it reads as one: a German
    // WhatsApp id, `"wa_id":"4917150606912"`, is Luhn-valid one time in
    // ten, and a Visa's length.)
    let phone_field = start_kind == Start::InternationalField;
    match (card_end, phone_end) {
        (Some(c), Some((p, digits))) if p > c || (phone_field && p == c) => Some(NumberMatch {
            kind: Kind::Phone,
            end: p,
            phone_digits: Some(digits),
        }),
        (Some(c), _) => Some(NumberMatch {
            kind: Kind::Card,
            end: c,
            phone_digits: None,
        }),
        (None, Some((p, digits))) => Some(NumberMatch {
            kind: Kind::Phone,
            end: p,
            phone_digits: Some(digits),
        }),
        (None, None) => None,
    }
}

/// Whether a phone field's value of `digits` digits may be read as a phone
/// whatever plan it follows (see [`field_value_end`]).
#[inline]
fn field_value_len(digits: usize) -> bool {
    // (No number in the international plan is longer than 15 digits.)
    (MIN_DIGITS_WITHOUT_PLUS..=15).contains(&digits)
}

/// The end of a phone field's whole value where no numbering plan reads it
/// (`"phone":"122718213"`, `<crm:dst>731587083</crm:dst>`, a table's
/// `Telefon` column): a phone of a country whose plan the detector does
/// not carry, or written as that country writes it. Eight to fifteen
/// digits (fewer never reach a verifier, and no international number has
/// more), up to where the value ends: a quote, a tag, a separator, a line
/// break or the end of the text.
fn field_value_end(text: &impl Text, t: &Token, start: usize) -> Option<(usize, PhoneDigits)> {
    if !field_value_len(t.digit_count) || phone_field_key(text, start) & NAMED_PHONE_KEYS == 0 {
        return None;
    }
    let groups = t.groups();
    // (A lone bracketed run is read from its first digit, as elsewhere.)
    if groups.len() == 1 && groups[0].paren {
        return None;
    }
    let end = groups.last()?.end;
    let value_ends = match text.next(end) {
        None => true,
        Some((c, _)) => matches!(
            c,
            b'"' | b'<' | b'&' | b',' | b';' | b'\t' | b'\r' | b'\n' | b'|' | b'}' | b']'
        ),
    };
    let digits = &t.digits[..t.digit_count];
    let imei = groups.len() == 1 && is_imei(digits);
    (value_ends && !is_placeholder(digits) && !imei).then(|| (end, PhoneDigits::of(digits)))
}

/// Whether a phone field holds a placeholder a form or an export fills in
/// for no number: one digit over and over (`0000000000`, `+00 000 000
/// 000`), or the digits counted up or down (`1234567890`, `9876543210`);
/// or a bare JSON number as masking writes it, a digit and zeros after it
/// (`"msisdn": 900000000000`), which a re-check pass must not take again.
fn is_placeholder(digits: &[u8]) -> bool {
    let steps = |by: u8| digits.windows(2).all(|w| w[1] == (w[0] + by) % 10);
    let masked_number = digits
        .get(1..)
        .is_some_and(|rest| rest.iter().all(|&d| d == 0));
    steps(0) || steps(1) || steps(9) || masked_number
}

/// Whether the number at `start` is a value's minus sign's number: a
/// negative integer (`fbzx=-3005040638082221792`, `"id": -4111…`), which a
/// signed 64-bit id is half the time and a card never is.
fn is_signed_value(text: &impl Text, start: usize) -> bool {
    let Some((b'-', mut p)) = text.prev(start) else {
        return false;
    };
    // (White space between a JSON key's colon and its value.)
    for _ in 0..4 {
        match text.prev(p) {
            Some((b' ', q)) => p = q,
            Some((c, _)) => return matches!(c, b'=' | b'"' | b':' | b'[' | b','),
            None => return false,
        }
    }
    false
}

/// Whether the number at `start` follows a Danish payment slip's code
/// (`+71<`, `+75<`: an FI line, `+71<000003404168734 +85763591<`): the
/// payment's reference, Luhn-checked at a card's length as often as not.
fn after_payment_slip_code(text: &impl Text, start: usize) -> bool {
    // (A CSV export may put a space after the code: `+75< 3852…`.)
    let mut p = start;
    if let Some((b' ', q)) = text.prev(p) {
        p = q;
    }
    let Some((b'<', q)) = text.prev(p) else {
        return false;
    };
    p = q;
    for _ in 0..2 {
        match text.prev(p) {
            Some((c, q)) if c.is_ascii_digit() => p = q,
            _ => return false,
        }
    }
    text.peek_back(p) == Some(b'+')
}

/// Whether the number at `start` opens with an area code of two to five
/// digits in brackets (not a `(0)` trunk).
fn opens_bracketed_area(text: &impl Text, start: usize) -> bool {
    let Some((b'(', mut pos)) = text.next(start) else {
        return false;
    };
    let mut digits = 0;
    while let Some((c, next)) = text.next(pos) {
        if !c.is_ascii_digit() {
            return c == b')' && (2..=5).contains(&digits);
        }
        digits += 1;
        pos = next;
    }
    false
}

/// Whether the number at `start` opens with a group a card's can be: four
/// digits or more (every card grouping's first group has), of which the
/// first two start some network's numbers.
#[inline]
fn opens_card_group(text: &impl Text, start: usize) -> bool {
    let mut digits = [0u8; 4];
    let mut pos = start;
    for d in &mut digits {
        match text.next(pos) {
            Some((c, next)) if c.is_ascii_digit() => {
                *d = c - b'0';
                pos = next;
            }
            _ => return false,
        }
    }
    card::may_start_with(digits[0], digits[1])
}

/// Whether the 15 digits `digits` end in the key of a French social
/// security number (NIR).
fn has_social_security_key(digits: &[u8]) -> bool {
    digits.len() == 15 && ends_in_mod97_key(digits)
}

/// Whether the last two of `digits` are 97 less the rest modulo 97, the
/// key of a French NIR and of a Belgian company number.
fn ends_in_mod97_key(digits: &[u8]) -> bool {
    let Some((body, key)) = digits.split_last_chunk::<2>() else {
        return false;
    };
    let rest = body.iter().fold(0u32, |r, &d| (r * 10 + u32::from(d)) % 97);
    97 - rest == u32::from(key[0]) * 10 + u32::from(key[1])
}

/// Whether the ten digits `digits` end in the key of a Belgian company
/// number.
fn has_belgian_company_key(digits: &[u8]) -> bool {
    digits.len() == 10 && ends_in_mod97_key(digits)
}

/// A card the writer broke over two lines (`4406-1198 \n0070-6772`,
/// `5261 7262<br/>\n3360 9984`, a quoted reply's `> `): where the token
/// `t` ends at a line break after a group of four digits or more, and the
/// digits go on on the next line, the card read across the break, if one
/// ends past it; asked only where the first line holds no card (a card
/// that ends at its line does not grow into a house number on the next).
/// Phones are never read across lines.
fn card_across_lines(text: &impl Text, t: &Token, at: CardAt) -> Option<usize> {
    // (In groups on its first line, as people break what they type: a
    // lone run before a line break is another number, and the scan has
    // already turned away those no card or phone can be.)
    let last = t.groups().last()?;
    if t.plus
        || t.group_count < 2
        || t.cut_group.is_some()
        || last.len < 4
        || t.digit_count >= card::MAX_DIGITS
    {
        return None;
    }
    line_break_end(text, last.end)?;
    let mut across = Token::empty();
    if !tokenize_lines(text, at.start, &mut across, true) || across.overflow {
        return None;
    }
    card_end(text, &across, at).filter(|&end| end > last.end)
}

/// Where a card is asked for: what [`card_end`] needs besides the token.
#[derive(Clone, Copy)]
struct CardAt<'e> {
    start: usize,
    start_kind: Start,
    /// Inside an escaped document: no later number is verified.
    nested: bool,
    /// The phones found before it.
    earlier: &'e EarlierPhones,
    /// The keyword before it, shared with the phone rules.
    words_before: &'e WordsBefore,
}

/// The keyword nearest before a candidate ([`context::nearest`]), read the
/// first time a rule asks for it: the card and phone rules weigh the same
/// words, and most candidates settle without them.
struct WordsBefore {
    start: usize,
    floor: usize,
    read: std::cell::Cell<Option<Option<context::Nearest>>>,
}

impl WordsBefore {
    fn new(start: usize, floor: usize) -> WordsBefore {
        WordsBefore {
            start,
            floor,
            read: std::cell::Cell::new(None),
        }
    }

    fn nearest(&self, text: &impl Text) -> Option<context::Nearest> {
        if let Some(known) = self.read.get() {
            return known;
        }
        let nearest = context::nearest(text, self.start, self.floor);
        self.read.set(Some(nearest));
        nearest
    }
}

fn card_end(text: &impl Text, t: &Token, at: CardAt) -> Option<usize> {
    let CardAt {
        start,
        start_kind,
        nested,
        earlier,
        words_before,
    } = at;
    if t.plus || t.digit_count < 12 {
        return None;
    }
    let groups = t.groups();
    let unbracketed = groups.iter().take_while(|g| !g.paren).count();
    for k in (1..=unbracketed).rev() {
        let digits = t.digits_in(k);
        if digits > card::MAX_DIGITS {
            continue;
        }
        if digits < 12 {
            break;
        }
        // One separator throughout, or spaces and dashes mixed as people
        // type them (`4687 1798-7247-3115`); only a space-like one may be
        // followed by more groups (an expiry, a CVV): a dashed or dotted
        // run that goes on is a longer identifier.
        let sep = if k > 1 { groups[k - 1].sep } else { 0 };
        let one_sep = groups[1..k].iter().all(|g| g.sep == groups[1].sep);
        let typed = groups[1..k]
            .iter()
            .all(|g| matches!(g.sep, b' ' | b'-' | b'\n'));
        if !(one_sep || typed) || sep == b'/' {
            continue;
        }
        // A slash and two to four digits after the number: an expiry or
        // a CVV (`…5619/03/28/507`, `…1111/123`).
        let expiry_follows = t
            .group_after(k)
            .is_some_and(|g| g.sep == b'/' && (2..=4).contains(&g.len) && !g.paren);
        // In the middle of a sequence (`06 2221-7897-5556-0809`, `…276
        // 6011191851179532`, `…3330 20 5588 6415 2523 5370`) a card may
        // start only where the layout breaks: a single run, a separator of
        // its own, or after a group that ended a layout of fours. A card
        // inside a run of fours (an IBAN: `FR76 3000 6000 0112 3456 7890`)
        // does not start there.
        if let Start::AfterGroup {
            prev_len,
            in_spaced_run,
        } = start_kind
        {
            let own_sep = groups.get(1).filter(|_| k > 1).map(|g| g.sep);
            if own_sep == Some(b' ') && prev_len == 4 && in_spaced_run {
                continue;
            }
        }
        // What the digits alone decide comes first: whether the next group
        // starts a number of its own, asked below, verifies that number.
        let (lens, n) = t.group_lens(k);
        let digits = &t.digits[..digits];
        // (UATP shares its length and leading 1 with France's social
        // security number, whose last two digits are a key: not one whose
        // key fits.)
        let network = card::network(digits)
            .filter(|&net| net != card::Network::Uatp || !has_social_security_key(digits));
        // (Typed layouts only where people type them: not a decimal.)
        let printed = card::is_card_grouping(&lens[..n]);
        let typed = !printed
            && card::is_typed_grouping(&lens[..n])
            && groups[1..k]
                .iter()
                .all(|g| matches!(g.sep, b' ' | b'-' | b'\n'));
        if !(network.is_some() && luhn::is_valid(digits)) {
            continue;
        }
        // A number read back in groups of its own (`44 64 9101 1272 0462`,
        // `601 134 029 916 4156`, `35356 08979 99553 4370`) is a card where
        // a card word labels it: "card number", "kortnummer", "tarjeta".
        // (Not over an expiry after a brand's own layout: `3048 294626
        // 0316 1230`, a Diners card and 12/30.)
        let expiry_after_layout = || {
            let (shorter, tail) = digits.split_at(digits.len() - usize::from(lens[n - 1]));
            tail.len() == 4
                && reads_as_expiry(tail)
                && card::is_card_grouping(&lens[..n - 1])
                && card::network(shorter).is_some()
                && luhn::is_valid(shorter)
        };
        let worded = || {
            n >= 3
                && !expiry_after_layout()
                && lens[..n].iter().all(|&l| (2..=6).contains(&l))
                && groups[1..k].iter().all(|g| g.sep == b' ')
                && words_before
                    .nearest(text)
                    .is_some_and(|w| w.hint == Hint::Card && w.labels && !w.past_number)
        };
        if !(printed || typed || worded()) {
            continue;
        }
        // Typed in a few long groups, or in fives, in the middle of a
        // sequence with more groups after it, it is that sequence's middle:
        // a pallet's code printed for people to read (`SSCC 3 5472962
        // 828724814 8`), a Swiss QR bill's reference (`28 34680 34658
        // 91182 47887 84301`).
        let amid_sequence = matches!(start_kind, Start::AfterGroup { .. });
        let in_fives = lens[..n].iter().all(|&l| l == 5);
        if (typed || in_fives) && amid_sequence && t.group_after(k).is_some() {
            continue;
        }
        // A short number in Maestro's wider ranges is a card printed in a
        // card's groups or named by a card's word (see
        // `card::Network::MaestroWide`).
        if network == Some(card::Network::MaestroWide)
            && digits.len() < 16
            && !(n > 1 && printed)
            && !words_before
                .nearest(text)
                .is_some_and(|w| w.hint == Hint::Card && !w.past_number)
        {
            continue;
        }
        // UATP's airline cards share 15 digits and a leading 1 with
        // carriers' tracking numbers and record ids: one needs a card's
        // word before it, or to be all the text there is.
        if network == Some(card::Network::Uatp) {
            let alone = text.prev(start).is_none() && text.next(groups[k - 1].end).is_none();
            let named = || {
                words_before
                    .nearest(text)
                    .is_some_and(|n| n.hint == Hint::Card)
            };
            if !(alone || named()) {
                continue;
            }
        }
        if let Some(next) = t.group_after(k) {
            // A group that carries on the card layout (`5507 8982 0846
            // 4879 909`) is part of one longer number, not an expiry or CVV.
            let mut lens = lens;
            lens[n] = next.len;
            // …and the group after that does not belong to something else
            // (`5685 850.502.2`: the 850 starts a dotted number).
            let next_is_last = t.group_after(k + 1).is_none_or(|g| g.sep == next.sep);
            let same_sep = (k == 1 || next.sep == sep) && next_is_last;
            // (But where a card's word names the card and the longer
            // number would be none, the group is the CVV pasted after it:
            // `Card: 4012 8888 8888 1881 283`. Unnamed, a card's first
            // digits inside a longer run are no card.)
            let longer = digits.len() + usize::from(next.len);
            let longer_is_none = || {
                t.digits.get(..longer).is_some_and(|longer| {
                    !(card::network(longer).is_some() && luhn::is_valid(longer))
                })
            };
            let cvv_after_named_card = || {
                longer_is_none()
                    && words_before
                        .nearest(text)
                        .is_some_and(|w| w.hint == Hint::Card && !w.past_number)
            };
            // (Nor, where the longer number would be none, is a group of
            // one or two digits that a word follows: it counts something
            // after the card, `… 2647 3 cuotas`, `… 2088 12x sem juros`;
            // but not under a record's word, whose longer number it is,
            // `IBAN: 3813 0198 2252 1119 51 …`.)
            let count_after_card = || {
                next.len <= 2
                    && longer_is_none()
                    && word_follows(text, next.end)
                    && !words_before
                        .nearest(text)
                        .is_some_and(|w| w.hint.names_record())
            };
            // (Nor is a month that a slash and a year follow: an expiry
            // typed with spaces, `… 8566 11 / 26 173`.)
            let spaced_expiry = || {
                let month = t
                    .digits
                    .get(usize::from(next.upto).saturating_sub(2)..usize::from(next.upto))
                    .map(|m| m[0] * 10 + m[1]);
                let year_after_slash = || {
                    let mut p = next.end;
                    for want in [b' ', b'/', b' '] {
                        match text.next(p) {
                            Some((c, q)) if c == want => p = q,
                            _ if want == b' ' => {}
                            _ => return false,
                        }
                    }
                    matches!(digits_from(text, p, 5).0, 2 | 4)
                };
                next.len == 2
                    && month.is_some_and(|m| (1..=12).contains(&m))
                    && (t
                        .group_after(k + 1)
                        .is_some_and(|g| g.sep == b'/' && matches!(g.len, 2 | 4))
                        || year_after_slash())
            };
            let carries_on = same_sep
                && !next.paren
                && !t.glued_after(k)
                && longer <= card::MAX_DIGITS
                && card::is_card_grouping(&lens[..=n])
                && !cvv_after_named_card()
                && !count_after_card()
                && !spaced_expiry();
            // A fifth group of four after a card printed in fours makes a
            // longer number (a gift card's twenty digits, `6035 3755 0195
            // 3667 2048`), unless it reads as an expiry (`… 1111 0427`, or
            // year first, `… 1111 2807`) or
            // starts another card, whole (`4389 3531 4673 1951 4389 3583
            // 0804 3178`) or masked (`… 2080 4320 XXXX XXXX 1552`).
            let fifth_four = || {
                n == 4
                    && lens[..n].iter().all(|&l| l == 4)
                    && next.len == 4
                    && next.sep == sep
                    && next_is_last
                    && !t.glued_after(k)
                    && t.digits
                        .get(usize::from(next.upto).saturating_sub(4)..)
                        .is_some_and(|d| !reads_as_expiry(d))
                    && !masked_group_after(text, next.end)
            };
            let starts_another =
                || !nested && starts_finding(text, next.start, groups[k - 1].end, earlier);
            if !(matches!(next.sep, b' ' | b'+' | b'\n') || expiry_follows)
                || fifth_four() && !starts_another()
                || carries_on
                    && (nested || !starts_finding(text, next.start, groups[k - 1].end, earlier))
            {
                continue;
            }
        }
        // (A word glued to its end, as to its start: `…4870abgebucht`.)
        let end = groups[k - 1].end;
        if (expiry_follows
            || ends_cleanly(text, end)
            || field_follows(text, end)
            || t.ends_at_word(k))
            && card_context_allows(text, words_before, n, printed, digits)
            && !after_iban_groups(text, start)
        {
            return Some(groups[k - 1].end);
        }
    }
    None
}

/// Whether a word follows the digits ending at `end`, after a space or
/// glued to them (`3 cuotas`, `12x sem juros`): letters (or a script's
/// characters) that no digit follows, as one would a version or an id
/// (`6 v3.96`).
fn word_follows(text: &impl Text, end: usize) -> bool {
    let mut p = match text.next(end) {
        Some((b' ', p)) => p,
        _ => end,
    };
    let mut letters = 0;
    while let Some((c, next)) = text.next(p) {
        if !(c.is_ascii_alphabetic() || c >= 0x80) {
            break;
        }
        letters += 1;
        p = next;
    }
    letters > 0 && !text.peek(p).is_some_and(|c| c.is_ascii_digit())
}

/// Whether a group of a masked card follows the digits ending at `end`
/// (`4320 XXXX XXXX 1552`, `4320 **** …`).
fn masked_group_after(text: &impl Text, end: usize) -> bool {
    matches!(text.next(end), Some((b' ' | b'-', p)) if matches!(text.peek(p), Some(b'X' | b'x' | MASK)))
}

/// Whether four `digits` read as a card's expiry, month and year either
/// way round (`0427`, `2807`): a month `01` to `12` and a year a card
/// may expire in, `20` to `39`. (Not `0190`: the fifth group of a
/// longer number, a Brazilian invoice's key.)
fn reads_as_expiry(digits: &[u8]) -> bool {
    let month = |d: &[u8]| matches!(d, [0, 1..=9, ..] | [1, 0..=2, ..]);
    let year = |d: &[u8]| matches!(d, [2 | 3, _, ..]);
    digits.len() >= 4
        && (month(digits) && year(&digits[2..]) || year(digits) && month(&digits[2..]))
}

/// Whether the words before a card number, valid in every other way and
/// written in `groups` groups, let it stand.
///
/// Issuer range, length and Luhn are strong evidence, so an identifier
/// word vetoes a card only when it labels this very number ("Order
/// #4111…", "n° de pedido : …"), not when it names another one earlier in
/// the clause ("Order 123 was charged to 4111 …"). The exception is a
/// 13-digit Visa written as one run: Visa no longer issues that length,
/// and it is also the shape of an EAN-13 barcode, whose German prefixes
/// (400–440) fall in Visa's range and pass Luhn one time in ten. An
/// identifier word vetoes it from anywhere in its clause ("EAN auf der
/// Verpackung: …"), unless another number stands between them. And 15
/// digits or more grouped as cards are printed (`4393 7045 0528 5597`)
/// are a card whatever labels them: record ids are not typed in a card's
/// groups, and a card pasted under the wrong label must not leak; unless
/// the label names the card it is printed on, one that pays for nothing
/// ("Loyalty card 5060 9983 3198 3958", "Gift card 4147 …", "Voucher code
/// …"; a network's prepaid card sold as a gift card is named by the
/// network, "Visa gift card 4147 …", which makes the words a card's), or
/// another thing that is no card, a booking or a device, outside the
/// ranges of the networks most cards are issued in.
fn card_context_allows(
    text: &impl Text,
    words_before: &WordsBefore,
    groups: usize,
    printed: bool,
    digits: &[u8],
) -> bool {
    // ("Account number: 4111 …" is how statements name a card.)
    let identifier = || {
        words_before
            .nearest(text)
            .filter(|n| matches!(n.hint, Hint::Identifier | Hint::NotCard | Hint::OtherCard))
    };
    if groups > 1 && printed && digits.len() >= 15 {
        // (A booking's, a customer's or a device's word labelling a number
        // in Visa's, Mastercard's or Amex's range does not stop a card
        // pasted there: `客户: 4111 1111 1111 1111`, a customer's line in a
        // transcript. Elsewhere it names a record printed in a range it
        // shares with a regional network.)
        let widely_issued = || {
            matches!(
                card::network(digits),
                Some(card::Network::Visa | card::Network::Mastercard | card::Network::Amex)
            )
        };
        return !identifier().is_some_and(|n| {
            n.labels && (n.hint == Hint::OtherCard || n.hint == Hint::NotCard && !widely_issued())
        });
    }
    let identifier = identifier();
    if groups == 1 && digits.len() == 13 && card::network(digits) == Some(card::Network::Visa) {
        return identifier.is_none_or(|n| n.past_number);
    }
    !identifier.is_some_and(|n| n.labels)
}

/// Whether a card or phone number starts at `pos`, right after a candidate
/// ending at `end`. A group that would carry a number's layout on is part
/// of it only if it does not begin a number of its own: otherwise masking
/// that next number would free the first one, and redacting twice would
/// mask more than redacting once.
fn starts_finding(text: &impl Text, pos: usize, end: usize, earlier: &EarlierPhones) -> bool {
    short_run_end(text, pos).is_none()
        && verify_at(text, pos, true, end, KindSet::ALL, earlier, true).is_some()
}

/// The fewest digits of a number written without a leading `+`: a card
/// has 12 or more, the eight-digit national numbers of Denmark, Norway,
/// Singapore or Hong Kong 8 (see [`eight_digit_national`]), every other
/// national phone layout and `00`-prefixed international form at least 9
/// (`00` and [`phone_plan::MIN_INTERNATIONAL_DIGITS`]). Checked by
/// `no_number_of_seven_digits_and_eight_only_after_a_phone_word`.
const MIN_DIGITS_WITHOUT_PLUS: usize = 8;

const _: () = assert!(MIN_DIGITS_WITHOUT_PLUS <= 2 + phone_plan::MIN_INTERNATIONAL_DIGITS);

/// The most digits a phone number has: a `00` prefix, the longest calling
/// code and national number ([`phone_plan::MAX_INTERNATIONAL_DIGITS`]), and
/// a trunk `0` written after the code (`+44 (0)20 …`). National layouts
/// are shorter.
const MAX_PHONE_DIGITS: usize = 2 + phone_plan::MAX_INTERNATIONAL_DIGITS + 1;

/// The most digits a card or phone number has: no verifier weighs a longer
/// prefix of a token.
const MOST_DIGITS_WEIGHED: usize = if card::MAX_DIGITS > MAX_PHONE_DIGITS {
    card::MAX_DIGITS
} else {
    MAX_PHONE_DIGITS
};

/// A cheap early exit for most numbers in text (years, counts, prices,
/// versions, times, dates): where the run of digits, separators and
/// parentheses that starts at `start` ends, if it holds too few digits to
/// be a card or a phone ([`MIN_DIGITS_WITHOUT_PLUS`], or
/// [`phone_plan::MIN_INTERNATIONAL_DIGITS`] after a `+`), or exactly eight
/// in groups no eight-digit layout has (a date). The run is a superset of
/// what the tokenizer joins, so no token it turns away could be a number.
/// No number starts anywhere before the returned end either (each start
/// there sees a suffix of the same run, with fewer digits, or the same
/// eight from its first digit; a `+` inside a run that did not begin with
/// one ends the shortcut), so a scan may skip to it.
#[inline(always)]
pub(crate) fn short_run_end(text: &impl Text, start: usize) -> Option<usize> {
    let plus = text.peek(start) == Some(b'+');
    short_run_from(text, start, start, 0, plus)
}

/// [`short_run_end`] from `pos`, with `digits` digits of the run from
/// `start` already counted and `pos` right after a digit (or at `start`);
/// `plus` when the run starts with a `+`.
#[inline]
fn short_run_from(
    text: &impl Text,
    start: usize,
    mut pos: usize,
    mut digits: usize,
    plus: bool,
) -> Option<usize> {
    // Without a `+`, eight digits are a number only in the layouts of
    // [`eight_digit_national`], which dates and versions are not
    // (`2024-03-15`, `1.22.3.4`): runs are counted to nine, and one of
    // eight is turned away unless its groups may be such a layout.
    let without_plus = !plus;
    let limit = if plus {
        phone_plan::MIN_INTERNATIONAL_DIGITS
    } else {
        MIN_DIGITS_WITHOUT_PLUS + 1
    };
    // Non-digits in a row: a token puts at most three between two digits
    // (`) (`, `) -`), and two before its first (`+(`).
    let mut gap = 0;
    let end = loop {
        let Some((c, next)) = text.next(pos) else {
            break pos;
        };
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= limit {
                return None;
            }
            gap = 0;
        } else if may_join_groups(c) {
            if c == b'+' && without_plus && pos > start {
                // A number may start at this `+` with fewer digits than
                // one before it needs: leave the run to the verifiers.
                return None;
            }
            gap += 1;
            if gap > 3 {
                // The run ended at its last digit; a start inside the gap
                // may still begin a run of its own.
                for _ in 1..gap {
                    pos = text.prev(pos).map_or(pos, |(_, p)| p);
                }
                break pos;
            }
        } else {
            break pos;
        }
        pos = next;
    };
    let eight = without_plus
        && digits == MIN_DIGITS_WITHOUT_PLUS
        && may_be_eight_digit_national(text, start, end);
    (!eight).then_some(end)
}

/// Whether the run of eight digits in `start..end` may be laid out as
/// [`eight_digit_national`] or a service line ([`is_service_line`])
/// accepts, from its first digit (a number may start there, after a `(`
/// the run starts with): that digit is from 1 to 9, or a 0 before an 8 or
/// a 9, only spaces, dashes or dots stand between its groups, and the groups
/// have one of the lengths [`may_be_eight_digit_layout`] allows. A
/// superset, read on the run's characters.
#[cold]
fn may_be_eight_digit_national(text: &impl Text, start: usize, end: usize) -> bool {
    let mut first_digit = 0;
    let mut lens = [0u8; 4];
    let mut groups = 0;
    let mut in_group = false;
    let mut pos = start;
    while pos < end {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        if c.is_ascii_digit() {
            // (A 0 opens one only before an 8 or a 9: Stockholm's `08-35
            // 32 53`, the Dutch service lines `0800-1234`, `0900-1234`.)
            let second = lens[0] == 1 && groups == 1 && in_group;
            if second && first_digit == b'0' && !matches!(c, b'8' | b'9') {
                return false;
            }
            if groups == 0 {
                first_digit = c;
            }
            if !in_group {
                if groups == lens.len() {
                    return false;
                }
                groups += 1;
                in_group = true;
            }
            lens[groups - 1] += 1;
        } else if groups == 0 || matches!(c, b' ' | b'-' | b'.') {
            // (Dots only in pairs, `99.83.71.66`: left to the layout.)
            in_group = false;
        } else if c == b')' && groups == 1 && lens[0] == 1 && in_group {
            // (A one-digit area code in brackets: `(4) 455-4909`.)
            in_group = false;
        } else {
            // A bracket after a group: the run is no such layout
            // if a digit follows (what follows the last digit is read up
            // to `end` too, and does not matter).
            let rest_has_digit = {
                let mut p = next;
                let mut found = false;
                while p < end {
                    match text.next(p) {
                        Some((d, q)) => {
                            found |= d.is_ascii_digit();
                            p = q;
                        }
                        None => break,
                    }
                }
                found
            };
            if rest_has_digit {
                return false;
            }
            break;
        }
        pos = next;
    }
    may_be_eight_digit_layout(&lens[..groups])
}

/// For a digit at `start` in `hay` with no escape within a number's reach:
/// [`short_run_end`], which also turns away a lone run of digits that no
/// card range or phone plan allows ([`single_run_may_match`]). Reads the
/// first digit run once for both.
#[inline]
pub(crate) fn hopeless_digits_end(hay: &[u8], start: usize, plus_is_space: bool) -> Option<usize> {
    let text = EscapeFreeText::with_plus_as_space(hay, plus_is_space);
    hopeless_digits_end_on(&text, hay, start)
}

/// [`hopeless_digits_end`], reading the first digit run and the byte after
/// it raw and the rest through `text`.
#[inline]
pub(crate) fn hopeless_digits_end_on(text: &impl Text, hay: &[u8], start: usize) -> Option<usize> {
    let run = hay[start..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(hay.len() - start);
    let run_end = start + run;
    let joined = hay.get(run_end).copied().is_some_and(may_join_groups);
    if !joined {
        // A run in a WhatsApp link is international: no national rule
        // speaks for it.
        // (Or the value of a field that holds one: `"wa_id":"4479…"`.)
        // Under a key that names nothing but a phone, any value of a
        // phone's length is worth reading (see `field_value_end`); under one
        // that names other things too, and in a link, only a run that is an
        // international number by its digits: not a timestamp or a record
        // id.
        let field = || {
            field_value_len(run) && {
                let keys = phone_field_key(text, start);
                keys & NAMED_PHONE_KEYS != 0 || keys != 0 && international_run(&hay[start..run_end])
            }
        };
        let link = || match start.checked_sub(1).map(|p| hay[p]) {
            Some(b'/' | b'=') => {
                (international_run(&hay[start..run_end]) && after_international_link(text, start))
                    || field()
            }
            Some(b'"' | b':' | b'>' | b'\'') => field(),
            // (A raw space after a form's `=` reads as the unencoded `+`
            // does: the verifiers tell them apart by neither.)
            Some(b' ' | b'+') => {
                // (A key's colon stands right before the space.)
                let after_colon = start >= 2 && hay[start - 2] == b':';
                (after_colon && field())
                    || international_run(&hay[start..run_end])
                        && (after_unencoded_plus(text, start, start - 1)
                            || context::opens_phone_part(text, start))
            }
            // (A multipart part's phone field: `name="phone"`, a blank
            // line, `4915179338642`.)
            Some(b'\n') => {
                international_run(&hay[start..run_end]) && context::opens_phone_part(text, start)
            }
            _ => false,
        };
        let country_code = || {
            (11..=15).contains(&run)
                && country_code_may_start(text, start)
                && international_without_plus(&digit_values(&hay[start..run_end])[..run])
        };
        // (A run a phone word may label: see `plain_layout`.)
        let plain = || PLAIN_DIGITS.contains(&run) && word_just_before(text, start);
        let hopeless = run < MIN_DIGITS_WITHOUT_PLUS
            || !(single_run_may_match(&hay[start..run_end]) || link() || country_code() || plain());
        return hopeless.then_some(run_end);
    }
    if run >= MIN_DIGITS_WITHOUT_PLUS {
        return None;
    }
    short_run_from(text, start, run_end, run, false)
}

/// The digits of a block from which no number can start: those of each
/// stretch of digits joined by at most three joiner bytes (see
/// [`short_run_end`]) that ends four bytes or more before the block does,
/// has no wildcard byte in it or in the four bytes after it (a `+`, an
/// escape, a wide character: the run might read on), and holds fewer than
/// [`MIN_DIGITS_WITHOUT_PLUS`] digits, or exactly that many in groups no
/// eight-digit layout has (a date: `2024-03-15`). The prefilter drops them before
/// a verifier is asked: [`hopeless_digits_end`] would turn each away.
///
/// A digit anchor's run reads right only, over digits and gaps of at most
/// three joiners, each of which has a digit within three bytes on either
/// side: so every digit it counts lies in the stretch of its anchor, and
/// it reads at most four bytes past the stretch's last digit. (A stretch
/// cut at the block's start lost only digits to the left of every anchor
/// in the block.)
#[inline(always)]
pub(crate) fn hopeless_digits(block: &BlockClasses) -> u64 {
    let digits = block.digits;
    let digit_before = (digits << 1) | (digits << 2) | (digits << 3);
    let digit_after = (digits >> 1) | (digits >> 2) | (digits >> 3);
    let mut stretches = digits | (block.joiners & digit_before & digit_after);
    let mut hopeless = 0;
    while stretches != 0 {
        let start = stretches.trailing_zeros();
        let len = (!(stretches >> start)).trailing_zeros();
        let end = start + len;
        let stretch = (u64::MAX >> (64 - len)) << start;
        stretches &= !stretch;
        if end + 4 > block.len {
            // The stretch may go on past what the block holds.
            break;
        }
        let read = stretch | (0b1111 << end);
        let stretch_digits = digits & stretch;
        let count = stretch_digits.count_ones() as usize;
        let too_few = count < MIN_DIGITS_WITHOUT_PLUS
            || count == MIN_DIGITS_WITHOUT_PLUS
                && !groups_may_be_eight_digit_national(stretch_digits);
        if block.wildcards & read == 0 && too_few {
            hopeless |= stretch_digits;
        }
    }
    hopeless
}

/// Whether the digits of a stretch (one bit each, in byte order) fall in
/// groups of lengths [`may_be_eight_digit_layout`] allows: the part of
/// [`may_be_eight_digit_national`]'s test that a block's masks can tell
/// (the joiners and the first digit are left to [`short_run_end`]).
// Rare (a stretch of exactly eight digits): kept out of the block loop.
#[inline(never)]
fn groups_may_be_eight_digit_national(mut digits: u64) -> bool {
    let mut lens = [0u32; 4];
    let mut n = 0;
    while digits != 0 {
        if n == lens.len() {
            return false;
        }
        let start = digits.trailing_zeros();
        let len = (!(digits >> start)).trailing_zeros();
        lens[n] = len;
        n += 1;
        digits &= !((u64::MAX >> (64 - len)) << start);
    }
    may_be_eight_digit_layout(&lens[..n])
}

/// Whether the ASCII digit run `run` may be a calling code and a national
/// number of a length that code's plan allows, one more digit allowed for
/// a written trunk `0` or Mexico's `1`: a superset of what
/// [`international`] accepts, so that a scan may skip every other run.
fn international_run(run: &[u8]) -> bool {
    if run.len() > phone_plan::MAX_INTERNATIONAL_DIGITS + 1 {
        return false;
    }
    let mut code = [0u8; 3];
    for (d, &c) in code.iter_mut().zip(run) {
        *d = c.wrapping_sub(b'0');
    }
    phone_plan::plan_for(&code[..run.len().min(code.len())]).is_some_and(|plan| {
        let national_len = run.len() - usize::from(plan.code_len);
        (usize::from(plan.min_len)..=usize::from(plan.max_len) + 1).contains(&national_len)
    })
}

/// Whether a number written as the single digit run `run` (ASCII digits,
/// nothing joined to it) can be a card (range, length and checksum) or a
/// phone by its digits alone: the cheap test that turns away timestamps and
/// record ids in a scan before they are tokenized. Runs with a `00` prefix
/// are left to the full rules.
#[inline]
pub(crate) fn single_run_may_match(run: &[u8]) -> bool {
    let len = run.len();
    if len > TOKEN_DIGITS {
        return false;
    }
    if run.starts_with(b"00") {
        return true;
    }
    let digits = digit_values(run);
    let digits = &digits[..len];
    // (The card would be the whole run: its checksum is known here, and
    // fails for nine runs of ten.)
    // (A country code run together with a national number is asked apart,
    // where one may start: see `country_code_may_start`.)
    (card::network(digits).is_some() && luhn::is_valid(digits))
        || (len >= 7 && national_run(digits).is_some())
}

/// Whether a number starting at `start` may be a country code and a
/// national number run together ([`Evidence::CountryCode`]): at the text's
/// start, after white space, `(`, a label's colon (a full-width one reads
/// as `:`: `MSISDN：8614…`) or a character beyond ASCII, or opening a
/// string (a field's value, a table's cell) or an element's text (an HTML
/// table's cell: `<td>61495353109`). Not right after a JSON key's
/// `":` (a record id as a bare number), which keeps the early exit for
/// ids cheap; with a space there it is read, and a phone word must label
/// it all the same.
fn country_code_may_start(text: &impl Text, start: usize) -> bool {
    match text.prev(start) {
        None | Some((b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'"' | b'>', _)) => true,
        Some((b':', p)) => text.peek_back(p) != Some(b'"'),
        // (A CSV cell after a word: `Pay Bill,254748635075 - AKINYI …`.)
        Some((b',' | b';', p)) => text.peek_back(p).is_some_and(|c| c.is_ascii_alphabetic()),
        // (After CJK text: `手机号8614…`.)
        Some((c, _)) => c >= 0x80,
    }
}

/// The values of a run of ASCII digits, up to [`TOKEN_DIGITS`] of them.
fn digit_values(run: &[u8]) -> [u8; TOKEN_DIGITS] {
    let mut digits = [0u8; TOKEN_DIGITS];
    for (d, &c) in digits.iter_mut().zip(run) {
        *d = c.wrapping_sub(b'0');
    }
    digits
}

/// How a phone number is written, which decides how much context it needs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Evidence {
    /// International form or a national layout no other number uses.
    Strong,
    /// Plausible, unless an identifier word comes right before it.
    Layout,
    /// Digits only: a phone only after a phone word.
    DigitsOnly,
    /// A national layout not known here, of a national number's length: a
    /// phone only where a phone word labels it (`Celular: (85) 97837
    /// 9603`, `TEL：045(414)8759`, `Fax 1800-927-1553`).
    Labelled,
    /// A national number as short as a date or a record number (eight
    /// digits), or in a layout as plain: a phone only where the nearest
    /// word in its clause is a phone word that labels it (`tlf. 20 12 34
    /// 56`) or asks to be called at it, with no other number between them
    /// (`Ring til mig på 20 12 34 56`, `Llámenme al 9 6418 5192`).
    Worded,
    /// A country code and a national number its plan allows, the `+` left
    /// out (`WA saya 6287017900047`): a phone only where a phone word
    /// labels it, and not after "my number" as a label, as Japan's
    /// individual number is named, which has twelve digits of any start
    /// (`My Number 387687276516`), as many as most numbers written so. (A
    /// writer's "my number is …" is a phone's: `My number is
    /// 256777438534`.)
    CountryCode,
    /// A national number's length in a plain grouping no layout here
    /// models (`cell 335 285 56 15`, `mi cel - 0111557053588`): a phone
    /// only where a phone word labels it directly (not a call verb across
    /// other words), and not a run after a "my number" phrase (Japan's
    /// individual number).
    Plain,
}

/// Where a phone number is asked for: what [`phone_end`] needs to know
/// beyond the token.
#[derive(Clone, Copy)]
struct PhoneAt<'e> {
    start: usize,
    /// The keyword before it, shared with the card rules.
    words_before: &'e WordsBefore,
    /// Inside an escaped document: no later number is verified.
    nested: bool,
    /// Where a card found at the same start ends.
    card_end: Option<usize>,
    /// A word is glued to the number ([`Start::AfterWord`]): only a phone
    /// word that labels it makes it a phone.
    needs_label: bool,
    /// The phones found before it.
    earlier: &'e EarlierPhones,
}

fn phone_end(text: &impl Text, t: &Token, at: PhoneAt) -> Option<(usize, PhoneDigits)> {
    let PhoneAt {
        start,
        words_before,
        nested,
        card_end,
        needs_label,
        earlier,
    } = at;
    let groups = t.groups();
    if t.digit_count < 7 {
        return None;
    }
    let mut nearest = None;
    let mut hint_known = false;
    // A plain grouping is read only where no modelled layout reads any
    // prefix: a longer plain reading would swallow what follows a shorter
    // modelled one (`SĐT: 036 794 4611 908,000đ`).
    for plain in [false, true] {
        // (Asked once, not for every prefix: no word stands before most
        // numbers.)
        if plain && (t.plus || !word_just_before(text, start)) {
            break;
        }
        for k in (1..=groups.len()).rev() {
            if t.digits_in(k) > MAX_PHONE_DIGITS {
                continue;
            }
            // A lone bracketed run (`call me (0612345678)`) is read from its
            // first digit: the brackets stand around it, not in it.
            if k == 1 && groups[0].paren && !t.plus {
                continue;
            }
            // To win over a card found here, a phone must end past it. Before
            // the card's last group comes the card's next group (a separator
            // and a digit), where no extension can start: a shorter prefix
            // cannot win.
            if card_end.is_some_and(|c| groups[k - 1].end < c) {
                break;
            }
            // Only a space may follow a phone number's digits, and only where
            // the number's own layout does not go on with it: the same
            // separator and a group as long as its last one (`08 31 11 08 47
            // 95`, `083 3463 1517 9610`), unless that group starts something
            // written otherwise, such as a date (`+44 29 2054 9573
            // 2023-01-25`). Whether it does is asked last: it verifies the
            // number there.
            let next = t.group_after(k);
            // Nor a slash, but one that sets another number apart, as
            // contact lines offer a second one (`+91-7661321930/88333-56933`,
            // `+45 3293 6843 / 25 98 62 26`); the reading across it was
            // weighed first, at a larger `k` (`030 / 3624258`).
            let slash_apart = next.is_some_and(|next| next.sep == b'/')
                && number_after_slash(t, k)
                && !in_path_or_query(text, start);
            let dash_extension = next.is_some_and(|next| {
                // (Not a check digit: `UMID CRN 0111-8404071-6`.)
                next.sep == b'-' && (2..=4).contains(&next.len) && ends_cleanly(text, next.end)
            }) && t.group_after(k + 1).is_none()
                && chinese_landline(t, k);
            if next.is_some_and(|next| !matches!(next.sep, b' ' | b'+'))
                && !slash_apart
                && !dash_extension
            {
                continue;
            }
            let evidence = if plain {
                plain_layout(t, k)
            } else {
                phone_layout(t, k).or_else(|| labelled_layout(t, k))
            };
            let Some(evidence) = evidence else {
                continue;
            };
            if evidence == Evidence::CountryCode && !country_code_may_start(text, start) {
                continue;
            }
            if let Some(next) = next {
                let own_sep = groups.get(1).filter(|_| k > 1).map(|g| g.sep);
                let next_is_last = t.group_after(k + 1).is_none_or(|g| g.sep == next.sep);
                // (A count of minutes is none of it: `+32 470 57 72 23 30
                // min before`.)
                let goes_on = own_sep == Some(next.sep)
                    && next.len == groups[k - 1].len
                    && next_is_last
                    && !t.glued_after(k)
                    && !minutes_after(text, next.end);
                if goes_on
                    && (nested || !starts_finding(text, next.start, groups[k - 1].end, earlier))
                {
                    continue;
                }
                // Russia's SNILS, `697-155-817 44`: three dashed threes and its
                // check digits after a space.
                let (lens, _) = t.group_lens(k);
                let snils = lens[..k] == [3, 3, 3]
                    && own_sep == Some(b'-')
                    && next.sep == b' '
                    && next.len == 2
                    && t.group_after(k + 1).is_none();
                // A French SIRET, `612 473 860 61892`: a company's SIREN in
                // threes, its establishment's five digits, Luhn-valid whole.
                let siret = lens[..k] == [3, 3, 3]
                    && own_sep == Some(b' ')
                    && next.sep == b' '
                    && next.len == 5
                    && k < t.group_count
                    && t.digits_in(k + 1) == 14
                    && t.group_after(k + 1).is_none()
                    && luhn::is_valid(&t.digits[..14]);
                if snils || siret {
                    continue;
                }
            }
            let end = groups[k - 1].end;
            // With its extension if one ends cleanly, else without.
            let extension = extension_end(text, end)
                .filter(|&e| ends_cleanly(text, e) || field_follows(text, e));
            let ends = (ends_cleanly(text, end)
                || field_follows(text, end)
                || slash_apart
                || dash_extension
                || slash_before_another_value(text, start, end))
                && !minutes_after(text, end);
            // A word glued to its end (`(+84) 778664162gọi`) is let be after an
            // international number, and elsewhere where a word glued to its
            // start would be: where a phone word labels it.
            let glued_after = !ends && t.ends_at_word(k);
            let needs_label =
                needs_label || glued_after && extension.is_none() && evidence != Evidence::Strong;
            let Some(end) = extension.or_else(|| (ends || glued_after).then_some(end)) else {
                continue;
            };
            // An extension (`6044839183 ext. 702`) is said only of a phone.
            let evidence = match evidence {
                Evidence::DigitsOnly if extension.is_some() => Evidence::Layout,
                e => e,
            };
            if (evidence != Evidence::Strong || needs_label) && !hint_known {
                nearest = words_before.nearest(text);
                hint_known = true;
            }
            // (Or offered as another number after a phone: `+45 3293 6843
            // eller 25 98 62 26`.)
            // (Or after an address: `name@example.com or 2718 9274`.)
            let offered = || {
                earlier.offered_after(text, start)
                    || offered_between(text, words_before.floor, start)
            };
            let labelled = || {
                nearest.is_some_and(|n| {
                    n.hint == Hint::Phone && (n.labels || n.asks_to_call) && !n.past_number
                }) || context::hl7_phone_use_after(text, end)
                    || offered()
                    || upi_address_after(text, end)
                    || context::after_payee_name(text, start)
                    || context::payee_name_after(text, end)
                    || context::signature_number(text, start, end, words_before.floor)
            };
            // A record word names the number it labels, not one after another
            // number ("USt-IdNr. DE2519… Ich bin unter 0171 …").
            // …nor a customer word where a phone word after the number says it
            // is the customer's phone ("Müşteri 0554 854 96 17 numarasından
            // aradı", "고객이 010-4692-8274에서 전화").
            let customer_called =
                || nearest.is_some_and(|n| n.customer) && context::phone_word_after(text, end);
            // (An account's word only where it labels the number: "the
            // number on my account is 0917 …" is the account's phone.)
            let names_record = || {
                nearest.is_some_and(|n| {
                    n.hint.names_record() && !n.past_number && (n.labels || n.hint != Hint::Account)
                }) && !customer_called()
                    || context::record_named_after(text, end)
            };
            let hint = nearest.map(|n| n.hint);
            let accepted = match evidence {
                Evidence::Worded => {
                    labelled() || hint.is_none() && context::phone_word_after_alone(text, end)
                }
                Evidence::Strong => true,
                // (Nor an amount or a count: `Rp 802.349.700`, `928 452 738
                // users`.)
                Evidence::Layout => {
                    !names_record() && (labelled() || !context::amount_around(text, start, end))
                }
                Evidence::DigitsOnly => {
                    !context::record_named_after(text, end)
                        && (hint == Some(Hint::Phone)
                            || labelled()
                            || (hint.is_none() && context::phone_word_after(text, end))
                            || customer_called())
                        && (labelled() || !context::amount_around(text, start, end))
                }
                // (A call verb asks to be called at the number it comes before:
                // `Llamame al 11 2195-5768`. Here and for `Worded`, without a
                // word before it, one after it names it: `30 48 95 14
                // (WhatsApp)`, `052-482-9876までお電話ください`.)
                Evidence::Labelled => {
                    labelled() || hint.is_none() && context::phone_word_after_alone(text, end)
                }
                Evidence::CountryCode => {
                    labelled()
                        && !(nearest.is_some_and(|n| n.my_number)
                            && context::after_my_number_label(text, start))
                }
                // (Labelled by the word itself, not asked for across other
                // words: `Riepilogo chiamata: Timestamp …: 1713653040`.)
                Evidence::Plain => {
                    nearest.is_some_and(|n| {
                        n.hint == Hint::Phone
                            && n.labels
                            && !n.past_number
                            && !(k == 1 && n.my_number)
                    }) || offered()
                }
            };
            let digits = &t.digits[..t.digits_in(k)];
            let repeated = || earlier.holds(digits) && !names_record();
            let accepted = (accepted || !needs_label && repeated())
                && (!needs_label || labelled())
                && (!reads_as_range(t, k) || labelled())
                && !(draws_numbers(t, k) && drawn_around(text, start, end, words_before.floor));
            // (Not the tail of an IBAN in groups of four: `IE17 BOFI 0177 4341
            // 2735 13`.)
            if accepted
                && !after_iban_groups(text, start)
                && !after_ups_tracking_groups(text, start)
                && !after_vat_country_code(text, start, words_before.floor, digits.len())
                && !zip_plus_four(text, t, k, start, words_before.floor)
                && !opens_boleto_line(text, t, k, end)
                && !in_discord_timestamp(text, start, end)
                && !vietnamese_tax_code(text, start, digits)
            {
                // (A national reading of an international number written
                // without its `+` would leave the last groups unmasked:
                // `234 817 755 2940`, `63 917 123 4567`.)
                let longer = extension
                    .is_none()
                    .then(|| country_code_reading(text, t, k))
                    .flatten();
                if let Some(m) = longer {
                    let digits = &t.digits[..t.digits_in(m)];
                    return Some((groups[m - 1].end, PhoneDigits::of(digits)));
                }
                return Some((end, PhoneDigits::of(digits)));
            }
        }
    }
    None
}

/// Where a number read as a phone in its first `k` groups goes on as an
/// international one written without its `+`: its first group a calling
/// code, and the groups after it, spaced as the ones read, a national
/// number that code's plan allows (`234 817 755 2940`, Nigeria's; read
/// short, `234 817 755`, as a national number of nine digits). The most
/// groups that read so, if any.
fn country_code_reading(text: &impl Text, t: &Token, k: usize) -> Option<usize> {
    let groups = t.groups();
    let code_len = usize::from(groups.first()?.len);
    if t.plus || k >= groups.len() || !(1..=3).contains(&code_len) || groups[0].paren {
        return None;
    }
    (k + 1..=groups.len()).rev().find(|&m| {
        let digits = &t.digits[..t.digits_in(m)];
        let end = groups[m - 1].end;
        digits.len() <= MAX_PHONE_DIGITS
            && groups[1..m].iter().all(|g| g.sep == b' ' && !g.paren)
            && phone_plan::plan_for(digits).is_some_and(|p| usize::from(p.code_len) == code_len)
            && international_without_plus(digits)
            && !(m == groups.len() && t.glued_end)
            && (ends_cleanly(text, end) || field_follows(text, end))
    })
}

/// Whether the first `k` groups of `t` are laid out as a phone number.
fn phone_layout(t: &Token, k: usize) -> Option<Evidence> {
    let groups = &t.groups()[..k];
    let digits = &t.digits[..t.digits_in(k)];
    if digits.len() < 7 {
        return None;
    }
    let (lens, n) = t.group_lens(k);
    let lens = &lens[..n];
    // Dots are written throughout a number (`415.555.0132`) or not at all.
    let dots = groups[1..].iter().filter(|g| g.sep == b'.').count();
    // (`+33 (0)6.89.74.21.26`: dots from the digit after the trunk 0.)
    let dots_after_trunk = groups.len() > 3
        && groups[1].paren
        && groups[1].sep == b' '
        && groups[2].sep == 0
        && dots == groups.len() - 3;
    let seps_ok = groups[1..]
        .iter()
        .all(|g| matches!(g.sep, b' ' | b'-' | b'.' | b'+' | 0))
        && (dots == 0
            || dots == groups.len() - 1
            || (dots == groups.len() - 2 && groups[1].sep == b' ')
            || dots_after_trunk);
    if t.plus {
        // A '/' after the area code, as German and Italian numbers are
        // written (`+49 (0)30 / 903 31 22`, `+39 310/7815522`): once, and
        // not right after the country code.
        let slashes = groups[1..].iter().filter(|g| g.sep == b'/').count();
        let slash_ok =
            slashes == 1 && groups.len() > 2 && groups[1].sep != b'/' && digits.len() >= 10;
        let seps_ok = seps_ok
            || slash_ok
                && dots == 0
                && groups[1..]
                    .iter()
                    .all(|g| matches!(g.sep, b' ' | b'-' | b'/' | 0));
        // `+33 6 …`, `+447911123456` are strong evidence; `+334 2221 3477`,
        // whose first group runs past the country code, is read below.
        let plan = international(groups, digits, 0).filter(|_| seps_ok)?;
        let code_group = k == 1
            || usize::from(lens[0]) == usize::from(plan.code_len)
            || code_split_at_its_zero(&plan, lens[0], &digits[usize::from(lens[0])..])
            || code_joins_mobile_prefix(&plan, lens[0], &digits[usize::from(plan.code_len)..]);
        if code_group {
            return Some(Evidence::Strong);
        }
        // The code run into an area code or a mobile prefix, the rest
        // grouped as at home (`+4930 69856056`, `+97152 8970036`,
        // `+1917-268-3693`): the plan still reads the whole number, but an
        // identifier word before it may make it a record's. (Only where the
        // `+` is written: a field's groups are no code's.)
        return (!t.plus_implied
            && code_run_into_national(&plan, lens[0])
            && grouped_plainly(groups, lens))
        .then_some(Evidence::Layout);
    }
    if digits.len() == 8 {
        // Stockholm's area code and a subscriber number of six, in pairs
        // after a dash: `08-35 32 53`.
        let stockholm = lens == [2, 2, 2, 2]
            && digits[..2] == [0, 8]
            && groups[1].sep == b'-'
            && groups[2..].iter().all(|g| g.sep == b' ');
        if stockholm {
            return Some(Evidence::Layout);
        }
        return eight_digit_national(groups, lens, digits);
    }
    // `011`, how North Americans dial abroad, set apart before a country
    // code set apart in turn (`011 44 20 7946 0958`): where what follows
    // the code is a national number of its plan. Else `011` is an area code
    // at home in Buenos Aires, Delhi, Johannesburg or Sapporo, and the
    // number is read as national below (`011 4581-2369`).
    if k >= 3 && lens[0] == 3 && digits.starts_with(&[0, 1, 1]) && seps_ok {
        if let Some(plan) = international(groups, digits, 3) {
            if lens[1] == plan.code_len && !groups[1].paren {
                return Some(Evidence::Layout);
            }
        }
    }
    if digits.starts_with(&[0, 0]) {
        // `0033 6 12 34 56 78`, `00 44 20 7123 4567`, `00447911123456`:
        // the first group is the prefix, with or without the code.
        let plan = international(groups, digits, 2).filter(|_| seps_ok)?;
        let prefix_group = k == 1
            || lens[0] == 2
            || usize::from(lens[0]) == 2 + usize::from(plan.code_len)
            || (lens[0] > 2
                && code_split_at_its_zero(&plan, lens[0] - 2, &digits[usize::from(lens[0])..]))
            || (lens[0] > 2
                && code_run_into_national(&plan, lens[0] - 2)
                && grouped_plainly(groups, lens));
        // IBANs and card-like runs are grouped in fours down to a shorter
        // tail (`0044 0532 0130 00`); a phone after a `00CC` group may
        // happen to start with a group of four, but goes on in its own
        // layout (`0049 6221 375279`).
        let fours = k >= 3 && fours_down_to_a_tail(lens);
        // Unlike `+`, a leading `00` is also how zero-padded record
        // numbers start (`ordine 0039173302`): identifier words count, and
        // one written as a single run is a phone only after a phone word.
        let evidence = if k == 1 {
            Evidence::DigitsOnly
        } else {
            Evidence::Layout
        };
        return (prefix_group && !fours).then_some(evidence);
    }
    let len = digits.len();
    let paren_first = groups[0].paren;
    // Korea: `02)289-1476`, `032)337-4295`, and no other layout.
    if t.half_bracket {
        let korean =
            matches!(lens, [2 | 3, 3 | 4, 4]) && groups[1].sep == 0 && groups[2].sep == b'-';
        return korean.then_some(Evidence::Layout);
    }
    // `1 (415) 555-0132`: the NANP trunk 1 before a bracketed area code.
    if lens == [1, 3, 3, 4]
        && !paren_first
        && groups[1].paren
        && !groups[2..].iter().any(|g| g.paren)
        && digits[0] == 1
        && digits[1] >= 2
        && groups[1].sep == b' '
        && groups[2].sep == b' '
        && matches!(groups[3].sep, b'-' | b' ')
    {
        return Some(Evidence::Strong);
    }
    if russian_national(groups, lens, digits) || hungarian_national(groups, lens, digits) {
        return Some(Evidence::Layout);
    }
    // Lithuania: the trunk 8, then an area code (a mobile's 6 and two
    // digits) and the rest of eight digits, spaced or dashed, no bracket
    // but around the area code, or around the trunk and the area code
    // together (`8 (46) 491 710`, `8 5 212 3456`, `8-5-2562894`, `8 37
    // 487959`, `8 612 34567`, `(8 691) 97649`, `(8 5) 239 3525`): where a
    // phone word or a call verb speaks for it.
    let trunk_bracketed = paren_first && groups[1].paren;
    let lithuanian = digits.len() == 9
        && digits[0] == 8
        && (3..=6).contains(&digits[1])
        && matches!(
            lens,
            [1, 2, 3, 3]
                | [1, 1, 3, 4]
                | [1, 3, 5]
                | [1, 3, 2, 3]
                | [1, 1, 7]
                | [1, 2, 6]
                | [1, 3, 3, 2]
        )
        && groups[1..].iter().enumerate().all(|(i, g)| {
            // (No separator is needed after the closing bracket: `(8 5)239 3525`.)
            matches!(g.sep, b' ' | b'-') || (g.sep == 0 && trunk_bracketed && i == 1)
        })
        && !groups[2..].iter().any(|g| g.paren)
        && (!paren_first || trunk_bracketed);
    if lithuanian {
        return Some(Evidence::Worded);
    }
    // Turkey, the trunk written apart: `0 (555) 067 34 78`, `0 555 067 34 78`.
    let turkish = lens == [1, 3, 3, 2, 2] && digits[0] == 0 && (2..=5).contains(&digits[1]);
    if turkish && !groups[2..].iter().any(|g| g.paren) {
        return Some(Evidence::Layout);
    }
    // …and glued to the bracketed area code, the subscriber number in
    // three and four: `0(532) 123 4567`.
    let turkish_bracketed = lens == [1, 3, 3, 4]
        && digits[0] == 0
        && (2..=5).contains(&digits[1])
        && groups[1].paren
        && groups[1].sep == 0
        && !groups[2..].iter().any(|g| g.paren)
        && groups[3].sep == groups[2].sep;
    if turkish_bracketed {
        return Some(Evidence::Layout);
    }
    // Japan: the exchange bracketed after the trunk-0 area code, six or
    // seven digits in the two (`03(2712)4512`, `045(414)8759`,
    // `090(1234)5678`).
    let japanese = k == 3
        && !paren_first
        && groups[1].paren
        && !groups[2].paren
        && groups[1..].iter().all(|g| g.sep == 0)
        && digits[0] == 0
        && digits[1] != 0
        && lens[2] == 4
        && matches!(lens[0] + lens[1], 6 | 7);
    // …or the area code bracketed, the exchange glued to it and dashed
    // from the last four (`(0466)67-1163`, `(03)5412-7788`).
    let japanese_area_bracketed = k == 3
        && paren_first
        && lens[0] >= 2
        && !groups[1].paren
        && !groups[2].paren
        && groups[1].sep == 0
        && groups[2].sep == b'-'
        && digits[0] == 0
        && digits[1] != 0
        && lens[2] == 4
        && matches!(lens[0] + lens[1], 6 | 7);
    if japanese || japanese_area_bracketed {
        return Some(Evidence::Layout);
    }
    if groups[1..].iter().any(|g| g.paren) {
        return None;
    }
    // Mexico before 2019: a mobile dialled with 044 (045 from another
    // region), a landline from another region with 01, before the ten
    // digits in their usual groups (`044 55 7168 5038`, `044 664 231 7545`,
    // `01 55 8595 6063`): people still type them.
    let mexican_prefix = match lens[0] {
        3 => matches!(digits[..3], [0, 4, 4 | 5]),
        2 => digits[..2] == [0, 1],
        _ => false,
    };
    let mexican = mexican_prefix
        && matches!(lens[1..], [2, 4, 4] | [3, 3, 4])
        && digits[usize::from(lens[0])] >= 2
        && matches!(groups[1].sep, b' ' | b'-' | b'.' | b'+')
        && groups[2..].iter().all(|g| g.sep == groups[1].sep);
    if mexican {
        return Some(Evidence::Layout);
    }
    // India: toll-free numbers (`1800-425-1234`, `1800 425 1234`), and a
    // mobile after the country code written without its `+`
    // (`91-9876543210`).
    let separators = |sep: u8| groups[1..].iter().all(|g| g.sep == sep);
    let toll_free = lens == [4, 3, 4] && digits[..4] == [1, 8, 0, 0];
    let indian_mobile = lens == [2, 10] && digits[..2] == [9, 1] && digits[2] >= 6;
    if toll_free && (separators(b'-') || separators(b' ')) || indian_mobile && separators(b'-') {
        return Some(Evidence::Layout);
    }
    // National layouts. A '/' is written only after an area code of two
    // to five digits: German and Austrian `030/1234567`, Italian
    // `06/92733306`; not an expiry after a card, a month and a year
    // (`01/2025 8528`, `02/28`).
    let expiry = || {
        lens[0] == 2 && (lens[1] == 2 || lens[1] == 4 && matches!(digits[2..4], [1, 9] | [2, 0]))
    };
    if groups
        .iter()
        .enumerate()
        .any(|(i, g)| g.sep == b'/' && (i != 1 || !(2..=5).contains(&lens[0]) || expiry()))
    {
        return None;
    }
    // IPv4 addresses: four dotted groups of at most three digits up to
    // 255, the first without a trunk 0 (`043.561.18.05` is a Swiss number,
    // `718.22.75.61` a Spanish one).
    if k == 4
        && lens.iter().all(|&l| l <= 3)
        && groups[1..].iter().all(|g| g.sep == b'.')
        && (digits[0] != 0 || lens[0] == 1)
        && (0..4).all(|i| {
            digits_of(t, i)
                .iter()
                .fold(0u16, |v, &d| v * 10 + u16::from(d))
                <= 255
        })
    {
        return None;
    }
    let first = digits[0];
    // NANP: (415) 555-0132, 415-555-0132, 1-800-555-0199.
    let nanp = match (lens, paren_first) {
        ([3, 3, 4], _) => first >= 2,
        ([1, 3, 3, 4], false) => first == 1 && digits[1] >= 2,
        _ => false,
    };
    if nanp && (groups[1].sep != b'/' || paren_first) {
        let uniform_dots = groups[1..].iter().all(|g| g.sep == b'.');
        let any_dots = groups[1..].iter().any(|g| g.sep == b'.');
        if !any_dots || uniform_dots {
            return Some(if paren_first {
                Evidence::Strong
            } else {
                Evidence::Layout
            });
        }
    }
    if k == 1 {
        return plain_run(digits);
    }
    // Australia's national rate and free numbers: `1300 220 838`, `1800 415
    // 947`.
    // (Or in pairs after the prefix: `1300 15 98 78`.)
    if matches!(lens, [4, 3, 3] | [4, 2, 2, 2])
        && matches!(digits[..4], [1, 3 | 8, 0, 0])
        && matches!(groups[1].sep, b' ' | b'-')
        && groups[2..].iter().all(|g| g.sep == groups[1].sep)
    {
        return Some(Evidence::Layout);
    }
    // Brazil: a bracketed two-digit area code, then 9xxxx-xxxx (mobiles)
    // or xxxx-xxxx: `(11) 91234-5678`.
    let brazil = match lens {
        [2, 5, 4] => digits[2] == 9,
        [2, 4, 4] => digits[2] >= 2,
        _ => false,
    };
    if brazil && paren_first && first != 0 && groups.get(2).is_some_and(|g| g.sep == b'-') {
        return Some(Evidence::Layout);
    }
    // …and without the brackets, the mobile's 9 joined or set apart:
    // `11 93032-9185`, `11 9 4397-0586`.
    // Or spaced throughout with the 9 set apart (`11 9 3957 9882`), or the
    // nine digits run together (`11 957672661`).
    let brazilian_mobile = first != 0
        && digits[1] != 0
        && digits[2] == 9
        && groups[1].sep == b' '
        && (groups[k - 1].sep == b'-' && matches!(lens, [2, 5, 4] | [2, 1, 4, 4])
            || groups[2..].iter().all(|g| g.sep == b' ') && matches!(lens, [2, 1, 4, 4] | [2, 9]));
    // (Bracketed, `(11) 9 8157-9187`, only with the 9 set apart: the
    // joined form is taken above.)
    if brazilian_mobile && (!paren_first || lens == [2, 1, 4, 4]) {
        return Some(Evidence::Layout);
    }
    // Polish landlines with the area code bracketed: `(22) 107 02 74`.
    if paren_first && lens == [2, 3, 2, 2] && first != 0 {
        return Some(Evidence::Layout);
    }
    // …and a mobile's nine digits run together after the bracketed area
    // code: `(85) 996739424`.
    if paren_first && lens == [2, 9] && first != 0 && digits[2] == 9 {
        return Some(Evidence::Layout);
    }
    // Colombia, landlines since 2021: 60 and a region digit, then seven
    // digits: `(601) 8521919`, `602 6913164`.
    if lens == [3, 7] && first == 6 && digits[1] == 0 && (1..=8).contains(&digits[2]) {
        return Some(Evidence::Layout);
    }
    // China, a four-digit area code bracketed and eight digits in fours:
    // `(0755) 6965 3009`.
    if paren_first && lens == [4, 4, 4] && first == 0 && digits[1] != 0 {
        return Some(Evidence::Layout);
    }
    if paren_first && first != 0 {
        return None;
    }
    // Trunk-0 national numbers (UK, FR, DE, IT, IN, JP, IL …).
    if first == 0 && digits[1] != 0 && (9..=13).contains(&len) {
        const TRUNK_LAYOUTS: &[&[u8]] = &[
            &[2, 2, 2, 2, 2],
            &[3, 4, 4],
            &[4, 3, 4],
            &[3, 3, 4],
            &[5, 6],
            &[5, 3, 3],
            &[4, 7],
            &[3, 8],
            &[3, 7],
            &[4, 6],
            &[2, 7],
            &[2, 8],
            &[2, 4, 4],
            &[5, 5],
            &[4, 3, 3],
            // Switzerland `044 668 18 00`, Belgian mobiles `0470 12 34 56`.
            &[3, 3, 2, 2],
            &[4, 2, 2, 2],
            // Belgian and Swedish landlines `09 247 11 58`, `056 65 59 85`,
            // `08-947 277 85`; Emirati and Israeli `04 669 8602`; Irish
            // `(091) 473 098`; Italian `0471 57610`, `045 948769`.
            &[2, 3, 2, 2],
            &[3, 2, 2, 2],
            &[2, 3, 3],
            &[2, 3, 3, 2],
            &[2, 3, 4],
            &[3, 3, 3],
            &[4, 5],
            &[3, 6],
            // Turkish mobiles `0555 067 34 78`; Chinese landlines
            // `0755-84926603`, German and Austrian mobiles `0151 23456789`,
            // `0151/23456789`, `0681 57712245`.
            &[4, 3, 2, 2],
            &[4, 8],
        ];
        // A Belgian company number is written `0465.726.134`, most of them
        // from `04`, and its last two digits are its key: Vietnamese and
        // Romanian mobiles written so (`0941.859.649`, `0748.492.377`) are
        // told apart by their prefix and that key.
        let company_number = lens == [4, 3, 3]
            && groups[1..].iter().all(|g| g.sep == b'.')
            && (!matches!(digits[1], 3 | 5 | 7 | 8 | 9) || has_belgian_company_key(&digits[..10]));
        if TRUNK_LAYOUTS.contains(&lens) && !looks_like_date(groups, lens) && !company_number {
            return Some(Evidence::Layout);
        }
        // Swedish mobiles, the prefix dashed and the rest in two, two and
        // three: `076-24 71 558`.
        if lens == [3, 2, 2, 3]
            && digits[1] == 7
            && groups[1].sep == b'-'
            && groups[2..].iter().all(|g| g.sep == b' ')
        {
            return Some(Evidence::Layout);
        }
        // Vietnamese landlines, a four-digit area code from 02 and seven
        // digits in four and three, the area code bracketed or the groups
        // dotted (`(0251) 3342 978`, `0236.8039.696`); spaced, as any eleven
        // digits may be, only where a phone word labels them (`ĐT: 0225
        // 3264 829`).
        if lens == [4, 4, 3] && digits[1] == 2 {
            let dotted = groups[1..].iter().all(|g| g.sep == b'.');
            let spaced = groups[1..].iter().all(|g| g.sep == b' ');
            if dotted || paren_first && groups[2].sep == groups[1].sep {
                return Some(Evidence::Layout);
            }
            if spaced {
                return Some(Evidence::Labelled);
            }
        }
        // Sri Lankan landlines, the subscriber number's leading 2 set
        // apart: `011 2 947218`.
        if lens == [3, 1, 6] && digits[3] == 2 && groups[2].sep == groups[1].sep {
            return Some(Evidence::Layout);
        }
        // Chinese landlines, the area code dashed and the subscriber number
        // in two fours (`0574-6092 4059`).
        if lens == [4, 4, 4] && groups[1].sep == b'-' && groups[2].sep == b' ' {
            return Some(Evidence::Layout);
        }
        // Indonesian mobiles, 08xx and seven to nine digits in fours
        // (`0813-9928-0057`, `0812-0522-788`, `0819-3473-39843`), which an
        // IBAN's tail would otherwise be.
        // (Not when another group follows: `GB09 HBUK 0895 3898 3839 80`.)
        if digits[1] == 8
            && matches!(lens, [4, 4, 4] | [4, 4, 3] | [4, 4, 5])
            && t.group_after(k).is_none()
        {
            return Some(Evidence::Layout);
        }
        // Argentine mobiles: area code, the mobile `15`, then the number
        // (`011 15-4282-3443`, `0351 15-670-7296`).
        if len == 13 && matches!(lens, [3, 2, 4, 4] | [4, 2, 3, 4]) && digits_of(t, 1) == [1, 5] {
            return Some(Evidence::Layout);
        }
        // Indian mobiles with the trunk 0: `098765 43210`, `0 98463 80244`.
        if matches!(lens, [6, 5] | [1, 5, 5]) && digits[1] >= 6 {
            return Some(Evidence::Layout);
        }
        // German mobiles with a five-digit prefix (`01573 7126535`); the
        // four-digit ones are a trunk layout above. And German landlines
        // whose five-digit area code leaves seven digits to the
        // subscriber, eleven after the trunk 0 as the plan allows
        // (`06221 3298866`, `06221/3298866`).
        let german_landline = digits[1] >= 2;
        if lens == [5, 7] && (is_german_mobile(digits) || german_landline) {
            return Some(Evidence::Layout);
        }
        // German and Austrian numbers grouped within the subscriber
        // number: an area code or mobile prefix of three to five digits,
        // then groups of two to five (`0151 2345 6789`, `0176 123 456 78`,
        // `089 123 456 78`, `0664 123 45 67`), or a DIN 5008 extension
        // after a dash (`040 23120-002`, the switchboard's `0231 3481180-0`).
        // Fours down to a shorter tail are an IBAN's or a card's layout
        // (`NL91 ABNA 0417 1643 00`), except for a mobile's `0151 2345 6789`.
        // (With one separator throughout: a DIN 5008 extension after a
        // dash, `0221 7029-740`, is no IBAN.)
        // (The area code may end in the older slash: `0221/308024-0`.)
        let fours =
            fours_down_to_a_tail(lens) && groups[2..].iter().all(|g| g.sep == groups[1].sep);
        let extension = groups[k - 1].sep == b'-' && matches!(groups[k - 2].sep, b' ' | b'/');
        let (longest, most_digits) = if extension { (8, 13) } else { (5, 12) };
        let shortest_last = if extension { 1 } else { 2 };
        if (10..=most_digits).contains(&len)
            && k >= 3
            && (3..=5).contains(&lens[0])
            && lens[1..k - 1].iter().all(|l| (2..=longest).contains(l))
            && (shortest_last..=longest).contains(&lens[k - 1])
            && grouped_within_subscriber(&groups[1..])
            && (!fours || lens == [4, 4, 4] && is_german_mobile(digits))
        {
            return Some(Evidence::Layout);
        }
        return None;
    }
    // Nine digits in dotted threes are an amount's or a record's as often
    // as a phone's (`286.245.266`, a Colombian NIT's or a policy's
    // `AS 974.309.388`): a phone only where a phone word labels them; but
    // for a free line's (`800.340.833`).
    let polish_mobile = first == 5 && matches!(digits[1], 0 | 1 | 3 | 7);
    if len == 9
        && lens == [3, 3, 3]
        && groups[1..].iter().all(|g| g.sep == b'.')
        && (first >= 6 || first == 2 || polish_mobile)
        && digits[..3] != [8, 0, 0]
    {
        return Some(Evidence::Labelled);
    }
    // Italy's free and shared-cost numbers, the prefix set apart from six
    // digits: `800 796972`, `848 581148`.
    if len == 9
        && lens == [3, 6]
        && matches!(digits[..3], [8, 0, 0 | 3] | [8, 4, 0 | 1 | 7 | 8])
        && matches!(groups[1].sep, b' ' | b'-')
    {
        return Some(Evidence::Layout);
    }
    // Spain: 612 34 56 78, 91 123 45 67, 612 345 678.
    if len == 9 && first >= 6 && matches!(lens, [3, 2, 2, 2] | [3, 3, 3] | [2, 3, 2, 2]) {
        return Some(Evidence::Layout);
    }
    // Poland: landlines after a two-digit area code (`32 697 15 39`,
    // `22 123 45 67`), and the mobile ranges that start with 5 (50x, 51x,
    // 53x, 57x: `518 259 390`).
    if len == 9
        && (lens == [2, 3, 2, 2] || polish_mobile && matches!(lens, [3, 3, 3] | [3, 2, 2, 2]))
    {
        return Some(Evidence::Layout);
    }
    // …and its newer 45x mobiles, where a phone word labels them (`mój
    // numer to 458 091 729`): as many digits as a US A-number has.
    if len == 9 && digits[..2] == [4, 5] && matches!(lens, [3, 3, 3] | [3, 2, 2, 2]) {
        return Some(Evidence::Labelled);
    }
    // Portugal, fixed lines: 2xx xxx xxx, and Lisbon and Porto as
    // 21 xxx xxxx / 22 xxx xxxx.
    if len == 9 && first == 2 {
        let two_digit_area = matches!(digits[1], 1 | 2);
        if lens == [3, 3, 3] || (lens == [2, 3, 4] && two_digit_area) {
            return Some(Evidence::Layout);
        }
    }
    // Italy and Colombia, mobiles: 3xx xxxxxxx, 3xx-xxxxxxx.
    if len == 10 && first == 3 && lens == [3, 7] {
        return Some(Evidence::Layout);
    }
    // Greece, landlines: `210 6250612`, `2310 844255`; area codes 21–28,
    // so that no year leads (`2024-014690`, `2024 014690`), nor an order
    // number from 29 (`296-2418558`).
    if len == 10
        && first == 2
        && (1..=8).contains(&digits[1])
        && matches!(lens, [3, 7] | [4, 6])
        && matches!(groups[1].sep, b' ' | b'-')
    {
        return Some(Evidence::Layout);
    }
    // Mexico: a two-digit area code and eight digits in fours
    // (`33 7981 8679`, `81-3277-2241`), and Buenos Aires' `11`; other
    // pairs in front only where a phone word labels them: Canada's client
    // ids are written so (`UCI 54-9889-8732`).
    let uniform = groups[1..].iter().all(|g| g.sep == groups[1].sep);
    if len == 10
        && first >= 2
        && lens == [2, 4, 4]
        && uniform
        && matches!(groups[1].sep, b' ' | b'-')
    {
        let area_of_two = matches!(digits[..2], [1, 1] | [3, 3] | [5, 5 | 6] | [8, 1]);
        return Some(if area_of_two {
            Evidence::Layout
        } else {
            Evidence::Labelled
        });
    }
    // Bangladesh's mobiles after the country code without its `+`, spaced
    // as at home: `880 1501 208302`.
    if lens == [3, 4, 6] && digits[..4] == [8, 8, 0, 1] && groups[2].sep == groups[1].sep {
        return Some(Evidence::Layout);
    }
    // China, mobiles: 1[3-9]x xxxx xxxx.
    if len == 11 && first == 1 && digits[1] >= 3 && lens == [3, 4, 4] {
        return Some(Evidence::Layout);
    }
    // India mobile: 98765 43210. (Not Kenya's box and postal code,
    // `65953-00100`.)
    let kenyan_box = lens == [5, 5] && groups[1].sep == b'-' && digits[5..7] == [0, 0];
    if len == 10
        && first >= 6
        && matches!(lens, [5, 5] | [4, 3, 3])
        && groups[1].sep != b'.'
        && !kenyan_box
    {
        return Some(Evidence::Layout);
    }
    // A country code written without '+': 91-415-555-0132. (Not eBay's
    // order numbers, 2-5-5: `86-85025-59196`.)
    // A number that ends in a pair ends in two (`48-22-123-45-67`); part
    // numbers end in one (`20-938-874-47`).
    let lone_pair = lens[k - 1] == 2 && lens[k - 2] > 2;
    let all_dashes = groups[1..].iter().all(|g| g.sep == b'-');
    if all_dashes
        && (2..=3).contains(&lens[0])
        && k >= 3
        && len - usize::from(lens[0]) >= 8
        && lens != [2, 5, 5]
        && !lone_pair
        // (Nor a tax number's check digit: an Argentine CUIT, `20-36762945-3`.)
        && lens[k - 1] >= 2
    {
        if let Some(plan) = phone_plan::plan_for(digits) {
            if usize::from(plan.code_len) == usize::from(lens[0])
                && phone_plan::is_plausible_national(&plan, &digits[usize::from(plan.code_len)..])
            {
                return Some(Evidence::Layout);
            }
        }
    }
    None
}

/// Russia, Kazakhstan and Belarus, nationally: the trunk `8`, an area code
/// or mobile prefix of three digits (3xx, 4xx, 8xx, 9xx; Kazakhstan's 7xx,
/// Belarus' 0xx) and seven digits, written 3-2-2, 3-4 or as one group (`8
/// (499) 398-57-73`, `8-916-123-45-67`, `8 800 555 35 35`,
/// `8(495)1234567`, `8-977-446-9438`), a bracketed area code of four and
/// six digits in pairs (`8 (3452) 37-86-92`), or the same without the trunk
/// when the area code is bracketed or the subscriber number dashed
/// (`(495) 123-45-67`, `495 123-45-67`).
fn russian_national(groups: &[Group], lens: &[u8], digits: &[u8]) -> bool {
    let trunk = lens[0] == 1 && digits[0] == 8;
    let (area, rest) = if trunk {
        (&groups[1..], &lens[1..])
    } else {
        (groups, lens)
    };
    // (Kazakhstan dials the same trunk before its area codes and mobile
    // prefixes from 7: `8 (727) 821 38 92`; Belarus before its codes
    // from 0: `8 (017) 217-22-61`, `8 029 712-56-90`.)
    let area_digit = digits[usize::from(trunk)];
    let belarusian = trunk && area_digit == 0 && digits.get(2).is_some_and(|&d| d != 0);
    let area_ok = matches!(area_digit, 3 | 4 | 8 | 9) || trunk && area_digit == 7 || belarusian;
    // (…and a mobile's ten digits in threes and four: `8 701 192 5060`,
    // `8-977-446-9438`; and a city's area code of four, bracketed or set
    // apart by spaces, and its six digits in pairs: `8 (3452) 37-86-92`,
    // `8 8332 89-29-58`.)
    let threes_and_four = trunk && rest == [3, 3, 4] && !belarusian;
    let four_digit_area = trunk
        && rest == [4, 2, 2, 2]
        && (groups[1].paren || area[0].sep == b' ' && area[1].sep == b' ')
        && !belarusian;
    if !area_ok || !(matches!(rest, [3, 3, 2, 2] | [3, 7]) || threes_and_four || four_digit_area) {
        return false;
    }
    // Only the area code may be bracketed, and it is then followed by a
    // space or nothing.
    let bracketed = area[0].paren;
    if area[1..].iter().any(|g| g.paren) || bracketed && !matches!(area[1].sep, b' ' | 0) {
        return false;
    }
    // One separator from the trunk to the subscriber number, or none
    // before a bracket; dashes or spaces within it.
    let opening = area[0].sep;
    let opening_ok = !trunk || matches!(opening, b' ' | b'-') || (bracketed && opening == 0);
    let subscriber = &area[2..];
    let dashed = !subscriber.is_empty() && subscriber.iter().all(|g| g.sep == b'-');
    // (A bracketed area code may be glued to the subscriber number:
    // `8(908)556 88 32`.)
    let spaced = subscriber.iter().all(|g| g.sep == b' ')
        && (area[1].sep == b' ' || bracketed && area[1].sep == 0);
    let inner_ok = match rest {
        [3, 7] => trunk && (bracketed || area[1].sep == opening),
        _ if trunk => dashed || spaced,
        _ => dashed || bracketed && spaced,
    };
    opening_ok && inner_ok && (trunk || bracketed || area[1].sep == b' ')
}

/// Hungary's national form: the trunk `06`, an area code (`1` for
/// Budapest, else two digits) and six or seven digits, set apart by spaces,
/// dashes or slashes (`06 30 123 4567`, `06-1-511-2559`, `06/70/605-7210`).
fn hungarian_national(groups: &[Group], lens: &[u8], digits: &[u8]) -> bool {
    let area = match lens {
        [2, 1, 3, 4] | [2, 1, 7] => 1,
        [2, 2, 3, 4] | [2, 2, 3, 3] | [2, 2, 7] | [2, 2, 6] => 2,
        _ => return false,
    };
    // No brackets, or around the trunk and area code: `(06-1) 963-0435`.
    let bracketed = groups.iter().take_while(|g| g.paren).count();
    digits[..2] == [0, 6]
        && (area == 2) == (digits[2] != 1)
        && digits[2] != 0
        && matches!(bracketed, 0 | 2)
        && groups[bracketed..].iter().all(|g| !g.paren)
        && groups[1..].iter().enumerate().all(|(i, g)| {
            // (No separator is needed after the closing bracket: `(06-1)678-9894`.)
            matches!(g.sep, b' ' | b'-' | b'/') || (g.sep == 0 && bracketed == 2 && i == 1)
        })
        && groups[3..].iter().all(|g| g.sep != b'/')
}

/// Whether the first `k` groups of `t`, which no layout known here
/// matches, are laid out as national numbers are in countries whose
/// plans are not modelled here, and which phone words must name:
///
/// * a two-digit area code and two groups (Brazil, Argentina, Mexico:
///   `(85) 97837 9603`, `11 4454-2922`), or a four-digit area code and two
///   fours (China: `0755-8138 6646`), where a phone word labels it;
/// * with the area code bracketed, a phone word before it in its clause
///   is enough (`Márqueme al (81) 6854 6402`), as it is for Chile's one
///   digit and two fours (`9 6418 5192`, `(2) 7086 8895`), a Greek
///   landline's area code and subscriber number (`210-2369767`) or mobile
///   in pairs (`699 10 16 812`), and a Brazilian mobile's leading 9 set
///   apart (`(11) 9 8157-9187`).
///
/// Layouts that a plan here does model (`528 145 874` in Poland's) are
/// left to it.
#[inline]
fn labelled_layout(t: &Token, k: usize) -> Option<Evidence> {
    // (Asked of every prefix no other layout takes: the shapes below have
    // two groups and nine or ten digits, three and nine to twelve, four and
    // ten to twelve, or five and thirteen.)
    if t.plus || !(2..=5).contains(&k) {
        return None;
    }
    let digit_count = t.digits_in(k);
    if !matches!(
        (k, digit_count),
        (2, 9..=10) | (3, 9..=12) | (4, 10..=12) | (5, 13)
    ) {
        return None;
    }
    let groups = &t.groups()[..k];
    let (lens, n) = t.group_lens(k);
    let lens = &lens[..n];
    let digits = &t.digits[..digit_count];
    let seps_ok = groups[1..].iter().all(|g| matches!(g.sep, b' ' | b'-' | 0));
    let bracketed_only = |i: usize| groups.iter().enumerate().all(|(j, g)| g.paren == (j == i));
    let unbracketed = groups.iter().all(|g| !g.paren);
    let evidence = match lens {
        // (Not a span of years: `mobile 12 2024-2025`.)
        [2, 4 | 5, 4] => {
            // (A span runs forward, and not for a century: `11 1912-2033`
            // is an Argentine mobile.)
            let span = year_of_group(t, 1)
                .zip(year_of_group(t, 2))
                .is_some_and(|(from, to)| (from..=from + 50).contains(&to));
            // (A Brazilian mobile with its area code bracketed, `(11) 98672
            // 5197`, is as plain a phone as `(11) 98672-5197`.)
            let brazilian_mobile = lens[1] == 5 && digits[2] == 9 && digits[0] != 0;
            if span {
                None
            } else if bracketed_only(0) && brazilian_mobile {
                Some(Evidence::Layout)
            } else if bracketed_only(0) {
                Some(Evidence::Worded)
            } else {
                unbracketed.then_some(Evidence::Labelled)
            }
        }
        [4, 4, 4] => (unbracketed && digits[0] == 0).then_some(Evidence::Labelled),
        // A Brazilian mobile as dialled within its area (`97990-6280`), and
        // an Indian one after its country code without the `+` (`91 73002
        // 66638`).
        [5, 4] => (unbracketed && digits[0] == 9).then_some(Evidence::Worded),
        [2, 5, 5] => {
            (unbracketed && digits[..2] == [9, 1] && digits[2] >= 6).then_some(Evidence::Labelled)
        }
        // Czech landlines outside Prague (`541 123 456`), written as
        // Canadian insurance and Australian tax file numbers are.
        [3, 3, 3] => {
            // (Not a SIRET's first nine digits: `551 443 377 00082`.)
            let region = (3..=5).contains(&digits[0]) && digits[1] != 0 && digits[..2] != [5, 2];
            (unbracketed && region && t.group_after(k).is_none()).then_some(Evidence::Labelled)
        }
        [1, 4, 4] => ((bracketed_only(0) || unbracketed) && matches!(digits[0], 2 | 9))
            .then_some(Evidence::Worded),
        // A Brazilian mobile's leading 9 set apart (`(11) 9 8157-9187`), a
        // Greek mobile in pairs (`699 10 16 812`).
        [2, 1, 4, 4] => {
            ((bracketed_only(0) || unbracketed) && digits[2] == 9).then_some(Evidence::Worded)
        }
        // Toll-free numbers as France, Israel, Belgium, Greece and the
        // Philippines write them: `0 800 546 313`, `1-800-979-440`, `0800 31
        // 916`, `800 11 47940`, `1-800-10-307-5522`.
        [1, 3, 3, 3] => (unbracketed && (digits[..2] == [0, 8] || digits[..4] == [1, 8, 0, 0]))
            .then_some(Evidence::Worded),
        [4, 2, 3] => (unbracketed && digits[..4] == [0, 8, 0, 0]).then_some(Evidence::Worded),
        [3, 2, 5] => (unbracketed && digits[..5] == [8, 0, 0, 1, 1]).then_some(Evidence::Worded),
        [1, 3, 2, 3, 4] => {
            (unbracketed && digits[..6] == [1, 8, 0, 0, 1, 0]).then_some(Evidence::Worded)
        }
        // An Argentine mobile as dialled locally, the area code, then 15
        // (`11 15-3777-1076`).
        // (Dashed after the 15, the way no other number is written: a
        // phone by its layout, `11 15-4501-9396`.)
        [2, 2, 4, 4] => (unbracketed && digits[2..4] == [1, 5] && digits[0] != 0).then(|| {
            let dashed = groups[1].sep == b' ' && groups[2..4].iter().all(|g| g.sep == b'-');
            if dashed {
                Evidence::Layout
            } else {
                Evidence::Worded
            }
        }),
        // …an Italian mobile in pairs (`347 12 34 567`).
        [3, 2, 2, 3] => (unbracketed
            && (digits[..2] == [6, 9] || digits[0] == 3 && digits[1] != 0))
            .then_some(Evidence::Worded),
        // A Turkish number without its trunk 0 (`538 335 11 69`, `216 889
        // 20 02`, `800 256 14 18`), or with its area code bracketed
        // (`(212) 215 55 06`).
        [3, 3, 2, 2] => (unbracketed
            && (digits[0] == 5 || (2..=4).contains(&digits[0]) && digits[1] != 0)
            || unbracketed && digits[..3] == [8, 0, 0]
            || bracketed_only(0) && (2..=5).contains(&digits[0]))
        .then_some(Evidence::Worded),
        // …a Greek number, a landline's area code or a mobile's prefix set
        // apart (`231 0716366`, `694 6293874`).
        [3, 7] | [4, 6] => {
            let greek_mobile = lens == [3, 7] && digits[..2] == [6, 9];
            (unbracketed && (digits[0] == 2 || greek_mobile) && groups[1].sep != 0)
                .then_some(Evidence::Worded)
        }
        // A Polish landline, its area code set apart by a space (`58
        // 7859710`; not an American employer's id, `46-7323887`).
        [2, 7] => (unbracketed && digits[0] != 0 && digits[1] != 0 && groups[1].sep == b' ')
            .then_some(Evidence::Worded),
        // A calling code bracketed without its `+` before a national
        // number its plan allows (`WhatsApp我 (852) 9881 7252`).
        _ if bracketed_only(0)
            && lens[0] <= 3
            && groups[1].sep == b' '
            && groups[2..].iter().all(|g| g.sep == b' ')
            && phone_plan::plan_for(digits).is_some_and(|p| p.code_len == lens[0])
            && international_without_plus(digits) =>
        {
            Some(Evidence::Worded)
        }
        // Zagreb's `01/7846-696`: its area code set apart by a slash, the
        // subscriber number dashed.
        [2, 4, 3] => {
            let slashed = groups[1].sep == b'/' && groups[2].sep == b'-';
            return (unbracketed && slashed && digits[..2] == [0, 1]).then_some(Evidence::Worded);
        }
        // The American `404/255-8890`: a slash after the area code.
        [3, 3, 4] => {
            let slashed = groups[1].sep == b'/' && groups[2].sep == b'-';
            return (unbracketed && slashed && digits[0] >= 2 && digits[3] >= 2)
                .then_some(Evidence::Worded);
        }
        // Vietnam's and Romania's dotted mobiles (`0941.859.649`) where
        // `phone_layout` leaves them to a phone word: where a Belgian company
        // number's prefix or key fits them.
        [4, 3, 3] => {
            let dotted = groups[1..].iter().all(|g| g.sep == b'.');
            let trunk = digits[0] == 0 && digits[1] != 0;
            // …and a Greek landline outside Athens, its area code of four
            // (`2310 716 366`).
            let spaced = groups[1..].iter().all(|g| g.sep == b' ');
            let greek = digits[0] == 2 && digits[1] != 0;
            return (unbracketed && (dotted && trunk || spaced && greek))
                .then_some(Evidence::Worded);
        }
        _ => None,
    };
    evidence.filter(|_| seps_ok)
}

/// Eight digits without a `+`: how Denmark (`20 12 34 56`, `2012 3456`),
/// Norway (`412 34 567`, `22 12 34 56`), Latvia (`28 267 851`), Singapore
/// and Hong Kong (`9123 4567`) write national numbers, which have no trunk
/// `0`; in one run (`91234567`) or in groups of one layout and one
/// separator; and Korea's nationwide numbers (`1588-8286`).
fn eight_digit_national(groups: &[Group], lens: &[u8], digits: &[u8]) -> Option<Evidence> {
    let sep = groups.get(1).map_or(0, |g| g.sep);
    let layout = is_eight_digit_layout(lens);
    // (Dotted in pairs too, as West Africa writes them: `99.83.71.66`.)
    let plain = groups.iter().all(|g| !g.paren)
        && groups[1..].iter().all(|g| g.sep == sep)
        && (matches!(sep, 0 | b' ' | b'-') || sep == b'.' && lens == [2, 2, 2, 2]);
    let number = |from: usize, len: usize| {
        digits[from..from + len]
            .iter()
            .fold(0u32, |n, &d| n * 10 + u32::from(d))
    };
    let year = |from: usize| (1900..=2099).contains(&number(from, 4));
    let month_day = |month: usize, day: usize| {
        (1..=12).contains(&number(month, 2)) && (1..=31).contains(&number(day, 2))
    };
    // Compact dates and spans of years have eight digits too:
    // `20240315`, `15032024`, `2024-2025`.
    let date = match lens {
        [8] => year(0) && month_day(4, 6) || year(4) && month_day(2, 0),
        [4, 4] => year(0) && year(4),
        _ => false,
    };
    // Korea's nationwide numbers, a company's one number wherever it is
    // called from, have eight digits from 15, 16 or 18 (`1588-8286`);
    // Vietnam's toll-free and premium ones from 18 and 19 (`1800 7718`).
    let nationwide = lens == [4, 4] && digits[0] == 1 && matches!(digits[1], 5 | 6 | 8 | 9);
    let opens = digits[0] >= 2 || nationwide;
    // (Two and six only as Cyprus writes its numbers: landlines from 22
    // to 26, mobiles from 94 to 97 and 99.)
    let cypriot = matches!(digits[..2], [2, 2..=6] | [9, 4..=7 | 9]);
    if layout && plain && opens && !date && (lens != [2, 6] || cypriot) {
        return Some(Evidence::Worded);
    }
    // A Bolivian landline, its one-digit area code set apart (`4 4162675`,
    // `4-4909754`, `(4) 455-4909`).
    let area = (2..=4).contains(&digits[0]) && digits[1] >= 2;
    let spaced = |from: usize| groups[from..].iter().all(|g| matches!(g.sep, b' ' | b'-'));
    let bolivian = match lens {
        [1, 7] => groups.iter().all(|g| !g.paren) && spaced(1),
        [1, 3, 4] => groups[0].paren && !groups[1].paren && !groups[2].paren && spaced(1),
        _ => false,
    };
    (area && bolivian).then_some(Evidence::Worded)
}

/// The groupings an eight-digit run must have for a verifier to read it:
/// an eight-digit national number's ([`is_eight_digit_layout`]), or the
/// UAE's service lines' 3-5 (`800 84997`, see [`is_service_line`]).
fn may_be_eight_digit_layout<T: Copy + Into<u32>>(lens: &[T]) -> bool {
    let len = |i: usize| lens.get(i).map(|&l| l.into());
    is_eight_digit_layout(lens)
        || matches!((lens.len(), len(0), len(1)), (2, Some(3), Some(5)))
        // (Bolivia's landlines, `4 4162675`, `(4) 455-4909`.)
        || matches!(
            (lens.len(), len(0), len(1), len(2)),
            (2, Some(1), Some(7), None) | (3, Some(1), Some(3), Some(4))
        )
}

/// The groupings of an eight-digit national number
/// ([`eight_digit_national`]): one run, 4-4, 2-2-2-2, 3-2-3, 2-3-3 or, as
/// Cyprus writes them, 2-6 (`96 851612`).
fn is_eight_digit_layout<T: Copy + Into<u32>>(lens: &[T]) -> bool {
    let mut shape = [0u32; 4];
    if lens.len() > shape.len() {
        return false;
    }
    for (s, &l) in shape.iter_mut().zip(lens) {
        *s = l.into();
    }
    matches!(
        &shape[..lens.len()],
        [8] | [4, 4] | [2, 2, 2, 2] | [3, 2, 3] | [2, 3, 3] | [2, 6]
    )
}

/// A national number written as one run of digits, no separators.
fn national_run(digits: &[u8]) -> Option<Evidence> {
    let (len, first) = (digits.len(), digits[0]);
    let trunk = first == 0 && digits[1] != 0;
    match len {
        // 0612345678, 07911123456, 03012345678: trunk-0 national numbers.
        10 | 11 if trunk => Some(Evidence::Layout),
        // 015123456789: a German mobile run together.
        12 if is_german_mobile(digits) => Some(Evidence::DigitsOnly),
        9 if trunk => Some(Evidence::DigitsOnly),
        // NANP 4155550132 / 14155550132, India 9876543210, China 13812345678,
        // Spain 612345678.
        10 if first >= 2 => Some(Evidence::DigitsOnly),
        11 if first == 1 && digits[1] >= 2 => Some(Evidence::DigitsOnly),
        // 89161234567: Russia's trunk 8 and a national number (and
        // Kazakhstan's, 87076563489, and Belarus', 80296543707).
        11 if first == 8 && matches!(digits[1], 3 | 4 | 7 | 8 | 9) => Some(Evidence::DigitsOnly),
        11 if digits[..2] == [8, 0] && digits[2] != 0 => Some(Evidence::DigitsOnly),
        // 11919381234: a Brazilian mobile, area code and 9 xxxx xxxx.
        11 if first != 0 && digits[1] != 0 && digits[2] == 9 => Some(Evidence::DigitsOnly),
        // 081234567890: an Indonesian mobile.
        12 | 13 if digits[..2] == [0, 8] => Some(Evidence::DigitsOnly),
        // Spain, Poland, Portugal: 612345678, 512345678, 289248835; and
        // Poland's landlines in the area codes from 12 to 18 (Kraków's
        // 126300029).
        9 if first >= 2 || first == 1 && (2..=8).contains(&digits[1]) => Some(Evidence::DigitsOnly),
        // Denmark, Norway, Singapore: 20123456, 41234567, 91234567.
        8 if first >= 2 => Some(Evidence::Worded),
        _ => None,
    }
}

/// [`national_run`], or else a country code and a national number of its
/// plan's length, the `+` left out (`6287017900047`, as WhatsApp shows a
/// number), which a phone word must label.
fn plain_run(digits: &[u8]) -> Option<Evidence> {
    national_run(digits).or_else(|| {
        ((11..=15).contains(&digits.len())
            && !is_imei(digits)
            && international_without_plus(digits))
        .then_some(Evidence::CountryCode)
    })
}

/// How many digits a number read by [`plain_layout`] has, but for a
/// service line's eight.
const PLAIN_DIGITS: std::ops::RangeInclusive<usize> = 9..=13;

/// [`Evidence::Plain`] for the first `k` groups of `t`: nine to thirteen
/// digits, run together or grouped by spaces and dashes (`1-800-88 2101`)
/// or by dots alone, in groups of two digits or more but the first (a
/// trunk `0`, `1-800`), only the first bracketed; or a service line in its
/// country's shape ([`is_service_line`], `0800-1-985838` with its group of
/// one); not a date's shape, two years in a row or a placeholder. (The
/// caller asks, once for all `k`, that no `+` opens it and a word, not a
/// figure or a table's separator, stands just before it: see
/// [`word_just_before`].)
fn plain_layout(t: &Token, k: usize) -> Option<Evidence> {
    let digit_count = t.digits_in(k);
    if k > 6 {
        return None;
    }
    let groups = &t.groups()[..k];
    let (lens, n) = t.group_lens(k);
    let lens = &lens[..n];
    let service_line = is_service_line(&t.digits[..digit_count], lens);
    if !(PLAIN_DIGITS.contains(&digit_count) || service_line) {
        return None;
    }
    // (The area code may be set apart otherwise than the subscriber
    // number's groups: `1800 964-5239`, `111 783-818`.)
    let dots = groups[1..].iter().filter(|g| g.sep == b'.').count();
    let plain = groups[1..]
        .iter()
        .all(|g| matches!(g.sep, b' ' | b'-' | b'.') && !g.paren)
        && (dots == 0 || dots == k - 1)
        && (lens[1..].iter().all(|&len| len >= 2) || service_line)
        && !looks_like_date(groups, lens)
        && !years_in_a_row(t, k)
        && !is_placeholder(&t.digits[..digit_count]);
    plain.then_some(Evidence::Plain)
}

/// Whether `digits`, in groups of `lens`, are a service line shorter than
/// a national number, in the shapes its country writes it: two fours
/// (`1577-8125`, `1800 9002` in Korea, Vietnam and Indonesia; the Dutch
/// `0800-1234` and `0900-1234`), the UAE's `800` and five (`800 84997`),
/// Indonesia's toll-free `0800-1` and six (`0800-1-985838`), Germany's
/// shared-cost and premium lines with their tariff digit apart (`0180 5
/// 123456`, `0900 1 515191`), Norway's free `800 12 345` and Israel's
/// `1-800-701-994` and `1-700-717-394`. Read only where a phone word labels
/// it. (Shorter ones, Turkey's `444 7 491`, the UAE's `800 4344`, have
/// fewer digits than any run a verifier is asked about.)
fn is_service_line(digits: &[u8], lens: &[u8]) -> bool {
    matches!(
        (digits, lens),
        ([1, 5 | 6 | 8 | 9, ..] | [0, 8 | 9, 0, 0, ..], [4, 4])
            | ([8, 0, 0, ..], [3, 5] | [3, 2, 3])
            | (
                [0, 8, 0, 0, 1, ..] | [0, 1, 8, 0, ..] | [0, 9, 0, 0, ..],
                [4, 1, 6]
            )
            | ([1, 7 | 8, 0, 0, ..], [1, 3, 3, 3])
    )
}

/// Whether two groups of four in a row among the first `k` of `t` read
/// as years (`mobile 12 2024-2025`).
fn years_in_a_row(t: &Token, k: usize) -> bool {
    (1..k).any(|i| year_of_group(t, i - 1).is_some() && year_of_group(t, i).is_some())
}

/// The year group `i` of `t` reads as: four digits from 1900 to 2099.
fn year_of_group(t: &Token, i: usize) -> Option<u16> {
    let d = digits_of(t, i);
    (d.len() == 4 && matches!(d[..2], [1, 9] | [2, 0]))
        .then(|| d.iter().fold(0u16, |v, &x| v * 10 + u16::from(x)))
}

/// Whether a word ends just before `start`, past at most a few spaces, a
/// colon, a dash or an abbreviation's period, or a pictograph (`cel -
/// 0111…`, `numaram:0 538…`, `Tel. 8 602…`, `📞3001234201`), or ends a
/// table's label cell before the number's own (`<td>Mob.</td><td>595…`):
/// where a phone word can label the number.
fn word_just_before(text: &impl Text, start: usize) -> bool {
    let mut p = start;
    if context::step_back_over(text, &mut p, 0, b"<td>") {
        while let Some((b' ' | b'\n' | b'\r' | b'\t', q)) = text.prev(p) {
            p = q;
        }
        if !(context::step_back_over(text, &mut p, 0, b"</td>")
            || context::step_back_over(text, &mut p, 0, b"</th>"))
        {
            return false;
        }
    }
    for _ in 0..4 {
        match text.prev(p) {
            Some((b' ' | b':' | b'-' | b'.', q)) => p = q,
            Some((c, _)) => return context::is_letter(c),
            None => return false,
        }
    }
    false
}

/// Whether `digits` (values 0..=9) are an IMEI's: fifteen that pass Luhn
/// (`358754061219036`), which a number after a country code seldom does.
fn is_imei(digits: &[u8]) -> bool {
    digits.len() == 15 && luhn::is_valid(digits)
}

/// Whether `digits` are a country calling code and a national number its
/// plan allows.
fn international_without_plus(digits: &[u8]) -> bool {
    phone_plan::plan_for(digits).is_some_and(|plan| {
        phone_plan::is_plausible_national(&plan, &digits[usize::from(plan.code_len)..])
    })
}

/// The digits of group `i` of `t`.
fn digits_of(t: &Token, i: usize) -> &[u8] {
    let from = t.digits_in(i);
    &t.digits[from..from + usize::from(t.groups[i].len)]
}

/// Whether groups of `lens` are all four digits long but the last, which
/// is at most four: how IBANs and card-like runs are written.
fn fours_down_to_a_tail(lens: &[u8]) -> bool {
    lens.split_last()
        .is_some_and(|(&last, fours)| last <= 4 && fours.iter().all(|&l| l == 4))
}

/// Whether the separators before the groups after an area code are
/// spaces throughout, dashes throughout, or spaces and then a dash before
/// an extension.
fn grouped_within_subscriber(groups: &[Group]) -> bool {
    let Some((last, inner)) = groups.split_last() else {
        return false;
    };
    // A slash after the area code stands for its space (`089 / 283 183
    // 60`): the subscriber number's own groups then set the separator.
    let after_slash = groups[0].sep == b'/';
    let Some(sep) = groups.get(usize::from(after_slash)).map(|g| g.sep) else {
        return false;
    };
    matches!(sep, b' ' | b'-')
        && inner
            .iter()
            .skip(usize::from(after_slash))
            .all(|g| g.sep == sep)
        && (last.sep == sep || last.sep == b'-')
}

/// Whether `digits` (with its trunk 0) is a German mobile number of the
/// 015x, 016x and 017x ranges, eight digits after the prefix.
fn is_german_mobile(digits: &[u8]) -> bool {
    digits.len() == 12 && matches!(digits[..4], [0, 1, 5 | 7, _] | [0, 1, 6, 0 | 2 | 3])
}

/// Whether the first `k` groups are a range: two dashed groups of one
/// length, the second above the first and opening with its first two
/// digits (a meter's readings, `61013-61596`; an Indian mobile written
/// 5-5 has no such tie between its halves).
fn reads_as_range(t: &Token, k: usize) -> bool {
    let groups = t.groups();
    if t.plus
        || k != 2
        || groups.len() < 2
        || groups[1].sep != b'-'
        || groups[0].len != groups[1].len
    {
        return false;
    }
    let len = usize::from(groups[0].len);
    let (low, high) = (&t.digits[..len], &t.digits[len..2 * len]);
    len >= 3 && low[..2] == high[..2] && high > low
}

/// Whether the first `k` groups are five or more numbers of one or two
/// digits, spaced, each above the one before and none above 90: a
/// lottery's draw as its players and operators write it (`01 05 40 43
/// 45`), which a French number's pairs may look like.
fn draws_numbers(t: &Token, k: usize) -> bool {
    let groups = &t.groups()[..k];
    if t.plus || groups.len() < 5 || groups[1..].iter().any(|g| g.sep != b' ') {
        return false;
    }
    let mut last = 0u8;
    let mut at = 0;
    for g in groups {
        let value = match g.len {
            1 => t.digits[at],
            2 => t.digits[at] * 10 + t.digits[at + 1],
            _ => return false,
        };
        if value <= last || value > 90 {
            return false;
        }
        last = value;
        at += usize::from(g.len);
    }
    true
}

/// Words of a lottery's draw, lowercased, as they stand before its numbers
/// (English, French, German, Spanish, Italian, Portuguese, Scandinavian,
/// Romanian, Greek; Pidgin's "my numbers na").
const DRAW_WORDS: &[&[u8]] = &[
    b"draw",
    b"lotto",
    b"lottery",
    b"jackpot",
    b"numbers",
    b"tirage",
    b"loto",
    b"ziehung",
    b"zahlen",
    b"sorteo",
    b"estrazione",
    b"numeri",
    b"concurso",
    b"sorteio",
    b"dezenas",
    b"dragning",
    b"lottorad",
    b"tr\xc3\xa6kning",
    b"extragere",
    b"numerele",
    "κλήρωση".as_bytes(),
];

/// Whether a draw's word ([`DRAW_WORDS`]) stands in the 48 characters
/// before `start` (none before `floor`, where an earlier finding ends), or
/// a bonus number follows `end` (`… 45 + 06`).
fn drawn_around(text: &impl Text, start: usize, end: usize, floor: usize) -> bool {
    let mut p = end;
    if let Some((b' ', q)) = text.next(p) {
        p = q;
    }
    if let Some((b'+', q)) = text.next(p) {
        p = q;
        if let Some((b' ', q)) = text.next(p) {
            p = q;
        }
        if text.peek(p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    const REACH: usize = 48;
    let mut before = [0u8; REACH];
    let mut n = 0;
    let mut pos = start;
    while n < REACH {
        let Some((c, q)) = text.prev(pos).filter(|&(_, q)| q >= floor) else {
            break;
        };
        before[REACH - 1 - n] = c.to_ascii_lowercase();
        n += 1;
        pos = q;
    }
    let before = &before[REACH - n..];
    DRAW_WORDS
        .iter()
        .any(|w| before.windows(w.len()).any(|window| window == *w))
}

/// Dates written with a leading zero, `01.02.2024` or `03/05/2024`, that a
/// trunk-0 layout would otherwise take.
fn looks_like_date(groups: &[Group], lens: &[u8]) -> bool {
    let date = |groups: &[Group]| {
        groups[1..]
            .iter()
            .all(|g| matches!(g.sep, b'.' | b'/' | b'-'))
    };
    // (Or a short date and its time, `09.12.25 19.15 Uhr`.)
    let with_time = lens == [2, 2, 2, 2, 2]
        && date(&groups[..3])
        && groups[3].sep == b' '
        && matches!(groups[4].sep, b'.' | b':');
    matches!(lens, [2, 2, 4] | [2, 2, 2]) && date(groups) || with_time
}

/// Checks an international number: `digits[skip..]` begins with a country
/// code and the rest, less a written trunk `0`, is a national number of the
/// right length for that code.
fn international(groups: &[Group], digits: &[u8], skip: usize) -> Option<Plan> {
    let digits = &digits[skip..];
    let plan = phone_plan::plan_for(digits)?;
    let mut nsn = &digits[usize::from(plan.code_len)..];
    // `+44 (0)20 …`: the written trunk prefix in parentheses.
    let mut trunk_in_parens = false;
    let mut seen = 0usize;
    for g in groups {
        let g_start = seen;
        seen += usize::from(g.len);
        if g.paren && g.len == 1 && g_start == skip + usize::from(plan.code_len) {
            trunk_in_parens = true;
        }
    }
    if (trunk_in_parens || plan.trunk_zero) && nsn.first() == Some(&0) {
        nsn = &nsn[1..];
    }
    // Mexico's retired mobile `1` is still written: `+52 1 55 2532 5427`.
    if plan.code == 52 && nsn.len() == 11 && nsn[0] == 1 {
        nsn = &nsn[1..];
    }
    // A bracketed first group is the country code alone: `+(34) 612 …`,
    // `(+34) 612 …`; or as the code is written apart from its zero, or
    // with an area code joined to it (`(+38) 067 …`, `(+5511) 901889474`).
    let code_alone = |g: &Group| {
        let len = g.len;
        len == plan.code_len
            || code_split_at_its_zero(&plan, len, &digits[usize::from(len).min(digits.len())..])
            || code_joins_mobile_prefix(&plan, len, &digits[usize::from(plan.code_len)..])
    };
    if groups
        .first()
        .is_some_and(|g| g.paren && (skip > 0 || !code_alone(g)))
    {
        return None;
    }
    phone_plan::is_plausible_national(&plan, nsn).then_some(plan)
}

/// Whether a first group of `group_digits` is a calling code run into the
/// first one to four digits of the national number: its area code or
/// mobile prefix, which the writer groups with the code as dialled.
fn code_run_into_national(plan: &Plan, group_digits: u8) -> bool {
    (plan.code_len + 1..=plan.code_len + 4).contains(&group_digits)
}

/// Whether a number's groups are set apart by spaces or dashes only, none
/// bracketed, and not as a date's or a social security number's after a
/// first number (`+334 2002-09-04`, `+72 935-61-7449`): how the rest of a number is written after a code run into
/// its first digits, where decimals, addresses and dates follow a signed
/// number in tables of figures (`+609 14.107.61.98`).
fn grouped_plainly(groups: &[Group], lens: &[u8]) -> bool {
    groups.iter().all(|g| !g.paren)
        && groups[1..].iter().all(|g| matches!(g.sep, b' ' | b'-'))
        && !matches!(lens.get(1..), Some([4, 2, 2] | [3, 2, 4]))
}

/// Whether a first group of `code_digits` digits, followed by `rest`, is a
/// calling code that ends in `0` written with that `0` at the head of the
/// next group, as the national number's trunk `0` reads to its writers:
/// Ukraine `+38 044 966 34 93` (+380), Egypt `+2 012 9111 7152` (+20),
/// Malaysia `+6 012-345 6789` (+60), Romania `+4 0744 565 944` (+40),
/// Bangladesh `+88 01712-345678` (+880). (Only where that is a habit:
/// elsewhere such a group is a code and the start of something else.)
fn code_split_at_its_zero(plan: &Plan, code_digits: u8, rest: &[u8]) -> bool {
    matches!(plan.code, 20 | 40 | 60 | 380 | 880)
        && code_digits + 1 == plan.code_len
        && rest.first() == Some(&0)
}

/// Whether a first group of `group_digits` is a calling code and the
/// mobile prefix or area code after it (`national`'s first digits), as
/// Malaysians, Indonesians, Filipinos, Thais and Brazilians write their
/// mobiles: `+6012-9787748`, `+62812-3456-7890`, `+63917 123 4567`,
/// `+6681-234-5678`, `+5511 960281831`.
fn code_joins_mobile_prefix(plan: &Plan, group_digits: u8, national: &[u8]) -> bool {
    let prefix = group_digits.saturating_sub(plan.code_len);
    let lead = national.first().copied();
    match plan.code {
        60 => prefix == 2 && lead == Some(1),
        62 => prefix == 3 && lead == Some(8),
        // (And Metro Manila's area code: `(+632) 8594 7294`.)
        63 => prefix == 3 && lead == Some(9) || prefix == 1 && lead == Some(2),
        66 => prefix == 2 && matches!(lead, Some(6 | 8 | 9)),
        // Brazil, the two-digit area code joined to the code, a mobile's
        // nine digits after it: `+5511 960281831`.
        55 => prefix == 2 && lead.is_some_and(|d| d != 0) && national.get(2) == Some(&9),
        _ => false,
    }
}

/// The words and signs an extension is written after, lowercase, longest
/// first where one starts another.
const EXTENSION_MARKERS: &[&[u8]] = &[
    b"extension",
    "extensão".as_bytes(),
    b"ext.",
    b"ext",
    b"x",
    b"#",
    b"poste",
    b"durchwahl",
    b"app.",
    b"ramal",
    b"interno",
    b"int.",
    b"anexo",
    b"toestel",
    b"tst.",
    b"wewn.",
    b"wew.",
    b"ankn.",
    b"ankn",
    b"nebenstelle",
    b"klapka",
    "máy lẻ".as_bytes(),
    // French `p. 204` (poste) and Brazilian `r. 204` (ramal).
    b"p.",
    b"r.",
    b"loc.",
    b"loc",
    b"dahili",
    b"linka",
    "mellék".as_bytes(),
    "доб.".as_bytes(),
    "доб".as_bytes(),
    "дод.".as_bytes(),
    "дод".as_bytes(),
    "分机".as_bytes(),
    "转".as_bytes(),
    "内線".as_bytes(),
    "내선".as_bytes(),
    "ต่อ".as_bytes(),
    "שלוחה".as_bytes(),
    "تحويلة".as_bytes(),
    "एक्सटेंशन".as_bytes(),
];

/// For each first byte, the markers of [`EXTENSION_MARKERS`] (one bit
/// each) that start with it; every byte outside ASCII stands for all that
/// start outside it (a character in another script may be escaped).
const MARKERS_BY_FIRST: [u64; 256] = {
    assert!(EXTENSION_MARKERS.len() <= 64, "one bit per marker");
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < EXTENSION_MARKERS.len() {
        let first = EXTENSION_MARKERS[i][0];
        if first < 0x80 {
            table[first as usize] |= 1 << i;
        } else {
            let mut b = 0x80;
            while b < 256 {
                table[b] |= 1 << i;
                b += 1;
            }
        }
        i += 1;
    }
    table
};

/// The end of an extension written after a phone number at `end`:
/// ` ext. 204`, ` x204`, `#204`, ` poste 204`, ` Durchwahl 204`, ` ramal
/// 45`, ` int. 45`, ` wew. 12`, ` доб. 12`, ` 转12`.
fn extension_end(text: &impl Text, end: usize) -> Option<usize> {
    let mut pos = end;
    if text.peek(pos) == Some(b' ') {
        pos = text.next(pos)?.1;
    }
    // Most numbers are followed by none: one look at the first character
    // turns every marker away. (A marker in another script may be escaped:
    // its first character then reads as one outside ASCII.)
    let first = text.peek(pos)?.to_ascii_lowercase();
    let mut candidates = MARKERS_BY_FIRST[usize::from(first)];
    let marker = std::iter::from_fn(|| {
        let i = candidates.trailing_zeros();
        candidates &= candidates.checked_sub(1)?;
        Some(EXTENSION_MARKERS[i as usize])
    })
    .find_map(|m| marker_end(text, pos, m))?;
    let mut pos = marker;
    // (`ext 204`, `ext:204`, `Ext: 1215`.)
    if text.peek(pos) == Some(b':') {
        pos = text.next(pos)?.1;
    }
    if text.peek(pos) == Some(b' ') {
        pos = text.next(pos)?.1;
    }
    // `Durchwahl -5919`, as the DIN layout writes an extension.
    if text.peek(pos) == Some(b'-') {
        pos = text.next(pos)?.1;
    }
    // (Seven digits are already too many: no need to read on.)
    let (count, end) = digits_from(text, pos, 7);
    (1..=6).contains(&count).then_some(end)
}

/// Where `marker` (lowercase) ends, if the text at `pos` spells it: ASCII
/// case ignored, and a character outside ASCII compared as UTF-8 whether
/// it stands raw or escaped (`\u5185\u7dda` for `内線`), as context words
/// are ([`context::matched_as`]).
fn marker_end(text: &impl Text, mut pos: usize, marker: &[u8]) -> Option<usize> {
    let mut rest = marker;
    let mut utf8 = [0u8; 4];
    while !rest.is_empty() {
        let (c, next) = text.next(pos)?;
        rest = rest.strip_prefix(context::matched_as(text, c, pos, &mut utf8))?;
        pos = next;
    }
    Some(pos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::text::RawText;
    use std::cell::Cell;

    /// A view that records the lowest and highest position a verifier
    /// read, in logical characters (the input is ASCII without escapes).
    struct Recording<'h> {
        inner: RawText<'h>,
        low: Cell<usize>,
        high: Cell<usize>,
    }

    impl Text for Recording<'_> {
        fn end(&self) -> usize {
            self.inner.end()
        }
        fn next(&self, pos: usize) -> Option<(u8, usize)> {
            let r = self.inner.next(pos);
            self.high
                .set(self.high.get().max(r.map_or(pos, |(_, n)| n)));
            r
        }
        fn prev(&self, pos: usize) -> Option<(u8, usize)> {
            let r = self.inner.prev(pos);
            self.low.set(self.low.get().min(r.map_or(pos, |(_, p)| p)));
            r
        }
        fn raw(&self, pos: usize) -> usize {
            self.inner.raw(pos)
        }
        fn escaped_char(&self, pos: usize) -> Option<char> {
            self.inner.escaped_char(pos)
        }
        fn full_width_char(&self, pos: usize) -> Option<char> {
            self.inner.full_width_char(pos)
        }
        fn is_form_equals(&self, pos: usize) -> bool {
            self.inner.is_form_equals(pos)
        }
        fn is_form_plus(&self, pos: usize) -> bool {
            self.inner.is_form_plus(pos)
        }
    }

    /// Every layout of seven digits, with every separator and bracket and
    /// every digit in the places that decide (a leading `0` or `00`, a
    /// `1`, a `9`), is no card and no phone, even after a phone word: what
    /// lets [`short_run_end`] turn away tokens of fewer than
    /// [`MIN_DIGITS_WITHOUT_PLUS`] digits. Eight digits are a phone only
    /// after a phone word, in the layouts of [`eight_digit_national`].
    #[test]
    fn no_number_of_seven_digits_and_eight_only_after_a_phone_word() {
        fn layouts(left: usize, prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
            if left == 0 {
                out.push(prefix.clone());
            }
            for g in 1..=left {
                prefix.push(g);
                layouts(left - g, prefix, out);
                prefix.pop();
            }
        }
        let digit_sets = [
            "00491234", "01234567", "06123456", "91234567", "13812345", "98765432",
        ];
        let mut checked = 0;
        let mut found = 0;
        for len in [7, 8] {
            let mut all = Vec::new();
            layouts(len, &mut Vec::new(), &mut all);
            for lens in &all {
                for digits in digit_sets {
                    for sep in [" ", "-", ".", "/", ""] {
                        for bracket_first in [false, true] {
                            let mut number = String::new();
                            let mut at = 0;
                            for (i, &g) in lens.iter().enumerate() {
                                if i > 0 {
                                    number.push_str(sep);
                                }
                                let group = &digits[at..at + g];
                                if i == 0 && bracket_first {
                                    number.push_str(&format!("({group})"));
                                } else {
                                    number.push_str(group);
                                }
                                at += g;
                            }
                            let named = format!("call me on {number} ext. 12 thanks");
                            let unnamed = format!("see you on {number} ext. 12 thanks");
                            assert_eq!(find_from(&unnamed, 11), None, "{unnamed}");
                            let expected = len == 8
                                && !bracket_first
                                && digits.as_bytes()[0] >= b'2'
                                && (sep.is_empty()
                                    || lens.len() == 1
                                    || matches!(sep, " " | "-")
                                        && matches!(
                                            lens.as_slice(),
                                            [4, 4] | [2, 2, 2, 2] | [3, 2, 3] | [2, 3, 3]
                                        )
                                    // (Dotted in pairs, as West Africa writes them.)
                                    || sep == "." && lens.as_slice() == [2, 2, 2, 2]);
                            let got = find_from(&named, 11);
                            if expected {
                                let with_extension = format!("{number} ext. 12");
                                assert_eq!(
                                    got,
                                    Some((Kind::Phone, with_extension.as_str())),
                                    "{named}"
                                );
                                found += 1;
                            } else {
                                assert_eq!(got, None, "{named}");
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 9000 && found > 20, "{checked} {found}");
    }

    /// The verifiers' reads stay within [`REACH_BEHIND`] and
    /// [`REACH_AHEAD`] of the anchor, on inputs built to make them read
    /// far: long runs of short groups, brackets, extensions, addresses
    /// and phone words after numbers.
    #[test]
    fn reads_stay_within_the_reach() {
        const PIECES: &[&str] = &[
            "1",
            "2",
            "0",
            "9",
            "4111",
            "00",
            "5",
            " ",
            " ",
            "-",
            ".",
            "/",
            "+",
            "(",
            ")",
            "(0)",
            " ext. ",
            " x",
            "123456",
            "a",
            "@",
            "jane.doe",
            "@example.com",
            " call ",
            " tel: ",
            "order ",
            "\n",
            ",",
            "*",
            " 06 12 34 56 78",
            "4111 1111 1111 1111",
            "Content-Disposition: form-data; name=\"",
            "form-data;name=\"",
            "mobilePhone",
            "abcdefghijklmnopqrstuvwxyzabcdef",
            "\"\r\n\r\n",
            "\"\n\n",
            "\":{\"full\":\"",
            "\": [\n            \"",
            "\"q5_phoneNumber",
            "{\"order\":{\"id\":5,\"number\":\"",
            "\"value\": ",
            "\":\"",
            "\":",
            "{",
            ",\"",
        ];
        let mut rng = crate::TestRandom::new(0x9E37_79B9_7F4A_7C15);
        let mut random = |n: usize| rng.below(n);
        let (mut ahead, mut behind) = (0, 0);
        let mut inputs: Vec<String> = vec![
            "1 ".repeat(80),
            "(1) ".repeat(40),
            format!("{}x123456", "1-".repeat(60)),
            format!("{}{}", " ".repeat(100), "1 2 3 4 5 6 7 8 9 0 ".repeat(8)),
        ];
        for _ in 0..6_000 {
            let len = 1 + random(80);
            inputs.push((0..len).map(|_| PIECES[random(PIECES.len())]).collect());
        }
        // Long runs of groups in one layout, as far as a token reaches,
        // then an ending that makes the verifiers read on.
        const ENDINGS: &[&str] = &[
            "",
            "jane@example.com",
            ".a_b-c@example.com",
            " ext. 12",
            " x",
        ];
        for _ in 0..6_000 {
            let mut s = String::new();
            if random(3) == 0 {
                s.push('+');
            }
            let size = 1 + random(4);
            let sep = [" ", "-", ".", " ", "+"][random(5)];
            for g in 0..(8 + random(32)) {
                if g > 0 {
                    s.push_str(sep);
                }
                let bracket = random(6) == 0;
                if bracket {
                    s.push('(');
                }
                for _ in 0..(size + usize::from(random(5) == 0)) {
                    s.push(char::from(b'0' + random(10) as u8));
                }
                if bracket {
                    s.push(')');
                }
            }
            s.push_str(ENDINGS[random(ENDINGS.len())]);
            inputs.push(s);
        }
        for input in &inputs {
            let hay = input.as_bytes();
            for start in 0..hay.len() {
                if !matches!(hay[start], b'0'..=b'9' | b'+' | b'(') {
                    continue;
                }
                for after_finding in [false, true] {
                    let t = Recording {
                        inner: RawText::new(hay),
                        low: Cell::new(start),
                        high: Cell::new(start),
                    };
                    verify(
                        &t,
                        start,
                        after_finding,
                        0,
                        KindSet::ALL,
                        &EarlierPhones::default(),
                    );
                    ahead = ahead.max(t.high.get() - start);
                    behind = behind.max(start - t.low.get());
                }
            }
        }
        eprintln!("farthest read: {ahead} ahead, {behind} behind");
        assert!(ahead <= REACH_AHEAD, "read {ahead} characters ahead");
        assert!(behind <= REACH_BEHIND, "read {behind} characters behind");
    }

    /// Each text holds the phone number given with it, found from its
    /// first digit, `+` or `(`.
    fn expect_phones(cases: &[(&str, &str)]) {
        for &(text, phone) in cases {
            assert_eq!(find(text), Some((Kind::Phone, phone)), "{text}");
        }
    }

    /// Each text holds the phone number given with it, found from the
    /// number's last occurrence.
    fn expect_phones_at(cases: &[(&str, &str)]) {
        for &(text, phone) in cases {
            assert_eq!(find_at(text, phone), Some((Kind::Phone, phone)), "{text}");
        }
    }

    /// No text holds a number from its first digit, `+` or `(`.
    fn expect_nothing(texts: &[&str]) {
        for text in texts {
            assert_eq!(find(text), None, "{text}");
        }
    }

    /// No text holds a number from the last occurrence of the digits
    /// given with it.
    fn expect_nothing_at(cases: &[(&str, &str)]) {
        for &(text, at) in cases {
            assert_eq!(find_at(text, at), None, "{text}");
        }
    }

    fn find(s: &str) -> Option<(Kind, &str)> {
        let start = s.find(|c: char| c.is_ascii_digit() || c == '+' || c == '(')?;
        find_from(s, start)
    }

    /// What starts at `number`, the last occurrence of which is in `s`.
    fn find_at<'s>(s: &'s str, number: &str) -> Option<(Kind, &'s str)> {
        find_from(s, s.rfind(number)?)
    }

    /// [`find_at`] in a form-urlencoded body, where `+` is a space.
    fn find_in_form_at<'s>(form: &'s str, number: &str) -> Option<(Kind, &'s str)> {
        let start = form.rfind(number)?;
        let text = RawText::with_plus_as_space(form.as_bytes(), true);
        verify(
            &text,
            start,
            false,
            0,
            KindSet::ALL,
            &EarlierPhones::default(),
        )
        .map(|m| (m.kind, &form[start..m.end]))
    }

    fn find_from(s: &str, start: usize) -> Option<(Kind, &str)> {
        let t = RawText::new(s.as_bytes());
        verify(&t, start, false, 0, KindSet::ALL, &EarlierPhones::default())
            .map(|m| (m.kind, &s[start..m.end]))
    }

    /// A country code run into the first digits of the national number,
    /// the rest grouped as at home, is read where the `+` or `00` is
    /// written; not where a signed number is followed by a date, an
    /// address, a decimal or a social security number, nor where a field
    /// implies the `+`.
    #[test]
    fn a_code_run_into_the_national_number() {
        expect_phones(&[
            ("tel +4930 69856056 bzw", "+4930 69856056"),
            ("wa +97152 8970036 amy", "+97152 8970036"),
            ("座机+86155-2676-3076 🙏", "+86155-2676-3076"),
            ("telefon - +40746 329 168 postcode", "+40746 329 168"),
            ("+1917-268-3693 thx", "+1917-268-3693"),
            ("cel  00562 2242 9592 zip", "00562 2242 9592"),
            ("móvil 0057350 4967865", "0057350 4967865"),
        ]);
        expect_nothing(&[
            "+334 2002-09-04",
            "+609 14.107.61.98",
            "+141 375.328.71",
            "+496 (37) 405",
            "+72 935-61-7449",
        ]);
        // A field of international numbers reads groups as written.
        let s = "--b\r\nContent-Disposition: form-data; name=\"my_number\"\r\n\r\n2615 8818 7118";
        assert_eq!(find_at(s, "2615"), None);
    }

    /// After a phone word that labels it, a national number's length in a
    /// plain grouping no layout models is a phone; not after a record's
    /// word, nor without a word, nor a "my number" run.
    #[test]
    fn plain_groupings_after_a_phone_word() {
        expect_phones(&[
            ("cell 335 285 56 15, codice", "335 285 56 15"),
            ("mi numero es  312 051 12 64", "312 051 12 64"),
            ("chiamami al:338 943 07 85 sto", "338 943 07 85"),
            ("mi cel - 0111557053588 email", "0111557053588"),
            ("cel 0345 7191 696 ok", "0345 7191 696"),
        ]);
        expect_nothing(&[
            "Order 335 285 56 15",
            "335 285 56 15",
            "my number 387687276516",
            "Konto: 0345 7191 696",
        ]);
        // Service lines, named by their desk, in their own groupings.
        expect_phones(&[
            ("Hotline 1800-345 3420!", "1800-345 3420"),
            ("Hotline: 1800  495-699", "1800  495-699"),
            ("ہیلپ لائن 111 765-606.", "111 765-606"),
            ("고객센터: 1577-8125", "1577-8125"),
            ("Tổng đài: 1800 9002", "1800 9002"),
            ("Talian khidmat pelanggan 1-800-88 2101!", "1-800-88 2101"),
            ("Customer service: 0800 123 4567", "0800 123 4567"),
            ("Tel. 8 602 67-693 ID", "8 602 67-693"),
        ]);
        expect_phones(&[
            ("Klantenservice: 0800-1234", "0800-1234"),
            ("שירות לקוחות: 1-800-800-110", "1-800-800-110"),
            ("Simu ya mkononi: 254740959331", "254740959331"),
        ]);
        // A desk labels its line past "on", "via", "al", "our"; its
        // country's service-line shapes.
        expect_phones(&[
            (
                "call our customer service on 1860 747 5145 (Mon-Fri)",
                "1860 747 5145",
            ),
            ("klantenservice via 0900-8413 (ma-vr)", "0900-8413"),
            (
                "להתקשר למוקד שירות הלקוחות 1-800-366-047 (א-ה)",
                "1-800-366-047",
            ),
            ("layanan pelanggan kami di 0800-1-985838.", "0800-1-985838"),
            (
                "atención al cliente al 01 800 755 5618 (lunes)",
                "01 800 755 5618",
            ),
            ("الاتصال بخدمة العملاء: 800 84997.", "800 84997"),
        ]);
        // Free, direct and switchboard lines by the word for each; and
        // the shapes of Germany's, Norway's and Israel's service lines.
        expect_phones(&[
            ("Numéro vert : 0 805 38 03 92\n", "0 805 38 03 92"),
            ("Línea gratuita: 01 8000 753 307\n", "01 8000 753 307"),
            ("Línea directa: (81) 9930 1147\n", "(81) 9930 1147"),
            ("Direkte: 48 77 52 63\n", "48 77 52 63"),
            ("Hovednummer: 80 12 96 49 |", "80 12 96 49"),
            ("الرقم الموحد: 920000379\n", "920000379"),
            ("Servicehotline: 0900 1 515191\n", "0900 1 515191"),
            ("Hotline: 0180 5 123456 (14 ct/min)", "0180 5 123456"),
            ("Sentralbord: 800 12 345\n", "800 12 345"),
            ("Infolinia: 1-700-717-394\n", "1-700-717-394"),
            ("TEL;TYPE=WORK,VOICE:321 834 127\r\n", "321 834 127"),
        ]);
        // An international number without its `+`, read whole where a
        // national reading of its first groups would leave the rest; a
        // slash setting an address apart from a number; "answers at".
        expect_phones(&[
            ("ph: 234 817 755 2940", "234 817 755 2940"),
            ("call 63 917 123 4567 now", "63 917 123 4567"),
            (
                "Contact:07434 346 079/harry_taylor@yahoo.co.uk",
                "07434 346 079",
            ),
            ("+447911123456/a@b.com", "+447911123456"),
            ("no contesta al 5491154936249.", "5491154936249"),
            ("Seu motorista atende pelo 11 94305-6901.", "11 94305-6901"),
            ("sdt: 0912 345 678", "0912 345 678"),
            (
                "صاحب الطلب لا يرد على 00201519567949 رقمنا",
                "00201519567949",
            ),
            ("كلمني على 201530089024\r\n", "201530089024"),
        ]);
        expect_nothing(&["GET /users/07434346079/profile", "order 12345678/abc"]);
        assert_eq!(
            find("Tel: 612 345 678 2024"),
            Some((Kind::Phone, "612 345 678"))
        );
        // A record sent to a number is sent to a line; a fax verb asks
        // for one.
        expect_phones(&[
            (
                "Bitte faxen Sie das Rezept an 031 573 60 85.",
                "031 573 60 85",
            ),
            (
                "Please fax the prescription to 020 7946 0018.",
                "020 7946 0018",
            ),
            (
                "Proszę przesłać skierowanie faksem na numer 22 2934594.",
                "22 2934594",
            ),
            (
                "Please fax the prior authorization form to 020 3348 6205.",
                "020 3348 6205",
            ),
            ("prosím žádanku faxem na 521 745 801.", "521 745 801"),
            ("zavolejte mi na 527 711 272.", "527 711 272"),
        ]);
        expect_nothing(&[
            "Ref 0180 5 123456 paid",
            "Rezept 031 573 60 85",
            "order 0900 1 515191 shipped",
            "NDC: 05027687632\n",
            "NDC 01976-7857-80\n",
            "BSN: 220 734 501\n",
            "C.C. 284.386.149\n",
            "Cédula: 284.386.149\n",
            "NSS: 02601272199\n",
            "TFN 010 639 655\n",
            "ACN 998 094 963\n",
            "D-U-N-S 04-711-1901\n",
            "{\"cf_prior_auth\": \"84794 31503\"}",
            "Prior auth: 84794 31503\n",
            // An Israeli identity number, abbreviated with dots or
            // gershayim, before a word for a mobile device.
            "ת.ז. 229554469 האתר לא נוח בנייד",
            "ת״ז 229554469 בנייד",
            "N° d'accord préalable 84794 31503\n",
            r#"{"Order__c":525584166110}"#,
        ]);
        expect_nothing(&[
            "customer service on hold since 0900-8413",
            "Ref 800 84997 paid",
            "Klantnummer 0900-8413",
            "order 0800-1-985838 shipped",
            "customer service, order 0900-8413",
        ]);
        expect_nothing(&[
            "P.O. Box 72287-00100, Nairobi",
            "Riepilogo chiamata: Timestamp dell'esportazione: 1713653040",
            "customer service ticket 123456789",
            "客服你好：快递单号6681973658一直没有更新",
            "mobile 12 2024-2025",
            "call me on 1381 2345 thanks",
            "tel 1234-5678",
        ]);
        // A modelled layout wins over a longer plain reading.
        assert_eq!(
            find_at("SĐT: 036 794 4611 908,000đ", "036"),
            Some((Kind::Phone, "036 794 4611"))
        );
    }

    /// A loyalty, member or gift card's number is no payment card's, even
    /// printed in a card's groups; a network's gift card is a card.
    #[test]
    fn cards_that_pay_for_nothing_are_not_cards() {
        for label in [
            "Loyalty card: ",
            "loyalty card number ",
            "carte de fidélité : ",
            "Payback-Karte: ",
            "会员卡号：",
            "*loyalty_card_number:*\n",
        ] {
            for number in ["5146580423931562", "5146 5804 2393 1562"] {
                let s = format!("{label}{number} ok");
                assert_eq!(find_at(&s, number), None, "{s}");
            }
        }
        for label in [
            "Gift card ",
            "Carte cadeau ",
            "Tarjeta regalo: ",
            "ギフトカード番号 ",
            "karta podarunkowa: ",
        ] {
            for number in ["5146580423931562", "5146 5804 2393 1562"] {
                let s = format!("{label}{number} ok");
                assert_eq!(find_at(&s, number), None, "{s}");
            }
        }
        // A shop's gift card printed in a regional network's range.
        for label in ["Carte cadeau ", "Gift card: "] {
            let s = format!("{label}6274 0923 4673 8126 merci");
            assert_eq!(find_at(&s, "6274"), None, "{s}");
        }
        assert_eq!(
            find_at("card 6274 0923 4673 8126 merci", "6274"),
            Some((Kind::Card, "6274 0923 4673 8126"))
        );
        // A voucher's code; but a card pasted after a customer's label in
        // a transcript, in a range most cards are issued in.
        assert_eq!(find("Voucher code 4539 1488 0343 6467."), None);
        assert_eq!(
            find("客户: 4111 1111 1111 1111"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
        for label in ["Visa gift card ", "card number ", "tarjeta del cliente: "] {
            let s = format!("{label}5146 5804 2393 1562 ok");
            assert_eq!(
                find_at(&s, "5146"),
                Some((Kind::Card, "5146 5804 2393 1562")),
                "{s}"
            );
        }
    }

    #[test]
    fn wide_spaces_separate_groups() {
        // No-break and narrow no-break spaces, as French typography and
        // word processors put them, raw and escaped in JSON.
        assert_eq!(
            find("carte 4111\u{a0}1111\u{a0}1111\u{a0}1111 merci"),
            Some((Kind::Card, "4111\u{a0}1111\u{a0}1111\u{a0}1111"))
        );
        assert_eq!(
            find("tél. 06\u{202f}12\u{202f}34\u{202f}56\u{202f}78."),
            Some((Kind::Phone, "06\u{202f}12\u{202f}34\u{202f}56\u{202f}78"))
        );
        assert_eq!(
            find(r#"{"t":"5555\u00a05555\u00a05555\u00a04444"}"#),
            Some((Kind::Card, r"5555\u00a05555\u00a05555\u00a04444"))
        );
        // A wide space is one separator, like a space: two join groups as
        // two spaces do, three are a gap.
        assert_eq!(
            find("4111\u{a0}\u{a0}1111 1111 1111"),
            Some((Kind::Card, "4111\u{a0}\u{a0}1111 1111 1111"))
        );
        assert_eq!(find("4111\u{a0}\u{a0}\u{a0}1111 1111 1111"), None);
    }

    #[test]
    fn cards() {
        assert_eq!(
            find("pay 4111 1111 1111 1111 now"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
        assert_eq!(
            find("pay 4111-1111-1111-1111."),
            Some((Kind::Card, "4111-1111-1111-1111"))
        );
        assert_eq!(
            find("amex 3782 822463 10005"),
            Some((Kind::Card, "3782 822463 10005"))
        );
        assert_eq!(
            find("4111 1111 1111 1111 12/29"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
        assert_eq!(
            find("5507 8982 0846 4879 909"),
            None,
            "one 19-digit number, not a card + 3"
        );
        // …but a card a card's word names, and its CVV, where the nineteen
        // digits are no card.
        assert_eq!(
            find("Card: 5507 8982 0846 4879 909"),
            Some((Kind::Card, "5507 8982 0846 4879")),
            "a card and a CVV"
        );
        assert_eq!(find("4111-1111-1111-1111-2024"), None);
        assert_eq!(find("x4111111111111111"), None);
        assert_eq!(find("0.4111111111111111"), None);
        assert_eq!(find("4111111111111111.5"), None);
        assert_eq!(find("order #4111111111111111"), None);
    }

    #[test]
    fn cards_as_people_type_them() {
        for (text, card) in [
            // Spaces and dashes mixed.
            ("card 4687 1798-7247-3115 exp 10/27", "4687 1798-7247-3115"),
            ("card: 6759-8269-3151 5207 thanks", "6759-8269-3151 5207"),
            // Spaced dashes.
            (
                "the mastercard is 5135 - 9766 - 1918 - 2072 expiry 1130",
                "5135 - 9766 - 1918 - 2072",
            ),
            (
                "bij kaart 4219 - 8749-0084 4587 betaald",
                "4219 - 8749-0084 4587",
            ),
            ("card 5209 - 7936 8421 1475 ok", "5209 - 7936 8421 1475"),
            // Spaced dashes in Amex's and Diners' groups, typographic ones
            // too.
            (
                "Amex: 3782 - 822463 - 10005 thanks",
                "3782 - 822463 - 10005",
            ),
            ("diners 3056 – 930902 – 5904 ok", "3056 – 930902 – 5904"),
            // And mixed with plain dashes and spaces.
            (
                "카드 번호는 3725 - 449826-86310 입니다",
                "3725 - 449826-86310",
            ),
            ("card: 4019 860 - 541-602,", "4019 860 - 541-602"),
            // But a short group after a card in fours, past a spaced dash,
            // is an expiry, a CVV, a count or an amount, no more of it.
            (
                "Carte bancaire: 5459 1505 6047 1052 – 04-30",
                "5459 1505 6047 1052",
            ),
            (
                "Card number : 4500-3087-2534-1881 – 02/2027",
                "4500-3087-2534-1881",
            ),
            ("JCB 3560 7945 1855 3718 – 18 445,44", "3560 7945 1855 3718"),
            ("card 4111 1111 1111 1111 - 123 ok", "4111 1111 1111 1111"),
            ("5558 3361 5994 2088 - 18 meses", "5558 3361 5994 2088"),
            // Nor is a count after one, where the longer number is none.
            ("4011 7840 8147 2647 3 cuotas", "4011 7840 8147 2647"),
            (
                "pago 5558 3361 5994 2088 12x sem juros",
                "5558 3361 5994 2088",
            ),
            (
                r#"{"value": "4339 492 - 113 - 517"}"#,
                "4339 492 - 113 - 517",
            ),
            // Two or three breaths of four digits or more.
            (
                "visa debit 46960315 84278697 exp 03/28",
                "46960315 84278697",
            ),
            ("Kartennummer: 4539 148803436467", "4539 148803436467"),
            ("Card: 4539 1488-0343 6467", "4539 1488-0343 6467"),
            // 19 digits with the last seven together.
            (
                "mere card 5893 0082 5930 4067413 se do baar",
                "5893 0082 5930 4067413",
            ),
            (
                "mit kortnummer er 6222-0271-4956-8911794 udløb",
                "6222-0271-4956-8911794",
            ),
        ] {
            assert_eq!(find(text), Some((Kind::Card, card)), "{text}");
        }
        // Spaced dashes join a run of three groups of four or more, not a
        // range of two numbers; one after a German area code still reads
        // as its slash.
        assert_eq!(find("years 2019 - 2023"), None);
        assert_eq!(find("Please call me between 2000 - 2200"), None);
        assert_eq!(find("between 4000 - 123 - 456 ok"), None);
        // Typed layouts take spaces, dashes and line breaks, not a
        // decimal's point; under an identifier word only a printed layout
        // is a card.
        assert_eq!(find(r#"{"v":4539.148803436467}"#), None);
        assert_eq!(find("Order 46960315 84278697"), None);
        // A card that ends at its line does not grow into the next one.
        assert_eq!(
            find("4111 1111 1111 1111\n128 Main St"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
        assert_eq!(find("Order 12345678 87654321 shipped"), None);
        assert_eq!(
            find("ruf an: 0172 - 9992014"),
            Some((Kind::Phone, "0172 - 9992014"))
        );
        // The typed layouts hold 14 to 19 digits in groups of four or more.
        assert_eq!(find("ref 453 9148803436467"), None);
        // A French social security number is no UATP card: its key fits.
        // Diners has no 15-digit cards.
        assert_eq!(find("NIR 184088356964661 ok"), None);
        assert_eq!(find("x 184088356964661"), None);
        assert_eq!(
            find("uatp 122000000000003"),
            Some((Kind::Card, "122000000000003"))
        );
        // Without a card's word, a 15-digit number from 1 is a tracking
        // number or a record's id.
        assert_eq!(find("Re: 190989682123140 still pending"), None);
        assert_eq!(find("(162818850055855)"), None);
        assert_eq!(find("Verwendungszweck: 25 14040 67629 15015"), None);
        assert_eq!(find("Andreani 360005404739941"), None);
        // Broken over two lines, raw, escaped in JSON, in HTML, quoted.
        for (text, card) in [
            (
                "pmt via VISA 4406-1198 \n0070-6772 exp 0226",
                "4406-1198 \n0070-6772",
            ),
            (
                r#"{"t":"card 4111 1111\n1111 1111 ok"}"#,
                r"4111 1111\n1111 1111",
            ),
            (
                "Card number: 5261 7262<br/>\r\n3360 9984</p>",
                "5261 7262<br/>\r\n3360 9984",
            ),
            ("> card 4111 1111\n> 1111 1111\n", "4111 1111\n> 1111 1111"),
        ] {
            assert_eq!(find(text), Some((Kind::Card, card)), "{text}");
        }
        // Only a card: two lines of numbers hold no phone across them,
        // and one line's phone ends where its line does.
        assert_eq!(find("ids 4111 1111\n2222 3333"), None);
        assert_eq!(
            find("Tel 0612345678\n0698765432"),
            Some((Kind::Phone, "0612345678"))
        );
    }

    #[test]
    fn identifier_words_veto_only_the_card_they_label() {
        let card = "4920217644239294";
        assert_eq!(find(&format!("order number: {card}")), None);
        assert_eq!(find(&format!("n° de pedido {card}")), None);
        assert_eq!(find(&format!("IBAN {card}")), None);
        for label in [
            "confirmation code",
            "Referenz",
            "Zahlungsreferenz:",
            "IMEI:",
            "Gutscheincode",
            "voucher",
            "Paket",
            "nomor pesanan",
            "mã đơn hàng",
        ] {
            assert_eq!(find(&format!("{label} {card}")), None, "{label}");
        }
        // Grouped as a card is printed, it is one under any label.
        assert_eq!(
            find("order number: 4920 2176 4423 9294"),
            Some((Kind::Card, "4920 2176 4423 9294"))
        );
        for s in [
            format!("Order 1007698693 was charged to {card} on …"),
            format!("El pedido 0072488403 se cargó en {card} el …"),
            format!("Order 123 shipped.\nPaid with {card}"),
            format!("See https://shop.example.com/orders/4117798650/items/3 Kaartnummer: {card}"),
            format!("[16:06] Customer: paying with {card} fails"),
        ] {
            assert_eq!(find_at(&s, card), Some((Kind::Card, card)), "{s:?}");
        }
        // Run together, too.
        let s = "Order 0051515812 was charged to 6270443042168106";
        assert_eq!(
            find_at(s, "6270443042168106"),
            Some((Kind::Card, "6270443042168106"))
        );
    }

    #[test]
    fn thirteen_digit_visa_runs_yield_to_barcode_words() {
        assert_eq!(find("EAN auf der Verpackung: 4072703967344"), None);
        assert_eq!(find("Artikel mit der EAN 4026021777512 ist defekt"), None);
        assert_eq!(find("barcode 4072703967344"), None);
        assert_eq!(find("箱のバーコードは4531367395035です"), None);
        assert_eq!(
            find("Karte 4072703967344"),
            Some((Kind::Card, "4072703967344"))
        );
        assert_eq!(
            find("paying with 4072703967344"),
            Some((Kind::Card, "4072703967344"))
        );
        let s = "El pedido 9951839576 se cargó en 4036684408024 el …";
        assert_eq!(
            find_at(s, "4036684408024"),
            Some((Kind::Card, "4036684408024"))
        );
        // Grouped, the card layout speaks for itself: only a label vetoes it.
        assert_eq!(
            find("EAN auf der Verpackung: 4072 7039 67344"),
            Some((Kind::Card, "4072 7039 67344"))
        );
        assert_eq!(find("EAN 4072 7039 67344"), None);
    }

    /// A customer's word names a person, whose phone the number is where
    /// a phone word or a call verb says so; with a word for "number" it
    /// names a record.
    #[test]
    fn the_number_a_customer_called_from_is_a_phone() {
        expect_phones(&[
            (
                "Müşteri 0554 854 96 17 numarasından aradı",
                "0554 854 96 17",
            ),
            ("Müşteri 05387486324 numarasından aradı", "05387486324"),
            ("고객이 010-4692-8274에서 전화, 환불 요청", "010-4692-8274"),
            ("客户来电18574927180，要求退款", "18574927180"),
            ("O cliente ligou do 919666272, pede reembolso", "919666272"),
            ("klant heeft gebeld vanaf 0612345678", "0612345678"),
            (
                "Klient dzwonił z numeru 126300029, prosi o zwrot",
                "126300029",
            ),
            ("折り返しは4039012327にお願いします。", "4039012327"),
            (
                "Estoy disponible en el 760563535 a partir de las 18:00",
                "760563535",
            ),
        ]);
        let s = "Kunde hat angerufen (016215792604), möchte Erstattung";
        assert_eq!(
            find_at(s, "016215792604"),
            Some((Kind::Phone, "016215792604"))
        );
        expect_nothing(&[
            "numéro client 804 663 110",
            "Müşteri numaram 0554 854 96 17",
            "customer number 0554 854 96 17 called",
            "고객번호 264 172 478",
            "Müşteri 05387486324",
            "Kundenummer: 035 128 1078 Dere når meg på",
            "customer no. 858 421 736 You can reach me at",
            "ग्राहक संख्या: 8025902280 - callback",
        ]);
        // Nor the digits of a UPS tracking number printed in groups.
        expect_nothing(&[
            "Package 1Z DHT PPN 82 6135 0841 shows as delivered",
            "tracking 1Z 0EE 9EW 68 8392 5172, ring me",
        ]);
        // A cell's id is no phone, whatever a phone word after it says.
        assert_eq!(find("<ns:CellId>ECI 148178048</ns:CellId>"), None);
    }

    /// A new number is a phone, where the customer says it is theirs; a
    /// tax number in a mobile's shape is not, nor an order number in a
    /// Greek landline's from an area code Greece does not have.
    #[test]
    fn review_twenty_five_new_numbers_and_tax_numbers() {
        expect_phones(&[
            ("My new number is 9024223138, the old one", "9024223138"),
            ("Nomor baru saya 088281157672.", "088281157672"),
            ("Naya number 0 98463 80244 hai", "0 98463 80244"),
            ("我换了新号码：9437 7811", "9437 7811"),
            ("Festnetz 016299644764, mobil", "016299644764"),
        ]);
        assert_eq!(
            find_at("call at 10am MST 0612345678", "0612345678"),
            Some((Kind::Phone, "0612345678"))
        );
        // Call phrases, signatures' abbreviations and layouts the review's
        // templates wrote.
        expect_phones(&[
            ("Escríbanme por WhatsApp al 11 8600-0458.", "11 8600-0458"),
            (
                "El repartidor puede llamar al 11 1912-2033.",
                "11 1912-2033",
            ),
            ("Pode me ligar no 97990-6280, estou", "97990-6280"),
            ("call me back on 91 73002 66638 Invoice", "91 73002 66638"),
            ("WA saya 6287017900047 ya kak", "6287017900047"),
            ("My number is 256777438534. Waiting", "256777438534"),
            ("Ennamba yange eri 256741081239. Mwebale.", "256741081239"),
            ("My selfoon nommer is 264 85 331 2228.", "264 85 331 2228"),
            ("Kurir bisa telepon ke 6287677647509.", "6287677647509"),
            ("Mera number 7688974146 hai.", "7688974146"),
            ("새 번호는 1600-3910입니다.", "1600-3910"),
            ("Proszę oddzwonić na 502778724.", "502778724"),
            ("Telem.: 933974818", "933974818"),
            ("Прошу позвонить на 89261971965.", "89261971965"),
            ("日中は17668625921につながります。", "17668625921"),
            ("واتساب: 627151917", "627151917"),
        ]);
        expect_nothing(&[
            "mobile 12 2024-2025",
            "ZIP 97990-6280",
            "phone IMEI 356938035643809",
            "order 6287017900047",
            "6287017900047",
            // Japan's twelve-digit individual number.
            "My Number 817791956744",
            // Accounts whose number an operator made a line's, an order
            // named after its number, an IMEI after a phone's label.
            "Номер акаунта 0956467751: рахунок",
            "Cont 0746685567: factura",
            "Asiakastili 0461339745: lasku",
            "מספר חשבון 0574424637: החשבונית",
            "Akaun 0168160406: bil",
            "アカウント番号09022700378：9月",
            "5090524589 numaralı siparişi 12/02/2024",
            "IMEI van de telefoon: 358754061219036.",
            "IMEI van de telefoon: 358754061219036",
            "Telefon: 358754061219036\n",
            // Devices' names in camel case name no phone field.
            r#"{"smartPhone":"356938035643809"}"#,
            r#"{"iPhone":"919424202078"}"#,
            r#"{"headPhone":"919424202078"}"#,
        ]);
        // After "my number", a run as long as Japan's individual number is
        // none, whatever its first digits.
        assert_eq!(find("My Number 387687276516"), None);
        expect_nothing(&[
            "Mã số thuế công ty 0985646583.",
            "MST: 0736970147",
            "الرقم الضريبي للشركة 504-061-450.",
            "Đơn hàng 296-2418558 của tôi",
            "0 12345 67890",
        ]);
    }

    /// German landlines with a five-digit area code and a seven-digit
    /// subscriber number; Polish ones from Kraków's 12 to 18, bare after a
    /// phone word.
    #[test]
    fn long_german_and_polish_landlines() {
        expect_phones(&[
            ("Tel. 06221 3298866", "06221 3298866"),
            ("call me on 06221/3298866", "06221/3298866"),
            ("Tel. 06221-3298866", "06221-3298866"),
            ("tel 126300029", "126300029"),
            ("Nowy numer telefonu: 122554634", "122554634"),
        ]);
        expect_nothing(&["Order 01234 5678901", "order 123389749", "123389749"]);
    }

    /// A key in camel case labels its value by its last word, as the same
    /// key in snake case does: ids stay ids, phone keys stay phone keys,
    /// and a brand's camel case (`iPhone`, `whatsApp`) is not split.
    #[test]
    fn camel_case_keys_label_by_their_last_word() {
        for key in [
            "externalId",
            "userID",
            "accountId",
            "itemEan",
            "parentTicketId",
        ] {
            for value in ["4062585178128", "4563907656828081"] {
                let s = format!("{{\"{key}\":\"{value}\"}}");
                assert_eq!(find_at(&s, value), None, "{s}");
                let s = format!("<crm:{key}>{value}</crm:{key}>");
                assert_eq!(find_at(&s, value), None, "{s}");
                let s = format!("{{\"{key}\": {value}}}");
                assert_eq!(find_at(&s, value), None, "{s}");
            }
        }
        // The card itself under a key of no record.
        assert_eq!(
            find_at("{\"cardNumber\":\"4563907656828081\"}", "4563907656828081"),
            Some((Kind::Card, "4563907656828081"))
        );
        assert_eq!(
            find_at("{\"iPhone\":\"4563907656828081\"}", "4563907656828081"),
            Some((Kind::Card, "4563907656828081"))
        );
        expect_phones(&[
            ("{\"whatsApp\":\"0612345678\"}", "0612345678"),
            ("{\"mobileNo\":\"0612345678\"}", "0612345678"),
            ("<t requesterPhone=\"06-13-77-39-53\" />", "06-13-77-39-53"),
            ("<t requester_phone='06-13-77-39-53' />", "06-13-77-39-53"),
            // Snake and kebab case qualify a phone key the same way.
            ("{\"seller_phone\":2348165012106}", "2348165012106"),
            ("{\"customer-mobile\": 66868355354}", "66868355354"),
        ]);
        assert_eq!(find("{\"contactId\":\"0612345678\"}"), None);
        for key in ["table_cell", "smart_phone", "x_phone"] {
            let s = format!("{{\"{key}\":66868355354}}");
            assert_eq!(find(&s), None, "{s}");
        }
    }

    #[test]
    fn layouts_of_unmodelled_plans_only_where_a_phone_word_labels_them() {
        expect_phones(&[
            ("Celular: (85) 97837 9603", "(85) 97837 9603"),
            ("Fone 21 2496-9780", "21 2496-9780"),
            ("Tel. 11 4454-2922", "11 4454-2922"),
            ("TEL：045(414)8759", "045(414)8759"),
            ("电话：0755-8138 6646", "0755-8138 6646"),
            ("Fax 1800-927-1553", "1800-927-1553"),
            ("Tel: 91-9059492254", "91-9059492254"),
            ("tél.06 12 34 56 78", "06 12 34 56 78"),
            ("T.0612345678", "0612345678"),
            ("Cel.0612345678", "0612345678"),
            ("TÉL.06 12 34 56 78", "06 12 34 56 78"),
            ("Tlf: 686298450", "686298450"),
            ("T. (71) 4146 6546", "(71) 4146 6546"),
            ("Перезвоните мне на 88120872063, пожалуйста", "88120872063"),
            ("📱2159843329", "2159843329"),
            ("📞 5559213886", "5559213886"),
            ("Potete contattarmi al 3283054806", "3283054806"),
        ]);
        expect_phones(&[
            ("휴대폰 032)337-4295로 연락 주세요", "032)337-4295"),
            ("M. 02)7461-7605", "02)7461-7605"),
            ("携帯：06(9539)9748", "06(9539)9748"),
            ("FAX 03(2712)4512", "03(2712)4512"),
            ("03(2712)4512", "03(2712)4512"),
            ("alt 1800-415-9706", "1800-415-9706"),
            ("Client: 06 12 34 56 78", "06 12 34 56 78"),
            (
                "Merci de rappeler le client au 06 31 77 21 38",
                "06 31 77 21 38",
            ),
            ("मुझे 91-8005996919 पर कॉल करें", "91-8005996919"),
            ("Tel.: 069 / 262 045 28", "069 / 262 045 28"),
            ("Festnetz 040 / 393 994 87", "040 / 393 994 87"),
        ]);
        expect_nothing(&[
            "Order 11 4454-2922",
            "call about my order 21 2496-9780",
            "ref 0755-8138 6646",
            "mobile 12 2024-2025",
            "Invoice 1800-927-1553",
            "v.0612345678",
            "Invoice 91-9059492254",
            "Số hóa đơn 805 165 392",
            "发票号: 855 984 454",
            "счёт №957 153 860",
            "(고객번호 264 172 478)",
            "numéro client 804 663 110",
            "numer klienta 760 383 093",
            "müşteri no: 837 768 386",
            "DHL zending: 96 3856 9487",
            "guía DHL nº 36 0423 5894",
            "rezerwacja 378-4565-7224",
            "m.kowalski: 3648887024?",
            "1) 234",
            "12)345-6789",
            "0151)23456789",
            "020)79460958",
        ]);
    }

    #[test]
    fn review_nineteen_labels_fields_and_layouts() {
        for (text, phone) in [
            // A carrier's MSISDN, its `+` left out, as text, XML and a
            // nested form field write it.
            ("SIM swap\nMSISDN: 447700900123\nIMEI: …", "447700900123"),
            ("<tns:Msisdn>351963654412</tns:Msisdn>", "351963654412"),
            ("a=1&customer[msisdn]=48663711859&b=2", "48663711859"),
            // A CSV field after one that ends in a digit.
            ("David,A1,020 7946 0958,x", "020 7946 0958"),
            ("a,19890-2525-7,773-943-7302,b", "773-943-7302"),
            ("x,5,(415) 555-0132,y", "(415) 555-0132"),
            // Turkish numbers with the area code bracketed, no trunk 0.
            ("Cep: (554) 006 77 32", "(554) 006 77 32"),
            // A service desk's line, not a customer's record.
            ("Customer Service: 020 7946 0958", "020 7946 0958"),
            ("Kundenservice: 030 12345678", "030 12345678"),
            ("Service clients : 01 33 58 65 17", "01 33 58 65 17"),
            ("Atención al cliente: 912 345 678", "912 345 678"),
            // An XML element named for a phone, after one that is not.
            (
                "<ns:Iban>DE89370400440532013000</ns:Iban><ns:AgentPhone>919 455 5412</ns:AgentPhone>",
                "919 455 5412",
            ),
            // Extensions in more languages.
            ("Tfn 08-129 29 41 ankn. 672 tack", "08-129 29 41 ankn. 672"),
            ("tel. 22 123 45 67 wewn. 12", "22 123 45 67 wewn. 12"),
            ("Tél : 01 42 68 53 00 p. 214", "01 42 68 53 00 p. 214"),
            ("Telefone: (11) 3333-4444 extensão 21", "(11) 3333-4444 extensão 21"),
            ("Telefone: (11) 3333-4444 r. 21", "(11) 3333-4444 r. 21"),
            ("هاتف: +971 4 123 4567 تحويلة 204", "+971 4 123 4567 تحويلة 204"),
            ("Điện thoại: 028 3822 1234 máy lẻ 105", "028 3822 1234 máy lẻ 105"),
            // Call verbs and hotline words; HL7 telecom fields; an XML
            // element's attributes.
            ("请拨打13812345678。", "13812345678"),
            ("Bana şu numaradan ulaşabilirsiniz: (519) 936 23 14.", "(519) 936 23 14"),
            ("Infolinia: 788819283", "788819283"),
            ("Горячая линия: 89083421371", "89083421371"),
            ("||0827 1863 7012^PRN^PH~^NET^Internet^a@b.id|0815^WPN^CP||", "0827 1863 7012"),
            ("tr. 5^^^^07206^ES||624 74 80 87^PRN^PH|792600759^WPN^CP||", "792600759"),
            ("<ws:PhoneNumber type=\"home\">6914 5327</ws:PhoneNumber>", "6914 5327"),
            ("<ns:Tel type=\"home\">30926061</ns:Tel>", "30926061"),
        ] {
            let start = text.find(phone).expect("the phone is in the text");
            assert_eq!(
                find_from(text, start),
                Some((Kind::Phone, phone)),
                "{text}"
            );
        }
        for (text, number) in [
            ("total 1,234,567 and more", "234,567"),
            ("pay 1,234.56 now", "234.56"),
            ("ranges 1,500-2,000 users", "500-2"),
            ("x Carteirinha: 896 379 968", "896 379 968"),
            ("Nr członkowski 827 003 192", "827 003 192"),
            ("MRN: 304 181 1405", "304 181 1405"),
            ("UTR: 88268 80804", "88268 80804"),
            ("{\"waybill\": \"81 9883 7286\"}", "81 9883 7286"),
            ("<th>SIN</th><td>209-192-962</td>", "209-192-962"),
            ("Ligue: 612 473 860 61892", "612 473 860 61892"),
            ("IMEISV: 3587590552335817", "3587590552335817"),
            ("Linha digitável: 03397.20393 56179", "03397.20393 56179"),
            ("\"partita_iva\":\"07471143474\"", "07471143474"),
            ("PID|1||7514263448^^^NORDIC^MR||X", "7514263448"),
            // (Only a customer's word makes a service desk: a service
            // order is still a record.)
            ("Service order: 020 7946 0958", "020 7946 0958"),
        ] {
            assert_eq!(find_at(text, number), None, "{text}");
        }
    }

    #[test]
    fn review_ten_and_eleven_phones() {
        // A phone after a record number, or opening with a bracketed area
        // code after another number; a phone word labels the number after
        // it.
        expect_phones_at(&[
            ("case 00123456 0412 345 678", "0412 345 678"),
            ("cvv 502 (860) 558-0082 is anyone there", "(860) 558-0082"),
            ("cb 8:30 (800) 555-0109", "(800) 555-0109"),
            (
                "Steuer-Identifikationsnummer: 19382457508 Mobil: 0174 1234567",
                "0174 1234567",
            ),
        ]);
        expect_phones(&[
            // Czech regional landlines, labelled; Colombia's 60x plan;
            // a Brazilian mobile run together after its area code.
            ("Tel.: 541 123 456", "541 123 456"),
            ("Cel.: 602 6913164", "602 6913164"),
            ("Tel (85) 996739424", "(85) 996739424"),
            // Phone and call words.
            ("Mi celu es 11 2505-5202.", "11 2505-5202"),
            ("Llamame al 11 2195-5768", "11 2195-5768"),
            ("marcar al (33) 1119-8520", "(33) 1119-8520"),
            ("Tlm.: 965898057", "965898057"),
            ("Zastihnete mě na čísle 606210171", "606210171"),
            ("Μπορείτε να με καλέσετε στο 6954153344", "6954153344"),
            ("rang back on 7635043736 2x, NA", "7635043736"),
            ("CLI 7635043736", "7635043736"),
        ]);
        // A form's unencoded `+` after a space written as one.
        let form = "m=M%C3%B3vil:++34736471704&a=b";
        let start = form.find("34736").unwrap();
        let text = RawText::with_plus_as_space(form.as_bytes(), true);
        assert_eq!(
            verify(
                &text,
                start,
                false,
                0,
                KindSet::ALL,
                &EarlierPhones::default()
            )
            .map(|m| &form[start..m.end]),
            Some("34736471704")
        );
        // A `+` as HTML writes it.
        expect_phones_at(&[
            (
                "<div>Direct line: &plus;27 79 555 1010</div>",
                "&plus;27 79 555 1010",
            ),
            ("Tel &#43;44 20 7946 0958<br>", "&#43;44 20 7946 0958"),
        ]);
        for (text, number) in [
            (
                "Steuer-Identifikationsnummer: 19382457508 Mobil: 0174 1234567",
                "19382457508",
            ),
            ("Ausweis 19382457508 Mobil: 0174 1234567", "19382457508"),
        ] {
            assert_eq!(find_at(text, number), None, "{text}");
        }
        expect_nothing(&[
            // Identifier words, and a Canadian SIN only as a marked label.
            "SIN: 282 908 854.",
            "social insurance number 282 908 854",
            "tax file number 890 926 603",
            "member no 203 610 725",
            "Caller: member no 42068242",
            "direct deposit: 021000021",
            "ΑΜΚΑ: 07117949037",
            "P. IVA 09371280877",
            "Vergi no: 0306413355",
            "Contribuinte n.º 297 411 365",
            // A CUIT's check digit; an expiry after a card; a Czech-shaped
            // number nothing labels.
            "x 20-36762945-3",
            "01/2025 8528",
            "x 541 123 456",
            "Contact: 551 443 377 00082?",
            // Bare, but in capitals; a French claim, leases, land parcels.
            "SIN 929 874 535",
            "NAS 046-454-286",
            "sinistre n° 710 089 3309",
            "Mietvertrag Nr. 0112708351",
            "Lease # 0112708351",
            "APN 7437-285-984",
            "Flurstück 6246-145-057",
        ]);
        assert_eq!(
            find_at("Boleto 37257.32968 69910.399148 02357.656941 8", "02357"),
            None
        );
        assert_eq!(
            find("llamame sin 612 345 678"),
            Some((Kind::Phone, "612 345 678"))
        );
        // A leasing office's number is a phone's.
        assert_eq!(
            find("Leasing office: 929 874 535"),
            Some((Kind::Phone, "929 874 535"))
        );
        // A second line, and the best one, offered in words.
        expect_phones(&[
            ("or landline 22 47 20 96", "22 47 20 96"),
            ("Best number: 9162 9344", "9162 9344"),
            ("Puh. 22 47 20 96", "22 47 20 96"),
            (r#"{"field":"phone","value":"22 47 20 96"}"#, "22 47 20 96"),
        ]);
        assert_eq!(
            find_at("Tlf.: 28 63 02 55, alt. 73 16 30 02", "73 16 30 02"),
            Some((Kind::Phone, "73 16 30 02"))
        );
        // A vCard's TEL property, whatever its types; dialling asked for in
        // traditional characters.
        expect_phones(&[
            ("TEL;TYPE=WORK:98341328", "98341328"),
            ("請撥97169312與我聯絡", "97169312"),
        ]);
        assert_eq!(
            find_at("item1.TEL;type=pref:2296 8209", "2296"),
            Some((Kind::Phone, "2296 8209"))
        );
        // Identity, tax and tracking numbers in Pakistan, Turkey, Chile and
        // Russia.
        expect_nothing(&[
            "CNIC 09029281358",
            "TCKN 07377288104",
            "RUT 612 345 678",
            "Трек-номер 0817 2235 4297",
            "X-TEL;TYPE=WORK:2296 8209",
            // A service request, a loan, an XRP destination tag, a document,
            // an account abbreviated; Mexico's interbank account and a
            // German loan's number, which a card range may hold.
            "SR 645-708-7064",
            "loan number 0851094821",
            "destination tag 0681053944",
            "document no. 686 216 404",
            "A/c No. 09939797873",
            "CLABE 399251281208592673",
            "Kreditnummer 4292568665474",
            "CLABE interbancaria 646180157000000004",
            "pspReference 9804017512783484",
            "IBAN: 3813 0198 2252 1119 51 verification code 5668",
            // Social security numbers by name, Austria's too; certificates.
            "Social security: 046 454 286",
            r#"{"social_security":"046 454 286"}"#,
            "SV-Nummer 1234 010180",
            "Cert. 0867-2786-3562",
            "certificado n.º 0867-2786-3562",
            // Brazil's postal code, under any label that names it (Turkish
            // `cep`, a mobile, labels ten digits or eleven), and a
            // shipment's `guia`.
            "CEP 84325064",
            "CEP: 84325-064",
            r#"{"cep":"84325064"}"#,
            "guia 0442879507",
            // A Brazilian invoice's key in fours: its fifth group, `0190`, is
            // no expiry.
            "chave 3523 0912 3456 7800 0190 5500 1000 0012 3410 0012 3456",
        ]);
        assert_eq!(
            find("Cep: 0532 123 45 67"),
            Some((Kind::Phone, "0532 123 45 67"))
        );
        // But a title before a name, and a loan's officer, name no number.
        expect_phones(&[
            ("Sr. Pérez 612 345 678", "612 345 678"),
            ("Loan officer: 0612345678", "0612345678"),
        ]);
        // A card read out on the phone is a card.
        assert_eq!(
            find("As discussed on the phone: 4094791125940"),
            Some((Kind::Card, "4094791125940"))
        );
        // The tail of an IBAN in groups of four.
        assert_eq!(find_at("IBAN IE17 BOFI 0177 4341 2735 13", "0177"), None);
    }

    #[test]
    fn polish_german_and_austrian_layouts() {
        expect_phones(&[
            (r#""phone":"32 697 15 39""#, "32 697 15 39"),
            ("Cell: 518 259 390", "518 259 390"),
            ("tel. 508 145 874", "508 145 874"),
            ("Mob: 01573 7126535", "01573 7126535"),
            ("Tel. 0231 3481180-0", "0231 3481180-0"),
            ("Handy 0681 57712245", "0681 57712245"),
        ]);
        expect_nothing(&["Rechnung 0231 3481180-0", "Tel. 0231 3481-0"]);
        // Outside Poland's plan, but labelled as a phone (a Czech landline
        // is written so): read as a plain grouping.
        assert_eq!(find("tel. 528 145 874"), Some((Kind::Phone, "528 145 874")));
    }

    #[test]
    fn extensions_emphasis_and_csv_fields() {
        expect_phones(&[
            ("Telefon: 0221 7029-740\n", "0221 7029-740"),
            ("au *06 20 34 76 61*.\"", "06 20 34 76 61"),
            (
                "Patel,(514) 671-7772 ext. 2971,557111381",
                "(514) 671-7772 ext. 2971",
            ),
            ("Direct: 8884052047", "8884052047"),
            ("Tel.: 88614366465 доб. 12 |", "88614366465 доб. 12"),
            ("Móvil: 718.22.75.61 · Email", "718.22.75.61"),
            ("komórka: 697474780 wew. 12 :)", "697474780 wew. 12"),
            ("手机：13061463461 转12。", "13061463461 转12"),
            ("Phone: (31) 3281-4159 ramal 45", "(31) 3281-4159 ramal 45"),
            ("T: 021 409 5161 Ext: 1215", "021 409 5161 Ext: 1215"),
            (
                "tel +90 (532) 549 79 21 ext:86 ok",
                "+90 (532) 549 79 21 ext:86",
            ),
            ("Our office line is 4034354587, ask", "4034354587"),
            // Extension words of other languages, raw and escaped.
            (
                "Tel. no.: +63 (935) 994-3657 loc. 913",
                "+63 (935) 994-3657 loc. 913",
            ),
            (
                "Telefon: +90 216 776 71 89 dahili 640",
                "+90 216 776 71 89 dahili 640",
            ),
            ("Tel +420 212 345 678 linka 12", "+420 212 345 678 linka 12"),
            (
                "Tel: +36 1 234 5678 mellék: 12",
                "+36 1 234 5678 mellék: 12",
            ),
            (
                "тел. +380 44 123 45 67 дод. 12",
                "+380 44 123 45 67 дод. 12",
            ),
            ("전화 02-1234-5678 내선 123", "02-1234-5678 내선 123"),
            ("โทร 02-123-4567 ต่อ 12", "02-123-4567 ต่อ 12"),
            ("טלפון 03-1234567 שלוחה 12", "03-1234567 שלוחה 12"),
            (
                r"+7 (495) 292-80-52 \u0434\u043e\u0431. 420",
                r"+7 (495) 292-80-52 \u0434\u043e\u0431. 420",
            ),
            (
                r"03-1234-5678 \u5185\u7dda 123",
                r"03-1234-5678 \u5185\u7dda 123",
            ),
        ]);
        assert_eq!(
            find_at("see you at 5 +234 816 718 2077 (after 6pm)", "+234"),
            Some((Kind::Phone, "+234 816 718 2077"))
        );
        assert_eq!(
            find("返金は*4963 0348 7305 3470*のカードへ"),
            Some((Kind::Card, "4963 0348 7305 3470"))
        );
        // Fours down to a shorter tail, spaced throughout: an IBAN's tail.
        expect_nothing(&["IBAN DE12 0221 7029 740"]);
    }

    #[test]
    fn doubled_spaces_join_groups() {
        assert_eq!(
            find("carte n° 5430  6138  0970  8240 merci"),
            Some((Kind::Card, "5430  6138  0970  8240"))
        );
        assert_eq!(
            find("tél. 06  12  34  56  78"),
            Some((Kind::Phone, "06  12  34  56  78"))
        );
        // Inside a run of fours (an IBAN), no card starts after a doubled
        // space any more than after a single one.
        assert_eq!(
            find_at(
                "IBAN FR76  3000  6000  4111  1111  1111  1111",
                "4111  1111  1111  1111"
            ),
            None
        );
        // Three spaces still part groups.
        assert_eq!(find("carte 5430   6138   0970   8240"), None);
    }

    #[test]
    fn a_date_after_a_phone_is_not_part_of_it() {
        expect_phones(&[
            ("De : +44 29 2054 9573 2023-01-25", "+44 29 2054 9573"),
            ("Von: +33 6 36 55 47 97 11.07.2024", "+33 6 36 55 47 97"),
        ]);
        // A group in the same layout still carries the number on.
        assert_eq!(find("tel +33 6 36 55 47 97 11 07"), None);
    }

    #[test]
    fn more_national_layouts() {
        expect_phones(&[
            // An area code set apart by a spaced slash or dash.
            ("Tel. 030 / 36242581", "030 / 36242581"),
            ("Tel.: 0231/ 7085330", "0231/ 7085330"),
            ("Handy 0172 - 9992014", "0172 - 9992014"),
            ("Fax 06221 / 90913", "06221 / 90913"),
            // Belgium, Sweden, Ireland, the Emirates, Italy, Switzerland.
            ("Tel.: 09 247 11 58", "09 247 11 58"),
            ("Phone: 056 65 59 85", "056 65 59 85"),
            ("tel 08-947 277 85", "08-947 277 85"),
            ("phone (091) 473 098", "(091) 473 098"),
            (r#""phone": "03 589 3358""#, "03 589 3358"),
            ("T. 0471 57610", "0471 57610"),
            ("tel. 045 948769", "045 948769"),
            ("Tél. : 043.561.18.05", "043.561.18.05"),
            ("Tel. 04.251.58.47", "04.251.58.47"),
            // Mexico, Colombia, Argentina, Brazil.
            ("Cell: 33 7981 8679", "33 7981 8679"),
            ("tel 81-3277-2241", "81-3277-2241"),
            ("Tel. 300 1878370", "300 1878370"),
            ("fijo (601) 8521919", "(601) 8521919"),
            ("M 011 15-4282-3443", "011 15-4282-3443"),
            ("celular 0351 15-670-7296", "0351 15-670-7296"),
            ("whatsapp 21908113474", "21908113474"),
            ("telefone 289248835", "289248835"),
            // Italian mobiles in pairs, Turkish ones without the trunk 0,
            // where a phone word labels them.
            ("Tel. 367 66 49 789", "367 66 49 789"),
            (r#""ticket_contact_phone":"326 34 33 717""#, "326 34 33 717"),
            ("Tel 538 335 11 69", "538 335 11 69"),
            // Vietnamese and Romanian mobiles written with dots, no word
            // needed where a Belgian company number's key does not fit.
            (r#""answer": "0748.492.377","#, "0748.492.377"),
            // A short group glued to a word after a number is no part of
            // its layout (`10am`, `21st`).
            ("Tel 06 12 34 56 78 10am", "06 12 34 56 78"),
            ("call 0470 12 34 56 21st", "0470 12 34 56"),
            ("sđt em 0832.347.209 gọi", "0832.347.209"),
        ]);
        assert_eq!(
            find("ma carte : 4976686681104020 - 8 533 517,78 EUR"),
            Some((Kind::Card, "4976686681104020"))
        );
        expect_nothing(&[
            // A Belgian company number (its key fits), an IPv4 address, a
            // year range, a date, a bare run without a phone word.
            "numéro d'entreprise 0465.726.134",
            "BE 0403.199.702",
            "KBO 0202.239.951",
            "0490.052.316",
            "0801.234.549",
            "server 10.112.58.47",
            "Zeitraum 2019 - 2023 bis 2024",
            "am 01.02.2024 / 15:00",
            "Summe 289248835",
            "Bestellung 030 / 36242581",
            "re: 58-76622-94337",
            "IBAN: GB12 BWKI 0164 3339 9466 81",
        ]);
    }

    #[test]
    fn indonesian_brazilian_turkish_greek_and_chinese_layouts() {
        expect_phones(&[
            ("HP: 0813-9928-0057", "0813-9928-0057"),
            ("telp 0815 7343 2299", "0815 7343 2299"),
            ("WA 0812-0522-788", "0812-0522-788"),
            ("Tel: 081234567890", "081234567890"),
            ("celular 11 93032-9185", "11 93032-9185"),
            ("cel 11 9 4397-0586", "11 9 4397-0586"),
            ("Cep: 0 (555) 067 34 78", "0 (555) 067 34 78"),
            ("Tel: 0555 067 34 78", "0555 067 34 78"),
            ("Τηλ. 210 6250612", "210 6250612"),
            ("τηλ: 2310 844255", "2310 844255"),
            ("电话：0755-84926603", "0755-84926603"),
            ("tel. (22) 107 02 74", "(22) 107 02 74"),
            ("Cel: +52 1 55 2532 5427", "+52 1 55 2532 5427"),
            ("Κιν.: 6989569430", "6989569430"),
            ("Моб.: 89123456789", "89123456789"),
        ]);
        expect_nothing(&[
            "IBAN DE89 0813 9928 0057",
            "Summe 081234567890",
            "Bestellung am 2024 014690",
            r#""value":"2024-014690""#,
        ]);
    }

    #[test]
    fn messaging_fields_hold_international_numbers() {
        expect_phones(&[
            (r#"{"wa_id":"447911123456"}"#, "447911123456"),
            (
                r#"{"from": "5511930329185","id":"wamid.x"}"#,
                "5511930329185",
            ),
            (r#"{"msisdn": 447911123456}"#, "447911123456"),
            (r#"{"phone_number":"0612345678"}"#, "0612345678"),
            // A form's or a CRM's phone field, the `+` left out.
            (r#"{"phone":40799100034,"card":"x"}"#, "40799100034"),
            // Salesforce's custom fields, named with `__c`.
            (r#"{"SmsNumber__c":525584166110}"#, "525584166110"),
            (r#"{"MobilePhone__c":"447911123456"}"#, "447911123456"),
            (r#"{"Phone": "447911123456"}"#, "447911123456"),
            (r#"{"mobilePhone":"66840825693"}"#, "66840825693"),
            (r#"{"tel": "0612345678"}"#, "0612345678"),
            // Call records' calling and called numbers, and shop exports'
            // contact columns.
            (r#"{"src":"491721188463","dst":"100"}"#, "491721188463"),
            (r#"{"callee": "33438075124"}"#, "33438075124"),
            (r#"{"CallerID":"12069026450"}"#, "12069026450"),
            (r#"{"billing_phone":"739941031"}"#, "739941031"),
            // Camel case: a key that ends in a phone key's word.
            (r#"{"billingPhone":"739941031"}"#, "739941031"),
            (r#"<t requesterMobile="122718213"/>"#, "122718213"),
            ("homePhone: 964434281", "964434281"),
            // A phone field holds a phone of some country, whichever plan
            // it follows: Polish, Portuguese and Brazilian national
            // numbers, which no plan here reads bare.
            (r#"{"phone": "122718213"}"#, "122718213"),
            ("<crm:phone>964434281</crm:phone>", "964434281"),
            (r#"{"mobile":"8542584436","x":1}"#, "8542584436"),
            (r#"{"Teléfono":"34954507537"}"#, "34954507537"),
            (r#"{"Billing Phone":"739941031"}"#, "739941031"),
            (r#"{"телефон": "79161234567"}"#, "79161234567"),
            (r#"<Call callee="821029108685" dir="in"/>"#, "821029108685"),
            // A German WhatsApp id that is also a Luhn-valid Visa's length
            // and prefix: a phone, where a phone field holds it.
            (
                r#"{"display_phone_number":"4917150606912"}"#,
                "4917150606912",
            ),
        ]);
        // (A lone bracketed run is read from its first digit.)
        assert_eq!(
            find_at("Mi celular: (5592530828)\n", "5592530828"),
            Some((Kind::Phone, "5592530828"))
        );
        expect_nothing(&[
            r#"{"id":"447911123456"}"#,
            r#"{"phone_id":"447911123456"}"#,
            r#"{"headphone":"447911123456"}"#,
            r#"{"from":"99912345678"}"#,
            r#"{"wa_id":"2024"}"#,
            // A key that names other things too, or a placeholder.
            r#"{"dst":"964434281"}"#,
            r#"{"replyTo":"964434281"}"#,
            r#"{"validTo":"20251231"}"#,
            r#"{"phone":"0000000000"}"#,
            r#"{"Phone":"(000) 000-0000"}"#,
            r#"{"phone":"1234567890"}"#,
            "<mobile>+00 000 000 000</mobile>",
            // A bare number as masking leaves it: a re-check pass reads it
            // again.
            r#"{"msisdn": 900000000000}"#,
        ]);
    }

    #[test]
    fn review_twenty_one_keys_and_enclosing_objects() {
        // Twilio's WhatsApp webhook, a form post: the sender's number
        // without its `+`, in a key written in camel case.
        let form = "ApiVersion=2010-04-01&ProfileName=John+Smith&WaId=918154359351";
        assert_eq!(
            find_at(form, "918154359351"),
            Some((Kind::Phone, "918154359351"))
        );
        expect_phones(&[
            (r#"{"WaId":"34726293591"}"#, "34726293591"),
            (
                r#"{"phone":{"type":"mobile","value":"0612345678"}}"#,
                "0612345678",
            ),
        ]);
        // An order's number, as a checkout payload nests it: the object's
        // key names the member; a card's number under `card` stays a card.
        for order in [
            r#"{"order":{"id":4567218842557,"number":"4374904842520309","total":702.73}}"#,
            r#"{"order": {"id": 5117039919353, "number": "4374904842520309"}}"#,
            r#"{"order":{"number":4374904842520309}}"#,
        ] {
            assert_eq!(find(order), None, "{order}");
        }
        for card in [
            r#"{"payment":{"card":{"number":"4374904842520309"}}}"#,
            r#"{"card":{"brand":"visa","number":"4374904842520309"}}"#,
            // Printed in a card's groups, a card under any label.
            r#"{"order":{"number":"4374 9048 4252 0309"}}"#,
        ] {
            assert_eq!(find(card).map(|(k, _)| k), Some(Kind::Card), "{card}");
        }
    }

    #[test]
    fn a_card_read_back_in_groups_of_its_own_is_taken_where_a_card_word_labels_it() {
        for (text, card) in [
            (
                "kortnummer 44 64 9101 1272 0462 udløb",
                "44 64 9101 1272 0462",
            ),
            (
                "card number 48 67 7658 6161 5427 exp",
                "48 67 7658 6161 5427",
            ),
            (
                "my card is 522 239 627 153 6495 CVV",
                "522 239 627 153 6495",
            ),
            ("κάρτα 48 29 3875 2142 5829.", "48 29 3875 2142 5829"),
            (
                "kortnummer 62305 87657 42584 7196",
                "62305 87657 42584 7196",
            ),
        ] {
            assert_eq!(find_at(text, card), Some((Kind::Card, card)), "{text}");
        }
        // A card word with what kind of card it is, or whose card, between
        // it and the number, in the languages people write them.
        let card = "601 134 029 916 4156";
        for words in [
            "carte de crédit",
            "ma carte bancaire",
            "mi tarjeta de crédito es",
            "cartão de crédito",
            "karta kredytowa",
            "carta di credito",
            "creditcardnummer",
            "kreditkort",
            "kort",
            "pankkikortti",
            "bankkártya",
            "kartu kredit saya",
            "kad kredit",
            "כרטיס אשראי",
            "thẻ tín dụng",
            "thẻ visa của em",
            "เลขบัตร",
            "بطاقة الائتمان",
            "رقم البطاقة",
        ] {
            let text = format!("{words} {card}.");
            assert_eq!(find_at(&text, card), Some((Kind::Card, card)), "{text}");
        }
        // A Thai id card's number is no card, in Visa's old length either.
        assert_eq!(find("เลขบัตรประชาชน 4279664514631"), None);
        assert_eq!(find("เลขบัตรประชาชน 601 134 029 916 4156"), None);
        // Not without one, nor after another word.
        for text in [
            "44 64 9101 1272 0462",
            "call me 44 64 9101 1272 0462",
            "order 44 64 9101 1272 0462",
        ] {
            assert_ne!(find(text).map(|(k, _)| k), Some(Kind::Card), "{text}");
        }
    }

    #[test]
    fn ids_that_look_like_cards_in_webhooks_and_bank_accounts_are_none() {
        // Signed 64-bit ids, a message's token, Google Forms' submission
        // id, Scandinavian and Hungarian bank accounts.
        for text in [
            "fbzx=-3005040638082221792",
            r#"{"id": -4111111111111111}"#,
            r#"{"message_token":4976600141396089792,"x":1}"#,
            "fbzx=4839277556154503134",
            "számlaszám 60027249-03971323 x",
            "kontonummer 4898-724 442 531 x",
        ] {
            assert_ne!(find(text).map(|(k, _)| k), Some(Kind::Card), "{text}");
        }
        // A dash after a word is no sign.
        assert_eq!(
            find_at("card -4111 1111 1111 1111", "4111"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
    }

    #[test]
    fn indonesian_mobiles_of_thirteen_digits() {
        expect_phones_at(&[
            ("ini nomorku 0819-3473-39843 ya", "0819-3473-39843"),
            ("hubungi 0852-2654-01485 ya", "0852-2654-01485"),
        ]);
        expect_nothing(&["IBAN GB09 HBUK 0895 3898 38398"]);
    }

    /// Customer, account and meter numbers of utilities and shops, as
    /// messages name them, are records, however phone-like their digits.
    #[test]
    fn utility_and_shop_records_in_messages() {
        expect_nothing(&[
            "correo n de suministro 01151299280 buen dia",
            "เลขผู้ใช้ไฟ 0914063140 สวัสดีค่ะ",
            "bán xe đạp stk 0857636392 lúc 16:30",
            "hello consumer no 044-5787 9795 hello",
            "merhaba abone no 0530 638 88 67.",
            "room 474 รหัสลูกค้า 0873851117",
            "شكرا رقم العداد 050-802-3582 هلا",
            "hi shop mã kh 0333234594 tổng",
            "привіт договір 0952406900",
            "привет л/с 0932658314 - ответьте",
            "le 21/7, PDL 0746714016. le livreur",
            "包裹還沒到 客戶編號0800-237-165 請問",
        ]);
        // The phone word nearer a number still names it.
        assert_eq!(
            find_at("帳號 0911780090, 手機: 0927-962151", "0927"),
            Some((Kind::Phone, "0927-962151"))
        );
    }

    #[test]
    fn review_twenty_two_words() {
        // Messengers and "my number" name the number after them…
        expect_phones_at(&[
            ("nummeret mitt er 55 64 52 69", "55 64 52 69"),
            ("ini nomorku 0819-3473-3984 ya", "0819-3473-3984"),
            ("viber 6993467180", "6993467180"),
            ("me chama no whats 85981411933", "85981411933"),
            ("solo efectivo wsp 3122375260 ok", "3122375260"),
            ("mi wasap 3001234201, hola", "3001234201"),
            ("привет - вотсап 89995765704 почта", "89995765704"),
        ]);
        // …and ids, shipments and orders name theirs.
        expect_nothing(&[
            "TAJ: 611 785 289 ok",
            "CCCD 082671174465 zalo",
            "no resi 6945806181.",
            "comanda nr. 296840471 x",
            "pakkenummer 4512345678 ok",
            "IČO 27082440 a",
        ]);
    }

    #[test]
    fn an_iban_tail_is_no_indonesian_mobile() {
        assert_eq!(find_at("IBAN GB09 HBUK 0895 3898 3839 80", "0895"), None);
        assert_eq!(
            find_at("HP 0895 3898 3839", "0895"),
            Some((Kind::Phone, "0895 3898 3839"))
        );
    }

    #[test]
    fn whatsapp_links_hold_international_numbers() {
        expect_phones(&[
            ("https://wa.me/16172276366", "16172276366"),
            (
                "WhatsApp: https://wa.me/5541951344814?text=oi",
                "5541951344814",
            ),
            (
                "api.whatsapp.com/send?phone=393884905796&text=ciao",
                "393884905796",
            ),
        ]);
        expect_nothing(&[
            // No calling code of that length, or not a WhatsApp link.
            "https://wa.me/99912345678",
            "https://example.com/orders/5541951344814",
        ]);
    }

    #[test]
    fn russian_national_numbers() {
        expect_phones(&[
            ("Телефон: 8 (499) 398-57-73", "8 (499) 398-57-73"),
            ("сотовый: 8-301-165-10-68.", "8-301-165-10-68"),
            ("звоните 8 800 555 35 35", "8 800 555 35 35"),
            ("тел. 8(495)1234567", "8(495)1234567"),
            ("мобильный 8 916 1234567", "8 916 1234567"),
            ("Fax: 88128417527", "88128417527"),
            ("тел.: (495) 123-45-67", "(495) 123-45-67"),
            ("тел.: 495 123-45-67", "495 123-45-67"),
        ]);
        // Mixed separators, or no trunk 8 before the area code, labelled as
        // a phone: read as a plain grouping.
        expect_phones(&[
            ("тел. 8-916 123-45 67", "8-916 123-45 67"),
            ("тел. 495-123-45-67", "495-123-45-67"),
        ]);
        expect_nothing(&[
            // Not a Russian area code, a bare run without a phone word, an
            // identifier.
            "тел. 8 (199) 398-57-73",
            "итого 89161234567",
            "Заказ № 8 800 555 35 35",
        ]);
    }

    #[test]
    fn phones() {
        assert_eq!(
            find("call (415) 555-0132."),
            Some((Kind::Phone, "(415) 555-0132"))
        );
        assert_eq!(
            find("mobile 098765 43210"),
            Some((Kind::Phone, "098765 43210"))
        );
        assert_eq!(find("ref 012345 67890"), None, "not a mobile prefix");
        for (text, phone) in [
            ("ligue (11) 91234-5678 amanhã", "(11) 91234-5678"),
            ("fixo (21) 3456-7890.", "(21) 3456-7890"),
            ("手机 138 0013 8000", "138 0013 8000"),
            ("Tel. 044 668 18 00", "044 668 18 00"),
            ("gsm 0470 12 34 56", "0470 12 34 56"),
        ] {
            assert_eq!(find(text), Some((Kind::Phone, phone)), "{text}");
        }
        assert_eq!(
            find("+44 (0)20 7123 4567"),
            Some((Kind::Phone, "+44 (0)20 7123 4567"))
        );
        assert_eq!(
            find("+33 6 12 34 56 78 merci"),
            Some((Kind::Phone, "+33 6 12 34 56 78"))
        );
        assert_eq!(
            find("06 12 34 56 78"),
            Some((Kind::Phone, "06 12 34 56 78"))
        );
        assert_eq!(
            find("415-555-0132 ext. 204"),
            Some((Kind::Phone, "415-555-0132 ext. 204"))
        );
        assert_eq!(
            find("415.555.0132 x204;"),
            Some((Kind::Phone, "415.555.0132 x204"))
        );
        assert_eq!(find("call 4155550132"), Some((Kind::Phone, "4155550132")));
        assert_eq!(find("order 4155550132"), None);
        assert_eq!(find("on 2024-05-03"), None);
        assert_eq!(find("ip 192.168.100.200"), None);
        assert_eq!(find("0044 0532 0130 00"), None);
    }

    #[test]
    fn country_codes_in_brackets() {
        for (text, phone) in [
            ("Móvil (+34) 612 345 678", "(+34) 612 345 678"),
            ("Mobile: (+91) 98765 43210.", "(+91) 98765 43210"),
            ("Portable : (+33) 6 12 34 56 78", "(+33) 6 12 34 56 78"),
            ("Handy (+49) 151 23456789", "(+49) 151 23456789"),
            ("tel +(34) 612 345 678", "+(34) 612 345 678"),
            ("call (+1) 415-555-0132", "(+1) 415-555-0132"),
        ] {
            assert_eq!(find(text), Some((Kind::Phone, phone)), "{text}");
        }
        // The bracket holds the code alone, and a real one.
        assert_eq!(find("tel (+346) 12 345 678"), None);
        assert_eq!(find("code (+999) 612 345 678"), None);
    }

    #[test]
    fn german_numbers_grouped_within_the_subscriber_number() {
        for number in [
            "0151 2345 6789",
            "0160-4834-9199",
            "0176 123 456 78",
            "089 123 456 78",
            "0664 123 45 67",
            // DIN 5008: a dash before the extension.
            "040 23120-002",
            "089 649797-927",
            "0221 925678-867",
        ] {
            assert_eq!(
                find(&format!("Tel. {number}.")),
                Some((Kind::Phone, number))
            );
        }
        // Fours down to a shorter tail: an IBAN's groups, not a phone.
        assert_eq!(find_at("IBAN NL91 ABNA 0417 1643 00", "0417"), None);
        assert_eq!(find_at("IBAN GB61 BARC 0200 0537 0915 92", "0200"), None);
        assert_eq!(find("Bestellnr. 0123 4567 8901"), None);
    }

    #[test]
    fn brackets_and_emphasis_stay_outside_the_span() {
        for (text, kind, value) in [
            ("call me (0612345678)", Kind::Phone, "0612345678"),
            (
                "my card is **5555 5555 5555 4444**",
                Kind::Card,
                "5555 5555 5555 4444",
            ),
            (
                "WhatsApp: *+34 612 345 678*",
                Kind::Phone,
                "+34 612 345 678",
            ),
            ("card *4111111111111111*.", Kind::Card, "4111111111111111"),
            (
                "Karte: _6258 7895 2059 7679_ danke",
                Kind::Card,
                "6258 7895 2059 7679",
            ),
        ] {
            let start = text.find(value).unwrap_or(0);
            assert_eq!(find_from(text, start), Some((kind, value)), "{text}");
        }
        // An underscore inside an identifier is no emphasis.
        assert_eq!(find_at("order_4111111111111111_x", "4111"), None);
        // Three asterisks or a letter after them: not emphasis either.
        assert_eq!(find("x 4111 1111 1111 1111*** y"), None);
        assert_eq!(find("x 4111111111111111*a"), None);
    }

    #[test]
    fn cards_glued_to_words() {
        for (text, card) in [
            (
                "pobrano dwa razy z karty4266845215421560 - pozdrawiam",
                "4266845215421560",
            ),
            (
                "card number ko po ay3411 111558 48883 exp 09/28",
                "3411 111558 48883",
            ),
            (
                "mitt kortnummer är3411 110017 94356 giltigt",
                "3411 110017 94356",
            ),
            ("Karty4266845215421560 x", "4266845215421560"),
            (
                "Paid with 4111 1111 1111 1111 2nd time",
                "4111 1111 1111 1111",
            ),
            (
                "von der Kreditkarte 4916821041280870abgebucht",
                "4916821041280870",
            ),
            ("la carte 4916821041280870, merci", "4916821041280870"),
        ] {
            assert_eq!(find(text), Some((Kind::Card, card)), "{text}");
        }
        // Not after a prefix, a name or a path, not in a hash, an address
        // or a domain, not after a word in capitals, and never a phone.
        expect_nothing(&[
            "SKU4111111111111111",
            "KArty4266845215421560",
            "abc1def4111111111111111",
            "c7f3a9e14111111111111111",
            "x.karty4266845215421560",
            "/img/card4266845215421560",
            "user_4266845215421560",
            "4266845215421560abc.com",
        ]);
        // A phone glued to a word is one where a phone word labels it.
        for (text, phone) in [
            ("proszę dzwonić pod785 590 180 x", "785 590 180"),
            ("kena tagih hp saya081271781782 no resi", "081271781782"),
            ("ring mig på mobil nr0612345678", "0612345678"),
            ("sđt em (+84) 778664162gọi giúp", "(+84) 778664162"),
        ] {
            assert_eq!(find(text), Some((Kind::Phone, phone)), "{text}");
        }
        expect_nothing(&["abc0612345678 x", "order0612345678", "version2 1234567"]);
        assert_eq!(find("4266845215421560jane@example.com"), None);
    }

    /// Layouts a phone word or a call verb must speak for, and the
    /// phrases that ask to be reached at them.
    #[test]
    fn worded_layouts_of_a_forms_review() {
        expect_phones_at(&[
            (
                "telefoniczny pod numerem 58 7859710, najlepiej",
                "58 7859710",
            ),
            ("skontaktować pod 61 5307931 lub", "61 5307931"),
            ("καλέστε με στο 694 6293874, κατά", "694 6293874"),
            ("You can reach me on 408/814-3025 or email", "408/814-3025"),
            (
                "Sie erreichen mich unter 0159-1982 9580 oder",
                "0159-1982 9580",
            ),
            ("Podem falar comigo pelo 913791837 ou", "913791837"),
            ("请回电19347532818，谢谢", "19347532818"),
            ("Por favor márquenme al (81) 6372 1112", "(81) 6372 1112"),
        ]);
        expect_nothing(&[
            "Order 58 7859710 shipped",
            "<VATNumber>46-7323887</VATNumber><Fax></Fax>",
            "invoice 404/255-8890",
            "58 7859710",
            "694 6293874",
            "ref 305/662-8228",
        ]);
    }

    /// Numbers as a review of less common locales wrote them: Zulu's
    /// locative joined by a hyphen, Lithuania's and Kazakhstan's trunk 8,
    /// Latvia's 2-3-3, and the words that ask to be called at them.
    #[test]
    fn numbers_of_less_common_locales() {
        expect_phones_at(&[
            ("Ngishayele ku-062 213 0603.", "062 213 0603"),
            ("futhi ku-+27 11 398 0211 emva", "+27 11 398 0211"),
            ("Telefonas: 8 (46) 491 710 |", "8 (46) 491 710"),
            ("Galite man paskambinti 8-682-65412", "8-682-65412"),
            ("Маған 8 (727) 821 38 92 нөміріне", "8 (727) 821 38 92"),
            ("Маған 8 701 192 5060 нөміріне", "8 701 192 5060"),
            ("Tālrunis: 28 267 851", "28 267 851"),
            ("Lūdzu, atzvaniet uz 22 440 923", "22 440 923"),
            ("I kan ringe til mig på 3970 1535 i dag", "3970 1535"),
            ("Prosim, pokličite me nazaj na 041766945", "041766945"),
            ("Appelez-moi au 76 944 5928", "76 944 5928"),
            ("მობილური: 593461761", "593461761"),
            ("ဖုန်း: 09-554846254", "09-554846254"),
        ]);
        expect_nothing(&[
            "KU-0612345678",
            "abku-0612345678",
            "Užsakymas 8 612 34567",
            "Order 28 267 851",
            "müqavilə nömrəsi 943-769-787",
            "číslo zmluvy 993-102-219",
            "លេខគណនីធនាគារ: 058 246 170",
            "mkataba namba 943-769-787",
        ]);
    }

    /// Mexico's retired 044, 045 and 01 prefixes before the ten digits,
    /// as people still type them.
    #[test]
    fn mexican_legacy_prefixes() {
        expect_phones_at(&[
            ("Número de teléfono:044 664 231 7545", "044 664 231 7545"),
            ("Nuria Sánchez,044 55 7168 5038,6,71956", "044 55 7168 5038"),
            ("Tel. 01 55 8595 6063 gracias", "01 55 8595 6063"),
            ("Lucía Pérez,,01 664 764 7865,20241447", "01 664 764 7865"),
            ("llámame al 045-33-6212-9585", "045-33-6212-9585"),
        ]);
        // (No area code starts with a 0 or a 1.)
        expect_nothing(&[
            "Pedido 01 55 8595 6063",
            "01 05 2024 1234",
            "Ref 044 12 3456 7890 x",
        ]);
    }

    #[test]
    fn cards_named_as_accounts_or_followed_by_an_expiry() {
        for (text, card) in [
            ("Account number: 4111 1111 1111 1111", "4111 1111 1111 1111"),
            ("My account number is 3020 921134 5807.", "3020 921134 5807"),
            (
                "tarjeta 4735-6109-2900-5619/03/28/507",
                "4735-6109-2900-5619",
            ),
            ("4111111111111111/123", "4111111111111111"),
        ] {
            assert_eq!(find(text), Some((Kind::Card, card)), "{text}");
        }
        // Order words still veto a run, and a path segment is no card.
        assert_eq!(find("Order number: 4111111111111111"), None);
        assert_eq!(find_at("/cards/4111111111111111/123", "4111"), None);
    }

    #[test]
    fn cards_after_masked_columns_words_ending_in_digits_and_glued_abbreviations() {
        for (text, number, card) in [
            (
                "2024-03-10,tanaka.yuki,5294-2834-5690-6185,************6185,,",
                "5294",
                "5294-2834-5690-6185",
            ),
            ("CC2 4111-1111-1111-1111", "4111", "4111-1111-1111-1111"),
            (
                "Galaxy S23 4111 1111 1111 1111",
                "4111 1111 1111 1111",
                "4111 1111 1111 1111",
            ),
            (
                "commit 89fa67c1 4111111111111111",
                "4111",
                "4111111111111111",
            ),
            (
                "Kiitos.\nNo.4111-1111-1111-1111\nHei",
                "4111",
                "4111-1111-1111-1111",
            ),
        ] {
            assert_eq!(find_at(text, number), Some((Kind::Card, card)), "{text}");
        }
        // An IBAN's first group still opens no card, nor does a word glued
        // to its period in a path or domain.
        assert_eq!(
            find_at("IBAN FR76 3000 6000 0112 3456 7890 189", "3000"),
            None
        );
        assert_eq!(find_at("DE89 3704 0044 0532 0130 00", "3704"), None);
        assert_eq!(
            find_at("- IT29 B771 6516 3823 7382 2176 697;", "6516"),
            None
        );
        assert_eq!(find_at("img/x.y.4111111111111111", "4111"), None);
        // After a CSV field of four digits or more, a phone may start; not
        // after the comma of an amount.
        assert_eq!(
            find_at("x,************8685,010-1655-8685,y", "010"),
            Some((Kind::Phone, "010-1655-8685"))
        );
        assert_eq!(find_at("total 12,0612345678", "0612"), None);
    }

    #[test]
    fn hungarian_ukrainian_and_bracketed_chinese_forms() {
        expect_phones(&[
            ("Telefon: 06 30 123 4567", "06 30 123 4567"),
            ("mobil: 06-1-511-2559 Kérem", "06-1-511-2559"),
            ("Telefon: 06/70/605-7210", "06/70/605-7210"),
            ("Tel.: (06-1) 963-0435 Dátum", "(06-1) 963-0435"),
            ("msisdn=(06-1)678-9894 req", "(06-1)678-9894"),
            ("电话：(0755) 6965 3009", "(0755) 6965 3009"),
            ("Тел.: +38 044 272 01 80", "+38 044 272 01 80"),
            ("Мій номер 0038 097 131 84 36.", "0038 097 131 84 36"),
        ]);
        expect_nothing(&[
            "date 06-12-2023 ok",
            "see 06 12 345 678",
            "+38 44 272 01 80",
            "(06-12-2023)",
            "(07-1) 963-0435",
            "(06-1 963-0435",
            "(06-30 123 4567",
        ]);
    }

    #[test]
    fn csv_fields_hash_labels_and_subject_lines() {
        let row = "1001,jane@x.com,+1 415 555 0132,4004125089576899,2024-03-04";
        assert_eq!(find_at(row, "+1"), Some((Kind::Phone, "+1 415 555 0132")));
        assert_eq!(find_at(row, "4004"), Some((Kind::Card, "4004125089576899")));
        assert_eq!(
            find_at("x,4004-1250-8957-6899,x", "4004"),
            Some((Kind::Card, "4004-1250-8957-6899"))
        );
        assert_eq!(
            find_at("tel,0612345678,x", "06"),
            Some((Kind::Phone, "0612345678"))
        );
        // After a digit and a comma only a card starts: thousands and
        // decimals do not.
        assert_eq!(find_at("1,234,567,890,123", "234"), None);
        assert_eq!(find_at("12,0612345678", "06"), None);
        assert_eq!(
            find_at("Card #4111111111111111", "4111"),
            Some((Kind::Card, "4111111111111111"))
        );
        assert_eq!(
            find_at("CC#5555555555554444", "5555555555554444"),
            Some((Kind::Card, "5555555555554444"))
        );
        assert_eq!(find_at("Order #4111111111111111", "4111"), None);
        assert_eq!(find_at("#0612345678", "06"), None);
        assert_eq!(
            find_at("Invoice question - my number 020 7946 0958", "020"),
            Some((Kind::Phone, "020 7946 0958"))
        );
        assert_eq!(find_at("NHS number: 943 476 5919", "943"), None);
        assert_eq!(
            find("030 83182173 Durchwahl -5919"),
            Some((Kind::Phone, "030 83182173 Durchwahl -5919"))
        );
    }

    #[test]
    fn tax_and_social_security_numbers_are_no_phones() {
        expect_nothing(&[
            "IRD 805-006-729 ok",
            "CUIT 27-14742807-6 ok",
            "TIN 027-531-972-000 ok",
            "NIN 02173237668 ok",
            "TRN 100629986498405 ok",
            "adóazonosító jel: 8874075679 mobiel: 0631434927",
        ]);
        // Canada's SIN is no keyword: in Spanish it means "without"; nor
        // Vietnam's MST, which is also a time zone.
        expect_phones(&[
            ("Estoy sin 612 345 678 hoy", "612 345 678"),
            (
                "call my Medicare advisor Jane at 415-555-0132",
                "415-555-0132",
            ),
        ]);
        assert_eq!(
            find_at("Hours 8-5 MST 303-555-0132", "303"),
            Some((Kind::Phone, "303-555-0132"))
        );
    }

    #[test]
    fn part_numbers_rmas_and_cards_inside_iban_groups_are_no_findings() {
        expect_nothing(&[
            "see 20-938-874-47 ok",
            "P/N 02-756-137-27 ok",
            "it says RMA 0824113318",
        ]);
        assert_eq!(find_at("IBAN GB98 LOYD 3034 2584 8188 35.", "3034"), None);
        assert_eq!(find_at("IBAN: IE28 AIBK 3986 5877 9220 55.", "3986"), None);
        // A country code without its `+` still reads, ending in pairs.
        expect_phones(&[("call 48-22-123-45-67", "48-22-123-45-67")]);
        // A card after a word of four letters is still a card.
        assert_eq!(
            find_at("Card LOYD 4111 1111 1111 1111", "4111"),
            Some((Kind::Card, "4111 1111 1111 1111"))
        );
    }

    #[test]
    fn codes_written_apart_from_their_zero_and_australian_rate_numbers() {
        expect_phones(&[
            ("رقم الموبايل - +2 012 9111 7152 ok", "+2 012 9111 7152"),
            ("call +6 012-345 6789", "+6 012-345 6789"),
            ("tel - 1300 220 838", "1300 220 838"),
            ("mob – 1800 415 947", "1800 415 947"),
            ("zalo 0393.614.901", "0393.614.901"),
        ]);
        // The code's digits must not run on without its zero.
        expect_nothing(&["call +2 12 9111 7152", "1300 220 8381 ok"]);
    }

    /// What eleven blind reviews of desks found missed or mistaken:
    /// Anglophone and Latin American desks, recruiting, automotive,
    /// nonprofits, fintech, Southern European utilities, IT desks,
    /// Asia-Pacific healthcare, education and immigration (which line a
    /// phone word names, mobile money receipts and APIs, plans and layouts
    /// of Bolivia, Paraguay, Cyprus and Bangladesh, records that look like
    /// phones and cards used "for" a record).
    #[test]
    fn what_eleven_desk_reviews_found() {
        expect_phones(&[
            ("Fone comercial: (61) 3362 9009.", "(61) 3362 9009"),
            ("Tel fixo: 51 2149-9019, das 9h", "51 2149-9019"),
            ("Teléfono de la casa 2985-0992.", "2985-0992"),
            ("Teléfono de la oficina (502) 2581-4872", "(502) 2581-4872"),
            ("Mi teléfono fijo: (2) 2283 9458.", "(2) 2283 9458"),
            ("Mi tel fijo es 11 4156-4900, de 9", "11 4156-4900"),
            (
                "me pueden marcar al +595 21 536 374 después",
                "+595 21 536 374",
            ),
            ("Teléfono fijo 4 4162675.", "4 4162675"),
            ("Teléfono fijo 4-4909754.", "4-4909754"),
            ("Teléfono: (4) 455-4909", "(4) 455-4909"),
            ("Hablé al 871 852 61 23 y nadie contesta", "871 852 61 23"),
            ("Le hice el SINPE al 6824 7501 y no me aparece", "6824 7501"),
            ("Makati City (+632) 8594 7294", "(+632) 8594 7294"),
            ("My number is 256777438534. Waiting", "256777438534"),
            ("Ennamba yange eri 256741081239. Mwebale.", "256741081239"),
            ("Atención al socio: 985 72 89 38 (de lunes", "985 72 89 38"),
            ("Medlemsservice: 70 17 20 67 (man.", "70 17 20 67"),
            ("Service donateurs : 0800 97 176 (lun.", "0800 97 176"),
            ("Odtahovka mi může zavolat na 604667678.", "604667678"),
            ("LaadPunt NL +31 800 3962617 | noreply", "+31 800 3962617"),
            ("Tel: 686.245.266", "686.245.266"),
            ("Please ring me on 96 851612. I would", "96 851612"),
            ("<tr><th>Tilefono</th><td>99354456</td></tr>", "99354456"),
            (
                "Plantão desta semana: Rafael Almeida, (11) 98672 5197.",
                "(11) 98672 5197",
            ),
            ("mobile linked with Aadhaar: 84920 78992.", "84920 78992"),
            ("যোগাযোগ: +88 01362-701726 ইমেইল:", "+88 01362-701726"),
            ("。\n請致電 6280 4086 聯絡我。", "6280 4086"),
            ("Merci. للاستفسار 5721 6496", "5721 6496"),
            ("Το κινητό μου είναι 694 6344121. Η πληρωμή", "694 6344121"),
            ("да ме добиете на 02 8182 261 или", "02 8182 261"),
            ("Oriol Serra\nMov. 669812591\n", "669812591"),
            (
                "Minha chave Pix é (62) 99896 6486, pode devolver",
                "(62) 99896 6486",
            ),
            ("Può contattarci anche al 800.340.833.", "800.340.833"),
            ("Inombolo yami ngu-0827320249. Ngiyabonga", "0827320249"),
            ("Nceda unditsalele ku-27833292175. I-imeyile", "27833292175"),
            ("Şubenin telefonu: 216 889 20 02", "216 889 20 02"),
            ("Çekici 506 588 61 57 numaralı telefonda", "506 588 61 57"),
            // Mobile money messages.
            (
                "I sent to the wrong number 2349026472411. Please",
                "2349026472411",
            ),
            (
                "Nhamba yangu ndi 263 787 713 330. Ndatenda",
                "263 787 713 330",
            ),
            ("Unaweza kunipata kwa 254740436966. Barua", "254740436966"),
            (
                "Tafadhali piga 254 743 657350 ukipata nafasi.",
                "254 743 657350",
            ),
        ]);
        // A card word before what the card paid for, and a network whose
        // name holds a loyalty card's word.
        for (text, card) in [
            (
                "Card used for the booking: 5555555555554444",
                "5555555555554444",
            ),
            (
                "Kartennummer: 3048 294626 0316 1230 470",
                "3048 294626 0316",
            ),
            (
                "Dane karty do zamówienia: 4950551239194636, data",
                "4950551239194636",
            ),
            (
                "Kreditkarte für die Buchung: 5180788140761181",
                "5180788140761181",
            ),
            (
                "mere corporate Diners Club card 36112745574419 pe do",
                "36112745574419",
            ),
        ] {
            assert_eq!(find_at(text, card), Some((Kind::Card, card)), "{text}");
        }
        // A mobile money receipt's payee, named in capitals, and the
        // number paid.
        expect_phones_at(&[
            (
                "GHS 3,350.41 to KWAME BOATENG (233206154365). Current",
                "233206154365",
            ),
            (
                "N$3950 to MARTHA VAN WYK 264810207242. Balance",
                "264810207242",
            ),
            (
                "Ksh1,000.00 sent to JOHN O'NEIL 254712345678 on 1/1/24",
                "254712345678",
            ),
            (
                r#""Pay Bill","254786184975 - OTIENO KIPTOO","11003790018""#,
                "254786184975",
            ),
            (
                "Pay Bill,254748635075 - AKINYI KIBET,KM25112599859",
                "254748635075",
            ),
        ]);
        for (body, number) in [
            (
                r#"{"partyIdType":"MSISDN","partyId":"260759842982"}"#,
                "260759842982",
            ),
            (
                r#"{"afm": "061501190", "kinito": "694 0938980"}"#,
                "694 0938980",
            ),
            (
                r#"{"type":"phone_contact_method","country_code":33,"address":"697308919"}"#,
                "697308919",
            ),
            (
                "{\"country_code\": 44,\n    \"address\": \"7628622393\"\n  }",
                "7628622393",
            ),
            (
                r#"{"dynamic_8431890":{"label":"Mobile phone","value":"3919604615"}}"#,
                "3919604615",
            ),
        ] {
            assert_eq!(find_at(body, number), Some((Kind::Phone, number)), "{body}");
        }
        expect_nothing(&[
            // A prepaid meter's number, and Bolivia's layout elsewhere.
            "ku mita 01436548842 naye token",
            "kwimitha 01758609168 kodwa",
            "Teléfono fijo 1 4162675.",
            "Saldo 4 4162675.",
            r#"{"partyIdType":"ALIAS","partyId":"260759842982"}"#,
            // After "my number" as a label, Japan's individual number.
            "my number 387687276516",
            "Do you need my My Number (996836156097)?",
            // Donors' and members' numbers, parts, transponders, parcels,
            // and nine digits in dotted threes without a phone word.
            "Mon numéro de donateur est 517996139, référence",
            "Skenkernommer: 140325172. Bank",
            "Número de socio: 985728938",
            "Das Ersatzteil 7701 026 198 ist erst",
            "The toll transponder 09246619628 was not read",
            "Le badge télépéage 7687 9407 6574 n'a pas",
            "číslo zásilky 0884-0156-4416.",
            r#"{"policyNumber":"AS 974.309.388"}"#,
            "Försäkringsnummer AS 286.245.266, skadenummer",
            "286.245.266",
            "Reference for the booking: 5555555555554444",
            "Order 216 889 20 02 today",
            "Paid to KWAME (233206154365). Current",
            "Sent to Kwame Boateng 233206154365 today",
            "Sent to ACME LTD (ref 233206154365)",
            "Pay Bill,254748635075 - AKINYI KIBET PAID SOME MONEY,KM25112599859 x",
            "Ref 254748635075 - see NOTE",
            "0 to CHIAMAKA ADEYEMI (GTBank 3279201527) successful",
            "to AMAKA ABUBAKAR (First Bank 0468755539) successful",
            "Muraho, Komande yanjye 341574506 yo ku",
            "Papara no 0911219530 hesabıma iade",
            r#""address":{"postal_code":"65953-00100","country":"KE"}"#,
            "billing ZIP/postcode 78289-00100.",
            "發票 467-373-2917 重複扣款",
            "no. klaim 477-144-5367, estimasi biaya",
            "رقم المطالبة 089-782-7018، التكلفة",
            "מספר תביעה 250-172-4696, עלות",
            "Auckland 6011 | GST 070-384-974",
            r#"{"uci": "57-0579-4168"}"#,
            "A-Number: A 804 614 990.",
            "54-9889-8732",
            "Identyfikator spotkania: 913 321 0448 Kod dostępu: 819484.",
            "Id. de reunión: 931 734 8086 Código de acceso",
            "Id. de conferencia: 504 157 401#",
            "носно фактура № 0485688914 от 07.09.2025 г.",
            "šifra kupca 0483100219. Dostavljam",
            "Uplatio sam (Poziv na broj 0894550375) 15.5.2023.",
            "(Код за плащане 0647788941) на 06.06.2024",
            "96 851612",
        ]);
    }

    #[test]
    fn what_five_more_desk_reviews_found() {
        expect_phones_at(&[
            // A phone's word for "number", its period glued to the number.
            ("nsorensen59@outlook.dk\ntlf.nr.8610 8071", "8610 8071"),
            ("phone no.8610 8071 please", "8610 8071"),
            ("Telefonnr.0171 2345678", "0171 2345678"),
            // A switchboard's extension after the older slash.
            ("Tel. 0221/308024-0, erreichbar", "0221/308024-0"),
            (
                "Bitte rufen Sie mich unter 0911/253446-0 an.",
                "0911/253446-0",
            ),
            // Poland's 45x mobiles; a Turkish mobile without its trunk 0
            // before "from the number".
            ("Tel. kom.: 458 091 729 dzięki", "458 091 729"),
            (
                "Lütfen 505 219 71 91 numarasından geri arayın",
                "505 219 71 91",
            ),
            // A number on the line after "is".
            ("il mio numero è\n3492707189 grazie", "3492707189"),
            ("meu número é\n51975484782. reserva", "51975484782"),
            ("mis números 33 30 11 18 63 / 3315975345", "33 30 11 18 63"),
            // Zalo's links.
            ("zalo.me/84902762778 ok", "84902762778"),
            // A signature's number, bare on the line under the name.
            (
                "Un saludo,\nXimena Martínez\n4424235108\nximena_m@gmail.com",
                "4424235108",
            ),
            (
                "Hilsen\r\nMette Christensen\r\n81 03 88 85\r\n",
                "81 03 88 85",
            ),
            ("Thank you,\nNicole Galea\n9932 6566", "9932 6566"),
            ("På forhånd tak\nSøren Hansen\n29 15 48 64", "29 15 48 64"),
            (
                "Met vriendelijke groet,\nJan de Vries\n0612 345 678",
                "0612 345 678",
            ),
            // A call verb's number past a customer, a Danish adverb, or
            // "my work number"; a number before "30 mins" ends before it.
            (
                "Can you call the customer on 01865 953225? She",
                "01865 953225",
            ),
            ("Ring direkte til mig på 20 12 34 56 tak", "20 12 34 56"),
            ("or on my work number 2068983452.", "2068983452"),
            ("Please call 087 442 3694 30 mins before", "087 442 3694"),
            // Not a lottery's draw: its pairs descend.
            ("appelez-moi au 01 45 40 43 05 merci", "01 45 40 43 05"),
            // Buenos Aires' mobiles, the 15 dashed; Turkish "the number"
            // after it.
            ("Camila Alvarez\n11 15-4509-0209\nthiago", "11 15-4509-0209"),
            ("için 507 441 62 49 numarasını aramam", "507 441 62 49"),
        ]);
        for (body, number) in [
            (
                r#"{"propertyName":"phone","propertyValue":"6134243298"}"#,
                "6134243298",
            ),
            (
                r#"{"property": "phone", "value": "917753216467"}"#,
                "917753216467",
            ),
            (
                r#"{"phone":[{"label":"work","value":"6134243298","primary":true}]}"#,
                "6134243298",
            ),
            (
                r#"{"phones":[{"type":"mobile","value":"82963374"}]}"#,
                "82963374",
            ),
        ] {
            assert_eq!(find_at(body, number), Some((Kind::Phone, number)), "{body}");
        }
        expect_nothing_at(&[
            // A US A-number has the 45x mobiles' nine digits.
            (r#"{"id":360522298931,"value":"A 455 662 720"}"#, "455"),
            // Bank accounts, named by the bank or sent to.
            ("draw N250,000 to my account 0664345543 but", "0664345543"),
            ("by bank transfer from UBA 0894123699 on", "0894123699"),
            ("Send am to GTBank 0738901421 abeg.", "0738901421"),
            // Lottery draws.
            (
                "matched 5 numbers in draw 2095 (01 05 40 43 45 + 06)",
                "01 05",
            ),
            ("my numbers na 7 10 12 18 47, where my money?", "7 10"),
            ("Los números 03 13 19 39 42 + 03 no salieron", "03 13"),
            // VAT and organisation numbers, revenue, a ZIP+4 code, a
            // boleto's first field, a TV's pairing code, a tax number.
            (r#""VAT_Number__c":"BE 0723.722.219""#, "0723"),
            ("Foretaksregisteret NO 931 270 273, NO964", "931"),
            ("218.000.000 €,DE 226 381 871,\"2624", "226"),
            ("€65.900.000,00;IT 06082180454;179270530047", "06082180454"),
            ("Org. nr. 816 170 330 · VAT", "816"),
            ("Česko,51-200,217 000 000 Kč,CZ75128578", "217"),
            ("annual revenue 250 000 000,00 € ok", "250"),
            ("Seattle, WA 98162-2827\nPhone", "98162"),
            ("Paguei: 03391.15596 32085.954393 77161.566616 3", "03391"),
            (r#"{"tv_code": "037 091 880 949"}"#, "037"),
            ("tax reg. 222-082-677", "222"),
            // Under a name without a sign-off, or a sign-off without a name.
            ("Mariana Rodríguez\n3126242648", "3126242648"),
            ("Un saludo,\nximena\n4424235108", "4424235108"),
            ("I made a mistake\nJohn Smith\n4424235108", "4424235108"),
            (
                "Un saludo,\nXimena Martínez, pedido\n4424235108",
                "4424235108",
            ),
            // A tracking pixel's query under a host's `t.` and before an
            // `alt` attribute, a contact's id, a date and its time.
            (
                r#"<img src="https://t.example.com/o/25350d57bd2c8384.gif?c=2530033927" width="1" alt="">"#,
                "2530033927",
            ),
            ("ID de contacto: 286795669\nEnviado", "286795669"),
            (r#""ID contact":"4813842935""#, "4813842935"),
            ("Gesendet am: 09.12.25 19.15 Uhr", "09.12"),
            // Discord's timestamps; an invoice in Korean.
            ("claim before <t:1698444868:R> ok", "1698444868"),
            ("<t:1698444868> ok", "1698444868"),
            ("인보이스 0699955546 ok", "0699955546"),
            (r#""tax_id":"MST 0312310060""#, "0312310060"),
        ]);
        // A card before an expiry typed with spaces.
        assert_eq!(
            find_at("x 4551 2215 0241 8566 11 / 26 173", "4551"),
            Some((Kind::Card, "4551 2215 0241 8566"))
        );
        // A voucher's PIN, and a store's order id after its short code.
        for text in [
            "con paysafecard, PIN 8239 4413 4297 2512",
            "Order ID: GPA.3697-1477-7515-57421",
        ] {
            let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let number = &text[at..at + 4];
            assert_eq!(find_at(text, number), None, "{text}");
        }
    }

    #[test]
    fn national_layouts_a_review_found_missed() {
        expect_phones(&[
            ("cep: 0(570) 138 2654", "0(570) 138 2654"),
            ("WhatsApp: 8(908)556 88 32", "8(908)556 88 32"),
            ("podem me ligar no 11 957672661", "11 957672661"),
            ("Juliana: 11 9 3957 9882", "11 9 3957 9882"),
            ("phone +5511 960281831", "+5511 960281831"),
            ("Tel +33 (0)6.89.74.21.26 ok", "+33 (0)6.89.74.21.26"),
            ("Telefon +49 (0)30 / 903 31 22", "+49 (0)30 / 903 31 22"),
            ("Anna: +49 (0) 30 - 941 72 86", "+49 (0) 30 - 941 72 86"),
            ("chiamarmi al +39 310/7815522", "+39 310/7815522"),
            // A bracketed code written apart from its zero, or joined to
            // an area code.
            ("tel (+38) 067 038 19 58 ok", "(+38) 067 038 19 58"),
            ("tel (&#x2B;38) 067 038 19 58", "(&#x2B;38) 067 038 19 58"),
            ("tel (+5511) 901889474 ok", "(+5511) 901889474"),
            // Budapest's trunk and area code bracketed with a space,
            // Athens's area code and a dash, a signature's `|`.
            ("address: (06 1) 527 4783 ok", "(06 1) 527 4783"),
            ("x 210-5430709 y", "210-5430709"),
            ("Mobil | 453 44 311", "453 44 311"),
            // Call verbs: Spanish "contact me", Norwegian and Danish
            // "reach me", "catch me", "can be reached", Russian "get in
            // touch"; Scandinavian "my" after the word; an Argentine mobile
            // dialled with 15; Markdown's emphasis after a label.
            ("Pueden contactarme en el 11 4507-7014", "11 4507-7014"),
            ("Dere når meg på 63 87 21 43.", "63 87 21 43"),
            ("I kan fange mig på 2399 6829 i dag.", "2399 6829"),
            ("Jeg kan træffes på 2399 6829.", "2399 6829"),
            ("можно связаться по 89169927730.", "89169927730"),
            ("Telefonnummeret mitt er 916 54 102", "916 54 102"),
            ("Mi celular: 11 15-4574-6735", "11 15-4574-6735"),
            ("Celular: **33 2286-8660**", "33 2286-8660"),
            ("Ügyfélszolgálat 06 1 234 5678", "06 1 234 5678"),
            ("שירות לקוחות 03-1234567", "03-1234567"),
            ("свяжитесь со мной по 89169927730", "89169927730"),
            (
                "перезвоните мне, пожалуйста, по номеру 89168135121.",
                "89168135121",
            ),
            ("Caller ID: 2310 716 366", "2310 716 366"),
            // Toll-free numbers as France, Israel, Belgium, Greece, the
            // Philippines and Vietnam write them, after a phone word; and
            // Stockholm's six-digit subscriber numbers.
            ("Tel. 0 800 546 313; ok", "0 800 546 313"),
            ("call 1-800-979-440!", "1-800-979-440"),
            ("Vous pouvez me joindre au 0800 31 916", "0800 31 916"),
            ("callback number: 800 11 20281 tomorrow", "800 11 20281"),
            ("tawagan sa 1-800-10-307-5522.", "1-800-10-307-5522"),
            ("Please call me back on 1900 0113", "1900 0113"),
            ("Phone: 08-58 08 48 | Fax", "08-58 08 48"),
            // Korea's nationwide numbers, after a phone word.
            ("전화: 1588-8286<br>", "1588-8286"),
            ("제 전화번호는 1588-1541입니다.", "1588-1541"),
            // Danish "my number", Portuguese "contact me", Indonesian "can
            // be reached", Hungarian "reachable", Greek "find me",
            // Vietnamese "my phone number is".
            (
                "Podem me contatar no 930344744 a qualquer hora.",
                "930344744",
            ),
            ("Saya bisa dihubungi di nomor 088137244666.", "088137244666"),
            (
                "Booking ref LHXWEM Elérhető vagyok a 06-70-716-7419 számon.",
                "06-70-716-7419",
            ),
            ("Số điện thoại của tôi là 0962.829.720", "0962.829.720"),
            // A signature's letters, Malay's "bimbit", Swedish "Tfn".
            ("Aiko\nT | 36 94 75 36\n", "36 94 75 36"),
            ("> M 31 18 20 42\n", "31 18 20 42"),
            ("Bimbit: 9732 8986", "9732 8986"),
            ("Tfn: 070-740 48 03", "070-740 48 03"),
        ]);
        // "To confirm" before a card read back is no confirmation number.
        assert_eq!(
            find("Agent: Zur Bestätigung: 6454393603507119, richtig?"),
            Some((Kind::Card, "6454393603507119"))
        );
        expect_phones_at(&[
            ("mit nummer er (6841 2539)", "6841 2539"),
            ("Μπορείτε να με βρείτε στο (6992676000).", "6992676000"),
        ]);
        expect_nothing(&[
            // Too few digits for a slash after the code to be a phone's.
            "expiry +49 12/2025",
            // A year and a number, no Greek area code.
            "in 2024-0146901 y",
            // Letters inside a line, and an Australian tax file number.
            "Team 31 18 20 42",
            "TFN: 123 456 782",
            // Eight digits from 1 in other groupings, or after a record word.
            "tel 1234-5678",
            "tel 1234 5678",
            "order 1588-8286",
            "order 1-800-10-307-5522",
            "see 0 800 546 313 ok",
            "date 01-12 2024 ok",
            "проверьте по номеру заказа 89168135121",
            "по номеру договора 4951234567",
            // Customer service is no customer's number; "due to" and
            // "available balance" ask no one to call.
            "Ügyfélszám: 555 544 4476",
            "Ошибка связана с транзакцией 4829103746",
            "Elérhető egyenleg: 123 456 789",
            // "My" after a record's word, and an Argentine layout unlabelled.
            "Ordrenummeret mitt er 23996829",
            "order 11 15-4574-6735",
        ]);
    }

    #[test]
    fn a_phone_word_after_a_short_number_names_it_when_no_number_follows() {
        expect_phones(&[
            ("Hi 33 92 43 28 (WhatsApp)", "33 92 43 28"),
            (
                "beni 30 48 95 14 numaralı telefondan arayabilirsiniz",
                "30 48 95 14",
            ),
            ("text me at 6767 4366 thanks", "6767 4366"),
            ("微信同号2839 0635", "2839 0635"),
        ]);
        // The word labels the number after it, digits or the mask a
        // re-check pass sees.
        assert_eq!(
            find_at("OTP 56686577 cellulare: 210 202 1995", "5668"),
            None
        );
        assert_eq!(find("OTP 56686577 cellulare: *** *** ****"), None);
        assert_eq!(find("order 12345678 (WhatsApp)"), None);
        // Words as often said of other things name nothing after it.
        assert_eq!(find("Paid 23456789 by direct debit"), None);
    }

    #[test]
    fn words_that_start_like_a_call_verb_ask_for_nothing() {
        expect_nothing(&[
            "Text messages sent: 928 452 738 users",
            "We reached 412 345 678 users",
        ]);
        // A booking's word names no phone; a unit's word is one only as
        // a word of its own, not an address's local part.
        expect_phones(&[
            ("Reservations: 212-555-0134", "212-555-0134"),
            ("Acme Inc 415-555-0132 orders@acme.com", "415-555-0132"),
            ("Acme Inc 415-555-0132 ******@****.***", "415-555-0132"),
        ]);
    }

    /// The phones a whole scan of `s` finds, in order: what the scan
    /// remembers of earlier phones decides these.
    fn phones_found(s: &str) -> Vec<String> {
        crate::detect::Detector::new()
            .find_iter(s.as_bytes())
            .filter(|f| f.kind == Kind::Phone)
            .map(|f| s[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn a_number_repeating_a_phone_found_earlier_is_that_phone() {
        // An agent reading back what the customer gave, and the national
        // number after the one with its code.
        assert_eq!(
            phones_found("Mit telefonnummer er 8702 0297\nAgent: Bekræfte: 8702 0297, ikke?"),
            ["8702 0297", "8702 0297"]
        );
        assert_eq!(
            phones_found("Tel: +45 8702 0297. To confirm: 8702 0297?"),
            ["+45 8702 0297", "8702 0297"]
        );
        // Not where a record's word labels it, nor without the phone first.
        assert_eq!(
            phones_found("Tel: 8702 0297. Order 8702 0297 shipped"),
            ["8702 0297"]
        );
        assert!(phones_found("To confirm: 8702 0297? Tel: 8702 0297").len() == 1);
        let mut earlier = EarlierPhones::default();
        earlier.remember(PhoneDigits::of(&[4, 5, 8, 7, 0, 2, 0, 2, 9, 7]), 0);
        assert!(earlier.holds(&[8, 7, 0, 2, 0, 2, 9, 7]));
        // Too few digits to be a national number of its own.
        assert!(!earlier.holds(&[0, 2, 0, 2, 9, 7]));
        assert!(!earlier.holds(&[1, 8, 7, 0, 2, 0, 2, 9, 7]));
    }

    #[test]
    fn a_number_offered_after_a_phone_with_or_between_is_a_phone() {
        // The Danish eight digits no word labels; "or" in the writer's
        // language.
        assert_eq!(
            phones_found("kan fange mig på +45 3293 6843 eller 25 98 62 26."),
            ["+45 3293 6843", "25 98 62 26"]
        );
        assert_eq!(
            phones_found("appelez le +33 1 44 55 66 77 ou 80 12 96 49"),
            ["+33 1 44 55 66 77", "80 12 96 49"]
        );
        // Not after a word other than "or", nor after no phone.
        for text in [
            "Tel +45 3293 6843, order 25986226",
            "Tel +45 3293 6843 or order 25986226",
            "Tel +45 3293 6843 for 25 98 62 26",
        ] {
            assert_eq!(phones_found(text), ["+45 3293 6843"], "{text}");
        }
        assert!(phones_found("born 1984 or 25 98 62 26").is_empty());
        // The end it remembers moves with the input a stream lets go.
        let mut earlier = EarlierPhones::default();
        earlier.remember(PhoneDigits::of(&[4, 5, 3, 2, 9, 3, 6, 8, 4, 3]), 20);
        earlier.rebase(15);
        assert_eq!(earlier.last_end, Some(5));
        earlier.rebase(10);
        assert_eq!(earlier.last_end, None);
    }

    #[test]
    fn records_of_receipts_travel_and_payments_are_no_phones_or_cards() {
        // Each opens with a 0 and runs as long as a national number, or
        // passes Luhn in a card's range.
        expect_nothing(&[
            "Bag tag 0176 123456.",
            "{\"bag_tag\":\"0176123456\"}",
            "Tax receipt no. 01306347512.",
            "Credit note: 0650-00404439",
            "Belegnummer 01306347512",
            "Gift Aid declaration 0262479937.",
            "FF# 0763311817.",
            "Folio 0127/561632",
            "Verwendungszweck 434 886 8443.",
            "{\"charity_reg_no\":\"08-1165193\"}",
            "航空券番号: 006-0314-587667",
            "MID 349456441609603",
            "Ean13: 4718038632389",
            "{\"ean13\":\"4715491968284\"}",
            "{\"loyalty_number\":\"4539148803436467\"}",
            // A Latin label glued to a script written without spaces.
            "注文番号Ref. 84 7368 5585.",
            "ありがとう。Ref. 84 7368 5585.",
            "注文番号Gift card no. 4539148803436467",
        ]);
        // A record sent to a number is sent to a phone, and one the words
        // do not label may be written on a record.
        expect_phones_at(&[
            ("Send the receipt to 07700 900123", "07700 900123"),
            ("rider's number on the receipt was 0795128436", "0795128436"),
        ]);
        assert_eq!(
            find("お電話Tel 03-1234-5678"),
            Some((Kind::Phone, "03-1234-5678"))
        );
    }

    #[test]
    fn a_field_that_holds_a_message_names_no_number_in_it() {
        for text in [
            r#"{"customer_note": "5148209970748835 01/26 506"}"#,
            r#"{"ticket_subject": "5148209970748835"}"#,
        ] {
            assert_eq!(
                find_at(text, "5148209970748835"),
                Some((Kind::Card, "5148209970748835")),
                "{text}"
            );
        }
        expect_nothing(&[r#"{"order_id": "5148209970748835"}"#]);
    }

    #[test]
    fn subscriber_lines_and_e164_fields_hold_phones() {
        for text in [
            r#"{"mobile_number_e164":"447700900123"}"#,
            r#"{"line_number":"447700900123"}"#,
            "name=Jo&line_number=447700900123&x=1",
        ] {
            assert_eq!(phones_found(text), ["447700900123"], "{text}");
        }
    }

    #[test]
    fn codes_ranges_and_user_ids_are_no_phones_or_cards() {
        expect_nothing(&[
            "backup code 73259-59471",
            "recovery code 73259-59471",
            "reading range 61013-61596",
            "XUID 2533274812345678",
            "請求書5059-9651-2685について",
            r#"{"aadhaar": "5075 0785 0919"}"#,
            "Aadhaar: 5840-3053-3205",
        ]);
        // An Indian mobile in fives; a range said to be a phone.
        assert_eq!(find("Mob 98765-43210"), Some((Kind::Phone, "98765-43210")));
        // A phone on an account, which the account's word does not number.
        assert_eq!(
            find_at("the number on my account is 0917 123 4567", "0917"),
            Some((Kind::Phone, "0917 123 4567"))
        );
        expect_nothing(&["Account: 0917 123 4567", "my account is 0612345678"]);
    }

    #[test]
    fn short_cards_in_maestros_wider_ranges_need_groups_or_a_card_word() {
        for (text, card) in [
            ("card 5843 6247 2873", "5843 6247 2873"),
            ("card 586905566269", "586905566269"),
            (
                "Karte:5086-8058-5360-3486-005 ok",
                "5086-8058-5360-3486-005",
            ),
        ] {
            assert_eq!(find_at(text, card), Some((Kind::Card, card)), "{text}");
        }
        // Twelve digits alone read as a calling code and a national number.
        assert_ne!(
            find("ref 586905566269").map(|(kind, _)| kind),
            Some(Kind::Card)
        );
    }

    #[test]
    fn a_fifth_group_of_four_makes_a_longer_number_than_a_card() {
        expect_nothing(&[
            "Voucher code 6035 3755 0195 3667 2048.",
            "Order 6035 3755 0195 3667 2048",
        ]);
        // But for an expiry after it, a decimal that starts there, or
        // another card, whole or masked.
        for text in [
            "Card 4111 1111 1111 1111 0427 thanks",
            "Card 4111 1111 1111 1111 9238.32 EUR",
            "Card 4111 1111 1111 1111 4389 3583 0804 3178",
            "Card 4111 1111 1111 1111 4320 XXXX XXXX 1552 declined",
        ] {
            assert_eq!(
                find(text),
                Some((Kind::Card, "4111 1111 1111 1111")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_slash_sets_a_second_number_apart() {
        for (text, phones) in [
            (
                "Call +91-7661321930/88333-56933 today",
                ["+91-7661321930", "88333-56933"],
            ),
            (
                "Tel: +45 3293 6843 / 25 98 62 26",
                ["+45 3293 6843", "25 98 62 26"],
            ),
            ("Ph: 9876543210/9123456780", ["9876543210", "9123456780"]),
            (
                "Mob 0412 345 678/0423 456 789",
                ["0412 345 678", "0423 456 789"],
            ),
        ] {
            assert_eq!(phones_found(text), phones, "{text}");
        }
        // The reading across the slash comes first: an area code.
        assert_eq!(phones_found("Tel. 030 / 3624258"), ["030 / 3624258"]);
        assert_eq!(phones_found("Tel: 0221/1234567"), ["0221/1234567"]);
        // Not in a path, nor before a date's tail.
        assert!(phones_found("GET /api/orders/9876543210/9123456780 HTTP/1.1").is_empty());
        assert!(phones_found("(09) 679 0329/03/57").is_empty());
    }

    #[test]
    fn amounts_and_counts_are_no_phones_unless_labelled() {
        expect_nothing(&[
            "charged Rp 802.349.700 twice",
            "charged 700.871.000 ₫",
            "paid R$ 912.345.678 ok",
            "quota 513 826 645 requests",
            "balance: 782.695.469 miles",
            "we have 928 452 738 users affected",
            "Mitgliedsnummer: 212-486-704",
            "BSB 433-424 Acc 540167569 ok",
            "БИК 044546414 ok",
            // A currency glued to the markup or the quote before it.
            "<p>₫225.953.300;",
            r#""\u20ab225.953.300""#,
            // Russia's SNILS: three dashed threes, a space and a pair.
            "personal number 697-155-817 44,",
        ]);
        assert_eq!(
            find("Tel: 612 345 678 points de vente"),
            Some((Kind::Phone, "612 345 678"))
        );
        assert_eq!(
            find("call me 612 345 678 euros later"),
            Some((Kind::Phone, "612 345 678"))
        );
    }

    #[test]
    fn signature_labels_and_a_record_word_before_another_number() {
        assert_eq!(find("T: 6864031124"), Some((Kind::Phone, "6864031124")));
        assert_eq!(find("Ph no. 9876543210"), Some((Kind::Phone, "9876543210")));
        // "Reach me on" asks to be called, as "call me on" does.
        assert_eq!(
            find("reach me on 11 98765 4321 after six"),
            Some((Kind::Phone, "11 98765 4321"))
        );
        assert_eq!(
            find("Telefonnr. 015123456789"),
            Some((Kind::Phone, "015123456789"))
        );
        assert_eq!(
            find_at(
                "USt-IdNr.: DE251981013 Ich bin unter 0171 5610812 erreichbar",
                "0171"
            ),
            Some((Kind::Phone, "0171 5610812"))
        );
        // A record word right before the number still names it.
        assert_eq!(find("Bestellung 0171 5610812"), None);
    }

    #[test]
    fn international_prefix_before_a_group_of_four() {
        assert_eq!(
            find("Tel. 0049 6221 375279"),
            Some((Kind::Phone, "0049 6221 375279"))
        );
        assert_eq!(find("0049 6221 3752 7900"), None);
    }

    #[test]
    fn north_american_exit_code() {
        expect_phones(&[
            ("call 011 44 20 7946 0958 today", "011 44 20 7946 0958"),
            ("Tel. 011 98 912 664 6868", "011 98 912 664 6868"),
            ("011 254 100 796999 x", "011 254 100 796999"),
        ]);
        // Where no plan reads what follows as a code and its number, `011`
        // is an area code at home (Buenos Aires, a mobile there too).
        expect_phones(&[
            ("Tel. 011 4581-2369", "011 4581-2369"),
            ("llamame al 011 15 4581-2369", "011 15 4581-2369"),
        ]);
        assert_eq!(find("order 011 44 20 7946 0958"), None);
    }

    #[test]
    fn national_layouts() {
        for number in [
            // Italy, mobiles.
            "335 1912300",
            "347-6892795",
            // Germany, mobiles.
            "0151 23456789",
            "0157/79445578",
            "0151-68020155",
            // Portugal, fixed lines.
            "228 841 659",
            "22 376 7911",
            "21 864 4330",
            // NANP with its trunk 1.
            "1 (415) 555-0132",
        ] {
            assert_eq!(find(&format!("at {number}.")), Some((Kind::Phone, number)));
        }
        assert_eq!(find("015123456789"), None, "a bare run needs a phone word");
        assert_eq!(
            find("Tel.: 015123456789"),
            Some((Kind::Phone, "015123456789"))
        );
        assert_eq!(find("22 376 79"), None);
        assert_eq!(find("0 (415) 555-0132"), None);
    }

    #[test]
    fn speaker_labels_and_json_keys_name_no_number() {
        assert_eq!(
            find_at(
                "[09:12] Customer: You can reach me on 877 644 3117 after 5pm.",
                "877"
            ),
            Some((Kind::Phone, "877 644 3117"))
        );
        assert_eq!(
            find_at(r#""text": "Ticket 12 closed. 0612345678""#, "0612"),
            Some((Kind::Phone, "0612345678"))
        );
        assert_eq!(find(r#""ticket": "0612345678""#), None);
    }

    #[test]
    fn identifier_words_refuse_look_alikes() {
        assert_eq!(find("SIREN 811 490 713"), None);
        assert_eq!(find("Notre numéro SIRET est le 704 337 997 65795."), None);
        assert_eq!(find("P.IVA 02734760586"), None);
        assert_eq!(find("Il mio ordine 0039173302 non è arrivato"), None);
        assert_eq!(find(r#"{"id":360651967871,"value":"0039472589"}"#), None);
        assert_eq!(
            find("Tel. 00491624575669"),
            Some((Kind::Phone, "00491624575669"))
        );
    }

    #[test]
    fn phone_words_in_more_languages() {
        // Escaped: फ़ोन (phone), then 追跡番号は (the tracking number is).
        assert_eq!(
            find_at(r#"\u092b\u093c\u094b\u0928: 6070526358"#, "6070"),
            Some((Kind::Phone, "6070526358"))
        );
        assert_eq!(
            find_at(
                r#""text": "\u8ffd\u8de1\u756a\u53f7\u306f3428132133\u3067""#,
                "3428"
            ),
            None
        );
        assert_eq!(
            find("Direct: 6044839183 ext. 702"),
            Some((Kind::Phone, "6044839183 ext. 702"))
        );
        assert_eq!(
            find("कृपया मुझे 3035213290 पर कॉल करें"),
            Some((Kind::Phone, "3035213290"))
        );
        assert_eq!(
            find("Estou contactável pelo 927852551"),
            Some((Kind::Phone, "927852551"))
        );
        assert_eq!(
            find("Rufen Sie mich unter 0341 7635125 an"),
            Some((Kind::Phone, "0341 7635125"))
        );
        assert_eq!(
            find_at("Betreft ticket INC98. Mobiel: 06-94234507", "06-"),
            Some((Kind::Phone, "06-94234507"))
        );
        // A compact national number needs a phone word: these are phone
        // words too, and `kom.` does not end the sentence.
        for text in [
            "Zavolejte mi na 8183519174 ok",
            "Fono: 8183519174",
            "SĐT: 8183519174",
            "tel. kom. 8183519174",
            "Me liga no 8183519174",
            "Márqueme al 8183519174",
            "رقمي 8183519174",
            "يرجى الاتصال بي على 8183519174",
            "my number is 8183519174",
            "mi número es 8183519174",
        ] {
            assert_eq!(find(text), Some((Kind::Phone, "8183519174")), "{text}");
        }
        assert_eq!(find("mi número de pedido es 8183519174"), None);
        // Glued to the phone word that names it, a number still starts.
        assert_eq!(
            find("WhatsApp+57 604 621 1486😊"),
            Some((Kind::Phone, "+57 604 621 1486"))
        );
        assert_eq!(
            find("WhatsApp0837-5943-482 ok"),
            Some((Kind::Phone, "0837-5943-482"))
        );
        // So does an international number glued to any word: its `+`
        // says where it starts (`call me on+353 …`).
        assert_eq!(
            find("abc+33 6 12 34 56 78"),
            Some((Kind::Phone, "+33 6 12 34 56 78"))
        );
        assert_eq!(
            find("Ottawa+1 613 555 0132"),
            Some((Kind::Phone, "+1 613 555 0132"))
        );
        assert_eq!(find("C++11 and C++17, UTF+8, GMT+0530"), None);
    }

    #[test]
    fn short_national_numbers_only_where_a_phone_word_names_them() {
        expect_phones(&[
            ("Ring til mig på 20 12 34 56 tak", "20 12 34 56"),
            ("tlf. 2012 3456", "2012 3456"),
            ("Ring meg på 412 34 567", "412 34 567"),
            ("mobilnr 91072640 takk", "91072640"),
            ("Call me at 9123 4567 pls", "9123 4567"),
            ("Llámenme al 9 6418 5192 porfa", "9 6418 5192"),
            ("Tel: (2) 7086 8895", "(2) 7086 8895"),
            ("Καλέστε με στο 210-2369767 παρακαλώ", "210-2369767"),
            ("Márqueme al (81) 6854 6402 por favor", "(81) 6854 6402"),
            ("Gọi cho tôi số 0976.597.694 nhé", "0976.597.694"),
            ("tel (11) 9 8157-9187", "(11) 9 8157-9187"),
            // A Brazilian mobile's 9 set apart after a bracketed area code
            // needs no word, as it needs none unbracketed.
            ("Visitante: (21) 9 6858-1859", "(21) 9 6858-1859"),
            ("M (48) 9 6919-3914", "(48) 9 6919-3914"),
            // "Reachable at" and "called from" ask to be called.
            ("Sono raggiungibile al 368 15 48 418.", "368 15 48 418"),
            ("Estoy localizable en el 631451244.", "631451244"),
            (
                "Me podéis localizar en el 916921946 por las tardes",
                "916921946",
            ),
            (
                "kunden ringde från 073 937 32 41, identitet",
                "073 937 32 41",
            ),
            ("Τηλ: 699 10 16 812.", "699 10 16 812"),
            (r#"{"SuppliedPhone":"3561 3392"}"#, "3561 3392"),
        ]);
        expect_nothing(&[
            // No phone word, another number between, a date, a product.
            "see you on 20 12 34 56",
            "call me about order 12345678",
            "ring 3 times, then 20 12 34 56",
            "Tel 2024-05-28",
            "phone 1234 5678",
            "paid 2 4881 4472 ok",
            "2x 手机壳 4241-0051 ₹63",
            "Handyhülle 39682755",
            "BTW 0465.726.134",
            r#"{"hotelId":"3561 3392"}"#,
            r#"{"text": "20240822 - AG: called"}"#,
            // Dates and spans of years, after a call verb too.
            "Customer called on 20240315 re refund",
            "leider nicht erreichbar, Bestellnummer 12345678",
            "Sono raggiungibile dal 2024-03-15 al 2024-03-30",
            "I called about the 2024-2025 invoice",
            "Appel d'offres n° 15032024",
            // "mit Nummer" is German for "with number".
            "Ihre Bestellung mit Nummer 20123456",
        ]);
        assert_eq!(find("Invoice number 8183519174"), None);
    }

    #[test]
    fn travel_desks_cards_bags_and_cases() {
        // A GDS's form of payment glues the card to its network's code.
        for (text, card) in [
            (
                "8 FP CCVI4554341166573625315/1027/P1",
                "4554341166573625315",
            ),
            ("8 FP CCAX371189373688086/0828/P1", "371189373688086"),
            ("FP CCDC30231856476598/0130", "30231856476598"),
        ] {
            assert_eq!(find_at(text, card), Some((Kind::Card, card)), "{text}");
        }
        // Capitals glued to a number are an identifier's prefix elsewhere.
        expect_nothing_at(&[
            ("ACCVI4554341166573625315", "4554"),
            ("SKUX4554341166573625315", "4554"),
        ]);
        expect_nothing(&[
            // Bag tags: a 0, the airline's code and six digits.
            "My bag with tag number 0932 223511 did not arrive",
            "Please deliver the bag (0205572140) to my hotel",
            "Mi maleta con etiqueta 0180 418700 no llegó",
            "我的行李（行李牌号 0999 679515）没有",
            "手荷物（タグ番号 0131251085）が",
            "Bitte liefern Sie den Koffer (0724429093) an",
            // Case and protocol numbers, three digits, a dash and seven.
            "(caso 267-6695607) y aún no lo he recibido",
            "(protocolo 226-6067809) e ainda não recebi",
            "(pratica 333-7373819) ma non ho",
            "(başvuru 303-2750245), henüz",
            "(zaaknummer 338-3161053), maar nog",
            "（受理号 300-3173371），至今",
            // Loyalty numbers, a GDS's ticket line.
            "My Aeroplan 674 919 279.",
            "7 FA PAX 001-3404760832/ETAA/USD3110.58",
        ]);
        expect_phones(&[
            ("en caso de urgencia llame al 612 345 678", "612 345 678"),
            (
                "I left my bag at the desk, call me at 0412 345 678",
                "0412 345 678",
            ),
        ]);
    }

    #[test]
    fn health_plans_and_carriers_words() {
        expect_phones(&[
            // A health plan's member services is a department, reached by
            // phone; a carrier's line number is the subscriber's.
            (
                "Call Member Services at 504-606-8739, 11:00 AM",
                "504-606-8739",
            ),
            ("Member Services: 1300 613 926, 2:30 p.m.", "1300 613 926"),
            ("Número de línea: 34730046619", "34730046619"),
            ("faxear la receta al 55 1234 5678", "55 1234 5678"),
            ("faxer l'ordonnance au 01 23 45 67 89", "01 23 45 67 89"),
            // A table's row labels its value cell.
            (
                "<tr><th>Mobile number</th><td>61495353109</td>",
                "61495353109",
            ),
            (
                "<tr><th>携帯電話番号</th><td>818094541798</td>",
                "818094541798",
            ),
            (
                r#"<tr><td>Phone:</td> <td class="v">020 7946 0958</td>"#,
                "020 7946 0958",
            ),
        ]);
        expect_nothing_at(&[
            ("<tr><th>Order number</th><td>61495353109</td>", "6149"),
            ("<td>61495353109</td>", "6149"),
        ]);
        // An HTML form control's value, labelled by its name.
        let input = r#"<input name="msisdn" value="393377918472">"#;
        assert_eq!(
            find_at(input, "393377918472"),
            Some((Kind::Phone, "393377918472"))
        );
        expect_nothing_at(&[
            (r#"<input name="order_id" value="393377918472">"#, "3933"),
            (
                r#"<input name="msisdn"  id="m" value="393377918472">"#,
                "3933",
            ),
        ]);
        expect_nothing(&[
            "Member ID 504606873",
            // Prescriptions, prescribers and provincial health numbers.
            "(receta n.º 321-2307353), 1-0-1",
            "la receta 379-0940002 estará",
            "(ordonnance n° 396-4080655), matin",
            "的处方（处方号 289-2458519，批号 440670）",
            "Billing NPI 2047865474, Tax ID",
            "BC PHN 9660 024 687.",
            r#"{"bc_phn": "9562 936 449"}"#,
            r#"{"ohip": "6640-185-982"}"#,
            // A SIM's PUK, a porting code, a MAC address.
            "The PUK 74536716 on the card does not work.",
            "Port code: 0627461410",
            r#"{"wifiMac": "57-59-55-76-13-56"}"#,
            "MAC 0836.1532.8073",
        ]);
    }

    #[test]
    fn asian_wallets_and_platform_ids() {
        expect_phones(&[
            // A UPI payment address made of a mobile number.
            (
                "Refund please to my UPI 9474685186@okhdfcbank.",
                "9474685186",
            ),
            (r#"{"vpa":"9474685186@upi"}"#, "9474685186"),
            ("My alternate number is 9951 6358.", "9951 6358"),
            (
                "Nomor alternatif 0878915964269, bisa telepon",
                "0878915964269",
            ),
        ]);
        // An address at a UPI handle's name with a dot is an address.
        assert_eq!(find("pay 9474685186@ybl.com"), None);
        expect_nothing(&[
            // Vietnam's tax code, rupiah amounts after `Rp.` and markup.
            "Xuất hóa đơn giúp mình, mã số thuế 0171801681.",
            r#"{"price":"Rp. 709.025.300"}"#,
            "<td>Amount</td><td>Rp 711.833.300</td>",
            r#"{"va_number":"5490574431924596"}"#,
        ]);
        // Chat platforms' ids: a user's in a log line, mentions of a
        // channel or a nickname, an id with a particle glued to its label.
        expect_nothing_at(&[
            (
                "ERROR discord: user 628459485305307073 joined guild",
                "628459485305307073",
            ),
            ("@here <#621781976717936552> pls help", "621781976717936552"),
            ("ka: <@!627478145475378978> pls look", "627478145475378978"),
            ("Discord IDは627325107627410146です。", "627325107627410146"),
            ("ID는 627325107627410146입니다", "627325107627410146"),
            ("Discord ID是353195037220180715。", "353195037220180715"),
            ("mi ID de Discord 501820263656834677.", "501820263656834677"),
        ]);
        // A transcript's speaker is no label, and a card word still speaks.
        assert_eq!(
            find("User: 0412 345 678"),
            Some((Kind::Phone, "0412 345 678"))
        );
        assert_eq!(
            find("Cardは4111111111111111です"),
            Some((Kind::Card, "4111111111111111"))
        );
    }

    #[test]
    fn everyday_desk_words() {
        expect_phones(&[
            // "Can call" in Chinese, a service number too.
            ("快递员可以打15577475662 税号", "15577475662"),
            ("快递员可以打4001476752 优惠券", "4001476752"),
            ("请打给我 13812345678", "13812345678"),
        ]);
        expect_nothing(&[
            // 打 alone opens "discount"; Korea's business registration.
            "打折 15577475662",
            "사업자등록번호 027-68-57950",
        ]);
    }

    #[test]
    fn african_and_european_desks() {
        expect_phones(&[
            // Swahili "call me at", "my phone is", "contact me via", a
            // country code without its `+`.
            ("Nipigie kwa 255758232415 tafadhali", "255758232415"),
            ("Namba yangu ya simu ni 255688262241 Habari", "255688262241"),
            (
                "Wasiliana nami kupitia 254110301852. Habari",
                "254110301852",
            ),
            // Finnish "please call me at"; a second phone field.
            ("soittakaa minulle numeroon 09 4682 467", "09 4682 467"),
            ("meu contato 11 98765-4321", "11 98765-4321"),
        ]);
        for text in [
            r#"{"phone2": "73 96 72 04"}"#,
            r#"{"mobile_1": "73 96 72 04"}"#,
        ] {
            let found = find_at(text, "73 96");
            assert_eq!(found, Some((Kind::Phone, "73 96 72 04")), "{text}");
        }
        expect_nothing_at(&[(r#"{"order2": "73 96 72 04"}"#, "73 96")]);
        expect_nothing(&[
            // A meter's, a shipment's, a transit pass's, an invoice's and a
            // case's numbers.
            r#"{"note":"sayaç no: 0279200614"}"#,
            "رقم الشحنة: 0812144255 ، المبلغ",
            "Matricola contatore: 85473192 –",
            "Navigo: 3373643022 – Portable:",
            "Subject: Saksnummer 01076933398",
            "Laskun numero: RE 710 394 612.",
        ]);
    }

    #[test]
    fn nordic_and_baltic_desks() {
        expect_phones(&[
            // "My new number", Estonian "my mobile" and "call at the
            // number", Latvian "tel.", Finnish "mobile phone".
            ("Jeg har nytt nummer: 978 45 650", "978 45 650"),
            (
                "Jeg har fået nyt nummer: 21 17 91 51 Firmaet",
                "21 17 91 51",
            ),
            ("Minu mobiil on 5561 2946. Aitäh", "5561 2946"),
            ("Helistage numbril 5279 1805 pärast", "5279 1805"),
            ("Tālr. 2811 9146 Mans", "2811 9146"),
            ("Matkapuhelin: 041-1575 266", "041-1575 266"),
            (r#"{"talrunis":"28 465 832"}"#, "28 465 832"),
            (r#"{"matkapuhelin": "092883504"}"#, "092883504"),
            // Lithuania's trunk and area code bracketed together, or set
            // apart by dashes.
            ("Tel. (8 691) 97649", "(8 691) 97649"),
            (
                "Mobilusis telefonas: (8 5) 239 3525. Ačiū",
                "(8 5) 239 3525",
            ),
            ("tel. 8-5-2562894.", "8-5-2562894"),
            // Finnish "(I) can be reached from the number".
            ("Minut tavoittaa numerosta 046-2495 688.", "046-2495 688"),
            // A table's label cell before the number's.
            ("<td>Mobile</td><td>595-88-53-73</td>", "595-88-53-73"),
        ]);
        // (Bracketed, a trunk and area code are no phone unlabelled.)
        expect_nothing(&["užsakymas (8 691) 97649"]);
        expect_nothing(&[
            // Payment references, metering points and agreements, Luhn-valid
            // at a card's length: an OCR number, a KID, a reference number,
            // a GSRN.
            "med OCR-nummer 4841489790654768 som ska",
            r#"{"ocr_nummer": "4059380749585566197"}"#,
            "med KID 3575529940070638801 til kontonummer",
            "a=1&kid=4971626532440707&forfallsdato=1",
            "viitenumber 8150562890250764, kontole",
            "aftagenummer 570566336953488091. Aflæsning",
            "aftale 501850952323, sagsnr.",
            // Person, customer and company numbers.
            "Kennitalan mín er 0106704979, takk",
            "Mój numer osobowy to 0302518193",
            "Mans klienta numurs 655 117 016.",
            "Company reg. no. 984 597 029 MVA",
            "org_nr=998%20346%20355%20MVA",
            "viitenumero 67187 43527, tilille",
            "personal_code=08076212512&x=1",
            "<th>Personennummer</th><td>081277 90524</td>",
            "Įmonės kodas 146339356, PVM",
        ]);
        // A Danish payment slip's reference after its code.
        expect_nothing_at(&[
            (
                "indbetalingskort +71<340416873425174 +85763591<, betalingsfrist",
                "3404",
            ),
            ("a,3401377,+75< 3852100826684954 +96879208<,x", "3852"),
            // A travel card's number before a phone word that labels what
            // follows it.
            (
                "HSL-kortin numero: 4170616115 – Matkapuhelin: 040 123 4567",
                "4170",
            ),
        ]);
        // A contract's number.
        expect_nothing(&["Minut tavoittaa numerosta Sopimusnumero: 642309606."]);
    }

    #[test]
    fn desks_from_russia_to_the_caucasus() {
        expect_phones(&[
            // Belarus' trunk before its area code from 0; a city's area
            // code of four; a mobile in threes and four.
            ("Тэл.: 8 (017) 217-22-61", "8 (017) 217-22-61"),
            ("Тэл.: 80296543707", "80296543707"),
            ("па нумары 8 029 712-56-90. Код", "8 029 712-56-90"),
            ("Тел.: 8 (3452) 37-86-92", "8 (3452) 37-86-92"),
            ("моб. 8(3412)84-15-82", "8(3412)84-15-82"),
            ("тел. 8-977-446-9438", "8-977-446-9438"),
            ("Номер для связи — 87011727478.", "87011727478"),
            ("Звоните — 8 8332 89-29-58.", "8 8332 89-29-58"),
            // Georgian "tel." and "call me at the number"; Zagreb's slash;
            // Czech "a call at the number".
            ("ტელ.: 597 35 37 99", "597 35 37 99"),
            ("დამირეკოთ ნომერზე (557) 80-83-56.", "(557) 80-83-56"),
            ("nazovete na broj 01/7846-696.", "01/7846-696"),
            ("zavolání na číslo 702078281.", "702078281"),
        ]);
        expect_nothing(&[
            "Заказ № 8 (3452) 37-86-92",
            "итого 80296543707",
            "Račun 01/7846-696",
            // Personal numbers and a tax registration code.
            "პირადი ნომერი 03955996341 ბანკის",
            r#"{"personal_no":"04160318732"}"#,
            "ЕГН: 0351048705",
            "КПП 665843001 Контактный",
        ]);
    }

    #[test]
    fn retail_and_carrier_desks() {
        expect_phones(&[
            // Of the customer: the number they can be reached on; a
            // delivery's driver.
            ("Customer can be reached on 087-4686134.", "087-4686134"),
            ("Kierowca: 509371909.", "509371909"),
            ("Motorista: (62) 97896 0484.", "(62) 97896 0484"),
        ]);
        expect_nothing(&[
            "We reached 412 345 678 users",
            // An air waybill in French, receipts, a terminal's merchant
            // contract, a tax id, pallets' codes.
            "EORI BE0084490965, LTA 057 90263504. Contact",
            "TC# 264-73-391977",
            "bonnummer 224-18-951229, autorisatiecode",
            "Bonnr 372-29-327871",
            "レシートNo. 231-93-530978",
            r#"{"customer":{"taxid":"219 728 836"}}"#,
            "VU-Nr. 0807 0798 5153",
            "Pallet SSCC 650512926772506977 was loaded",
        ]);
        expect_nothing_at(&[("Pallet SSCC 3 5472962 828724814 8 is geladen", "5472962")]);
    }

    #[test]
    fn east_asian_desks() {
        expect_phones(&[
            // Cantonese "handheld" and "me" after a phone word; 打 right
            // before the number; a bracketed calling code without its `+`.
            ("手提：27388712", "27388712"),
            ("我Tel係 9209 9225", "9209 9225"),
            ("打28695276搵我就得", "28695276"),
            ("WhatsApp我 (852) 9881 7252", "(852) 9881 7252"),
            ("<tr><th>手機</th><td>6583 2281</td>", "6583 2281"),
            // A Japanese area code bracketed; a minus sign for a hyphen; a
            // Latin phone word glued to the Japanese before it.
            ("TEL：(0466)67-1163", "(0466)67-1163"),
            (
                "電話：06\u{2212}4540\u{2212}4973",
                "06\u{2212}4540\u{2212}4973",
            ),
            (
                "ご不明な点はTEL080-9875-2676までお問い合わせ",
                "080-9875-2676",
            ),
        ]);
        expect_nothing(&["打折 15577475662", "Ref (852) 5030 0377"]);
    }

    #[test]
    fn west_and_central_african_desks() {
        expect_phones(&[
            // Côte d'Ivoire's and Benin's ten-digit plans open with a 0.
            ("Portable : +225 07 28 13 58 78", "+225 07 28 13 58 78"),
            (
                "rappel au +229 01 41 82 57 06 sous 48 h",
                "+229 01 41 82 57 06",
            ),
            // "It's the", "office", "call you back on".
            ("Mon numéro c'est le 93855900", "93855900"),
            ("Tél. bureau : 22 84 60 81", "22 84 60 81"),
            (
                "An agent will call you back on 6 72 76 70 49",
                "6 72 76 70 49",
            ),
            ("Faut me rappeler sur le 77 895 2370 pour", "77 895 2370"),
            ("Je suis joignable au 99.83.71.66 toute", "99.83.71.66"),
            ("contactez notre agence au 27 22 44 71 70", "27 22 44 71 70"),
            ("Bureau : 27 23 30 05 16", "27 23 30 05 16"),
            ("mon deuxième numéro 93764442.", "93764442"),
            ("Woo ma ci 788763453", "788763453"),
        ]);
        expect_nothing(&[
            "Mon CNI c est 527163887",
            "IP 10.20.30.40",
            "tel 10.20.30.40",
        ]);
    }

    #[test]
    fn marketplace_chats() {
        expect_phones(&[
            ("txt me 7134831381", "7134831381"),
            ("Voicemail from 2019296679 received", "2019296679"),
            ("blik na numer 799395622", "799395622"),
        ]);
        expect_phones_at(&[
            ("faço R$ 24.424, me chama 48983468962", "48983468962"),
            // A time of day before the number says when to call.
            ("call after 18:45 713-483-1381", "713-483-1381"),
            ("звоните после 10:00 89766879262", "89766879262"),
        ]);
        // A form key's parent names no value: `ticket[…][body]`.
        let form = "ticket%5Bcomment%5D%5Bbody%5D=hazme+bizum+al+670+903+024";
        assert_eq!(
            find_in_form_at(form, "670"),
            Some((Kind::Phone, "670+903+024"))
        );
        expect_nothing_at(&[
            // A user's id under a recipient's key, shorter than a number in
            // international form.
            (r#"{"recipient_id":683482628,"text":"x"}"#, "683"),
            ("Time 12:30 45 678 901", "45"),
        ]);
        let found = find_at(r#"{"recipient_id":"16315551234"}"#, "163");
        assert_eq!(found, Some((Kind::Phone, "16315551234")));
    }

    #[test]
    fn dach_and_benelux_public_services() {
        expect_nothing(&[
            "Polizzennummer 856.824.814, Schadenfall",
            "Numéro de police 798.106.579, sinistre",
            "Rundfunkbeitrag (Beitragsnummer 925 819 536) wird",
            "registre national : 03031467189.",
            "Mijn V-nummer is 2403248636.",
            "sv_nummer=2290+120332&x=1",
            "Mäi Clientsnummer ass 205869125. Meng",
            // A club member's number, Luhn-valid in no network's range.
            "O meu número de sócio é 9804887130733974.",
        ]);
        // A Swiss QR bill's reference in fives.
        expect_nothing_at(&[(
            r#"{"reference_qr":"28 34680 34658 91182 47887 84301"}"#,
            "34680",
        )]);
    }

    #[test]
    fn survey_answers() {
        expect_phones(&[
            // A survey's typed answer, and French "reach me at".
            (r#"{"type": "Phone", "answer": "2022063374"}"#, "2022063374"),
            ("Rejoignez-moi au 4383955127 svp.", "4383955127"),
        ]);
        // A form builder's phone field posts its number as a `full` part.
        for (form, value) in [
            ("a=1&q3_phoneNumber[full]=4035345031&x=1", "4035345031"),
            (
                "q3_phoneNumber%5Bfull%5D=%2811%29%2098446%205993&q4_email=",
                "%2811%29%2098446%205993",
            ),
            ("a=1&x_mobile[full]=612345678&x=1", "612345678"),
        ] {
            assert_eq!(
                find_in_form_at(form, value),
                Some((Kind::Phone, value)),
                "{form}"
            );
        }
    }

    #[test]
    fn what_a_collection_desks_review_found() {
        expect_phones(&[
            // "Requested" asks for a call; only a request's own number is
            // a record's.
            ("Callback requested on 07700 900123.", "07700 900123"),
            // Italy's free numbers, six digits after the prefix.
            ("chiamate il 800 796972 (lun-ven 13:00-18:45)", "800 796972"),
            // Swedish mobiles in two, two and three.
            ("Ni når mig på 079-42 19 670 efter 08:00.", "079-42 19 670"),
        ]);
        expect_nothing_at(&[
            ("Callback request 0612345678", "0612345678"),
            ("2000 Antwerpen, BCE 0773.379.128", "0773.379.128"),
            ("> Kliëntnommer: 0206-497713", "0206-497713"),
            ("Asiakasnro 0595-722372", "0595-722372"),
            ("Kundnr 0206-497713", "0206-497713"),
            ("Schuldner-Nr. 0665-003111", "0665-003111"),
            ("debiteurnummer 0836-587401", "0836-587401"),
            // A pagoPA notice's eighteen digits, Luhn-valid in a JCB range.
            (
                "codice avviso 3541 0510 9701 5858 57.",
                "3541 0510 9701 5858 57",
            ),
        ]);
    }

    #[test]
    fn what_four_more_desk_reviews_found() {
        // Fitness and beauty, freight and customs, veterinary, East Asian
        // e-commerce desks.
        expect_phones_at(&[
            ("대표전화 1577-9182 | 팩스 02-969-6377", "1577-9182"),
            ("客戶服務熱線：28032292\nWhatsApp", "28032292"),
            ("唔該盡快聯絡96627640", "96627640"),
            ("傳真: 2229 5790", "2229 5790"),
            ("【联系电话】8619 5302\n【邮箱】", "8619 5302"),
            ("TEL：057476468198\n直线：051280964280\n", "051280964280"),
            // A Chinese landline's extension after a dash.
            ("客服热线：020-83167806-531", "020-83167806"),
            ("Fixo: 51 2190-1042", "51 2190-1042"),
            ("Tfno.: 3145812103\nCelular:", "3145812103"),
            ("DDI: 020 7946 0958", "020 7946 0958"),
            ("Office: 020 7946 0958", "020 7946 0958"),
            ("Hải Phòng\nĐiện thoại: 0225.3603.127\n", "0225.3603.127"),
            // A count of minutes after the number is none of it.
            (
                "The driver can call 0495 979 425 30 min before arrival",
                "0495 979 425",
            ),
            ("Please call 1300 15 98 78 today", "1300 15 98 78"),
            (
                "The driver can call +32 (0)470 57 72 23 30 min before.",
                "+32 (0)470 57 72 23",
            ),
            ("电话：0532 4171 0506-875\n手机", "0532 4171 0506"),
            ("<td>TEL：</td><td>05922145082-140</td>", "05922145082"),
            ("Fax an 0512-8222 2232. Wir", "0512-8222 2232"),
            // Vietnamese landlines: bracketed or dotted, or labelled.
            ("shipper: (0251) 3342 978, ext. 38", "(0251) 3342 978"),
            ("Hải Phòng 0236.8039.696", "0236.8039.696"),
            ("Điện thoại: 0225 3264 829", "0225 3264 829"),
            // Sri Lanka's landlines, Bangladesh's mobiles without the `+`.
            ("mobile 076 271 2877 or 011 2 325103. email", "011 2 325103"),
            (
                "Rumana Ahmed,880 1501 208302,2845979695864",
                "880 1501 208302",
            ),
            ("RMN 8690796344", "8690796344"),
            ("কল করুন 9317822369 অথবা", "9317822369"),
            // A phone word past Scandinavian "on".
            (
                "Send mig en sms på 50 93 54 95, når du er her.",
                "50 93 54 95",
            ),
            // The katakana long mark typed for a dash between digits.
            (
                "電話番号０９０ー１７７９ー１７０７です",
                "０９０ー１７７９ー１７０７",
            ),
            ("電話番号090ー1779ー1707です", "090ー1779ー1707"),
            // An order's meta data.
            (
                r#"[{"id":1,"key":"_shipping_phone","value":"040346547"}]"#,
                "040346547",
            ),
        ]);
        expect_nothing_at(&[
            ("您的訂單3513498103已確認，手機0912-345-678", "3513498103"),
            ("access card 0439615200", "0439615200"),
            ("MAWB 160 8092 1396 / HAWB DKL2142905", "160 8092 1396"),
            ("IEC 0476299074", "0476299074"),
            ("Boeking 254 545 956 voor 52 pallets", "254 545 956"),
            (r#"{"commodity_code":"0306.17.36.59"}"#, "0306.17.36.59"),
            (r#"{"accession":"03-0816809"}"#, "03-0816809"),
            ("order 020-83167806-531", "020-83167806"),
            // A check digit is no extension; eleven digits in 4-4-3 are no
            // phone by their layout alone.
            ("UMID CRN 0111-8404071-6. Yung", "0111-8404071"),
            ("Ref 0225 3264 829 ok", "0225 3264 829"),
            ("the post office (94129-0226) on May 2", "94129-0226"),
            // The long mark joins an order number's groups too: its last
            // group is no phone of its own.
            (
                "２０２４１２０７ー０７９２４４８８３１で注文",
                "０７９２４４８８３１",
            ),
            ("Pasaporte: ES 0603315706\nTatuaje", "0603315706"),
            ("<td>VC No</td><td>01414999543</td>", "01414999543"),
            ("Citizenship no. 31-07-60-64485, mobile", "31-07-60-64485"),
            // "My number" of a member's, its "de" elided.
            ("Mon numéro d’adhérent est le 242967667.", "242967667"),
            // Not cards: a gift voucher, a payment reference, a barcode.
            ("Op cadeaubon 8197024205874551 staat", "8197024205874551"),
            (
                "Betalingskenmerk 8178 2680 1912 2664",
                "8178 2680 1912 2664",
            ),
            ("商品番号：4944596621743", "4944596621743"),
        ]);
    }

    #[test]
    fn what_four_reviews_found_after_them() {
        // Classifieds, South Asian call centres, European clinics and home
        // energy installers, read blind after the four before.
        expect_phones_at(&[
            ("Send en sms til 28 43 06 93", "28 43 06 93"),
            ("Telm.: 31986068767", "31986068767"),
            (r#"{"system":"fax","value":"62252002"}"#, "62252002"),
            // A person's list of numbers, whoever's line it is.
            (
                r#"{"phone":[{"label":"home","value":"21 4120-4063"}]}"#,
                "21 4120-4063",
            ),
        ]);
        expect_nothing_at(&[
            ("Es sobre el anuncio n.º 5778628827.", "5778628827"),
            ("P.IVA 07491471498 · C.F. 01120508117 · REA", "01120508117"),
            (
                r#"{"label": "SV-Nummer", "number": "2424 060399"}"#,
                "2424 060399",
            ),
            (
                "RPR Gent, ondernemingsnr. 0314.282.474 | IBAN",
                "0314.282.474",
            ),
            (r#"{"applicationRef":"BAFA 702 016 664"}"#, "702 016 664"),
            (r#"{"companyReg":"KRS 0196793612"}"#, "0196793612"),
            ("hat das Aktenzeichen 0234-859248, die", "0234-859248"),
            ("aansluitnummer: 0740494139", "0740494139"),
            (
                "Mi número de historia es 8390732778 y la cita",
                "8390732778",
            ),
            ("numer kartoteki to 936530364, dzięki", "936530364"),
        ]);
    }

    #[test]
    fn what_the_last_four_reviews_found() {
        // Francophone Africa, Eastern Europe and Central Asia, Spanish-
        // speaking Latin America, the Gulf and the Levant.
        expect_phones_at(&[
            ("Mi línea 8136-2511 está sin servicio", "8136-2511"),
            (
                "unicará con usted al número 2481-9032 registrado.",
                "2481-9032",
            ),
            ("Appel entrant du 77 123 45 67.", "77 123 45 67"),
            ("على الواتساب 3395 4635 او على", "3395 4635"),
        ]);
        expect_nothing_at(&[
            ("confond son MTCN 567-277-4447 avec", "567-277-4447"),
            ("Code de retrait: 770 216 040, valable", "770 216 040"),
            ("C.I. 0410298723; llámame al 02-421-6883", "0410298723"),
            ("No. identidad 0815-1968-02905</td>", "0815-1968-02905"),
            ("céd. 600736134 - llámame al 8312-3456", "600736134"),
            (r#""makani":"66746 82435""#, "66746 82435"),
            ("رقم العميل 84620540 للتواصل", "84620540"),
        ]);
        // Spanish `TC` is a credit card; only `TC#` is a receipt's.
        assert_eq!(
            find_at("la TC 5101749189888828 aparece", "5101749189888828"),
            Some((Kind::Card, "5101749189888828"))
        );
    }
}
