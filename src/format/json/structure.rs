//! The lean JSON follower: structure only, one table lookup per byte
//! outside strings.
//!
//! Without field rules, all a JSON body's shaper is asked at a finding is
//! whether it stands in a key, a string value or a bare number, and
//! whether the body is still JSON at all. That is a function of a small
//! state and the bracket stack. The state moves through a transition table
//! indexed by state and byte, so a byte outside strings costs one load
//! instead of a cascade of matches, and string contents, most of a body's
//! bytes, are skipped in bulk. A comma's next state, a key or a value,
//! depends on the innermost container, which is looked up only when a
//! bracket opens or closes. The bracket stack is a fixed bit array, so the
//! copies a stream keeps of its shaper never allocate.
//!
//! It reads exactly the grammar the field tracker reads byte by byte
//! (lenient where that one is lenient); tests hold the two to the same
//! context at every offset of every document they try.

use super::{string_run, MAX_DEPTH};
use crate::stream::Context;

/// Byte classes: the bytes that the grammar tells apart.
mod class {
    pub const OTHER: u8 = 0;
    pub const SPACE: u8 = 1;
    pub const QUOTE: u8 = 2;
    pub const BACKSLASH: u8 = 3;
    pub const OPEN_OBJECT: u8 = 4;
    pub const CLOSE_OBJECT: u8 = 5;
    pub const OPEN_ARRAY: u8 = 6;
    pub const CLOSE_ARRAY: u8 = 7;
    pub const COLON: u8 = 8;
    pub const COMMA: u8 = 9;
    /// `-` and digits: start a number and go on with one.
    pub const NUMBER_START: u8 = 10;
    /// `.`, `E` and `+`: go on with a number only.
    pub const NUMBER_PART: u8 = 11;
    /// `e`: goes on with a number or a literal.
    pub const LETTER_E: u8 = 12;
    /// `t`, `f`, `n`: start a literal and go on with one.
    pub const LITERAL_START: u8 = 13;
    /// Any other lower-case letter: goes on with a literal.
    pub const LOWER: u8 = 14;
    pub const COUNT: usize = 15;
}

const fn class_of(b: u8) -> u8 {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' => class::SPACE,
        b'"' => class::QUOTE,
        b'\\' => class::BACKSLASH,
        b'{' => class::OPEN_OBJECT,
        b'}' => class::CLOSE_OBJECT,
        b'[' => class::OPEN_ARRAY,
        b']' => class::CLOSE_ARRAY,
        b':' => class::COLON,
        b',' => class::COMMA,
        b'-' | b'0'..=b'9' => class::NUMBER_START,
        b'.' | b'E' | b'+' => class::NUMBER_PART,
        b'e' => class::LETTER_E,
        b't' | b'f' | b'n' => class::LITERAL_START,
        b'a'..=b'z' => class::LOWER,
        _ => class::OTHER,
    }
}

static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = class_of(b as u8);
        b += 1;
    }
    table
};

/// States. Those from [`FIRST_RUN`] on are not stepped through byte by
/// byte: string contents are skipped in bulk, and a broken document is
/// left. The `_TOP` twins are the same states outside any container, where
/// a value is followed by another document (NDJSON) instead of `,` or a
/// bracket.
mod state {
    /// A value may start, inside a container.
    pub const VALUE: u8 = 0;
    pub const VALUE_TOP: u8 = 1;
    /// After `{`: a key or `}`.
    pub const KEY_OR_CLOSE: u8 = 2;
    /// After `,` in an object: a key.
    pub const KEY: u8 = 3;
    /// After a key: `:`.
    pub const COLON: u8 = 4;
    /// After a value in a container: `,` or a closing bracket.
    pub const COMMA_OR_CLOSE: u8 = 5;
    /// After a backslash in a key, a string value, a top-level string.
    pub const ESCAPE_KEY: u8 = 6;
    pub const ESCAPE_VALUE: u8 = 7;
    pub const ESCAPE_TOP: u8 = 8;
    pub const NUMBER: u8 = 9;
    pub const NUMBER_TOP: u8 = 10;
    pub const LITERAL: u8 = 11;
    pub const LITERAL_TOP: u8 = 12;
    pub const STR_KEY: u8 = 13;
    pub const STR_VALUE: u8 = 14;
    pub const STR_TOP: u8 = 15;
    /// Not JSON: everything is text from here on.
    pub const BROKEN: u8 = 16;
    pub const COUNT: usize = 17;
}

const FIRST_RUN: u8 = state::STR_KEY;

