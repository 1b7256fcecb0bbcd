//! Logical characters over raw bytes: the encodings the detectors see through.
//!
//! Request bodies carry PII in encoded forms: `%40` or `\u0040` for `@`,
//! `\u0034` for a digit in a JSON string, `%20` for a space in a form value,
//! `&nbsp;` between digit groups and `&#43;` for a `+` in an HTML body,
//! a full-width digit as it stands in UTF-8 (`４`), in a JSON string
//! (`\uff14`) or in a form value (`%EF%BC%94`). The verifiers read *logical* characters, each of which covers one or more
//! raw bytes, and report findings as raw byte offsets that cover the whole
//! escape, so a mask never splits one.
//!
//! Decoding is *local*: a valid escape never contains the first byte of
//! another (`%`, `\` and `&` never occur inside `%HH`, `\uHHHH`, `\n` or
//! `&nbsp;`), but for the `%HH` of a wide character's UTF-8 continuation
//! bytes (`%A0` in `%C2%A0`), which no wide character starts with; so the
//! set of escapes is the same whichever position a reader starts from, and
//! the character before a position can be decoded by looking back at most
//! [`MAX_ESCAPE_LEN`] bytes. That is what lets the fast path decode lazily around prefilter hits
//! while the reference decodes the whole input up front, with identical
//! results.

/// The logical byte that stands for any non-ASCII character decoded from a
/// `\uHHHH` escape or an HTML character reference (≥ U+0080). Raw UTF-8 bytes are passed through as they are;
/// both are ≥ 0x80, so "non-ASCII" tests treat them alike.
pub const NON_ASCII: u8 = 0x80;

/// The longest HTML character reference, `&` and `;` included, read as
/// one (`&eacute;`, `&#65296;`).
const MAX_REFERENCE_LEN: usize = 9;

/// The longest escape, in raw bytes: an HTML character reference whose
/// `&` a JSON writer escaped, as Rails', Go's and .NET's do by default
/// (`\u0026eacute;`, `\u0026#65306;`).
pub const MAX_ESCAPE_LEN: usize = 6 + MAX_REFERENCE_LEN - 1;

#[inline]
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The character a `\uHHHH` escape at `at` stands for, if one starts there
/// and is a character of its own (not half of a surrogate pair), with its
/// raw length. An escaped `&` that opens an HTML character reference
/// stands with it for the referenced character: an HTML body in JSON whose
/// writer escapes `&`, as Rails', Go's and .NET's do (`3462\u0026nbsp;983808`,
/// `caf\u0026eacute;.fr`), reads as it does unescaped.
#[inline]
fn unicode_escape(hay: &[u8], at: usize) -> Option<(char, usize)> {
    escaped_char_of(hay, at, code_point_at(hay, at)?)
}

/// The code point of the `\uHHHH` escape at `at`, if one starts there.
#[inline]
fn code_point_at(hay: &[u8], at: usize) -> Option<u32> {
    if hay.get(at..at + 2)? != b"\\u" {
        return None;
    }
    let mut cp: u32 = 0;
    for i in 2..6 {
        cp = (cp << 4) | u32::from(hex_value(*hay.get(at + i)?)?);
    }
    Some(cp)
}

/// [`unicode_escape`] of the escape at `at`, whose code point is `cp`.
#[inline]
fn escaped_char_of(hay: &[u8], at: usize, cp: u32) -> Option<(char, usize)> {
    if cp == u32::from(b'&') {
        if let Some((c, len)) = reference_body(hay, at + 6, MAX_REFERENCE_LEN - 1) {
            return Some((c, 6 + len));
        }
    }
    Some((char::from_u32(cp)?, 6))
}

/// The ASCII character that a typographic space or dash between digit
/// groups, or a full-width digit or sign, stands for, if `c` is one:
///
/// * no-break (U+00A0), figure (U+2007), thin (U+2009), narrow no-break
///   (U+202F) and ideographic (U+3000) spaces read as a space; hyphen
///   (U+2010), non-breaking hyphen (U+2011), figure dash (U+2012), en
///   dash (U+2013) and minus sign (U+2212, which Japanese input methods
///   type for a hyphen) as `-`. French writes phone numbers and amounts with
///   such spaces, and word processors and chat apps turn typed hyphens
///   into these dashes: text pasted from them carries both.
/// * the full-width digits (U+FF10–U+FF19), `＋`, `－`, `（` and `）` as
///   their ASCII forms: Japanese, Chinese and Korean input methods type
///   numbers in full width unless switched back (`４２５１－７０８１…`),
///   and the ideographic space between groups with them.
/// * the Arabic-Indic digits (U+0660–U+0669) and their Persian and Urdu
///   forms (U+06F0–U+06F9) as ASCII digits: Arabic and Persian keyboards
///   type them (`٠٥٠١٢٣٤٥٦٧`, `۰۹۱۲ ۳۴۵ ۶۷۸۹`).
///
/// The detectors call them wide characters.
#[inline]
pub fn typographic_ascii(c: char) -> Option<u8> {
    match c {
        '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' | '\u{3000}' => Some(b' '),
        '\u{2010}'..='\u{2013}' | '\u{2212}' | '\u{ff0d}' => Some(b'-'),
        '\u{ff10}'..='\u{ff19}' => Some(b'0' + (c as u32 - 0xff10) as u8),
        '\u{660}'..='\u{669}' => Some(b'0' + (c as u32 - 0x660) as u8),
        '\u{6f0}'..='\u{6f9}' => Some(b'0' + (c as u32 - 0x6f0) as u8),
        '\u{ff0b}' => Some(b'+'),
        // Japanese users type an address's `@` full width, and some do so
        // on purpose, as a harvester would not read it.
        '\u{ff20}' => Some(b'@'),
        '\u{ff08}' => Some(b'('),
        '\u{ff09}' => Some(b')'),
        _ => None,
    }
}

/// Bytes that may start more than a character of their own: an escape,
/// a `+` read as a space, a wide character in UTF-8.
const STARTS_MORE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'%' as usize] = true;
    t[b'&' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'+' as usize] = true;
    t[0xC2] = true;
    t[0xD9] = true;
    t[0xDB] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// Bytes that may end more than a character of their own: the last byte of
/// an escape (a hex digit, `n r t / "`, an entity's `;`), a `+`, the last
/// byte of a wide character.
const ENDS_MORE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_hexdigit()
            || matches!(c, b'n' | b'r' | b't' | b'/' | b'"' | b';' | b'+' | 0xA0)
            || arabic_digit_of(0xD9, c).is_some()
            || arabic_digit_of(0xDB, c).is_some()
            || wide_char_of(0xE2, 0x80, c).is_some()
            || wide_char_of(0xE3, 0x80, c).is_some()
            || wide_char_of(0xEF, 0xBC, c).is_some()
            || c == LONG_MARK[2];
        b += 1;
    }
    t
};

