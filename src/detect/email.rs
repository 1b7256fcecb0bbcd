//! The email verifier, anchored on `@` (or an encoded `@`).
//!
//! A practical subset of RFC 5321/5322 addresses as people type them:
//!
//! * local part: ASCII letters, digits and `. _ + -`, Latin letters with
//!   diacritics, and an apostrophe between two letters (`o'brien`), 1–64
//!   characters, no leading, trailing or doubled dot. Quoted local parts
//!   and the rarer specials (`!#$&*/=?^{|}~`, `'` elsewhere) are left out
//!   on purpose: in running text they are far more often punctuation
//!   around an address than part of it.
//! * domain: two or more dot-separated labels of letters, digits, hyphens
//!   and UTF-8 (internationalized domains), each 1–63 characters, no leading
//!   or trailing hyphen; the last label (the TLD) is ASCII letters, an
//!   `xn--` A-label or a label written wholly in another script (`.рф`,
//!   `.भारत`), and not a file extension that is no TLD (`icon@2x.png`).
//! * whole address ≤ 254 characters.
//!
//! Choices where addresses and look-alikes meet (README, "Detection"):
//! `user@localhost` (no dot) is not an address; `git@host:org/repo.git`,
//! an scp-style remote, is not; `@mention` has no local part and is not;
//! nor is a fediverse handle, `@anna@mastodon.social`; decorations stay
//! outside the span: `<…>`, `mailto:`, a final period.

use super::text::{EscapeFreeText, RawText, Text, NON_ASCII};

/// Longest local part, in characters.
pub const MAX_LOCAL: usize = 64;

/// How many characters before a local part the checks on an address read,
/// past the local part itself (a header's name, a URL's `//` and user):
/// part of the look-behind a stream holds.
pub const LOOK_PAST_LOCAL: usize = 8;

/// How many characters before a message id's local part the test for the
/// header that names it reads (see [`names_a_message`]): room for a
/// header's name and value as a webhook's JSON writes them,
/// `"Name": "Message-ID",⏎      "Value": "<`. Part of the look-behind a
/// stream holds.
pub const LOOK_PAST_ID: usize = 64;
/// Longest domain label.
const MAX_LABEL: usize = 63;
/// Longest address.
pub const MAX_ADDRESS: usize = 254;

/// File extensions that are not top-level domains, so `name@2x.png` and
/// `logo@site.css` are file names.
fn is_file_extension(word: &[u8]) -> bool {
    // A `match` on byte strings compiles to a switch on length, then a few
    // compares, where a list would be searched one memcmp at a time.
    matches!(
        word,
        b"png"
            | b"jpg"
            | b"jpeg"
            | b"gif"
            | b"svg"
            | b"webp"
            | b"bmp"
            | b"ico"
            | b"tif"
            | b"tiff"
            | b"heic"
            | b"css"
            | b"js"
            | b"mjs"
            | b"ts"
            | b"tsx"
            | b"jsx"
            | b"json"
            | b"xml"
            | b"html"
            | b"htm"
            // systemd's unit types: a template unit's instance follows an
            // `@` (`getty@tty1.service`, `wg-quick@wg0.service`).
            | b"service"
            | b"socket"
            | b"target"
            | b"timer"
            | b"mount"
            | b"automount"
            | b"slice"
            | b"scope"
            | b"php"
            | b"asp"
            | b"aspx"
            | b"jsp"
            | b"txt"
            | b"log"
            | b"csv"
            | b"tsv"
            | b"yml"
            | b"yaml"
            | b"toml"
            | b"ini"
            | b"cfg"
            | b"conf"
            | b"exe"
            | b"dll"
            | b"bin"
            | b"dat"
            | b"tmp"
            | b"bak"
            | b"pdf"
            | b"doc"
            | b"docx"
            | b"xls"
            | b"xlsx"
            | b"ppt"
            | b"pptx"
            | b"odt"
            | b"gz"
            | b"tgz"
            | b"bz2"
            | b"rar"
            | b"mp3"
            | b"mp4"
            | b"wav"
            | b"avi"
            | b"mkv"
            | b"webm"
            | b"woff"
            | b"woff2"
            | b"ttf"
            | b"otf"
            | b"eot"
            | b"lock"
            | b"git"
    )
}

#[inline]
fn is_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'+' | b'-')
}

/// The rarer characters RFC 5322 allows in a local part that an address
/// is read through, one of them, after a letter (`x^y@`, `ab$cd@`) or, for
/// `~ ^ $`, first after a space, a quote or a field's start (`~tilde@`):
/// not after a digit, where it ends a number the address must not run into
/// (`…555 0132#jane@`), nor doubled, where it is punctuation or markup
/// (`~~jane@x.io~~`), nor where another of it stands before the word it
/// follows, both then separators (`HL7 ^NET^Internet^jane@`). Not `*`, the mask,
/// nor `|`, `/`, `=`, `&`, `?`, `{`, `}` and `` ` ``, which in text more
/// often stand between words, paths, fields, templates and code than in
/// an address.
#[inline]
fn is_local_special(c: u8) -> bool {
    matches!(c, b'!' | b'#' | b'$' | b'%' | b'^' | b'~')
}

/// Whether the character `c` at `at`, read back from an `@`, is one of
/// [`is_local_special`]'s where an address reads through it.
fn local_special_at(text: &impl Text, c: u8, at: usize) -> bool {
    is_local_special(c)
        && match text.peek_back(at) {
            Some(b) if b.is_ascii_alphabetic() => true,
            // (`~tilde@`, as a local part's first character.)
            before => {
                matches!(c, b'~' | b'^' | b'$')
                    && before.is_none_or(|b| {
                        b.is_ascii_whitespace()
                            || matches!(b, b'"' | b'\'' | b':' | b'<' | b'(' | b'=' | b',' | b';')
                    })
            }
        }
}

#[inline]
fn is_label_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c >= 0x80
}

/// Whether a domain label may start with `c`: any label byte but a hyphen.
#[inline]
fn starts_label(c: u8) -> bool {
    is_label_byte(c) && c != b'-'
}

/// Where a letter of a script written with spaces between words starts,
/// if one ends where the local part is being read back; `c` and `p` are
/// what `text.prev` gave there. Internationalized local parts (RFC 6531)
/// write names as they are spelt (`jörg@…`, `иван@…`, `משתמש@…`,
/// `राहुल@…`, `홍길동@…`), and the whole name must be masked: Latin letters
/// with diacritics (Latin-1's, the extended blocks' and Vietnamese's, not
/// × or ÷) and combining marks, Greek, Cyrillic, Armenian and Georgian,
/// Hebrew and Arabic (their letters, marks and digits, not the punctuation
/// that ends a word: maqaf, comma, semicolon, question mark, full stop),
/// Devanagari and Bengali (not their dandas) and Hangul qualify, raw,
/// percent-encoded, as `\uHHHH` escapes or as HTML references. Scripts
/// that write no spaces (CJK, Thai) glue their words to addresses: see
/// [`unspaced_local_part`].
#[inline]
fn letter_before(text: &impl Text, c: u8, p: usize) -> Option<(usize, char)> {
    if c < 0x80 {
        return None;
    }
    let (ch, start) = char_before(text, c, p)?;
    is_spaced_letter(ch).then_some((start, ch))
}

/// Whether the characters from `from` to `to` hold an ASCII letter.
fn has_ascii_letter(text: &impl Text, mut from: usize, to: usize) -> bool {
    while from < to {
        match text.next(from) {
            Some((c, _)) if c.is_ascii_alphabetic() => return true,
            Some((_, next)) => from = next,
            None => return false,
        }
    }
    false
}

/// A letter of Hebrew or Arabic, written right to left.
fn is_rtl(ch: char) -> bool {
    matches!(ch, '\u{591}'..='\u{6ff}')
}

/// A Latin letter or combining mark outside ASCII: Latin-1's and the
/// extended blocks' letters (`ø`, `ș`, `ơ`), Vietnamese's stacked vowels
/// (`ễ`), and the marks that decomposed text writes after a letter.
fn is_latin_beyond_ascii(ch: char) -> bool {
    matches!(ch, '\u{c0}'..='\u{24f}' | '\u{300}'..='\u{36f}' | '\u{1e00}'..='\u{1eff}')
        && ch != '\u{d7}'
        && ch != '\u{f7}'
}

fn is_spaced_letter(ch: char) -> bool {
    match ch {
        '\u{d7}' | '\u{f7}' => false,
        // Hebrew's maqaf and Arabic's comma, semicolon, question mark,
        // percent and separators, full stop; Devanagari's dandas.
        '\u{5be}' | '\u{60c}' | '\u{61b}' | '\u{61f}' | '\u{66a}'..='\u{66d}' | '\u{6d4}' => false,
        '\u{964}' | '\u{965}' => false,
        ch if is_latin_beyond_ascii(ch) => true,
        '\u{370}'..='\u{4ff}'
        | '\u{531}'..='\u{556}'
        | '\u{561}'..='\u{587}'
        | '\u{591}'..='\u{5f4}'
        | '\u{610}'..='\u{6ff}'
        | '\u{900}'..='\u{97f}'
        | '\u{980}'..='\u{9ff}'
        | '\u{10a0}'..='\u{10c5}'
        | '\u{10d0}'..='\u{10fa}'
        | '\u{ac00}'..='\u{d7a3}' => true,
        _ => false,
    }
}