/// What a transition does beyond moving to its state, in an entry's high
/// bits: bracket work, whose next state depends on the stack.
mod action {
    pub const PUSH_OBJECT: u8 = 1;
    pub const PUSH_ARRAY: u8 = 2;
    pub const POP_OBJECT: u8 = 3;
    pub const POP_ARRAY: u8 = 4;
    /// `,` in a container: a key follows in an object, a value in an array.
    pub const COMMA: u8 = 5;
    pub const SHIFT: u32 = 5;
}

const NEXT_MASK: u8 = (1 << action::SHIFT) - 1;

/// An entry for a transition whose next state `act` decides.
const fn bracket_work(act: u8) -> u8 {
    act << action::SHIFT
}

type Row = [u8; class::COUNT];

const fn broken_row() -> Row {
    [state::BROKEN; class::COUNT]
}

const fn value_row(top: bool) -> Row {
    let mut row = broken_row();
    let (this, string, number, literal) = if top {
        (
            state::VALUE_TOP,
            state::STR_TOP,
            state::NUMBER_TOP,
            state::LITERAL_TOP,
        )
    } else {
        (
            state::VALUE,
            state::STR_VALUE,
            state::NUMBER,
            state::LITERAL,
        )
    };
    row[class::SPACE as usize] = this;
    row[class::QUOTE as usize] = string;
    row[class::OPEN_OBJECT as usize] = bracket_work(action::PUSH_OBJECT);
    row[class::OPEN_ARRAY as usize] = bracket_work(action::PUSH_ARRAY);
    // `[]` and `[1,]`: an array may close where a value could start (the
    // pop refuses an object's bracket). Outside any container it cannot.
    if !top {
        row[class::CLOSE_ARRAY as usize] = bracket_work(action::POP_ARRAY);
    }
    row[class::NUMBER_START as usize] = number;
    row[class::LITERAL_START as usize] = literal;
    row
}

const fn comma_or_close_row() -> Row {
    let mut row = broken_row();
    row[class::SPACE as usize] = state::COMMA_OR_CLOSE;
    row[class::COMMA as usize] = bracket_work(action::COMMA);
    row[class::CLOSE_OBJECT as usize] = bracket_work(action::POP_OBJECT);
    row[class::CLOSE_ARRAY as usize] = bracket_work(action::POP_ARRAY);
    row
}

const fn expecting_row(this: u8, class: u8, next: u8) -> Row {
    let mut row = broken_row();
    row[class::SPACE as usize] = this;
    row[class as usize] = next;
    row
}

const fn string_row(this: u8, escape: u8, end: u8) -> Row {
    let mut row = [this; class::COUNT];
    row[class::QUOTE as usize] = end;
    row[class::BACKSLASH as usize] = escape;
    row
}

/// A number or literal ends at the first byte that cannot go on with it;
/// that byte is read as the state after the value reads it.
const fn run_row(this: u8, after: Row, goes_on: &[u8]) -> Row {
    let mut row = after;
    let mut i = 0;
    while i < goes_on.len() {
        row[goes_on[i] as usize] = this;
        i += 1;
    }
    row
}

static TRANSITIONS: [Row; state::COUNT] = {
    use state::*;
    const NUMBER_CLASSES: &[u8] = &[class::NUMBER_START, class::NUMBER_PART, class::LETTER_E];
    const LITERAL_CLASSES: &[u8] = &[class::LETTER_E, class::LITERAL_START, class::LOWER];
    let mut t = [broken_row(); COUNT];
    t[VALUE as usize] = value_row(false);
    t[VALUE_TOP as usize] = value_row(true);
    let mut key_or_close = expecting_row(KEY_OR_CLOSE, class::QUOTE, STR_KEY);
    key_or_close[class::CLOSE_OBJECT as usize] = bracket_work(action::POP_OBJECT);
    t[KEY_OR_CLOSE as usize] = key_or_close;
    t[KEY as usize] = expecting_row(KEY, class::QUOTE, STR_KEY);
    t[COLON as usize] = expecting_row(COLON, class::COLON, VALUE);
    t[COMMA_OR_CLOSE as usize] = comma_or_close_row();
    t[ESCAPE_KEY as usize] = [STR_KEY; class::COUNT];
    t[ESCAPE_VALUE as usize] = [STR_VALUE; class::COUNT];
    t[ESCAPE_TOP as usize] = [STR_TOP; class::COUNT];
    t[STR_KEY as usize] = string_row(STR_KEY, ESCAPE_KEY, COLON);
    t[STR_VALUE as usize] = string_row(STR_VALUE, ESCAPE_VALUE, COMMA_OR_CLOSE);
    t[STR_TOP as usize] = string_row(STR_TOP, ESCAPE_TOP, VALUE_TOP);
    t[NUMBER as usize] = run_row(NUMBER, comma_or_close_row(), NUMBER_CLASSES);
    t[NUMBER_TOP as usize] = run_row(NUMBER_TOP, value_row(true), NUMBER_CLASSES);
    t[LITERAL as usize] = run_row(LITERAL, comma_or_close_row(), LITERAL_CLASSES);
    t[LITERAL_TOP as usize] = run_row(LITERAL_TOP, value_row(true), LITERAL_CLASSES);
    t
};