/// A wide character (see [`typographic_ascii`]) written in UTF-8 at
/// `at`, if one is: the ASCII character it reads as, and its raw length.
#[inline]
pub fn wide_char_at(hay: &[u8], at: usize) -> Option<(u8, usize)> {
    match *hay.get(at)? {
        0xC2 if hay.get(at + 1) == Some(&0xA0) => Some((b' ', 2)),
        lead @ (0xD9 | 0xDB) => arabic_digit_of(lead, *hay.get(at + 1)?).map(|d| (d, 2)),
        lead @ (0xE2 | 0xE3 | 0xEF) => {
            if lead == LONG_MARK[0] && hay.get(at..at + 3) == Some(&LONG_MARK[..]) {
                return long_mark_as_dash(hay, at).then_some((b'-', 3));
            }
            let c = wide_char_of(lead, *hay.get(at + 1)?, *hay.get(at + 2)?)?;
            Some((c, 3))
        }
        _ => None,
    }
}

/// The katakana long mark, `ー`, in UTF-8: Japanese input methods type it
/// for a dash after a full-width digit (`０９０ー１７７９ー１７０７`).
const LONG_MARK: [u8; 3] = [0xE3, 0x83, 0xBC];

/// Whether the long mark at `at` stands between two digits, ASCII or full
/// width, where it is a dash; elsewhere it lengthens a vowel (`メール`).
/// (Read from the raw bytes around it, so forward and backward reading
/// agree.)
fn long_mark_as_dash(hay: &[u8], at: usize) -> bool {
    let is_full_width_digit = |b: &[u8]| matches!(b, [0xEF, 0xBC, 0x90..=0x99]);
    let digit_before = at.checked_sub(1).is_some_and(|i| hay[i].is_ascii_digit())
        || at
            .checked_sub(3)
            .is_some_and(|i| is_full_width_digit(&hay[i..at]));
    let after = at + 3;
    let digit_after = hay.get(after).is_some_and(u8::is_ascii_digit)
        || hay.get(after..after + 3).is_some_and(is_full_width_digit);
    digit_before && digit_after
}

/// The ASCII character a three-byte wide character stands for, from its
/// bytes.
#[inline]
const fn wide_char_of(lead: u8, middle: u8, last: u8) -> Option<u8> {
    match (lead, middle, last) {
        (0xE2, 0x80, 0x87 | 0x89 | 0xAF) | (0xE3, 0x80, 0x80) => Some(b' '),
        (0xE2, 0x80, 0x90..=0x93) | (0xE2, 0x88, 0x92) | (0xEF, 0xBC, 0x8D) => Some(b'-'),
        (0xEF, 0xBC, 0x90..=0x99) => Some(b'0' + (last - 0x90)),
        (0xEF, 0xBC, 0x8B) => Some(b'+'),
        (0xEF, 0xBC, 0xA0) => Some(b'@'),
        (0xEF, 0xBC, 0x88) => Some(b'('),
        (0xEF, 0xBC, 0x89) => Some(b')'),
        _ => None,
    }
}

/// The ASCII digit an Arabic-Indic digit (lead `0xD9`) or an Extended
/// Arabic-Indic one (lead `0xDB`) stands for, from its two bytes.
#[inline]
pub(crate) const fn arabic_digit_of(lead: u8, last: u8) -> Option<u8> {
    match (lead, last) {
        (0xD9, 0xA0..=0xA9) => Some(b'0' + (last - 0xA0)),
        (0xDB, 0xB0..=0xB9) => Some(b'0' + (last - 0xB0)),
        _ => None,
    }
}

/// [`wide_char_at`] for the character that ends at `end`. UTF-8
/// continuation bytes never start a character, so this agrees with
/// reading forward from any earlier boundary.
#[inline]
fn wide_char_before(hay: &[u8], end: usize) -> Option<(u8, usize)> {
    let last = *hay.get(end.checked_sub(1)?)?;
    if end >= 2 {
        match (hay[end - 2], last) {
            (0xC2, 0xA0) => return Some((b' ', 2)),
            (lead @ (0xD9 | 0xDB), _) => {
                if let Some(d) = arabic_digit_of(lead, last) {
                    return Some((d, 2));
                }
            }
            _ => {}
        }
    }
    if end < 3 {
        return None;
    }
    if hay[end - 3..end] == LONG_MARK {
        return long_mark_as_dash(hay, end - 3).then_some((b'-', 3));
    }
    wide_char_of(hay[end - 3], hay[end - 2], last).map(|c| (c, 3))
}

/// The character outside ASCII that an escape at `at` stands for, which
/// the detectors read as [`NON_ASCII`] (see [`Text::escaped_char`]).
#[inline]
fn escaped_char_at(hay: &[u8], at: usize, form: bool) -> Option<char> {
    let c = match *hay.get(at)? {
        b'\\' => unicode_escape(hay, at)?.0,
        b'&' if !form => html_reference(hay, at)?.0,
        b'%' if percent_byte(hay, at) == Some(b'&') => percent_reference(hay, at)?.0,
        _ => return None,
    };
    (!c.is_ascii() && typographic_ascii(c).is_none()).then_some(c)
}

/// Whether `c` is a full-width form, the ideographic space, an
/// Arabic-Indic digit or a typographic dash, which the detectors read as
/// ASCII (see [`typographic_ascii`]) and an address does not: a dash
/// glued to an address ends it (`…0958–jane@example.com`).
#[inline]
fn is_full_width(c: char) -> bool {
    matches!(
        c,
        '\u{3000}'
            | '\u{ff01}'..='\u{ff5e}'
            | '\u{660}'..='\u{669}'
            | '\u{6f0}'..='\u{6f9}'
            | '\u{2010}'..='\u{2013}'
            | '\u{2212}'
    )
}

/// [`Text::full_width_char`] of a character that starts at raw offset `at`.
#[inline(never)]
fn full_width_char_at(hay: &[u8], at: usize, form: bool) -> Option<char> {
    let c = match *hay.get(at)? {
        b'&' if !form => html_reference(hay, at)?.0,
        0xD9 | 0xDB => std::str::from_utf8(hay.get(at..at + 2)?)
            .ok()?
            .chars()
            .next()?,
        0xE2 | 0xE3 | 0xEF => std::str::from_utf8(hay.get(at..at + 3)?)
            .ok()?
            .chars()
            .next()?,
        b'\\' => unicode_escape(hay, at)?.0,
        b'%' => {
            // (An Arabic-Indic digit is two bytes, a full-width form three.)
            let lead = percent_byte(hay, at)?;
            let len = if matches!(lead, 0xD9 | 0xDB) { 2 } else { 3 };
            let mut bytes = [lead, 0, 0];
            for (i, b) in bytes.iter_mut().enumerate().take(len).skip(1) {
                *b = percent_byte(hay, at + 3 * i)?;
            }
            std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?
        }
        _ => return None,
    };
    (is_full_width(c) && typographic_ascii(c).is_some()).then_some(c)
}

/// The byte a `%HH` at `at` stands for.
#[inline]
fn percent_byte(hay: &[u8], at: usize) -> Option<u8> {
    if *hay.get(at)? != b'%' {
        return None;
    }
    let hi = hex_value(*hay.get(at + 1)?)?;
    let lo = hex_value(*hay.get(at + 2)?)?;
    Some((hi << 4) | lo)
}