/// The character outside ASCII that ends where an address is being read
/// back, and where it starts; `c` and `p` are what `text.prev` gave there:
/// an escaped character, or the last byte of a raw (or percent-encoded)
/// UTF-8 sequence of two or three bytes.
#[inline]
fn char_before(text: &impl Text, c: u8, p: usize) -> Option<(char, usize)> {
    if let Some(ch) = text.escaped_char(p) {
        return Some((ch, p));
    }
    if !(0x80..=0xBF).contains(&c) {
        return None;
    }
    let (b, q) = text.prev(p)?;
    let (bytes, start) = match b {
        0xC2..=0xDF => ([b, c, 0], q),
        0x80..=0xBF => match text.prev(q)? {
            (lead @ 0xE0..=0xEF, r) => ([lead, b, c], r),
            _ => return None,
        },
        _ => return None,
    };
    let width = if bytes[2] == 0 { 2 } else { 3 };
    let ch = std::str::from_utf8(&bytes[..width]).ok()?.chars().next()?;
    Some((ch, start))
}

/// Words for mail, mailbox and contact in Chinese and Japanese, or the
/// last two characters of one (メール, アドレス), which may stand glued
/// before a name.
const MAIL_WORDS: &[[char; 2]] = &[
    ['邮', '箱'],
    ['郵', '箱'],
    ['信', '箱'],
    ['邮', '件'],
    ['郵', '件'],
    ['联', '系'],
    ['聯', '繫'],
    ['連', '絡'],
    ['ー', 'ル'],
    ['レ', 'ス'],
];

/// The most characters of a local part in a script written without
/// spaces (`用户@例子.广告`, `二ノ宮@黒川.日本`): a name, not a sentence.
const MAX_UNSPACED_LOCAL: usize = 16;

/// Where a local part in a script written without spaces between words
/// (Han, kana, Thai) starts, and its length, when the `@` at `end` follows
/// such characters directly; `c` and `p` are what `text.prev` gave before
/// `end`. Such text glues its words to an address, so the name counts only
/// where something sets it apart: a space, punctuation, a quote or bracket
/// (ASCII or CJK), the start of the text, or, after two characters or
/// more, a particle that ends the words before it (`邮箱是用户@…`,
/// `連絡先は二ノ宮@…`). Otherwise the address is not taken at all, rather
/// than with a sentence for its local part.
fn unspaced_local_part(
    text: &impl Text,
    (mut c, mut p): (u8, usize),
    end: usize,
    min_start: usize,
) -> Option<(usize, usize)> {
    let mut start = end;
    let mut len = 0;
    let mut thai = false;
    // The character read last, and where the local part started before it.
    let mut last: Option<(char, usize, usize)> = None;
    loop {
        if c < 0x80 {
            let set_apart = c.is_ascii_whitespace()
                || matches!(
                    c,
                    b'"' | b'\'' | b':' | b';' | b',' | b'<' | b'>' | b'(' | b'[' | b'{' | b'='
                );
            return (set_apart && len > 0).then_some((start, len));
        }
        let (ch, q) = char_before(text, c, p)?;
        let particle = matches!(
            ch,
            '是' | '到' | '给' | '給' | 'は' | 'に' | 'を' | 'へ' | 'で' | 'が'
        );
        // (A particle ends the words before it only where there are
        // some: `はなこ@…` after a bracket or a quote is a name.)
        if len >= 2 && particle && !thai && word_ends_before(text, q) {
            return Some((start, len));
        }
        // A word for mail or contact right before the name ends the words
        // before it as a particle does (`请联系李雷@…`, `メールアドレス二ノ宮@…`).
        if let Some((after, at, n)) = last.filter(|&(_, _, n)| n >= 1) {
            if MAIL_WORDS.contains(&[ch, after]) {
                return Some((at, n));
            }
        }
        last = Some((ch, start, len));
        if is_cjk_punctuation(ch) || matches!(ch, '\u{30fb}' | '\u{2018}'..='\u{201f}') {
            return (len > 0).then_some((start, len));
        }
        let han_or_kana = is_spaceless_script(ch) && ch != '\u{30fb}';
        let thai_letter = matches!(ch, '\u{e01}'..='\u{e4e}');
        if !(han_or_kana || thai_letter) || q < min_start || len == MAX_UNSPACED_LOCAL {
            return None;
        }
        // (Particles are Han and kana: Thai takes only a mark.)
        thai |= thai_letter;
        len += 1;
        start = q;
        if q == min_start && min_start > 0 {
            // Glued to the address before it.
            return None;
        }
        match text.prev(q) {
            Some(prev) => (c, p) = prev,
            None => return Some((start, len)),
        }
    }
}

/// Whether `c`, read back to `p` from `start`, is an apostrophe inside a
/// name (`o'brien@…`, `d'souza@…`): between two ASCII letters. Quotes
/// around an address (`'jane@x.com'`) have no letter on their outer side.
#[inline]
fn inner_apostrophe(text: &impl Text, c: u8, start: usize, p: usize) -> bool {
    let letter = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphabetic());
    c == b'\'' && letter(text.peek(start)) && letter(text.peek_back(p))
}

/// Where a local part read back over `=` really starts, and its length:
/// after the last `=` with no `+` before it. An `=` after a `+` belongs to
/// the address, as in a VERP bounce address that carries the recipient's
/// (`bounces+4242-jane=example.org@mail.example.net`); before any, it
/// ends a key (`email=jane@…`). `None` if nothing is left.
fn after_key(text: &impl Text, mut start: usize, at: usize) -> Option<(usize, usize)> {
    let mut pos = start;
    let mut tagged = false;
    let mut len = 0;
    while pos < at {
        let (c, next) = text.next(pos)?;
        len += 1;
        match c {
            b'+' => tagged = true,
            b'=' if !tagged => {
                start = next;
                len = 0;
            }
            _ => {}
        }
        pos = next;
    }
    (len > 0).then_some((start, len))
}

