//! Body formats: what ticket and chat ingestion endpoints receive, scanned
//! in their own terms and streamed.
//!
//! [`BodyRedactor`] is the whole pipeline for one body: content codings
//! decoded ([`encoding`]), the format followed ([`json`], [`form`],
//! [`multipart`], or text), findings masked by a
//! [`StreamRedactor`](crate::stream::StreamRedactor), and the codings
//! applied again. [`BodySpec::from_headers`] chooses it from
//! `Content-Type` and `Content-Encoding`, and refuses — never passes
//! through — what it cannot inspect: an unknown coding, a charset other
//! than UTF-8, ASCII or ISO-8859-1, more than three codings.

pub mod csv;
pub mod encoding;
pub mod json;
pub mod multipart;

use crate::redact::{Redactor, Tally};
use crate::stream::{PlainText, StreamFinding, StreamRedactor};
use csv::CsvStream;
use encoding::{Coding, DecodeLimits, DecodeStack, EncodeStack};
use json::JsonShaper;
use multipart::MultipartStream;

/// Why a body cannot be scanned. Messages never contain body bytes; header
/// tokens they name are reduced to a short, printable form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// A content coding that cannot be decoded here.
    #[error("content encoding '{0}' cannot be inspected")]
    UnsupportedEncoding(String),
    /// More codings than [`encoding::MAX_LAYERS`].
    #[error("more than {} stacked content encodings", encoding::MAX_LAYERS)]
    TooManyEncodings,
    /// A declared charset that is not scanned.
    #[error("charset '{0}' cannot be inspected")]
    UnsupportedCharset(String),
    /// The compressed data is corrupt or truncated.
    #[error("the body's content encoding is corrupt or truncated")]
    CorruptEncoding,
    /// Decoding produced more than the limit.
    #[error("the decoded body exceeds {limit} bytes")]
    DecodedTooLarge {
        /// The limit.
        limit: u64,
    },
    /// Decoding expanded the body more than the allowed ratio.
    #[error("the body expands more than {ratio}x when decoded")]
    ExpansionTooHigh {
        /// The ratio.
        ratio: u64,
    },
    /// A multipart body that does not follow its own framing.
    #[error("malformed multipart body: {0}")]
    MalformedMultipart(&'static str),
    /// A multipart content type without a usable boundary.
    #[error("multipart content type without a valid boundary")]
    MissingBoundary,
    /// A non-text part under the `reject` policy.
    #[error("the body has a binary part, and binary parts are refused")]
    BinaryPartRefused,
    /// Should not happen; names the component.
    #[error("internal error in {0}")]
    Internal(&'static str),
}

/// What to do with multipart parts that are not text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BinaryParts {
    /// Pass them through unscanned and count them.
    #[default]
    Pass,
    /// Refuse the body.
    Reject,
}

/// How a body (or a part) is scanned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// Raw text with the detectors' encoding awareness.
    Text,
    /// JSON: keys kept, bare numbers masked as numbers.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data` (or any multipart) with this boundary.
    Multipart(Vec<u8>),
    /// CSV or TSV: each cell labelled by its column's name (see [`csv`]).
    Csv,
    /// No Content-Type: decided from the first bytes.
    Sniff,
}

/// A part's kind, from its Content-Type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartKind {
    Text,
    /// CSV or TSV.
    Csv,
    Json,
    Form,
    Binary,
}

/// Reduces a header token to something safe to print in an error: the
/// characters a token is made of, and none of a value the detectors find
/// (`charset=4111111111111111` names no charset, but an error must not
/// say so by repeating it).
pub(crate) fn printable(token: &str) -> String {
    let mut kept: Vec<u8> = token
        .bytes()
        .filter(|&c| {
            // (`@` kept, so that an address is found, and masked whole.)
            c.is_ascii_alphanumeric()
                || matches!(c, b'-' | b'_' | b'.' | b'+' | b'/' | b';' | b'=' | b'@')
        })
        .take(40)
        .collect();
    for f in crate::detect::Detector::new().find_iter(&kept) {
        kept[f.start..f.end].fill(crate::redact::MASK_BYTE);
    }
    // (ASCII only: kept as it was filtered.)
    String::from_utf8_lossy(&kept).into_owned()
}