/// A wide character percent-encoded byte by byte from `at`, whose first
/// byte decodes to `lead` (`%C2%A0`, `%EF%BC%94`): the ASCII character it
/// reads as, and its raw length. Browsers encode a form's non-ASCII
/// characters so.
#[inline(never)]
fn percent_wide_char(hay: &[u8], at: usize, lead: u8) -> Option<(u8, usize)> {
    let second = percent_byte(hay, at + 3)?;
    if lead == 0xC2 {
        return (second == 0xA0).then_some((b' ', 6));
    }
    if matches!(lead, 0xD9 | 0xDB) {
        return arabic_digit_of(lead, second).map(|d| (d, 6));
    }
    if !matches!(lead, 0xE2 | 0xE3 | 0xEF) {
        return None;
    }
    let c = wide_char_of(lead, second, percent_byte(hay, at + 6)?)?;
    Some((c, 9))
}

/// The logical byte an escaped character reads as: an ASCII character
/// itself, a wide character what it stands for; anything else is a
/// character the detectors only need to know is not ASCII.
#[inline]
fn logical_of(c: char) -> u8 {
    match typographic_ascii(c) {
        Some(ascii) => ascii,
        None => u8::try_from(c)
            .ok()
            .filter(|b| b.is_ascii())
            .unwrap_or(NON_ASCII),
    }
}

/// The Latin-1 letters U+00C0–U+00FF by their HTML entity names (`None`
/// for × and ÷, which are no letters).
const LATIN1_LETTERS: [Option<&[u8]>; 64] = {
    const UPPER: [&[u8]; 32] = [
        b"Agrave", b"Aacute", b"Acirc", b"Atilde", b"Auml", b"Aring", b"AElig", b"Ccedil",
        b"Egrave", b"Eacute", b"Ecirc", b"Euml", b"Igrave", b"Iacute", b"Icirc", b"Iuml", b"ETH",
        b"Ntilde", b"Ograve", b"Oacute", b"Ocirc", b"Otilde", b"Ouml", b"", b"Oslash", b"Ugrave",
        b"Uacute", b"Ucirc", b"Uuml", b"Yacute", b"THORN", b"szlig",
    ];
    const LOWER: [&[u8]; 32] = [
        b"agrave", b"aacute", b"acirc", b"atilde", b"auml", b"aring", b"aelig", b"ccedil",
        b"egrave", b"eacute", b"ecirc", b"euml", b"igrave", b"iacute", b"icirc", b"iuml", b"eth",
        b"ntilde", b"ograve", b"oacute", b"ocirc", b"otilde", b"ouml", b"", b"oslash", b"ugrave",
        b"uacute", b"ucirc", b"uuml", b"yacute", b"thorn", b"yuml",
    ];
    let mut t = [None; 64];
    let mut i = 0;
    while i < 32 {
        if !UPPER[i].is_empty() {
            t[i] = Some(UPPER[i]);
            t[i + 32] = Some(LOWER[i]);
        }
        i += 1;
    }
    t
};

/// The character an HTML character reference at `at` stands for, and its
/// raw length (at most [`MAX_REFERENCE_LEN`]): as help desks' HTML bodies
/// write them, numeric (`&#241;`, `&#xF1;`, `&#64;`) for any printable
/// character of the BMP; named for a no-break space (`&nbsp;`), a `+`
/// (`&plus;`), an `@` (`&commat;`) and the Latin-1 letters (`&eacute;`),
/// which mail clients write into names and addresses. Names are case
/// sensitive, as HTML's are.
fn html_reference(hay: &[u8], at: usize) -> Option<(char, usize)> {
    let (c, len) = reference_body(hay, at + 1, MAX_REFERENCE_LEN - 1)?;
    Some((c, len + 1))
}

/// The character an HTML character reference stands for from the byte
/// after its `&`, at `at`, and its length from there, `;` included, if it
/// is at most `max_len` bytes long (see [`html_reference`]).
fn reference_body(hay: &[u8], at: usize, max_len: usize) -> Option<(char, usize)> {
    let rest = hay.get(at..)?;
    let semicolon = rest.iter().take(max_len).position(|&b| b == b';')?;
    let body = &rest[..semicolon];
    let c = if let Some(number) = body.strip_prefix(b"#") {
        let (digits, radix) = match number.first() {
            Some(b'x' | b'X') => (&number[1..], 16),
            _ => (number, 10),
        };
        if digits.is_empty() {
            return None;
        }
        let mut cp: u32 = 0;
        for &d in digits {
            cp = cp * radix + char::from(d).to_digit(radix)?;
        }
        let c = char::from_u32(cp)?;
        // (Of ASCII, the printable characters: mail clients write whole
        // addresses so to hide them from harvesters, `&#106;&#97;…`. A
        // reference to a control character, or outside the BMP, reads as
        // it is written: a context word is matched in at most three
        // bytes a character, as JSON's surrogate pairs are.)
        if (c.is_ascii() && !(' '..='~').contains(&c)) || cp > 0xFFFF {
            return None;
        }
        c
    } else {
        match body {
            b"nbsp" => '\u{a0}',
            b"plus" => '+',
            b"commat" => '@',
            name => {
                let i = LATIN1_LETTERS.iter().position(|&n| n == Some(name))?;
                char::from_u32(0xC0 + i as u32)?
            }
        }
    };
    Some((c, semicolon + 1))
}

/// An HTML character reference percent-encoded whole at `at` (`%26nbsp%3B`,
/// `%26%2343%3B`, `%26%2364%3B`): the character it stands for and its raw
/// length, at most [`MAX_ESCAPE_LEN`]. Inbound-mail webhooks post a
/// message's HTML as a form field, so the `&nbsp;` between a signature's
/// digit groups and the `&#64;` of an address hidden from harvesters
/// reach the body encoded once more.
#[inline(never)]
fn percent_reference(hay: &[u8], at: usize) -> Option<(char, usize)> {
    // The reference as HTML has it, from the byte after its `&`: letters
    // and digits stand for themselves in a form, `#` and `;` are encoded.
    let mut body = [0u8; MAX_REFERENCE_LEN - 1];
    let mut len = 0;
    let mut raw = at + 3;
    while raw < at + MAX_ESCAPE_LEN && len < body.len() {
        let (c, step) = match *hay.get(raw)? {
            b'%' => (percent_byte(hay, raw)?, 3),
            c if c.is_ascii_alphanumeric() => (c, 1),
            _ => return None,
        };
        if raw + step > at + MAX_ESCAPE_LEN {
            return None;
        }
        body[len] = c;
        len += 1;
        raw += step;
        match c {
            b';' => {
                let (decoded, read) = reference_body(&body[..len], 0, len)?;
                return (read == len).then_some((decoded, raw - at));
            }
            b'#' if len == 1 => {}
            c if !c.is_ascii_alphanumeric() => return None,
            _ => {}
        }
    }
    None
}