/// Whether the address-like text from `start` is a `cid:` URL, which
/// names a part of the message (an inline image pasted from Outlook:
/// `[cid:image007.png@01DA563E.BCFDEDFB]`), not a mailbox.
fn names_a_message_part(text: &impl Text, start: usize) -> bool {
    let mut pos = start;
    for &want in b"cid:".iter().rev() {
        match text.prev(pos) {
            Some((c, p)) if c.to_ascii_lowercase() == want => pos = p,
            _ => return false,
        }
    }
    !text
        .peek_back(pos)
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Whether the address-like id whose local part of `local_len` characters
/// starts at `start` follows a mail header that names a message, not a
/// mailbox (`Message-ID: <CAF7…@mail.gmail.com>`, `In-Reply-To: <…>`), or
/// a SIP header that names a call (`Call-ID: <…>`). Looks no further back
/// than a local part and eight characters from the `@`, as every email
/// read does.
fn names_a_message(text: &impl Text, start: usize, local_len: usize) -> bool {
    const HEADERS: &[&[u8]] = &[b"message-id:", b"in-reply-to:", b"references:", b"call-id:"];
    let mut budget = (MAX_LOCAL + LOOK_PAST_ID).saturating_sub(local_len + 1);
    // Ids may hold specials an address is not read through
    // (`<621f113e$$61582ce4@smtp.example.net>`).
    let mut pos = start;
    loop {
        match text.prev(pos) {
            Some((b'<', p)) if budget > 0 => {
                pos = p;
                budget -= 1;
                break;
            }
            // (Or its bracket as HTML writes it, in a mail's HTML body:
            // `Message-ID: &lt;CAF7…@mail.gmail.com&gt;`.)
            Some((b';', p)) if budget >= 4 => match html_lt_before(text, p) {
                Some(q) => {
                    pos = q;
                    budget -= 4;
                    break;
                }
                None => return false,
            },
            Some((c, p)) if budget > 0 && is_id_special(c) => {
                pos = p;
                budget -= 1;
            }
            _ => return false,
        }
    }
    follows_header(text, pos, budget, HEADERS)
        || follows_header(text, pos, budget, FORM_HEADERS)
        || follows_header_member(text, pos, budget)
}

/// [`names_a_message`]'s headers as a form field's names: an inbound-mail
/// webhook posts a message's headers so (`Message-Id=%3C…%40…%3E`).
const FORM_HEADERS: &[&[u8]] = &[b"message-id=", b"in-reply-to=", b"references="];

/// The headers [`names_a_message`] reads, as a JSON string names them.
const HEADER_NAMES: &[&[u8]] = &[b"message-id", b"in-reply-to", b"references", b"call-id"];

/// Whether the string value whose opening quote ends at `pos` is a message
/// header's, as webhooks write headers in JSON, within `budget`
/// characters: a member named for the header (`"Message-ID": "<…>"`), a
/// pair in an array (`["Message-Id", "<…>"]`, Mailgun's), or the value of
/// an object that names the header (`{"Name": "Message-ID", "Value":
/// "<…>"}`, Postmark's).
fn follows_header_member(text: &impl Text, mut pos: usize, mut budget: usize) -> bool {
    let budget = &mut budget;
    if !back_over_json(text, &mut pos, budget, b"\"")
        || !back_over_json(text, &mut pos, budget, b":,")
        || !back_over_json(text, &mut pos, budget, b"\"")
    {
        return false;
    }
    let mut name = [0u8; HEADER_NAME_MAX];
    let Some(len) = string_before(text, &mut pos, budget, &mut name) else {
        return false;
    };
    if HEADER_NAMES.contains(&&name[..len]) {
        return true;
    }
    // (Postmark's `"Name": "Message-ID", "Value": "<…>"`.)
    if &name[..len] != b"value"
        || !back_over_json(text, &mut pos, budget, b",")
        || !back_over_json(text, &mut pos, budget, b"\"")
    {
        return false;
    }
    string_before(text, &mut pos, budget, &mut name)
        .is_some_and(|len| HEADER_NAMES.contains(&&name[..len]))
}

/// The longest of [`HEADER_NAMES`].
const HEADER_NAME_MAX: usize = 11;

/// Moves `pos` back over JSON white space and then one of `bytes`, each
/// character out of `budget`; whether that byte was there.
fn back_over_json(text: &impl Text, pos: &mut usize, budget: &mut usize, bytes: &[u8]) -> bool {
    loop {
        let Some((c, p)) = text.prev(*pos) else {
            return false;
        };
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        *pos = p;
        match c {
            b' ' | b'\n' | b'\r' | b'\t' => {}
            c => return bytes.contains(&c),
        }
    }
}

/// Reads back the JSON string whose closing quote ends at `pos`, lower
/// case, into `buf` (one that does not fit is none), and moves `pos` to
/// its opening quote; its length.
fn string_before(
    text: &impl Text,
    pos: &mut usize,
    budget: &mut usize,
    buf: &mut [u8; HEADER_NAME_MAX],
) -> Option<usize> {
    let mut len = 0;
    loop {
        let (c, p) = text.prev(*pos)?;
        *budget = budget.checked_sub(1)?;
        *pos = p;
        if c == b'"' {
            buf[..len].reverse();
            return Some(len);
        }
        *buf.get_mut(len)? = c.to_ascii_lowercase();
        len += 1;
    }
}

/// Whether the local part at `start` follows a SIP `Call-ID:` header
/// without brackets (`Call-ID: a84b4c76e66710@pc33.atlanta.com`): a call's
/// id, written as an address. Reads no further back than
/// [`names_a_message`].
fn names_a_call(text: &impl Text, start: usize, local_len: usize) -> bool {
    let budget = (MAX_LOCAL + LOOK_PAST_LOCAL).saturating_sub(local_len + 1);
    follows_header(text, start, budget, &[b"call-id:"])
}

/// Whether one of `headers` (lowercase, with its colon) ends before `pos`,
/// spaces aside, within `budget` characters.
fn follows_header(text: &impl Text, mut pos: usize, mut budget: usize, headers: &[&[u8]]) -> bool {
    while let Some((b' ', p)) = text.prev(pos) {
        if budget == 0 {
            return false;
        }
        budget -= 1;
        pos = p;
    }
    headers.iter().any(|header| {
        if header.len() > budget {
            return false;
        }
        let mut q = pos;
        for &want in header.iter().rev() {
            match text.prev(q) {
                Some((c, p)) if c.to_ascii_lowercase() == want => q = p,
                _ => return false,
            }
        }
        true
    })
}

/// Whether the address-like text from `start` to `end` (its `@` at `at`,
/// its domain from `after_at`) is shaped as a message id, with or without
/// the header that names one: Gmail's ids end `@mail.gmail.com`, where no
/// mailbox is; and an id of digits and dots in angle brackets
/// (`<48724790.35707@smtp.example.com>`) is a timestamp and a counter, not
/// a name.
fn shaped_as_message_id(
    text: &impl Text,
    start: usize,
    at: usize,
    after_at: usize,
    end: usize,
) -> bool {
    const GMAIL_IDS: &[u8] = b"mail.gmail.com";
    let mut domain = [0u8; GMAIL_IDS.len()];
    let mut n = 0;
    let mut p = after_at;
    while p < end && n < domain.len() {
        let Some((c, next)) = text.next(p) else {
            break;
        };
        domain[n] = c.to_ascii_lowercase();
        n += 1;
        p = next;
    }
    if p == end && &domain[..n] == GMAIL_IDS {
        return true;
    }
    if text.peek_back(start) != Some(b'<') {
        return false;
    }
    let (mut digits, mut dots) = (0, 0);
    let mut p = start;
    while p < at {
        match text.next(p) {
            Some((c, next)) if c.is_ascii_digit() => {
                digits += 1;
                p = next;
            }
            Some((b'.', next)) => {
                dots += 1;
                p = next;
            }
            _ => return false,
        }
    }
    dots > 0 && digits >= 10
}

/// Where `&lt` starts, if it ends at `end`.
fn html_lt_before(text: &impl Text, mut end: usize) -> Option<usize> {
    super::context::step_back_over(text, &mut end, 0, b"&lt").then_some(end)
}

/// A character of a message id's left part (RFC 5322 atext and `.`).
fn is_id_special(c: u8) -> bool {
    // `#$%&'` and `{|}~` are runs of ASCII.
    is_local_byte(c)
        || matches!(c, b'!' | b'#'..=b'\'' | b'*' | b'/' | b'=' | b'?' | b'^' | b'`' | b'{'..=b'~')
}

/// The address around the `@` that starts at `at` (`after_at` is the
/// position past it): `(start, end)` positions, if there is one.
///
/// The local part starts no earlier than `min_start`: where the previous
/// address ended, so that `a@x.coma@x.com` yields both.
pub fn verify(
    text: &impl Text,
    at: usize,
    after_at: usize,
    min_start: usize,
) -> Option<(usize, usize)> {
    verify_in(&WithoutFullWidth(text), at, after_at, min_start)
}

/// [`verify`] on the fast path's view, which reads full-width forms
/// apart itself.
pub fn verify_raw(
    text: &RawText<'_>,
    at: usize,
    after_at: usize,
    min_start: usize,
) -> Option<(usize, usize)> {
    verify_in(&text.without_full_width(), at, after_at, min_start)
}

/// [`verify`] on a stretch the caller knows holds no escape and no wide
/// character, read as it stands (no full-width form to set apart).
pub fn verify_escape_free(
    text: &EscapeFreeText<'_>,
    at: usize,
    after_at: usize,
    min_start: usize,
) -> Option<(usize, usize)> {
    verify_in(text, at, after_at, min_start)
}

/// A view in which a full-width form reads as the character outside ASCII
/// that it is, not as the digit or sign numbers read it as: no address
/// holds one, and one glued to an address ends it (`taro@example.jp１２３番`).
struct WithoutFullWidth<'t, T>(&'t T);

impl<T: Text> WithoutFullWidth<'_, T> {
    #[inline]
    fn as_address_reads(&self, c: u8, pos: usize) -> u8 {
        // (Only these characters are read from full-width forms.)
        let may_be_wide = matches!(c, b'0'..=b'9' | b' ' | b'+' | b'-' | b'(' | b')');
        if may_be_wide && self.0.full_width_char(pos).is_some() {
            NON_ASCII
        } else {
            c
        }
    }
}

impl<T: Text> Text for WithoutFullWidth<'_, T> {
    #[inline]
    fn end(&self) -> usize {
        self.0.end()
    }

    #[inline]
    fn next(&self, pos: usize) -> Option<(u8, usize)> {
        let (c, next) = self.0.next(pos)?;
        Some((self.as_address_reads(c, pos), next))
    }

    #[inline]
    fn prev(&self, pos: usize) -> Option<(u8, usize)> {
        let (c, at) = self.0.prev(pos)?;
        Some((self.as_address_reads(c, at), at))
    }

    #[inline]
    fn raw(&self, pos: usize) -> usize {
        self.0.raw(pos)
    }

    #[inline]
    fn escaped_char(&self, pos: usize) -> Option<char> {
        self.0
            .escaped_char(pos)
            .or_else(|| self.0.full_width_char(pos))
    }

    #[inline]
    fn is_form_equals(&self, pos: usize) -> bool {
        self.0.is_form_equals(pos)
    }

    #[inline]
    fn is_form_plus(&self, pos: usize) -> bool {
        self.0.is_form_plus(pos)
    }

    #[inline]
    fn plain_bytes(&self, from: usize, to: usize) -> Option<(&[u8], bool)> {
        // (A view that reads raw bytes as they stand reads no full-width
        // form as ASCII either.)
        self.0.plain_bytes(from, to)
    }
}

/// Whether the local part at `start` follows an `@` that opens a word:
/// a fediverse handle (`@anna@mastodon.social`), a user and an instance,
/// to which no mail is sent.
fn is_fediverse_handle(text: &impl Text, start: usize) -> bool {
    let Some((b'@', p)) = text.prev(start) else {
        return false;
    };
    !text.prev(p).is_some_and(|(c, _)| is_local_byte(c))
}

/// Whether the local part at `start` is a URL's user or password
/// (`ssh://git@bitbucket.org/…`, `https://user:s3cret@files.example.com/`):
/// its `@` ends the URL's user information, and no address is there.
///
/// It reads no further back than the local part's own budget allows: the
/// local part and [`LOOK_PAST_LOCAL`] characters before it, as every look
/// behind an address does, so that a stream's look-behind holds it.
fn is_url_password(text: &impl Text, start: usize, min_start: usize, local_len: usize) -> bool {
    let mut p = match text.prev(start) {
        Some((b':', p)) => p,
        Some((b'/', p)) => return text.peek_back(p) == Some(b'/'),
        _ => return false,
    };
    // (The `:` was one character, and `//` takes two more.)
    let budget = (MAX_LOCAL + LOOK_PAST_LOCAL).saturating_sub(local_len + 3);
    for _ in 0..budget {
        match text.prev(p) {
            Some((b'/', q)) if q >= min_start => return text.peek_back(q) == Some(b'/'),
            Some((c, q)) if q >= min_start && is_local_byte(c) => p = q,
            _ => return false,
        }
    }
    false
}