fn check_charset(params: &str) -> Result<(), FormatError> {
    for param in params.split(';') {
        if let Some((name, value)) = param.split_once('=') {
            if name.trim().eq_ignore_ascii_case("charset") {
                let value = value.trim().trim_matches('"').to_ascii_lowercase();
                match value.as_str() {
                    "utf-8" | "utf8" | "us-ascii" | "ascii" | "iso-8859-1" | "latin1"
                    | "iso_8859-1" | "l1" => {}
                    _ => return Err(FormatError::UnsupportedCharset(printable(&value))),
                }
            }
        }
    }
    Ok(())
}

/// The media type's kind for a part or a body (multipart handled apart).
pub(crate) fn part_kind(content_type: &str) -> Result<PartKind, FormatError> {
    let (essence, params) = content_type.split_once(';').unwrap_or((content_type, ""));
    let essence = essence.trim().to_ascii_lowercase();
    let kind = if essence == "application/json"
        || essence.ends_with("+json")
        || matches!(
            essence.as_str(),
            "application/x-ndjson"
                | "application/ndjson"
                | "application/jsonl"
                | "application/x-jsonlines"
                | "application/jsonlines"
        ) {
        PartKind::Json
    } else if essence == "application/x-www-form-urlencoded" {
        PartKind::Form
    } else if matches!(
        essence.as_str(),
        "text/csv"
            | "text/x-csv"
            | "application/csv"
            | "application/x-csv"
            | "text/tab-separated-values"
    ) {
        PartKind::Csv
    } else if essence.starts_with("text/")
        || matches!(
            essence.as_str(),
            "application/xml"
                | "application/javascript"
                | "application/graphql"
                | "application/yaml"
                | "application/x-yaml"
        )
        || essence.ends_with("+xml")
    {
        PartKind::Text
    } else {
        PartKind::Binary
    };
    if kind != PartKind::Binary {
        check_charset(params)?;
    }
    Ok(kind)
}

/// What a body is: its kind and the content codings applied to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodySpec {
    /// How it is scanned.
    pub kind: BodyKind,
    /// Codings in the order they were applied.
    pub codings: Vec<Coding>,
}

impl BodySpec {
    /// The spec from `Content-Type` and `Content-Encoding` header values.
    ///
    /// A body whose media type is not text-like (an image, a PDF, an
    /// octet stream) is still scanned as raw text: a proxy in front of an
    /// ingestion API should not let a mislabelled body through unscanned.
    ///
    /// # Errors
    /// Unsupported codings or charsets, a multipart type without boundary.
    pub fn from_headers(
        content_type: Option<&str>,
        content_encoding: Option<&str>,
    ) -> Result<Self, FormatError> {
        let codings = match content_encoding {
            Some(v) => encoding::parse_content_encoding(v)?,
            None => Vec::new(),
        };
        let kind = match content_type {
            None => BodyKind::Sniff,
            Some(ct) => {
                let essence = ct
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                if essence.starts_with("multipart/") {
                    BodyKind::Multipart(boundary(ct)?)
                } else {
                    match part_kind(ct)? {
                        PartKind::Json => BodyKind::Json,
                        PartKind::Form => BodyKind::Form,
                        PartKind::Csv => BodyKind::Csv,
                        PartKind::Text | PartKind::Binary => BodyKind::Text,
                    }
                }
            }
        };
        Ok(BodySpec { kind, codings })
    }
}

fn boundary(content_type: &str) -> Result<Vec<u8>, FormatError> {
    for param in content_type.split(';').skip(1) {
        if let Some((name, value)) = param.split_once('=') {
            if name.trim().eq_ignore_ascii_case("boundary") {
                let b = value.trim().trim_matches('"');
                // RFC 2046: 1 to 70 characters.
                if (1..=70).contains(&b.len())
                    && b.bytes().all(|c| c.is_ascii_graphic() || c == b' ')
                {
                    return Ok(b.as_bytes().to_vec());
                }
            }
        }
    }
    Err(FormatError::MissingBoundary)
}