/// Decodes the escape that starts at `at`, if there is a valid one:
/// `%HH` (or a wide character in a row of them), `\uHHHH`, one of JSON's short escapes `\n \r \t \b \f \/ \"`,
/// or an HTML character reference that help desks' HTML bodies write (see
/// [`html_reference`]): a no-break space between digit groups (`&nbsp;`,
/// `&#160;`), a phone's `+` (`&#43;`, `&plus;`), an address's `@` (`&#64;`,
/// `&commat;`), a letter of a name (`&eacute;`, `&#xF1;`). Not in a form
/// body, where `&` separates fields.
/// Returns the logical byte and the escape's raw length.
///
/// `\\` is deliberately *not* decoded: its second byte could start another
/// escape, which would break locality (see the module docs).
#[inline]
pub fn escape_at(hay: &[u8], at: usize) -> Option<(u8, usize)> {
    match *hay.get(at)? {
        b'%' => {
            let byte = percent_byte(hay, at)?;
            if byte == b'&' {
                if let Some((c, len)) = percent_reference(hay, at) {
                    return Some((logical_of(c), len));
                }
            }
            if byte >= 0xC2 {
                if let Some(wide) = percent_wide_char(hay, at, byte) {
                    return Some(wide);
                }
            }
            // An address in a URL that is itself a form's value has its `@`
            // and a tag's `+` encoded twice (`return_to=…%3Femail%3D
            // 4213%252Bjane%2540x.com`): read through both. (Only those:
            // an address's other characters are seldom encoded, and a `%25`
            // before digits is a percent sign before a number more often
            // than a second encoding.)
            if byte == b'%' {
                match hay.get(at + 3..at + 5) {
                    Some(b"40") => return Some((b'@', 5)),
                    Some(b"2B" | b"2b") => return Some((b'+', 5)),
                    _ => {}
                }
            }
            Some((byte, 3))
        }
        b'&' => {
            let (c, len) = html_reference(hay, at)?;
            Some((logical_of(c), len))
        }
        b'\\' => match *hay.get(at + 1)? {
            b'u' => {
                let cp = code_point_at(hay, at)?;
                Some(match escaped_char_of(hay, at, cp) {
                    Some((c, len)) => (logical_of(c), len),
                    // Half of a surrogate pair: a character outside ASCII.
                    None => (NON_ASCII, 6),
                })
            }
            b'n' => Some((b'\n', 2)),
            b'r' => Some((b'\r', 2)),
            b't' => Some((b'\t', 2)),
            b'b' => Some((0x08, 2)),
            b'f' => Some((0x0c, 2)),
            b'/' => Some((b'/', 2)),
            b'"' => Some((b'"', 2)),
            _ => None,
        },
        _ => None,
    }
}

/// [`escape_at`] as a body reads: a form-urlencoded one (`form`) writes
/// `&` between its fields, so an HTML character reference is no escape
/// there.
#[inline]
fn escape_in(hay: &[u8], at: usize, form: bool) -> Option<(u8, usize)> {
    if form && hay.get(at) == Some(&b'&') {
        return None;
    }
    escape_at(hay, at)
}

/// A read-only sequence of logical characters addressed by opaque positions.
///
/// Positions are boundaries between characters; `raw` maps one to its raw
/// byte offset. The verifiers are written once against this trait and
/// monomorphized for the lazy raw view (fast path) and the fully decoded
/// view (reference).
pub trait Text {
    /// The position just past the last character.
    fn end(&self) -> usize;
    /// The character at `pos` and the position after it, or `None` at the end.
    fn next(&self, pos: usize) -> Option<(u8, usize)>;
    /// The character before `pos` and the position it starts at, or `None`
    /// at the start.
    fn prev(&self, pos: usize) -> Option<(u8, usize)>;
    /// The raw byte offset of position `pos`.
    fn raw(&self, pos: usize) -> usize;
    /// The character behind the [`NON_ASCII`] logical character at `pos`,
    /// when it was decoded from a `\uHHHH` escape or an HTML character
    /// reference; `None` for anything else. Context words in other scripts are matched through it, as
    /// JSON writers often escape every non-ASCII character.
    fn escaped_char(&self, pos: usize) -> Option<char>;
    /// The full-width form or ideographic space that the ASCII character
    /// at `pos` was read from (`４` for `4`), raw, escaped or
    /// percent-encoded; `None` for anything else. Numbers read them as
    /// digits and signs; an address must not, as it never holds one.
    fn full_width_char(&self, pos: usize) -> Option<char> {
        let _ = pos;
        None
    }
    /// Whether the character at `pos` is an `=` written as it stands in
    /// form-urlencoded text. There it ends a field's name (a literal `=` is
    /// written `%3D`), so no value is read across it.
    fn is_form_equals(&self, pos: usize) -> bool;
    /// Whether the character at `pos` is a space written as a `+` in
    /// form-urlencoded text, which a client that did not encode its `+`
    /// may have meant as one.
    fn is_form_plus(&self, pos: usize) -> bool;

    /// The raw bytes from position `from` to `to` when each of them is a
    /// character as it stands (no escape, no wide space among them), with
    /// whether a `+` among them reads as a space; `None` when the view
    /// cannot promise that. A verifier may then read the span as a slice.
    #[inline]
    fn plain_bytes(&self, from: usize, to: usize) -> Option<(&[u8], bool)> {
        let _ = (from, to);
        None
    }

    /// The character at `pos`, if any.
    #[inline]
    fn peek(&self, pos: usize) -> Option<u8> {
        self.next(pos).map(|(c, _)| c)
    }

    /// The character before `pos`, if any.
    #[inline]
    fn peek_back(&self, pos: usize) -> Option<u8> {
        self.prev(pos).map(|(c, _)| c)
    }
}

/// The raw length and first byte of every escape that ends in `;` (an
/// HTML character reference, bare or behind a JSON-escaped `&`), longest
/// first: what [`RawText::prev`] looks for before a `;`.
const REFERENCE_ENDS: [(usize, u8); 10] = [
    (14, b'\\'),
    (13, b'\\'),
    (12, b'\\'),
    (11, b'\\'),
    (10, b'\\'),
    (9, b'&'),
    (8, b'&'),
    (7, b'&'),
    (6, b'&'),
    (5, b'&'),
];

/// The shortest percent-encoded HTML character reference (`%26ETH%3B`):
/// with [`MAX_ESCAPE_LEN`], the lengths [`RawText::prev`] tries before a
/// `%3B`.
const PERCENT_REFERENCE_MIN_LEN: usize = 9;

/// The raw length and first byte of every other escape (`%HH` and JSON's),
/// longest first: what [`RawText::prev`] looks for before any other byte.
const OTHER_ESCAPE_ENDS: [(usize, u8); 6] = [
    (9, b'%'),
    (6, b'\\'),
    (6, b'%'),
    (5, b'%'),
    (3, b'%'),
    (2, b'\\'),
];

/// The fast path's view: positions are raw offsets and escapes are decoded
/// on demand, so text without `%` or `\` costs one comparison per character.
#[derive(Clone, Copy)]
pub struct RawText<'h> {
    hay: &'h [u8],
    /// Read `+` as a space, as form-urlencoded bodies write it.
    plus_is_space: bool,
    /// Read full-width forms as the ASCII they stand for (see
    /// [`typographic_ascii`]); else as characters outside ASCII.
    full_width_as_ascii: bool,
}