fn verify_in(
    text: &impl Text,
    at: usize,
    after_at: usize,
    min_start: usize,
) -> Option<(usize, usize)> {
    // No domain starts after this `@` (a masked address, as a re-check pass
    // reads it: `****@*******.***`; an `@` before a space): the cheap half
    // of the test first. (What `read_label` would read as an empty label.)
    if !text.peek(after_at).is_some_and(starts_label) {
        return None;
    }
    // Local part, backwards from the '@'.
    let mut start = at;
    // Where the local part ends: the `@`, or the backslash paired with it.
    let mut local_end = at;
    // JSON in a JSON string (`"{\"to\":\"jane\\u0040x.com\"}"`, a webhook's
    // payload): the nested document's escaped `@` is written `\\u0040`,
    // which reads as a backslash and then the escape. That backslash is the
    // other half of an escaped pair, and belongs to the `@` as the nested
    // document reads it.
    if text.raw(after_at) - text.raw(at) == 6 {
        if let Some((b'\\', p)) = text.prev(at) {
            let paired =
                text.raw(at) - text.raw(p) == 1 && text.prev(p).is_none_or(|(c, _)| c != b'\\');
            if paired && p > min_start {
                start = p;
                local_end = p;
            }
        }
    }
    let mut local_len = 0;
    let mut stopped_at = None;
    // The special character read through, with where the local part
    // started after it and how long it was there.
    let mut special_read: Option<(u8, usize, usize)> = None;
    while let Some((c, p)) = text.prev(start) {
        if start <= min_start {
            break;
        }
        let p = if is_local_byte(c) || inner_apostrophe(text, c, start, p) {
            p
        } else if special_read.is_none() && local_special_at(text, c, p) {
            special_read = Some((c, start, local_len));
            p
        } else {
            // A Hebrew or Arabic word before ASCII letters is a prefix
            // (`ל-billing@`: "to billing"), not part of the name; so is a
            // word in another script but Latin glued to them (`메일john@`,
            // `почтаjohn@`: "mail").
            let glued_word = |ch: char| {
                !is_latin_beyond_ascii(ch)
                    && text.peek(start).is_some_and(|b| b.is_ascii_alphabetic())
            };
            let prefix = |ch: char| {
                (is_rtl(ch) && has_ascii_letter(text, start, local_end)) || glued_word(ch)
            };
            match letter_before(text, c, p).filter(|&(_, ch)| !prefix(ch)) {
                Some((p, _)) => p,
                None => {
                    stopped_at = Some((c, p));
                    break;
                }
            }
        };
        local_len += 1;
        if local_len > MAX_LOCAL {
            return None;
        }
        start = p;
    }
    if matches!(stopped_at, Some((b'*', p)) if masks_local_part(text, p, min_start, local_len)) {
        return None;
    }
    // Between two of one special character, the one read through is a
    // separator too: HL7's components (`^NET^Internet^jane@x.io`).
    if let (Some((stop, _)), Some((special, after, len))) = (stopped_at, special_read) {
        if stop == special {
            (start, local_len) = (after, len);
        }
    }
    // A name in a script written without spaces, set apart from the text
    // before it (rare, so out of the loop above).
    if local_len == 0 {
        if let Some(stop) = stopped_at.filter(|&(c, _)| c >= 0x80) {
            (start, local_len) = unspaced_local_part(text, stop, start, min_start)?;
        }
    }
    // Read on over `=` (rare, so out of the loop above): a key's end, or
    // inside a bounce address (see `after_key`).
    let equals = matches!(stopped_at, Some((b'=', p)) if !text.is_form_equals(p));
    if equals {
        while let Some((c, p)) = text.prev(start) {
            let literal_equals = c == b'=' && !text.is_form_equals(p);
            if start <= min_start || !(is_local_byte(c) || literal_equals) {
                break;
            }
            local_len += 1;
            if local_len > MAX_LOCAL {
                return None;
            }
            start = p;
        }
    }
    if names_a_message(text, start, local_len)
        || names_a_message_part(text, start)
        || names_a_call(text, start, local_len)
        || is_url_password(text, start, min_start, local_len)
        || is_fediverse_handle(text, start)
    {
        return None;
    }
    if equals {
        (start, local_len) = after_key(text, start, at)?;
    }
    // Leading dots and hyphens are punctuation before the address
    // (`...jane@`, Hebrew's `ל-billing@`).
    while let Some((b'.' | b'-', next)) = text.next(start) {
        start = next;
        local_len -= 1;
    }
    // An EDIFACT segment's tag and separator (`COM+jane@example.com:EM'`),
    // not a plus tag.
    if let Some(after_tag) = after_edifact_tag(text, start) {
        start = after_tag;
        local_len = local_len.saturating_sub(4);
    }
    if local_len == 0 {
        return None;
    }
    let loose_dots = text.peek_back(local_end) == Some(b'.') || has_double_dot(text, start, at);

    // Domain, forwards: labels until something that cannot continue one.
    let (end, domain_len) = domain_end(text, after_at)?;
    // Dots RFC 5322 refuses (`taro..yamada@`, `hanako.@`) only where
    // Japan's mobile carriers gave them out, before they stopped.
    if loose_dots && !is_japanese_carrier_domain(text, after_at, end) {
        return None;
    }
    if shaped_as_message_id(text, start, at, after_at, end) {
        return None;
    }
    if local_len + 1 + domain_len > MAX_ADDRESS {
        return None;
    }
    if ends_cleanly(text, end) {
        return Some((start, end));
    }
    // `_jane@example.com_`: underscores around the address emphasise it.
    if let Some((b'_', after_marker)) = text.next(start) {
        let emphasised = local_len > 1
            && super::numeric::closes_emphasis(text, end)
            && super::numeric::opens_emphasis(text, after_marker);
        if emphasised {
            return Some((after_marker, end));
        }
    }
    // A file name's separator after a whole address, the name going on
    // (`jane.doe@example.com_2024.csv`), or an underscore that closes
    // nothing before a space or punctuation (`jane@example.com_ now`).
    let separated = text.peek(end) == Some(b'_')
        && text
            .next(end)
            .and_then(|(_, next)| text.peek(next))
            .is_none_or(|c| {
                c.is_ascii_alphanumeric()
                    || c.is_ascii_whitespace()
                    || matches!(c, b'.' | b',' | b';' | b':' | b')' | b'"' | b'\'' | b'<')
            });
    (separated && text.peek(start) != Some(b'_')).then_some((start, end))
}

/// One domain label as read.
struct Label {
    /// Position past the label.
    end: usize,
    /// Characters in the label.
    len: usize,
    /// Position past the label's leading run of ASCII letters, digits and
    /// hyphens, and that run's length, when non-ASCII text follows it.
    ascii_head: Option<(usize, usize)>,
    /// A hyphen stands between that run and the text after it, and the
    /// run is given without it: a suffix a script glues on with a hyphen
    /// (Bengali `…@gmail.com-এ`, "to …").
    hyphen_suffix: bool,
    /// The label goes on past [`MAX_LABEL`] characters (`end` and `len`
    /// then stop there): no domain continues through it.
    too_long: bool,
}

/// Reads the domain after the `@`: the end position of the address and
/// the domain's length in characters.
///
/// Two kinds of running text are cut off a domain: non-ASCII text glued to
/// the TLD (`a@b.com谢谢`, common in CJK text, which uses no spaces, and
/// however long the text runs on), and a capitalised word after a missing
/// space (`jane@x.com.Thanks`). A label that runs past the length limit
/// ends the domain at the last TLD before it, if there is one.
fn domain_end(text: &impl Text, after_at: usize) -> Option<(usize, usize)> {
    let mut pos = after_at;
    let mut labels = 0;
    let mut domain_len = 0;
    // The end and domain length of the longest prefix ending in a TLD.
    let mut best: Option<(usize, usize)> = None;
    loop {
        let label = read_label(text, pos);
        if label.len == 0 {
            break;
        }
        labels += 1;
        let dot = usize::from(labels > 1);
        if labels >= 2 {
            if let Some((head_end, head_len)) = label.ascii_head {
                // `b.com谢谢`: the TLD ends where the other script starts.
                // (Not in a Latin word: `poczta.zażółć.pl` does not end
                // at `za`.) A suffix after a hyphen only on the last
                // label, and a short one (`…@gmail.com-এ`, not
                // `…@shop.my-магазин.рф`).
                // (A sentence's period may follow the suffix: `…@gmail.com-ზე.`.)
                let label_follows = matches!(
                    text.next(label.end),
                    Some((b'.', q)) if text.peek(q).is_some_and(starts_label)
                );
                let suffix_ok = !label.hyphen_suffix
                    || label.len - head_len <= MAX_HYPHEN_SUFFIX && !label_follows;
                if suffix_ok
                    && !latin_letter_at(text, head_end)
                    && is_top_level(text, pos, head_end)
                {
                    return Some((head_end, domain_len + dot + head_len));
                }
            }
        }
        if label.too_long {
            return best;
        }
        if labels >= 2 {
            let is_last = !matches!(text.next(label.end), Some((b'.', _)));
            if best.is_some()
                && is_last
                && label.len >= 4
                && is_title_case_word(text, pos, label.end)
            {
                break;
            }
        }
        domain_len += dot + label.len;
        let tld = labels >= 2 && is_top_level(text, pos, label.end);
        // A file named for an address (`jane.doe@example.com.pdf`): the
        // address ends before its extension.
        if !tld
            && best.is_some()
            && !matches!(text.next(label.end), Some((b'.', _)))
            && label_ends_address(text, pos, label.end)
        {
            return best;
        }
        best = tld.then_some((label.end, domain_len));
        pos = label.end;
        match text.next(pos) {
            Some((b'.', next)) if text.peek(next).is_some_and(starts_label) => pos = next,
            _ => break,
        }
    }
    best
}

/// The longest suffix, in bytes with its hyphen, a script glues to an
/// address (see [`Label::hyphen_suffix`]): three characters of three
/// bytes.
const MAX_HYPHEN_SUFFIX: usize = 10;