/// Decides a body's kind from its first bytes: a JSON object or array,
/// form pairs, or text.
pub fn sniff(head: &[u8]) -> BodyKind {
    let trimmed = head.trim_ascii_start();
    match trimmed.first() {
        Some(b'{' | b'[') => BodyKind::Json,
        Some(_) if looks_like_form(trimmed) => BodyKind::Form,
        _ => BodyKind::Text,
    }
}

/// Form encoding leaves no raw space, line break or non-ASCII byte in a
/// body: a text that merely starts with `key=value` (`id=ORD-1234⏎…`) is
/// text, where `+` is a plus. Only a line break that ends the head may
/// follow the pairs (a file posted as is). The marks `encodeURIComponent`
/// and jQuery leave as they are, `! ' ( ) * ~`, may stand in the pairs.
fn looks_like_form(head: &[u8]) -> bool {
    // What form encoding leaves unescaped besides letters and digits.
    const MARKS: &[u8] = b"=&%+-_.*~!'()";
    let head = head.trim_ascii_end();
    let Some(eq) = head.iter().position(|&b| b == b'=') else {
        return false;
    };
    eq > 0
        && head
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || MARKS.contains(b))
}

/// A single-format text stream (a body or a multipart part).
#[derive(Debug)]
pub(crate) enum TextStream {
    Text(StreamRedactor<PlainText>),
    Json(StreamRedactor<JsonShaper>),
    /// Form data: values read through percent-decoding with `+` as a space.
    /// Field names are scanned like values: a body sent as form data that
    /// is really free text (curl's `-d` default) must not pass as "names".
    /// Masks are `*`, which form encoding leaves literal, so the output
    /// still parses as form data.
    Form(StreamRedactor<PlainText>),
    /// A table: each cell scanned after its column's name.
    Csv(Box<CsvStream>),
}

impl TextStream {
    pub(crate) fn text(r: Redactor) -> Self {
        TextStream::Text(StreamRedactor::new(r))
    }

    /// The stream with `context` as the text right before it, for the
    /// verifiers' look-back only (see [`StreamRedactor::with_context`]).
    pub(crate) fn with_context(self, context: &[u8]) -> Self {
        match self {
            TextStream::Text(s) => TextStream::Text(s.with_context(context)),
            TextStream::Json(s) => TextStream::Json(s.with_context(context)),
            TextStream::Form(s) => TextStream::Form(s.with_context(context)),
            TextStream::Csv(s) => TextStream::Csv(Box::new(s.with_context(context))),
        }
    }

    pub(crate) fn csv(r: Redactor) -> Self {
        TextStream::Csv(Box::new(CsvStream::new(r)))
    }

    /// Plain text, read as a table if its first line names columns (see
    /// [`CsvStream::sniffing`]).
    pub(crate) fn text_or_table(r: Redactor) -> Self {
        TextStream::Csv(Box::new(CsvStream::sniffing(r)))
    }

    pub(crate) fn json(r: Redactor) -> Self {
        let shaper = JsonShaper::with_rules(r.field_rules().clone());
        TextStream::Json(StreamRedactor::with_shaper(r, shaper))
    }

    pub(crate) fn form(r: Redactor) -> Self {
        let detector = r.detector().to_builder().plus_as_space(true).build();
        let r = r.with_detector(detector);
        TextStream::Form(StreamRedactor::new(r))
    }

    pub(crate) fn push(&mut self, input: &[u8], out: &mut Vec<u8>) {
        self.push_with(input, out, |_| {});
    }

    pub(crate) fn finish(&mut self, out: &mut Vec<u8>) {
        self.finish_with(out, |_| {});
    }

    /// [`push`](Self::push), reporting each finding written out, in
    /// offsets from the stream's first byte.
    pub(crate) fn push_with(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        on_finding: impl FnMut(StreamFinding),
    ) {
        match self {
            TextStream::Text(s) => s.push_with(input, out, on_finding),
            TextStream::Json(s) => s.push_with(input, out, on_finding),
            TextStream::Form(s) => s.push_with(input, out, on_finding),
            TextStream::Csv(s) => s.push_with(input, out, on_finding),
        }
    }