impl<'h> RawText<'h> {
    /// A view of `hay`.
    pub fn new(hay: &'h [u8]) -> Self {
        Self::with_plus_as_space(hay, false)
    }

    /// A view of a form-urlencoded `hay`, where `+` stands for a space
    /// (a literal plus is written `%2B`).
    pub fn with_plus_as_space(hay: &'h [u8], plus_is_space: bool) -> Self {
        RawText {
            hay,
            plus_is_space,
            full_width_as_ascii: true,
        }
    }

    /// This view, reading each full-width form as the character outside
    /// ASCII that it is, with [`Text::escaped_char`] saying which: as an
    /// address reads text (see `email::verify`).
    pub fn without_full_width(self) -> Self {
        RawText {
            full_width_as_ascii: false,
            ..self
        }
    }

    /// `c`, decoded from the character at `pos`, as this view reads it:
    /// outside ASCII where it was read from a full-width form and the view
    /// reads them apart, as addresses do.
    #[inline]
    fn as_address_reads(&self, c: u8, pos: usize) -> u8 {
        if !self.full_width_as_ascii
            && c < 0x80
            && full_width_char_at(self.hay, pos, self.plus_is_space).is_some()
        {
            NON_ASCII
        } else {
            c
        }
    }

    /// The raw bytes.
    pub fn bytes(&self) -> &'h [u8] {
        self.hay
    }

    /// Whether raw offset `at` lies strictly inside an escape that starts
    /// before it (so it is not a character boundary).
    #[inline]
    pub fn is_inside_escape(&self, at: usize) -> bool {
        (1..MAX_ESCAPE_LEN).any(|back| {
            at >= back
                && matches!(self.hay[at - back], b'%' | b'\\' | b'&')
                && escape_in(self.hay, at - back, self.plus_is_space)
                    .is_some_and(|(_, len)| len > back)
        })
    }
}

impl RawText<'_> {
    /// The escape of `len` bytes starting with `first` that ends at `pos`,
    /// if there is one: the character it reads as, and where it starts.
    #[inline(always)]
    fn escape_ending(&self, pos: usize, len: usize, first: u8) -> Option<(u8, usize)> {
        if pos < len || self.hay[pos - len] != first {
            return None;
        }
        let (c, l) = escape_in(self.hay, pos - len, self.plus_is_space)?;
        (l == len).then(|| (self.as_address_reads(c, pos - len), pos - len))
    }

    /// [`Text::next`] at a byte of [`STARTS_MORE`].
    #[inline(never)]
    fn next_from_special(&self, b: u8, pos: usize) -> (u8, usize) {
        if matches!(b, b'%' | b'\\' | b'&') {
            if let Some((c, len)) = escape_in(self.hay, pos, self.plus_is_space) {
                return (self.as_address_reads(c, pos), pos + len);
            }
        }
        if b == b'+' && self.plus_is_space {
            return (b' ', pos + 1);
        }
        if let Some((c, len)) = wide_char_at(self.hay, pos) {
            return (self.as_address_reads(c, pos), pos + len);
        }
        (b, pos + 1)
    }
}

impl Text for RawText<'_> {
    #[inline]
    fn end(&self) -> usize {
        self.hay.len()
    }

    #[inline]
    fn next(&self, pos: usize) -> Option<(u8, usize)> {
        let b = *self.hay.get(pos)?;
        // One table lookup decides for the common byte; only the bytes
        // that may start something longer are looked at again, out of
        // line, so that this stays small enough to inline everywhere.
        if STARTS_MORE[usize::from(b)] {
            return Some(self.next_from_special(b, pos));
        }
        Some((b, pos + 1))
    }

    #[inline]
    fn prev(&self, pos: usize) -> Option<(u8, usize)> {
        if pos == 0 {
            return None;
        }
        let last = self.hay[pos - 1];
        if ENDS_MORE[usize::from(last)] {
            // Every escape ends in ASCII: a hex digit, one of `n r t / "`
            // or an entity's `;`; look for the escape's first byte before
            // decoding it. (A wide character ends in a continuation byte,
            // which text in other scripts is full of: no probing there.)
            if last < 0x80 {
                // (Two loops over arrays, which unroll, not one over a
                // slice chosen between them.)
                if last == b';' {
                    for (len, first) in REFERENCE_ENDS {
                        if let Some(found) = self.escape_ending(pos, len, first) {
                            return Some(found);
                        }
                    }
                } else {
                    if matches!(last, b'B' | b'b') && self.hay[..pos - 1].ends_with(b"%3") {
                        // (A percent-encoded reference ends in an encoded
                        // `;`, which on its own is an escape too.)
                        for len in (PERCENT_REFERENCE_MIN_LEN..=MAX_ESCAPE_LEN).rev() {
                            if let Some(found) = self.escape_ending(pos, len, b'%') {
                                return Some(found);
                            }
                        }
                    }
                    for (len, first) in OTHER_ESCAPE_ENDS {
                        if let Some(found) = self.escape_ending(pos, len, first) {
                            return Some(found);
                        }
                    }
                }
            }
            if last == b'+' && self.plus_is_space {
                return Some((b' ', pos - 1));
            }
            if let Some((c, len)) = wide_char_before(self.hay, pos) {
                return Some((self.as_address_reads(c, pos - len), pos - len));
            }
        }
        Some((last, pos - 1))
    }

    #[inline]
    fn raw(&self, pos: usize) -> usize {
        pos
    }

    #[inline]
    fn escaped_char(&self, pos: usize) -> Option<char> {
        let escaped = escaped_char_at(self.hay, pos, self.plus_is_space);
        if self.full_width_as_ascii {
            escaped
        } else {
            escaped.or_else(|| self.full_width_char(pos))
        }
    }

    #[inline]
    fn full_width_char(&self, pos: usize) -> Option<char> {
        // Most characters start with none of the bytes a full-width form
        // may: one test, inline.
        if matches!(
            self.hay.get(pos),
            Some(0xD9 | 0xDB | 0xE2 | 0xE3 | 0xEF | b'\\' | b'%' | b'&')
        ) {
            full_width_char_at(self.hay, pos, self.plus_is_space)
        } else {
            None
        }
    }

    #[inline]
    fn is_form_equals(&self, pos: usize) -> bool {
        self.plus_is_space && self.hay.get(pos) == Some(&b'=')
    }

    #[inline]
    fn is_form_plus(&self, pos: usize) -> bool {
        self.plus_is_space && self.hay.get(pos) == Some(&b'+')
    }
}

/// The fast path's view of a window it has checked holds no escape (no
/// `%` or `\`): every byte is a character, so stepping is an index
/// operation. On such a window it reads exactly as [`RawText`] does.
#[derive(Clone, Copy)]
pub struct EscapeFreeText<'h> {
    hay: &'h [u8],
    plus_is_space: bool,
}

impl<'h> EscapeFreeText<'h> {
    /// A view of `hay`, to be read only where it holds no escape.
    pub fn with_plus_as_space(hay: &'h [u8], plus_is_space: bool) -> Self {
        EscapeFreeText { hay, plus_is_space }
    }