/// Reads one label at `pos`, or a zero-length label if there is none. A
/// label is read no further than one character past [`MAX_LABEL`], which
/// bounds the lookahead however long a run of label characters is.
fn read_label(text: &impl Text, mut pos: usize) -> Label {
    let mut len = 0;
    let mut ascii_head = None;
    let mut hyphen_suffix = false;
    let mut all_ascii = true;
    // Where the label ends if trailing hyphens are left out: a label
    // cannot end in one, so `x.com-` is `x.com` followed by a dash.
    let mut end_without_hyphens = (pos, 0);
    if text.peek(pos) == Some(b'-') {
        return Label {
            end: pos,
            len: 0,
            ascii_head: None,
            hyphen_suffix: false,
            too_long: false,
        };
    }
    // Whether the label holds a letter of a script written with spaces,
    // outside ASCII; and one that is not Hangul.
    let mut spaced_script = false;
    let mut spaced_not_hangul = false;
    while let Some((c, next)) = text.next(pos) {
        if !is_label_byte(c) {
            break;
        }
        if c >= 0x80 {
            // (An emoji, four bytes from `0xF0 0x9F`, ends a label as
            // punctuation does.)
            if c == 0xF0 && matches!(text.next(next), Some((0x9F, _))) {
                break;
            }
            match char_at(text, pos) {
                Some(ch) if is_cjk_punctuation(ch) || is_symbol_or_punctuation(ch) => break,
                Some(ch) if is_spaceless_script(ch) && spaced_script => break,
                Some(ch) if is_spaceless_script(ch) => {}
                // (Korean glues its particles to the word before, an
                // address too: `…@пример.рф입니다`.)
                Some('\u{ac00}'..='\u{d7a3}') if spaced_not_hangul => break,
                Some('\u{ac00}'..='\u{d7a3}') => spaced_script = true,
                Some(_) => {
                    spaced_script = true;
                    spaced_not_hangul = true;
                }
                None => {}
            }
        }
        if c >= 0x80 && all_ascii {
            all_ascii = false;
            if len > 0 {
                hyphen_suffix = end_without_hyphens.1 < len;
                ascii_head = Some(if hyphen_suffix {
                    end_without_hyphens
                } else {
                    (pos, len)
                });
            }
        }
        if len == MAX_LABEL {
            return Label {
                end: pos,
                len,
                ascii_head,
                hyphen_suffix,
                too_long: true,
            };
        }
        len += 1;
        pos = next;
        if c != b'-' {
            end_without_hyphens = (pos, len);
        }
    }
    let (end, len) = end_without_hyphens;
    Label {
        end,
        len,
        ascii_head,
        hyphen_suffix,
        too_long: false,
    }
}

/// The character outside ASCII that starts at `pos`, escaped or raw
/// UTF-8 (up to three bytes); `None` inside one or for a wider one.
fn char_at(text: &impl Text, pos: usize) -> Option<char> {
    text.escaped_char(pos).or_else(|| {
        let (lead, mut at) = text.next(pos)?;
        let width = match lead {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => return None,
        };
        let mut bytes = [lead, 0, 0];
        for b in &mut bytes[1..width] {
            let (c, next) = text.next(at)?;
            *b = c;
            at = next;
        }
        std::str::from_utf8(&bytes[..width]).ok()?.chars().next()
    })
}

/// A CJK or full-width punctuation mark (`。`, `、`, `！`, `：`, `）`):
/// after a label in another script it ends the address, as a space would
/// (`445484146@موقع.امارات！手机：…`).
fn is_cjk_punctuation(ch: char) -> bool {
    matches!(ch, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}')
}

/// Punctuation and symbols outside ASCII that no domain holds, but which
/// text sets right after an address: Latin-1's (`»`, `«`, `¿`, the
/// no-break space), and from U+2000 on dashes, quotes, ellipses, bullets,
/// currency signs, arrows and other symbols (`amara@пример.рф—`,
/// `…@ไทย.ไทย…`, `…рф”`).
fn is_symbol_or_punctuation(ch: char) -> bool {
    let latin_or_general = matches!(ch, '\u{a0}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{2bff}')
        && !matches!(ch, '\u{aa}' | '\u{b5}' | '\u{ba}');
    // The sentence and clause marks of scripts whose domains are written
    // in them: Armenian's, Hebrew's, Arabic's, the dandas of Devanagari and
    // Bengali, Georgian's paragraph mark (`…@উদাহরণ.বাংলা।`).
    let of_a_script = matches!(
        ch,
        '\u{589}'
            | '\u{5be}'
            | '\u{5c3}'
            | '\u{60c}'
            | '\u{61b}'
            | '\u{61f}'
            | '\u{6d4}'
            | '\u{964}'
            | '\u{965}'
            | '\u{10fb}'
            | '\u{55a}'..='\u{55f}'
    );
    latin_or_general || of_a_script
}

/// A letter of a script written without spaces between words (kana, Han):
/// after a label in another script, the text the address is glued to
/// (`nagy.anna@דוגמה.ישראלまでお願いします`).
/// Whether a word in Han or kana ends right before `at`.
fn word_ends_before(text: &impl Text, at: usize) -> bool {
    let Some((c, p)) = text.prev(at) else {
        return false;
    };
    c >= 0x80
        && char_before(text, c, p)
            .is_some_and(|(ch, _)| is_spaceless_script(ch) && ch != '\u{30fb}')
}