    /// [`finish`](Self::finish), reporting findings as
    /// [`push_with`](Self::push_with) does.
    pub(crate) fn finish_with(&mut self, out: &mut Vec<u8>, on_finding: impl FnMut(StreamFinding)) {
        match self {
            TextStream::Text(s) => s.finish_with(out, on_finding),
            TextStream::Json(s) => s.finish_with(out, on_finding),
            TextStream::Form(s) => s.finish_with(out, on_finding),
            TextStream::Csv(s) => s.finish_with(out, on_finding),
        }
    }

    pub(crate) fn tally(&self) -> Tally {
        match self {
            TextStream::Text(s) => s.tally(),
            TextStream::Json(s) => s.tally(),
            TextStream::Form(s) => s.tally(),
            TextStream::Csv(s) => s.tally(),
        }
    }
}

#[derive(Debug)]
enum Inner {
    /// No Content-Type: the first bytes are held until the kind is known.
    Sniffing(Vec<u8>),
    Text(Box<TextStream>),
    Multipart(Box<MultipartStream>),
}

/// How many bytes sniffing looks at.
const SNIFF_BYTES: usize = 256;

/// The full redaction pipeline for one body: decode, scan by format,
/// encode again. Output equals the whole-body result for any chunking.
#[derive(Debug)]
pub struct BodyRedactor {
    redactor: Redactor,
    binary_parts: BinaryParts,
    decode: DecodeStack,
    inner: Inner,
    encode: EncodeStack,
    /// Scratch buffers reused between chunks.
    plain: Vec<u8>,
    redacted: Vec<u8>,
    scanned: u64,
    head: WideHead,
}

/// How many bytes tell a UTF-16 or UTF-32 body from an 8-bit one.
const WIDE_HEAD: usize = 4;

/// The first bytes of a text (a body, a multipart part), until
/// [`WIDE_HEAD`] of them have been looked at for UTF-16 or UTF-32 (see
/// [`wide_encoding`]).
#[derive(Debug, Default)]
pub(crate) struct WideHead {
    head: [u8; WIDE_HEAD],
    len: usize,
}

impl WideHead {
    /// Looks at `bytes`, the text's next; refuses it once its first
    /// [`WIDE_HEAD`] bytes (all of it, at `eof`) show a wide encoding. The
    /// bytes go on meanwhile: a refusal aborts what they went to.
    pub(crate) fn check(&mut self, bytes: &[u8], eof: bool) -> Result<(), FormatError> {
        if self.len == WIDE_HEAD {
            return Ok(());
        }
        let take = (WIDE_HEAD - self.len).min(bytes.len());
        self.head[self.len..self.len + take].copy_from_slice(&bytes[..take]);
        self.len += take;
        if self.len == WIDE_HEAD || eof {
            if let Some(charset) = wide_encoding(&self.head[..self.len]) {
                return Err(FormatError::UnsupportedCharset(charset.to_string()));
            }
            // (Looked at: no need to look again.)
            self.len = WIDE_HEAD;
        }
        Ok(())
    }
}

/// The encoding a body's first bytes show it is in, if it is UTF-16 or
/// UTF-32, which no detector reads: a byte order mark, or two printable
/// ASCII characters with a zero byte beside each (UTF-16 without one, as
/// RFC 4627 told JSON readers to detect it). Such a body is refused, never
/// passed on unread, whatever its declared charset. Only the first four
/// bytes of `head` count. (Not three zero bytes and one more, which is how
/// MP4 and other ISO media files open, not UTF-32 text.)
pub fn wide_encoding(head: &[u8]) -> Option<&'static str> {
    let text = |b: &u8| matches!(b, 0x20..=0x7E | b'\t' | b'\n' | b'\r');
    match head {
        [0, 0, 0xFE, 0xFF, ..] | [0xFF, 0xFE, 0, 0, ..] => Some("utf-32"),
        [0xFE, 0xFF, ..] | [0xFF, 0xFE, ..] => Some("utf-16"),
        [0, a, 0, b, ..] | [a, 0, b, 0, ..] if text(a) && text(b) => Some("utf-16"),
        _ => None,
    }
}