    #[inline]
    fn char_of(&self, b: u8) -> u8 {
        if b == b'+' && self.plus_is_space {
            b' '
        } else {
            b
        }
    }
}

impl Text for EscapeFreeText<'_> {
    #[inline]
    fn end(&self) -> usize {
        self.hay.len()
    }

    #[inline]
    fn next(&self, pos: usize) -> Option<(u8, usize)> {
        self.hay.get(pos).map(|&b| (self.char_of(b), pos + 1))
    }

    #[inline]
    fn prev(&self, pos: usize) -> Option<(u8, usize)> {
        let at = pos.checked_sub(1)?;
        self.hay.get(at).map(|&b| (self.char_of(b), at))
    }

    #[inline]
    fn raw(&self, pos: usize) -> usize {
        pos
    }

    #[inline]
    fn escaped_char(&self, _: usize) -> Option<char> {
        None
    }

    #[inline]
    fn is_form_equals(&self, pos: usize) -> bool {
        self.plus_is_space && self.hay.get(pos) == Some(&b'=')
    }

    #[inline]
    fn is_form_plus(&self, pos: usize) -> bool {
        self.plus_is_space && self.hay.get(pos) == Some(&b'+')
    }

    #[inline]
    fn plain_bytes(&self, from: usize, to: usize) -> Option<(&[u8], bool)> {
        Some((self.hay.get(from..to)?, self.plus_is_space))
    }
}

/// The fast path's view around an anchor with an escape or a wide space
/// somewhere in its verifier's reach, but usually not where the verifier
/// reads. It reads as [`EscapeFreeText`] does and notes any read outside
/// `fence`, a stretch where that is exactly how [`RawText`] reads: no
/// escape or wide space starts in it or within [`MAX_ESCAPE_LEN`] bytes
/// before it. A verifier's answer on it stands when it read nothing
/// outside; else the caller asks [`RawText`] again.
pub struct FencedText<'h> {
    plain: EscapeFreeText<'h>,
    fence: std::ops::Range<usize>,
    strayed: std::cell::Cell<bool>,
}

impl<'h> FencedText<'h> {
    /// A view of `hay` that is exact within `fence`.
    pub fn new(hay: &'h [u8], plus_is_space: bool, fence: std::ops::Range<usize>) -> Self {
        FencedText {
            plain: EscapeFreeText::with_plus_as_space(hay, plus_is_space),
            fence,
            strayed: std::cell::Cell::new(false),
        }
    }

    /// Whether some read fell outside the fence.
    pub fn strayed(&self) -> bool {
        self.strayed.get()
    }

    /// Notes a read of the byte at `at`. Past the end, where both views
    /// read nothing, no read strays.
    #[inline]
    fn reads(&self, at: usize) {
        if at < self.plain.hay.len() && !self.fence.contains(&at) {
            self.strayed.set(true);
        }
    }
}

impl Text for FencedText<'_> {
    #[inline]
    fn end(&self) -> usize {
        self.plain.end()
    }

    #[inline]
    fn next(&self, pos: usize) -> Option<(u8, usize)> {
        self.reads(pos);
        self.plain.next(pos)
    }

    #[inline]
    fn prev(&self, pos: usize) -> Option<(u8, usize)> {
        if let Some(at) = pos.checked_sub(1) {
            self.reads(at);
        }
        self.plain.prev(pos)
    }

    #[inline]
    fn raw(&self, pos: usize) -> usize {
        pos
    }

    #[inline]
    fn escaped_char(&self, pos: usize) -> Option<char> {
        self.reads(pos);
        None
    }

    #[inline]
    fn full_width_char(&self, pos: usize) -> Option<char> {
        self.reads(pos);
        None
    }

    #[inline]
    fn is_form_equals(&self, pos: usize) -> bool {
        self.reads(pos);
        self.plain.is_form_equals(pos)
    }

    #[inline]
    fn is_form_plus(&self, pos: usize) -> bool {
        self.reads(pos);
        self.plain.is_form_plus(pos)
    }

    #[inline]
    fn plain_bytes(&self, from: usize, to: usize) -> Option<(&[u8], bool)> {
        if from < to {
            self.reads(from);
            self.reads(to - 1);
        }
        self.plain.plain_bytes(from, to)
    }
}

/// The reference's view: the whole input decoded up front into logical
/// characters, each with its raw start; positions are indices.
pub struct DecodedText {
    chars: Vec<u8>,
    /// `raw_starts[i]` is the raw offset of logical character `i`;
    /// `raw_starts[chars.len()]` is the input length.
    raw_starts: Vec<usize>,
    /// `(i, c)` for each logical character `i` decoded from a `\uHHHH`
    /// escape of a non-ASCII character `c`, by increasing `i`.
    escaped: Vec<(usize, char)>,
    /// `(i, c)` for each logical character `i` read from the full-width
    /// form or ideographic space `c`, by increasing `i`.
    full_width: Vec<(usize, char)>,
    /// The logical characters that are a `+` read as a space, in order.
    form_pluses: Vec<usize>,
    plus_is_space: bool,
}

impl DecodedText {
    /// Decodes all of `hay` left to right.
    pub fn new(hay: &[u8]) -> Self {
        Self::with_plus_as_space(hay, false)
    }

    /// Decodes all of `hay`, reading `+` as a space when `plus_is_space`.
    pub fn with_plus_as_space(hay: &[u8], plus_is_space: bool) -> Self {
        let mut chars = Vec::with_capacity(hay.len());
        let mut raw_starts = Vec::with_capacity(hay.len() + 1);
        let mut escaped = Vec::new();
        let mut full_width = Vec::new();
        let mut form_pluses = Vec::new();
        let mut at = 0;
        while at < hay.len() {
            raw_starts.push(at);
            match escape_in(hay, at, plus_is_space) {
                Some((c, len)) => {
                    if let Some(wide) = escaped_char_at(hay, at, plus_is_space) {
                        escaped.push((chars.len(), wide));
                    }
                    if let Some(wide) = full_width_char_at(hay, at, plus_is_space) {
                        full_width.push((chars.len(), wide));
                    }
                    chars.push(c);
                    at += len;
                }
                None => match wide_char_at(hay, at) {
                    Some((c, len)) => {
                        if let Some(wide) = full_width_char_at(hay, at, plus_is_space) {
                            full_width.push((chars.len(), wide));
                        }
                        chars.push(c);
                        at += len;
                    }
                    None => {
                        let b = hay[at];
                        if b == b'+' && plus_is_space {
                            form_pluses.push(chars.len());
                            chars.push(b' ');
                        } else {
                            chars.push(b);
                        }
                        at += 1;
                    }
                },
            }
        }
        raw_starts.push(hay.len());
        DecodedText {
            chars,
            raw_starts,
            escaped,
            full_width,
            form_pluses,
            plus_is_space,
        }
    }

    /// The logical characters.
    pub fn chars(&self) -> &[u8] {
        &self.chars
    }
}

impl Text for DecodedText {
    fn end(&self) -> usize {
        self.chars.len()
    }

    fn next(&self, pos: usize) -> Option<(u8, usize)> {
        self.chars.get(pos).map(|&c| (c, pos + 1))
    }