/// [`TRANSITIONS`] by byte instead of class, one load per step. Rows for
/// every value a state's bits can take, so indexing needs no bounds check;
/// those past the last state are never reached.
static NEXT: [[u8; 256]; 1 << action::SHIFT] = {
    let mut t = [[state::BROKEN; 256]; 1 << action::SHIFT];
    let mut s = 0;
    while s < state::COUNT {
        let mut b = 0;
        while b < 256 {
            t[s][b] = TRANSITIONS[s][CLASS[b] as usize];
            b += 1;
        }
        s += 1;
    }
    t
};

/// Follows a JSON body's structure (see the module docs).
#[derive(Clone, Debug)]
pub(super) struct Structure {
    state: u8,
    depth: u16,
    /// Open containers, one bit each from the bottom: 1 for an object.
    brackets: [u64; MAX_DEPTH / 64],
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            state: state::VALUE_TOP,
            depth: 0,
            brackets: [0; MAX_DEPTH / 64],
        }
    }
}

impl Structure {
    pub(super) fn is_broken(&self) -> bool {
        self.state == state::BROKEN
    }

    pub(super) fn context(&self) -> Context {
        match self.state {
            state::STR_KEY | state::ESCAPE_KEY => Context::Kept,
            state::ESCAPE_VALUE | state::ESCAPE_TOP => Context::EscapedText,
            // A finding at a value position starts a bare number.
            state::NUMBER | state::NUMBER_TOP | state::VALUE | state::VALUE_TOP => Context::Number,
            _ => Context::Text,
        }
    }

    /// Follows `bytes`, the next bytes of the body.
    pub(super) fn follow(&mut self, bytes: &[u8]) {
        let mut state = self.state;
        // Whether the innermost container is an object: what a `,` leads
        // to. Looked up once per bracket instead of once per member.
        let mut in_object = self.innermost_is_object();
        let mut at = 0;
        loop {
            // Stepped states and run states are numbered apart, and bracket
            // work sits in the high bits, so one compare per byte tells
            // whether the plain stepping goes on.
            while state < FIRST_RUN {
                let Some(&b) = bytes.get(at) else {
                    self.state = state;
                    return;
                };
                state = NEXT[usize::from(state & NEXT_MASK)][usize::from(b)];
                at += 1;
            }
            if state > NEXT_MASK {
                let act = state >> action::SHIFT;
                state = match (act, in_object) {
                    (action::COMMA, Some(true)) => state::KEY,
                    (action::COMMA, Some(false)) => state::VALUE,
                    _ => {
                        let next = self.bracket(act);
                        in_object = self.innermost_is_object();
                        next
                    }
                };
                continue;
            }
            if state == state::BROKEN {
                break;
            }
            // In a string: skip to its closing quote or next backslash, and
            // step over that byte.
            at += string_run(&bytes[at..]);
            let Some(&b) = bytes.get(at) else {
                break;
            };
            state = NEXT[usize::from(state & NEXT_MASK)][usize::from(b)];
            at += 1;
        }
        self.state = state;
    }

    /// The state after a transition's bracket work.
    // Once per container or member, not per byte: kept out of the loop.
    #[inline(never)]
    fn bracket(&mut self, act: u8) -> u8 {
        let depth = usize::from(self.depth);
        match act {
            action::PUSH_OBJECT | action::PUSH_ARRAY => {
                if depth == MAX_DEPTH {
                    return state::BROKEN;
                }
                let bit = 1u64 << (depth % 64);
                let word = &mut self.brackets[depth / 64];
                if act == action::PUSH_OBJECT {
                    *word |= bit;
                } else {
                    *word &= !bit;
                }
                self.depth += 1;
                if act == action::PUSH_OBJECT {
                    state::KEY_OR_CLOSE
                } else {
                    state::VALUE
                }
            }
            action::POP_OBJECT | action::POP_ARRAY => {
                if self.innermost_is_object() != Some(act == action::POP_OBJECT) {
                    return state::BROKEN;
                }
                self.depth -= 1;
                if self.depth == 0 {
                    state::VALUE_TOP
                } else {
                    state::COMMA_OR_CLOSE
                }
            }
            _ => match self.innermost_is_object() {
                Some(true) => state::KEY,
                Some(false) => state::VALUE,
                None => state::BROKEN,
            },
        }
    }

    fn innermost_is_object(&self) -> Option<bool> {
        let top = usize::from(self.depth).checked_sub(1)?;
        Some(self.brackets[top / 64] >> (top % 64) & 1 == 1)
    }
}