impl BodyRedactor {
    /// A pipeline for a body described by `spec`.
    pub fn new(
        redactor: Redactor,
        spec: &BodySpec,
        limits: DecodeLimits,
        binary_parts: BinaryParts,
    ) -> Self {
        let inner = Self::inner_for(&redactor, &spec.kind, binary_parts);
        BodyRedactor {
            decode: DecodeStack::new(&spec.codings, limits),
            encode: EncodeStack::new(&spec.codings),
            redactor,
            binary_parts,
            inner,
            plain: Vec::new(),
            redacted: Vec::new(),
            scanned: 0,
            head: WideHead::default(),
        }
    }

    fn inner_for(redactor: &Redactor, kind: &BodyKind, binary_parts: BinaryParts) -> Inner {
        match kind {
            BodyKind::Sniff => Inner::Sniffing(Vec::new()),
            BodyKind::Text => Inner::Text(Box::new(TextStream::text_or_table(redactor.clone()))),
            BodyKind::Json => Inner::Text(Box::new(TextStream::json(redactor.clone()))),
            BodyKind::Form => Inner::Text(Box::new(TextStream::form(redactor.clone()))),
            BodyKind::Csv => Inner::Text(Box::new(TextStream::csv(redactor.clone()))),
            BodyKind::Multipart(b) => Inner::Multipart(Box::new(MultipartStream::new(
                redactor.clone(),
                b,
                binary_parts,
            ))),
        }
    }