    fn prev(&self, pos: usize) -> Option<(u8, usize)> {
        pos.checked_sub(1).map(|p| (self.chars[p], p))
    }

    fn raw(&self, pos: usize) -> usize {
        self.raw_starts[pos]
    }

    fn escaped_char(&self, pos: usize) -> Option<char> {
        let i = self.escaped.binary_search_by_key(&pos, |e| e.0).ok()?;
        Some(self.escaped[i].1)
    }

    fn full_width_char(&self, pos: usize) -> Option<char> {
        let i = self.full_width.binary_search_by_key(&pos, |e| e.0).ok()?;
        Some(self.full_width[i].1)
    }

    fn is_form_equals(&self, pos: usize) -> bool {
        self.plus_is_space
            && self.chars.get(pos) == Some(&b'=')
            && self.raw_starts[pos + 1] == self.raw_starts[pos] + 1
    }

    fn is_form_plus(&self, pos: usize) -> bool {
        self.form_pluses.binary_search(&pos).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logical(t: &impl Text) -> Vec<(u8, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some((c, next)) = t.next(pos) {
            out.push((c, t.raw(pos)));
            pos = next;
        }
        out
    }

    /// [`logical`], read from the end with `prev`.
    fn logical_backwards(t: &impl Text) -> Vec<(u8, usize)> {
        let mut out = Vec::new();
        let mut pos = t.end();
        while let Some((c, p)) = t.prev(pos) {
            out.push((c, t.raw(p)));
            pos = p;
        }
        out.reverse();
        out
    }

    /// Asserts that `hay` decodes to `chars` and that the lazy view reads
    /// it as the decoded view does, forward and backward; the lazy view.
    fn every_view_reads<'h>(hay: &'h [u8], chars: &[u8]) -> RawText<'h> {
        let decoded = DecodedText::new(hay);
        assert_eq!(decoded.chars(), chars);
        let lazy = RawText::new(hay);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
        lazy
    }

    #[test]
    fn escapes_decode_to_their_characters() {
        let hay = br"a%40b\u0040c\n%2Bd\u20ac%zz\x";
        let t = DecodedText::new(hay);
        assert_eq!(t.chars(), b"a@b@c\n+d\x80%zz\\x");
    }

    #[test]
    fn lazy_view_matches_decoded_view_forward_and_backward() {
        let hay = br"%%41\\n\u0034%3\u00e9x\u12g%2b\/";
        let lazy = RawText::new(hay);
        let full = DecodedText::new(hay);
        let forward = logical(&lazy);
        assert_eq!(forward, logical(&full));
        let mut back = Vec::new();
        let mut pos = lazy.end();
        while let Some((c, p)) = lazy.prev(pos) {
            back.push((c, p));
            pos = p;
        }
        back.reverse();
        assert_eq!(back, forward);
    }

    #[test]
    fn an_at_sign_or_a_plus_encoded_twice_reads_as_one() {
        let hay = b"e%3D42%252Bjane%2540x.io 50%2541 %25 %254 %252b";
        every_view_reads(hay, b"e=42+jane@x.io 50%41 % %4 +");
    }

    #[test]
    fn typographic_dashes_read_as_hyphens_in_every_view() {
        let hay = "1\u{2010}2\u{2011}3\u{2012}4\u{2013}5\u{2014}6\\u2013 7\u{2212}8".as_bytes();
        every_view_reads(hay, "1-2-3-4-5\u{2014}6- 7-8".as_bytes());
    }

    #[test]
    fn no_break_space_entities_read_as_spaces_in_every_view() {
        let hay = b"1&nbsp;2&#160;3&#xA0;4&#xa0;5&nbsp6&amp;7&NBSP;8";
        let lazy = every_view_reads(hay, b"1 2 3 4 5&nbsp6&amp;7&NBSP;8");
        assert!(lazy.is_inside_escape(2) && !lazy.is_inside_escape(7));
    }

    #[test]
    fn plus_and_at_references_read_as_their_characters_in_every_view() {
        let hay = b"&#43;1&#x2B;2&#X2b;3&plus;4&#043;5&#64;6&#x40;7&#064;8&#4;9&Plus;0&#4";
        let lazy = every_view_reads(hay, b"+1+2+3+4+5@6@7@8&#4;9&Plus;0&#4");
        assert!(lazy.is_inside_escape(1) && !lazy.is_inside_escape(5));
    }

    #[test]
    fn a_form_reads_no_html_references() {
        let hay = b"a=1&#43;2&plus;3&nbsp;4";
        let decoded = DecodedText::with_plus_as_space(hay, true);
        assert_eq!(decoded.chars(), &hay[..]);
        let lazy = RawText::with_plus_as_space(hay, true);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
    }

    #[test]
    fn wide_spaces_read_as_spaces_in_every_view() {
        let hay = "a\u{a0}b\u{202f}c\u{2009}d\u{2007}e\u{2003}f\\u00a0g\\u202Fh".as_bytes();
        let lazy = every_view_reads(hay, b"a b c d e\xe2\x80\x83f g h");
        assert_eq!(hay[hay.len() - 14], b'\\');
        assert_eq!(
            lazy.escaped_char(hay.len() - 14),
            None,
            "a wide space is no letter"
        );
    }

    #[test]
    fn full_width_digits_and_signs_read_as_ascii_in_every_view() {
        // Raw, escaped in JSON, and percent-encoded as a form sends them;
        // the ideographic space typed between groups; what is not one of
        // them (a full-width colon, a katakana prolonged sound mark, a
        // lone lead byte, a truncated or broken sequence) reads as it is.
        let hay = "＋８１（０３）１２\u{3000}３４－５\\uff16\\uFF0D%EF%BC%97%ef%bc%98%E3%80%809%C2%A0：ー"
            .as_bytes()
            .iter()
            .copied()
            .chain(*b"%EF%BC%9\xEF\xBCx%C2%41%E2%80%A")
            .collect::<Vec<u8>>();
        let decoded = DecodedText::new(&hay);
        let mut want = b"+81(03)12 34-56-78 9 ".to_vec();
        want.extend("：ー".as_bytes());
        want.extend(b"\xEF\xBC%9\xEF\xBCx\xC2A\xE2\x80%A");
        assert_eq!(decoded.chars(), &want[..]);
        let lazy = RawText::new(&hay);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
        let form = RawText::with_plus_as_space(&hay, true);
        assert_eq!(logical_backwards(&form), logical(&form));
        // Inside a percent-encoded wide character, no position is a
        // boundary; after it, one is.
        let at = hay.windows(3).position(|w| w == b"%EF").unwrap_or(0);
        assert!((1..9).all(|i| lazy.is_inside_escape(at + i)));
        assert!(!lazy.is_inside_escape(at + 9));
        // A full-width digit is no letter for context words.
        assert_eq!(
            lazy.escaped_char(hay.windows(6).position(|w| w == b"\\uff16").unwrap_or(0)),
            None
        );
    }

    #[test]
    fn arabic_indic_digits_read_as_ascii_in_every_view() {
        // Raw (Arabic and Persian forms), escaped in JSON, as a reference,
        // and percent-encoded; a lead without a digit after it, an Arabic
        // letter with the same lead, and a broken escape read as they are.
        let hay = "٠٥٠ ۱۲۳\\u0664&#1637;%D9%A6%db%b7 ل\u{6cc}"
            .as_bytes()
            .iter()
            .copied()
            .chain(*b"\xD9x%D9%41%DB%A0")
            .collect::<Vec<u8>>();
        let decoded = DecodedText::new(&hay);
        let mut want = b"050 1234567 ".to_vec();
        want.extend("ل\u{6cc}".as_bytes());
        want.extend(b"\xD9x\xD9A\xDB\xA0");
        assert_eq!(decoded.chars(), &want[..]);
        let lazy = RawText::new(&hay);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
        // An address reads them apart: no address holds one.
        let address = RawText::new(&hay).without_full_width();
        assert_eq!(address.next(0), Some((NON_ASCII, 2)));
        assert_eq!(address.full_width_char(0), Some('٠'));
        let at = hay.windows(3).position(|w| w == b"%D9").unwrap_or(0);
        assert!((1..6).all(|i| lazy.is_inside_escape(at + i)));
        assert!(!lazy.is_inside_escape(at + 6));
    }

    #[test]
    fn references_behind_a_json_escaped_ampersand_read_as_one_character() {
        // Rails', Go's and .NET's JSON writers escape `&` in an HTML body:
        // each reference still reads as the one character it names; an
        // `&` that opens none reads as itself.
        let hay = br"a\u0026nbsp;b\u0026#160;c\u0026#x2B;d\u0026#64;e\u0026eacute;f\u0026g\u0026#xA0;h\u0026#65306;i\u0026#x0FF10;j";
        let decoded = DecodedText::new(hay);
        let mut want = b"a b c+d@e".to_vec();
        want.push(NON_ASCII);
        want.extend_from_slice(b"f&g h");
        want.push(NON_ASCII);
        want.extend_from_slice(b"i0j");
        assert_eq!(decoded.chars(), &want[..]);
        let lazy = RawText::new(hay);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
        let at = |s: &[u8]| hay.windows(s.len()).position(|w| w == s).unwrap_or(0);
        assert_eq!(lazy.escaped_char(at(br"\u0026eacute;")), Some('é'));
        assert_eq!(lazy.full_width_char(at(br"\u0026#x0FF10;")), Some('０'));
        for len in 10..=MAX_ESCAPE_LEN {
            assert!(REFERENCE_ENDS.contains(&(len, b'\\')));
        }
    }

    #[test]
    fn percent_encoded_references_read_as_one_character_in_every_view() {
        // A message's HTML posted as a form field by an inbound-mail
        // webhook: its references are percent-encoded whole. What encodes
        // no reference (an `&` alone, a reference too long or misspelt,
        // an encoded byte that no reference holds) reads byte by byte.
        let hay = b"a%26nbsp%3Bb%26%2343%3Bc%26%2364%3Bd%26eacute%3Be%26ETH%3Bf%26%23x2b%3bg%26h%26nbsp;i%26nbsp%3Aj%26%23160%3Bk%26%23%23160%3Bl%26%2365296%3Bm%26%23x0FF10%3Bn";
        for form in [false, true] {
            let decoded = DecodedText::with_plus_as_space(hay, form);
            let mut want = b"a b+c@d".to_vec();
            want.push(NON_ASCII);
            want.push(b'e');
            want.push(NON_ASCII);
            want.extend_from_slice(b"f+g&h&nbsp;i&nbsp:j k&##160;l0m&#x0FF10;n");
            assert_eq!(decoded.chars(), &want[..], "form: {form}");
            let lazy = RawText::with_plus_as_space(hay, form);
            assert_eq!(logical(&lazy), logical(&decoded));
            assert_eq!(logical_backwards(&lazy), logical(&lazy));
            let at = |s: &[u8]| hay.windows(s.len()).position(|w| w == s).unwrap_or(0);
            assert_eq!(lazy.escaped_char(at(b"%26eacute%3B")), Some('é'));
            assert!(lazy.is_inside_escape(at(b"%26nbsp%3B") + 9));
            assert!(!lazy.is_inside_escape(at(b"%26nbsp%3B") + 10));
        }
    }

    #[test]
    fn html_references_to_letters_and_signs_read_in_every_view() {
        // Letters of names and domains as mail clients write them, an `@`
        // by name, a full-width digit and an ASCII letter by number; what
        // is neither (a control character, names of other characters,
        // names in the wrong case, references too long to be one) reads
        // as written.
        let hay = b"a&#xF1;b&eacute;c&Ccedil;d&commat;e&#65296;f&#241;g&times;h&NBSP;i&#65;j&#1114111;k&#x;l&amp;m&#10;n";
        let decoded = DecodedText::new(hay);
        let want = b"a\x80b\x80c\x80d@e0f\x80g&times;h&NBSP;iAj&#1114111;k&#x;l&amp;m&#10;n";
        assert_eq!(decoded.chars(), &want[..]);
        let lazy = RawText::new(hay);
        assert_eq!(logical(&lazy), logical(&decoded));
        assert_eq!(logical_backwards(&lazy), logical(&lazy));
        let escaped: Vec<char> = (0..decoded.end())
            .filter_map(|i| decoded.escaped_char(i))
            .collect();
        assert_eq!(escaped, ['ñ', 'é', 'Ç', 'ñ']);
        let mut lazy_escaped = Vec::new();
        let mut pos = 0;
        while let Some((_, next)) = lazy.next(pos) {
            lazy_escaped.extend(lazy.escaped_char(pos));
            pos = next;
        }
        assert_eq!(lazy_escaped, escaped);
        let zero = hay.windows(8).position(|w| w == b"&#65296;").unwrap_or(0);
        assert_eq!(lazy.full_width_char(zero), Some('０'));
        // A form body writes `&` between fields: no reference there.
        let form = DecodedText::with_plus_as_space(hay, true);
        assert_eq!(form.chars(), &hay[..]);
        assert_eq!(RawText::with_plus_as_space(hay, true).escaped_char(1), None);
    }

    #[test]
    fn escaped_characters_are_the_same_in_both_views() {
        let hay = br"a\u092b\u0041\ud83d\u96FB%E9x";
        let lazy = RawText::new(hay);
        let full = DecodedText::new(hay);
        let mut lazy_chars = Vec::new();
        let mut pos = 0;
        while let Some((_, next)) = lazy.next(pos) {
            lazy_chars.push(lazy.escaped_char(pos));
            pos = next;
        }
        let full_chars: Vec<_> = (0..full.end()).map(|i| full.escaped_char(i)).collect();
        assert_eq!(lazy_chars, full_chars);
        assert_eq!(
            full_chars,
            [None, Some('\u{92b}'), None, None, Some('電'), None, None]
        );
    }

    #[test]
    fn digits_inside_escapes_are_not_boundaries() {
        let t = RawText::new(br"x%41\u0034y");
        assert!(t.is_inside_escape(2));
        assert!(t.is_inside_escape(3));
        assert!(!t.is_inside_escape(4));
        assert!(t.is_inside_escape(8));
        assert!(!t.is_inside_escape(10));
    }
}