fn is_spaceless_script(ch: char) -> bool {
    matches!(ch, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether the character at `pos` is a Latin letter outside ASCII (`ż`,
/// `ñ`, `ệ`), with which a label goes on (`zażółć`), where text in a
/// script written without spaces would be glued to the TLD before it.
fn latin_letter_at(text: &impl Text, pos: usize) -> bool {
    char_at(text, pos).is_some_and(|c| {
        matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c.is_alphabetic()
    })
}

/// `Thanks`, `Merci`: an uppercase letter, then only lowercase ones.
fn is_title_case_word(text: &impl Text, mut pos: usize, end: usize) -> bool {
    let mut first = true;
    while pos < end {
        let Some((c, next)) = text.next(pos) else {
            return false;
        };
        let ok = if first {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        };
        if !ok {
            return false;
        }
        first = false;
        pos = next;
    }
    !first
}

/// The domains of Japan's mobile carriers, whose older addresses hold
/// consecutive dots or a dot before the `@`.
const JAPANESE_CARRIER_DOMAINS: &[&[u8]] = &[
    b"docomo.ne.jp",
    b"ezweb.ne.jp",
    b"softbank.ne.jp",
    b"i.softbank.jp",
    b"vodafone.ne.jp",
];

/// Whether the domain from `from` to `end` is one of
/// [`JAPANESE_CARRIER_DOMAINS`], ASCII case ignored.
fn is_japanese_carrier_domain(text: &impl Text, mut from: usize, end: usize) -> bool {
    let mut domain = [0u8; 16];
    let mut len = 0;
    while from < end {
        let Some((c, next)) = text.next(from) else {
            break;
        };
        if len == domain.len() {
            return false;
        }
        domain[len] = c.to_ascii_lowercase();
        len += 1;
        from = next;
    }
    JAPANESE_CARRIER_DOMAINS.contains(&&domain[..len])
}

fn has_double_dot(text: &impl Text, mut pos: usize, end: usize) -> bool {
    let mut prev = 0;
    while pos < end {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        if c == b'.' && prev == b'.' {
            return true;
        }
        prev = c;
        pos = next;
    }
    false
}

/// The label from `pos` to `end`, lowercased, into `word`.
fn label_word<'w>(
    text: &impl Text,
    mut pos: usize,
    end: usize,
    word: &'w mut [u8; MAX_LABEL],
) -> &'w [u8] {
    let mut n = 0;
    while pos < end && n < MAX_LABEL {
        let Some((c, next)) = text.next(pos) else {
            break;
        };
        word[n] = c.to_ascii_lowercase();
        n += 1;
        pos = next;
    }
    &word[..n]
}

/// Whether the label from `pos` to `end` is a file extension, or holds
/// what no domain does (see [`holds_symbol`]): what follows an address's
/// final dot, not more of its domain.
fn label_ends_address(text: &impl Text, pos: usize, end: usize) -> bool {
    let mut word = [0u8; MAX_LABEL];
    let word = label_word(text, pos, end, &mut word);
    is_file_extension(word) || holds_symbol(word)
}

/// Whether raw UTF-8 `word` holds a symbol, an emoji or one of Hangul's
/// compatibility jamo (`ㅠㅠ`), which no domain may hold: glued to an
/// address's final dot, they are the chat going on (`…@outlook.com.👍`).
fn holds_symbol(word: &[u8]) -> bool {
    (0..word.len()).any(|i| matches!(word[i..], [0xF0 | 0xE2, ..] | [0xE3, 0x84..=0x86, ..]))
}

fn is_top_level(text: &impl Text, pos: usize, end: usize) -> bool {
    let mut word = [0u8; MAX_LABEL];
    let word = label_word(text, pos, end, &mut word);
    if word.starts_with(b"xn--") {
        return word.len() > 4 && word.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-');
    }
    // Internationalized TLDs written in their script (`.рф`, `.भारत`,
    // `.中国`): every character non-ASCII.
    // The longest, India's in Tamil, is 24 bytes of UTF-8 (read raw; an
    // escape counts one); longer is a word of text glued to a dot
    // (`a@b.までご連絡ください。`).
    if word.iter().all(|&c| c >= 0x80) {
        return (2..=24).contains(&word.len()) && !holds_symbol(word);
    }
    // (`root@localhost.localdomain`, a Unix host's own name for itself,
    // reaches no one; nor does a login to a host on a private network,
    // whose top level `.internal` is reserved for them: `ssh
    // ec2-user@ip-10-0-1-17.eu-west-1.compute.internal`.)
    word.len() >= 2
        && word.iter().all(u8::is_ascii_alphabetic)
        && !is_file_extension(word)
        && word != b"localdomain"
        && word != b"internal"
}

/// Whether the address may end at `end`: not inside a longer token, not an
/// scp-style `host:path` remote.
fn ends_cleanly(text: &impl Text, end: usize) -> bool {
    let Some((c, next)) = text.next(end) else {
        return true;
    };
    match c {
        b'@' | b'_' => false,
        // `host:org/repo`; a mask (`*`) counts as the letter it hid, so
        // masking what follows cannot turn this into an address. (But an
        // EDIFACT segment's qualifier, `COM+jane@example.com:EM'`.)
        b':' => {
            edifact_qualifier_at(text, next)
                || !text
                    .peek(next)
                    .is_some_and(|d| d.is_ascii_alphabetic() || matches!(d, b'/' | b'~' | b'*'))
        }
        _ => true,
    }
}

/// Whether the `*` before `p` is the last of a run that masks the middle
/// of a local part (`a****6@gmail.com`, as systems show an address on
/// file): a letter or digit before the run. What is left after it is no
/// address. (Not emphasis, `**jane@example.com**`, which nothing but a
/// space or the text's start precedes.) The run is read within the local
/// part's own budget.
fn masks_local_part(text: &impl Text, mut p: usize, min_start: usize, local_len: usize) -> bool {
    for _ in local_len..MAX_LOCAL {
        match text.prev(p) {
            Some((b'*', q)) if q >= min_start => p = q,
            Some((c, q)) if q >= min_start => return c.is_ascii_alphanumeric(),
            _ => return false,
        }
    }
    false
}

/// Where the local part at `start` goes on past an EDIFACT segment's
/// `COM+` that opens its line or follows the last segment's `'`.
fn after_edifact_tag(text: &impl Text, start: usize) -> Option<usize> {
    if !matches!(text.prev(start), None | Some((b'\n' | b'\r' | b'\'', _))) {
        return None;
    }
    let mut p = start;
    for expected in *b"COM+" {
        let (c, q) = text.next(p)?;
        if c != expected {
            return None;
        }
        p = q;
    }
    Some(p)
}

/// Whether an EDIFACT communication qualifier, two capitals and the
/// segment's closing `'`, stands at `at` (`EM'`, `TE'`).
fn edifact_qualifier_at(text: &impl Text, at: usize) -> bool {
    let Some((a, p)) = text.next(at) else {
        return false;
    };
    let Some((b, q)) = text.next(p) else {
        return false;
    };
    a.is_ascii_uppercase() && b.is_ascii_uppercase() && text.peek(q) == Some(b'\'')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::text::RawText;

    /// What the whole detector finds in `s`, as text.
    fn emails(s: &str) -> Vec<&str> {
        crate::detect::Detector::new()
            .find_iter(s.as_bytes())
            .map(|f| &s[f.start..f.end])
            .collect()
    }

    fn find(s: &str) -> Option<&str> {
        let at = s.find('@')?;
        let text = RawText::new(s.as_bytes());
        let found = verify(&text, at, at + 1, 0);
        // The fast path's own reading of full-width forms agrees.
        assert_eq!(verify_raw(&text, at, at + 1, 0), found, "{s}");
        found.map(|(a, b)| &s[a..b])
    }

    #[test]
    fn fediverse_handles_are_no_addresses() {
        assert!(emails("on Mastodon as @xpaulafer@mastodon.social.").is_empty());
        assert!(emails("follow @emeka_bello%40mas.to today").is_empty());
        assert!(emails("(@anna@hachyderm.io)").is_empty());
        // An address after a mention, or glued to a word's `@`, still is.
        assert_eq!(
            emails("@anna write to anna@example.com"),
            ["anna@example.com"]
        );
        assert_eq!(emails("mail: a@b@example.com"), ["b@example.com"]);
    }

    #[test]
    fn masked_local_parts_are_no_addresses() {
        assert!(emails("Aishwarya Verma,,a****6@gmail.com,Card fraud").is_empty());
        assert!(emails(r#""email_id":"v****n@gmail.com""#).is_empty());
        // Emphasis around a whole address is no mask.
        assert_eq!(emails("**jane@example.com**"), ["jane@example.com"]);
        assert_eq!(emails("mail *jane@example.com*"), ["jane@example.com"]);
    }

    #[test]
    fn a_hyphened_suffix_before_a_sentences_end() {
        assert_eq!(
            emails("მიგზავნეთ beridze.giorgi@yahoo.com-ზე.</p>"),
            ["beridze.giorgi@yahoo.com"]
        );
        assert_eq!(
            emails("shop@shop.my-магазин.рф"),
            ["shop@shop.my-магазин.рф"]
        );
    }

    #[test]
    fn edifact_communication_segments() {
        // The segment's tag and separator before the address, its
        // qualifier and closing `'` after it.
        assert_eq!(
            emails("CTA+IC+:PRIYA NG'\nCOM+airimport@straitsfwd.sg:EM'\nNAD+CN"),
            ["airimport@straitsfwd.sg"]
        );
        assert_eq!(emails("COM+jane@example.com:EM'"), ["jane@example.com"]);
        // Elsewhere a plus tag is the address's, and `host:path` no address.
        assert_eq!(
            emails("see COM+jane@example.com today"),
            ["COM+jane@example.com"]
        );
        assert!(emails("git@github.com:org/repo.git").is_empty());
        assert!(emails("git@host:AB-x").is_empty());
    }

    #[test]
    fn latin_letters_in_local_parts_but_not_glued_scripts() {
        assert_eq!(find("mail jörg@müller.de."), Some("jörg@müller.de"));
        assert_eq!(find("José.Núñez@correo.es"), Some("José.Núñez@correo.es"));
        assert_eq!(find("Łukasz@x.pl"), Some("Łukasz@x.pl"));
        assert_eq!(
            find(r#""j\u00f6rg@example.de""#),
            Some(r"j\u00f6rg@example.de")
        );
        assert_eq!(find("電話jane@example.com"), Some("jane@example.com"));
        assert_eq!(find("×x@y.com"), Some("x@y.com"));
        // Vietnamese's stacked vowels and the extended Latin blocks, whole
        // (`nguyễn` was cut at its `ễ`, the rest of the name left in clear).
        assert_eq!(
            find("mail nguyễn.văn@example.vn ok"),
            Some("nguyễn.văn@example.vn")
        );
        assert_eq!(find("ơn.ư@example.vn"), Some("ơn.ư@example.vn"));
    }

    #[test]
    fn armenian_georgian_and_bengali_local_parts() {
        assert_eq!(find("email արամ@օրինակ.հայ ok"), Some("արամ@օրինակ.հայ"));
        assert_eq!(
            find("ელფოსტა: გიორგი@example.ge"),
            Some("გიორგი@example.ge")
        );
        assert_eq!(find("ইমেইল: রাহুল@উদাহরণ.বাংলা।"), Some("রাহুল@উদাহরণ.বাংলা"));
    }

    #[test]
    fn a_full_width_at() {
        assert_eq!(
            emails("メール: taro＠example.jp まで"),
            ["taro＠example.jp"]
        );
        assert_eq!(
            emails(r#"{"m":"taro\uff20example.jp"}"#),
            [r"taro\uff20example.jp"]
        );
        // Japanese for "at" before a place or a price is no address.
        assert_eq!(emails("会議＠3F"), Vec::<&str>::new());
    }

    #[test]
    fn a_korean_particle_after_a_domain_in_another_script() {
        assert_eq!(find("메일은 ivan@пример.рф입니다"), Some("ivan@пример.рф"));
        assert_eq!(find("홍길동@예시.한국 입니다"), Some("홍길동@예시.한국"));
    }

    #[test]
    fn a_typographic_dash_ends_an_address() {
        // (Not `0958–jane`: the address starts after the dash.)
        assert_eq!(
            emails("tel 020 7946 0958–jane@example.com"),
            ["jane@example.com"]
        );
        assert_eq!(
            emails("jane@example.com–4111 1111 1111 1111"),
            ["jane@example.com", "4111 1111 1111 1111"]
        );
    }

    #[test]
    fn a_message_id_in_html_brackets() {
        assert_eq!(find("Message-ID: &lt;abc.123@mail.example.com&gt;"), None);
        assert_eq!(find("In-Reply-To: &lt;xyz@host.example.org&gt;"), None);
        assert_eq!(
            find("Reply to &lt;jane@example.com&gt; please"),
            Some("jane@example.com")
        );
    }

    #[test]
    fn an_escaped_at_in_json_nested_in_a_string() {
        assert_eq!(
            emails(r#""{\"reply_to\":\"tyler.13\\u0040gmail.com\"}""#),
            [r"tyler.13\\u0040gmail.com"]
        );
        // Not a literal backslash before an escaped `@`, in either
        // document: `\\` is a backslash, then the escape.
        assert_eq!(emails(r#""a\\\u0040b.com""#), Vec::<&str>::new());
        // Nor a local part ending in a dot, as without the escape.
        assert_eq!(
            emails(r#""{\"to\":\"jane.\\u0040x.com\"}""#),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn loose_dots_only_at_japanese_carriers() {
        assert_eq!(
            find("mail aoi..ito@docomo.ne.jp"),
            Some("aoi..ito@docomo.ne.jp")
        );
        assert_eq!(find("Hanako.@EZweb.ne.jp"), Some("Hanako.@EZweb.ne.jp"));
        assert_eq!(find("aoi..ito@gmail.com"), None);
        assert_eq!(find("hanako.@example.jp"), None);
    }

    #[test]
    fn apostrophes_scripts_and_emphasis() {
        assert_eq!(find("o'brien@eircom.net"), Some("o'brien@eircom.net"));
        assert_eq!(find("<d'souza@outlook.fr>"), Some("d'souza@outlook.fr"));
        // Quotes around an address are not part of it.
        assert_eq!(find("mail 'jane@x.com' now"), Some("jane@x.com"));
        assert_eq!(find("ivan@пример.рф"), Some("ivan@пример.рф"));
        assert_eq!(find("rahul@डाकघर.भारत."), Some("rahul@डाकघर.भारत"));
        // Glued text after an ASCII TLD still ends the address.
        assert_eq!(find("a@b.com谢谢"), Some("a@b.com"));
        assert_eq!(find("_jane@x.com_ thanks"), Some("jane@x.com"));
        // (No emphasis opens there: the underscore before is the local
        // part's, the one after ends the address.)
        assert_eq!(find("x_jane@x.com_ y"), Some("x_jane@x.com"));
        // A file named for an address: the address without its extension
        // or what the name goes on with.
        assert_eq!(
            find("see jane.doe@example.com.pdf"),
            Some("jane.doe@example.com")
        );
        assert_eq!(
            find("jane.doe@example.com_2024.csv"),
            Some("jane.doe@example.com")
        );
        assert_eq!(find("icon@2x.png"), None);
        // Emoji and jamo glued to the final dot are no TLD.
        assert_eq!(
            find("an.nguyen@outlook.com.👍"),
            Some("an.nguyen@outlook.com")
        );
        assert_eq!(find("minh@yahoo.com.vn.ㅠㅠ"), Some("minh@yahoo.com.vn"));
        assert_eq!(find("logo@site.css"), None);
    }

    #[test]
    fn rarer_local_part_characters() {
        for (text, want) in [
            ("E-mail: x^y@163.com\r\n", "x^y@163.com"),
            ("email: ab%24cd@yahoo.ro", "ab%24cd@yahoo.ro"),
            ("mail: o~neill@x.ie", "o~neill@x.ie"),
            (r#""email": "~tilde@hotmail.co.th""#, "~tilde@hotmail.co.th"),
            // Punctuation and markup around an address stay outside it, and
            // a number before one stays a number.
            ("see #jane@x.io", "jane@x.io"),
            ("**jane@x.io**", "jane@x.io"),
            ("~~jane@x.io~~", "jane@x.io"),
            ("`jane@x.io`", "jane@x.io"),
            ("|jane@x.io|", "jane@x.io"),
            ("+1 415 555 0132#jane@x.io", "jane@x.io"),
            ("555-0132^PRN^PH~^NET^Internet^jane@x.io", "jane@x.io"),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
        assert_eq!(find("${user}@example.com"), None);
    }

    #[test]
    fn a_domain_in_a_script_with_spaces_ends_where_kana_or_han_start() {
        for (text, want) in [
            (
                "メール：nagy.anna@דוגמה.ישראלまでお願いします。",
                "nagy.anna@דוגמה.ישראל",
            ),
            ("メール：wang.wei@डाटामेल.भारतまで", "wang.wei@डाटामेल.भारत"),
            ("메일 m.y@도메인.한국までお願いします", "m.y@도메인.한국"),
            // A Japanese or Chinese label keeps its own script.
            ("taro@例え.テスト", "taro@例え.テスト"),
            ("li@例子.中国", "li@例子.中国"),
        ] {
            assert_eq!(find(text), Some(want), "{text}");
        }
    }

    #[test]
    fn local_parts_in_scripts_written_with_spaces() {
        assert_eq!(find("пишите иван@почта.рф"), Some("иван@почта.рф"));
        assert_eq!(find("mail: राहुल@gmail.com"), Some("राहुल@gmail.com"));
        assert_eq!(find("email νίκος@example.gr."), Some("νίκος@example.gr"));
        assert_eq!(find("ל-billing@gmail.com"), Some("billing@gmail.com"));
        assert_eq!(find("כתובת: משתמש@דוגמה.ישראל"), Some("משתמש@דוגמה.ישראל"));
        assert_eq!(find("البريد سلام@مثال.آزمایشی"), Some("سلام@مثال.آزمایشی"));
        assert_eq!(
            find("이메일 홍길동@예시.한국 입니다"),
            Some("홍길동@예시.한국")
        );
        // Arabic punctuation and Devanagari's danda are no letters.
        assert_eq!(find("اتصل،user@x.com"), Some("user@x.com"));
        assert_eq!(find("धन्यवाद।user@x.com"), Some("user@x.com"));
        // Scripts written without spaces stay outside.
        assert_eq!(find("メールtaro@example.jp"), Some("taro@example.jp"));
        // Full-width digits glued to an address end it, as other CJK text
        // does; numbers read them as digits, an address does not.
        assert_eq!(find("taro@example.jp１２３番まで"), Some("taro@example.jp"));
        assert_eq!(
            find("taro@example.jp\\uff11\\uff12"),
            Some("taro@example.jp")
        );
        assert_eq!(find("xyz@例え.テスト１２ だ"), Some("xyz@例え.テスト１２"));
        assert_eq!(find("山田１２３@example.jp"), None);
        // Letters and the `@` as HTML mail writes them.
        assert_eq!(
            find("a <a href=\"mailto:info@ma&#xF1;ana-viajes.es\">"),
            Some("info@ma&#xF1;ana-viajes.es")
        );
        let named_at = "E: pedro.oliveira&commat;contabilidade-santos.agency</a>";
        let at = named_at.find('&').unwrap_or(0);
        assert_eq!(
            verify(&RawText::new(named_at.as_bytes()), at, at + 8, 0).map(|(a, b)| &named_at[a..b]),
            Some("pedro.oliveira&commat;contabilidade-santos.agency")
        );
        assert_eq!(
            find("mail jos&eacute;.garc&iacute;a@example.es."),
            Some("jos&eacute;.garc&iacute;a@example.es")
        );
        assert_eq!(find("&lt;jane@example.com&gt;"), Some("jane@example.com"));
        assert_eq!(
            find("ส่งที่somchai@example.co.th"),
            Some("somchai@example.co.th")
        );
    }

    #[test]
    fn local_parts_in_scripts_written_without_spaces_when_set_apart() {
        for (text, want) in [
            ("Email: 用户@例子.广告 ok", Some("用户@例子.广告")),
            ("用户@例子.广告", Some("用户@例子.广告")),
            ("\"二ノ宮@黒川.日本\"", Some("二ノ宮@黒川.日本")),
            ("メール：名前@example.jp", Some("名前@example.jp")),
            ("mail ผู้ใช้@ตัวอย่าง.ไทย ok", Some("ผู้ใช้@ตัวอย่าง.ไทย")),
            // A particle or a word for mail ends the words before the name.
            ("我的邮箱是用户@例子.广告 ", Some("用户@例子.广告")),
            ("連絡先は二ノ宮@黒川.日本 ", Some("二ノ宮@黒川.日本")),
            ("请联系李雷@例子.中国 谢谢", Some("李雷@例子.中国")),
            // A name of one character keeps the particle before it.
            ("はな@例え.jp", Some("はな@例え.jp")),
            // A name that opens with a particle's kana, set apart.
            (
                "From: \"山田\" <はなこ@example.jp>",
                Some("はなこ@example.jp"),
            ),
            ("メール：はなこ@example.jp", Some("はなこ@example.jp")),
            (
                "\"email\": \"でんじろう@example.jp\"",
                Some("でんじろう@example.jp"),
            ),
            // Escaped in JSON, percent-encoded in a form.
            (
                r"Email: \u7528\u6237@example.cn",
                Some(r"\u7528\u6237@example.cn"),
            ),
            (
                "e=%E7%94%A8%E6%88%B7@example.cn",
                Some("%E7%94%A8%E6%88%B7@example.cn"),
            ),
            // Glued to ASCII, or a sentence long: not taken at all.
            ("abc李雷@例子.中国", None),
            (
                "今天下午三点钟我们一起去公园散步然后回家吃饭李雷@例子.中国",
                None,
            ),
            // Full-width digits are no name.
            ("山田１２３@example.jp", None),
        ] {
            assert_eq!(find(text), want, "{text}");
        }
    }

    #[test]
    fn a_latin_label_is_not_cut_at_an_ascii_tld() {
        for (text, want) in [
            (
                "Mail: pawel.zielinski@poczta.zażółć.pl dzięki",
                Some("pawel.zielinski@poczta.zażółć.pl"),
            ),
            ("a@x.zażółć.pl", Some("a@x.zażółć.pl")),
            ("écrire à jean@mail.coöp.fr.", Some("jean@mail.coöp.fr")),
            ("a@b.com谢谢", Some("a@b.com")),
        ] {
            assert_eq!(find(text), want, "{text}");
        }
    }

    #[test]
    fn cjk_punctuation_ends_a_domain_in_another_script() {
        assert_eq!(
            find("我的邮箱是445484146@موقع.امارات！手机：+886"),
            Some("445484146@موقع.امارات")
        );
        assert_eq!(
            find("li.li@도메인.한국。我的邮箱是"),
            Some("li.li@도메인.한국")
        );
        assert_eq!(
            find(r#""a@\u0434\u043e\u043c.\u0440\u0444\uff01""#),
            Some(r"a@\u0434\u043e\u043c.\u0440\u0444")
        );
    }

    #[test]
    fn keys_bounce_addresses_and_message_ids() {
        assert_eq!(find("email=jane@x.com"), Some("jane@x.com"));
        assert_eq!(
            find("Return-Path: <bounces+6018159-1612-user=example.org@sendgrid.net>"),
            Some("bounces+6018159-1612-user=example.org@sendgrid.net")
        );
        assert_eq!(find("user=@x.com"), None);
        assert_eq!(find("Message-ID: <CAF7x9QmZ1234abcd@mail.gmail.com>"), None);
        assert_eq!(find("In-Reply-To: <20240315.12345@mx.example.com>"), None);
        assert_eq!(find("From: Jane <jane@x.com>"), Some("jane@x.com"));
        // A SIP call's id is no address either, bracketed or not.
        assert_eq!(find("Call-ID: a84b4c76e66710@pc33.atlanta.com"), None);
        assert_eq!(find("Call-ID: <a84b4c76e66710@pc33.atlanta.com>"), None);
        assert_eq!(
            find("call-id:e00d7408a14f297d5e110fcd@pbx.example.com"),
            None
        );
        assert_eq!(find("Caller-ID: jane@x.com"), Some("jane@x.com"));
    }

    #[test]
    fn message_ids_in_webhooks_headers_are_no_addresses() {
        // Postmark's header objects, Mailgun's header pairs, a member
        // named for its header, pretty-printed or not; and a form field.
        let ids = [
            "{\"Name\": \"Message-ID\",\n      \"Value\": \"<21846803497411.85967.JavaMail.app@gulfhorizon.ae>\"}",
            "{\"Name\":\"In-Reply-To\",\"Value\":\"<AM3PR50MB3538.prod@eurprd01.prod.outlook.com>\"}",
            "[[\"Received\", \"by mx\"], [\"Message-Id\", \"<20240315.abc@mx.example.com>\"]]",
            "{\"message-id\": \"<x9QmZ1234abcd@mx.example.com>\"}",
        ];
        for s in ids {
            assert_eq!(find(s), None, "{s}");
        }
        let at = |s: &str| s.find("%40").unwrap_or(0);
        let form = "To=a&Message-Id=%3CAM3PR50MB3538.prod%40eurprd01.prod.outlook.com%3E";
        let text = RawText::with_plus_as_space(form.as_bytes(), true);
        assert_eq!(verify(&text, at(form), at(form) + 3, 0), None);
        // Other headers' values are mailboxes, and so is a value whose
        // object names no header.
        for s in [
            "{\"Name\": \"Reply-To\", \"Value\": \"<jane.doe@example.com>\"}",
            "[\"From\", \"<jane.doe@example.com>\"]",
            "{\"value\": \"<jane.doe@example.com>\"}",
            "{\"Name\": \"Message-ID\", \"Note\": \"<jane.doe@example.com>\"}",
        ] {
            assert_eq!(find(s), Some("jane.doe@example.com"), "{s}");
        }
        let form = "In-Reply-To=x&from=%3Cjane.doe%40example.com%3E";
        let text = RawText::with_plus_as_space(form.as_bytes(), true);
        let found = verify(&text, at(form), at(form) + 3, 0);
        assert_eq!(
            found.map(|(a, b)| &form[a..b]),
            Some("jane.doe%40example.com")
        );
    }

    #[test]
    fn a_form_field_separator_ends_a_local_part() {
        let find_in_form = |s: &'static str| {
            let at = s.find("%40")?;
            let text = RawText::with_plus_as_space(s.as_bytes(), true);
            verify(&text, at, at + 3, 0).map(|(a, b)| &s[a..b])
        };
        // A raw `=` splits name from value, even after a literal `+`.
        assert_eq!(
            find_in_form("note=%2B365al=jane.doe%40example.com"),
            Some("jane.doe%40example.com")
        );
        // An escaped one is a character of the address.
        assert_eq!(
            find_in_form("rp=bounces%2B42-jane%3Dexample.org%40mail.example.net"),
            Some("bounces%2B42-jane%3Dexample.org%40mail.example.net")
        );
    }

    #[test]
    fn an_address_in_a_url_inside_a_form_value_is_found() {
        // The URL's own `%40` and `%2B` are encoded again as the form
        // encodes them.
        let form = "a=1&return_to=https%3A%2F%2Fapp.example%2Fa%3Femail%3D71314944%252Btaro.yamada%2540yahoo.co.jp%26src%3D5";
        let at = form.find("%2540").unwrap_or(0);
        let text = RawText::with_plus_as_space(form.as_bytes(), true);
        let found = verify(&text, at, at + 5, 0).map(|(a, b)| &form[a..b]);
        assert_eq!(found, Some("71314944%252Btaro.yamada%2540yahoo.co.jp"));
    }

    #[test]
    fn addresses_and_decorations() {
        assert_eq!(
            find("mail jane.doe+zd@example.co.uk."),
            Some("jane.doe+zd@example.co.uk")
        );
        assert_eq!(find("<Jane_Doe@Example.COM>"), Some("Jane_Doe@Example.COM"));
        assert_eq!(find("mailto:jane@example.com"), Some("jane@example.com"));
        assert_eq!(find("user@localhost"), None);
        assert_eq!(find("icon@2x.png"), None);
        assert_eq!(find("Started wg-quick@wg0.service - WireGuard"), None);
        assert_eq!(find("Started serial-getty@ttyS0.Service"), None);
        assert_eq!(find("git@github.com:org/repo.git"), None);
        // A URL's password is no local part.
        assert_eq!(find("see https://user:s3cret@ftp.acme-files.com/x"), None);
        assert_eq!(find("origin ssh://git@bitbucket.org/team/api.git"), None);
        assert_eq!(
            find("mail me: jane:doe@example.com"),
            Some("doe@example.com")
        );
        assert_eq!(find("ping @jane"), None);
        assert_eq!(find("info@presidio."), None);
        assert_eq!(find("a@b.com。谢谢"), Some("a@b.com"));
        assert_eq!(find("jane@x.com.Thanks"), Some("jane@x.com"));
        assert_eq!(find("From: root@localhost.localdomain (Cron)"), None);
        assert_eq!(
            find("রিপোর্ট rahim99@gmail.com-এ পাঠান।"),
            Some("rahim99@gmail.com")
        );
        assert_eq!(
            find("info@shop.my-магазин.рф"),
            Some("info@shop.my-магазин.рф")
        );
        assert_eq!(
            find("$ ssh ec2-user@ip-10-167-48-17.eu-west-1.compute.internal"),
            None
        );
        // Message ids without their header.
        assert_eq!(find("msg <CAF1c15d055d6f42f8fa3ee@mail.gmail.com>"), None);
        assert_eq!(find("msg <48724790.35707@smtp.acme-corp.com>"), None);
        assert_eq!(
            find("<jane.doe@mail.example.com>"),
            Some("jane.doe@mail.example.com")
        );
        assert_eq!(find("qq: 123456789@qq.com"), Some("123456789@qq.com"));
        assert_eq!(find("a@mail.münchen.de"), Some("a@mail.münchen.de"));
        assert_eq!(find("lodash@4.17.21"), None);
        assert_eq!(
            find("user@xn--80ak6aa92e.com"),
            Some("user@xn--80ak6aa92e.com")
        );
        assert_eq!(
            find("a@xn--d1acufc.xn--p1ai"),
            Some("a@xn--d1acufc.xn--p1ai")
        );
    }

    #[test]
    fn an_at_sign_as_html_writes_it() {
        let hay = "To: &lt;seanobrien&#64;yahoo.ie&gt;<br>";
        let at = hay.find("&#64;").unwrap();
        let found = verify(&RawText::new(hay.as_bytes()), at, at + 5, 0);
        assert_eq!(
            found.map(|(a, b)| &hay[a..b]),
            Some("seanobrien&#64;yahoo.ie")
        );
    }

    #[test]
    fn punctuation_and_symbols_end_an_internationalised_domain() {
        for (text, address) in [
            ("write —amara@ไทย.ไทย— ok", "amara@ไทย.ไทย"),
            ("«amara@пример.рф»", "amara@пример.рф"),
            ("amara@пример.рф… ok", "amara@пример.рф"),
            ("amara@пример.рф😀 ok", "amara@пример.рф"),
            ("amara@ตัวอย่าง.ไทย ok", "amara@ตัวอย่าง.ไทย"),
        ] {
            assert_eq!(find(text), Some(address), "{text}");
        }
    }

    #[test]
    fn a_word_in_another_script_glued_before_ascii_letters_is_no_name() {
        for (text, address) in [
            ("메일john@example.com", "john@example.com"),
            ("почтаjohn@example.com", "john@example.com"),
            ("ivan@пример.рф", "ivan@пример.рф"),
            ("иван@пример.рф", "иван@пример.рф"),
            ("иван.ivanov@example.ru", "иван.ivanov@example.ru"),
            ("josé@correo.es", "josé@correo.es"),
        ] {
            assert_eq!(find(text), Some(address), "{text}");
        }
    }

    #[test]
    fn an_underscore_after_an_address_that_closes_nothing_ends_it() {
        assert_eq!(find("mail john@example.com_ now"), Some("john@example.com"));
        assert_eq!(find("john@example.com_"), Some("john@example.com"));
        assert_eq!(find("mail john@example.com__ now"), None);
    }

    #[test]
    fn inline_parts_of_a_message_are_no_addresses() {
        assert_eq!(find("[cid:image007.png@01DA563E.BCFDEDFB]"), None);
        assert_eq!(find("<img src=\"CID:logo@acme.example\">"), None);
        assert_eq!(find("cid: jane@example.com"), Some("jane@example.com"));
        assert_eq!(find("acid:jane@example.com"), Some("jane@example.com"));
    }

    #[test]
    fn long_text_glued_to_the_domain() {
        // Far more than a label's 63 bytes of Japanese after the TLD.
        let tail = "までご連絡ください。請求書の金額が違います。";
        assert_eq!(
            find(&format!("yuki64@mail.u-tokyo.ac.jp{tail}")),
            Some("yuki64@mail.u-tokyo.ac.jp")
        );
        assert_eq!(
            find(&format!("harutosuzuki@日本語ドメイン.jp{tail}")),
            Some("harutosuzuki@日本語ドメイン.jp")
        );
        // Escaped UTF-8 counts one character per escape, and ends the TLD
        // all the same.
        let hay = format!(
            "sakura_kato%40yahoo.co.jp{}",
            "%E3%81%BE%E3%81%A7".repeat(12)
        );
        let at = hay.find("%40").unwrap();
        let found = verify(&RawText::new(hay.as_bytes()), at, at + 3, 0);
        assert_eq!(
            found.map(|(a, b)| &hay[a..b]),
            Some("sakura_kato%40yahoo.co.jp")
        );
        // A label too long to be one ends the domain at the TLD before it.
        let long = "x".repeat(70);
        assert_eq!(find(&format!("a@b.com.{long}")), Some("a@b.com"));
        assert_eq!(find(&format!("a@{long}.com")), None);
        assert_eq!(find(&format!("a@b.{tail}")), None);
    }
}