    /// Feeds a chunk of the body as received; appends output to `out`.
    ///
    /// # Errors
    /// See [`FormatError`]; after an error the body must be abandoned.
    pub fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.push_with(chunk, out, &mut |_| {})
    }

    /// [`push`](Self::push), reporting each finding written out in offsets
    /// into the decoded body (a multipart part's only where its bytes are
    /// the body's: see [`MultipartStream::push_with`]).
    ///
    /// # Errors
    /// As [`push`](Self::push).
    pub fn push_with(
        &mut self,
        chunk: &[u8],
        out: &mut Vec<u8>,
        on_finding: &mut dyn FnMut(StreamFinding),
    ) -> Result<(), FormatError> {
        if self.decode.is_identity() {
            // Nothing to decode: scan the chunk where it lies.
            return self.scan(chunk, false, out, on_finding);
        }
        self.plain.clear();
        self.decode.push(chunk, &mut self.plain)?;
        let plain = std::mem::take(&mut self.plain);
        let result = self.scan(&plain, false, out, on_finding);
        self.plain = plain;
        result
    }

    /// Ends the body; appends the rest to `out`.
    ///
    /// # Errors
    /// See [`FormatError`].
    pub fn finish(&mut self, out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.finish_with(out, &mut |_| {})
    }

    /// [`finish`](Self::finish), reporting findings as
    /// [`push_with`](Self::push_with) does.
    ///
    /// # Errors
    /// As [`finish`](Self::finish).
    pub fn finish_with(
        &mut self,
        out: &mut Vec<u8>,
        on_finding: &mut dyn FnMut(StreamFinding),
    ) -> Result<(), FormatError> {
        if self.decode.is_identity() {
            return self.scan(&[], true, out, on_finding);
        }
        self.plain.clear();
        self.decode.finish(&mut self.plain)?;
        let plain = std::mem::take(&mut self.plain);
        let result = self.scan(&plain, true, out, on_finding);
        self.plain = plain;
        result
    }

    fn scan(
        &mut self,
        plain: &[u8],
        eof: bool,
        out: &mut Vec<u8>,
        on_finding: &mut dyn FnMut(StreamFinding),
    ) -> Result<(), FormatError> {
        self.head.check(plain, eof)?;
        self.scanned += plain.len() as u64;
        self.redacted.clear();
        if let Inner::Sniffing(head) = &mut self.inner {
            head.extend_from_slice(plain);
            if head.len() < SNIFF_BYTES && !eof {
                return Ok(());
            }
            let head = std::mem::take(head);
            self.inner = Self::inner_for(&self.redactor, &sniff(&head), self.binary_parts);
            return self.scan_inner(&head, eof, out, on_finding);
        }
        self.scan_inner(plain, eof, out, on_finding)
    }

    fn scan_inner(
        &mut self,
        plain: &[u8],
        eof: bool,
        out: &mut Vec<u8>,
        on_finding: &mut dyn FnMut(StreamFinding),
    ) -> Result<(), FormatError> {
        // Without a coding to apply, the redacted bytes are the output.
        let identity = self.encode.is_identity();
        let redacted = if identity {
            &mut *out
        } else {
            &mut self.redacted
        };
        match &mut self.inner {
            Inner::Sniffing(_) => return Err(FormatError::Internal("sniffing")),
            Inner::Text(t) => {
                t.push_with(plain, redacted, &mut *on_finding);
                if eof {
                    t.finish_with(redacted, &mut *on_finding);
                }
            }
            Inner::Multipart(m) => {
                m.push_with(plain, redacted, on_finding)?;
                if eof {
                    m.finish_with(redacted, on_finding)?;
                }
            }
        }
        if identity {
            return Ok(());
        }
        self.encode.push(&self.redacted, out)?;
        if eof {
            self.encode.finish(out)?;
        }
        Ok(())
    }

    /// Findings so far, by kind (card, email, phone).
    pub fn counts(&self) -> [u64; 3] {
        self.tally().by_kind()
    }

    /// Findings so far, by kind and by what became of them.
    pub fn tally(&self) -> Tally {
        match &self.inner {
            Inner::Sniffing(_) => Tally::default(),
            Inner::Text(t) => t.tally(),
            Inner::Multipart(m) => m.tally(),
        }
    }

    /// Decoded bytes scanned so far.
    pub fn scanned_bytes(&self) -> u64 {
        self.scanned
    }

    /// Multipart parts passed through unscanned.
    pub fn binary_parts_passed(&self) -> u64 {
        match &self.inner {
            Inner::Multipart(m) => m.binary_parts_passed(),
            _ => 0,
        }
    }

    /// Whether the output keeps the input's length (no codings to redo,
    /// no multipart transfer encodings, a same-length policy): then a
    /// `Content-Length` can be forwarded as it is.
    pub fn keeps_length(spec: &BodySpec, redactor: &Redactor) -> bool {
        // (A sniffed body is one of those three.)
        spec.codings.is_empty()
            && redactor.policy().keeps_length()
            && matches!(
                spec.kind,
                BodyKind::Text | BodyKind::Json | BodyKind::Form | BodyKind::Csv | BodyKind::Sniff
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_encodings_are_told_by_their_first_bytes() {
        let utf16le: Vec<u8> = "{\"a\"".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = "hi!".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(wide_encoding(&utf16le), Some("utf-16"));
        assert_eq!(wide_encoding(&utf16be), Some("utf-16"));
        assert_eq!(wide_encoding(b"\xff\xfe{\x00"), Some("utf-16"));
        assert_eq!(wide_encoding(b"\xfe\xff"), Some("utf-16"));
        assert_eq!(
            wide_encoding(b"\xff\xfe\x00\x00{\x00\x00\x00"),
            Some("utf-32")
        );
        assert_eq!(wide_encoding(b"\x00\x00\xfe\xff"), Some("utf-32"));
        // UTF-8 (with or without its mark), ISO media files, JPEG, ICO.
        for head in [
            &b"{\"a\":1}"[..],
            b"\xef\xbb\xbf{}",
            b"\x00\x00\x00\x18ftypmp42",
            b"\xff\xd8\xff\xe0",
            b"\x00\x00\x01\x00",
            b"",
        ] {
            assert_eq!(wide_encoding(head), None, "{head:?}");
        }
    }
}
