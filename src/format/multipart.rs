//! `multipart/form-data`: parts split at their boundary as the body
//! streams, each scanned by its own content type.
//!
//! * Part headers (bounded) are scanned as text: a file name can hold an
//!   address.
//! * Text parts (`text/*`, JSON, form data, or no Content-Type, which is
//!   what browsers send for plain fields) are scanned; a
//!   `Content-Transfer-Encoding` of `base64` or `quoted-printable` is
//!   decoded for scanning and encoded again.
//! * Parts of any other type are read for their first
//!   [`SNIFF_PART_BYTES`] bytes first: browsers label a `.csv` upload
//!   `application/vnd.ms-excel` on Windows, and YAML, logs and exports
//!   often travel as `application/octet-stream`. Text by its bytes (no
//!   control bytes but tabs, line breaks, vertical tabs, form feeds and
//!   escapes) is scanned as text.
//! * The rest (images, PDFs, archives) cannot be inspected as text. The
//!   default is to pass them through and count them (screenshots attached to
//!   tickets are ordinary, and refusing every upload would break the
//!   platform); `BinaryParts::Reject` refuses the body instead.
//!
//! The boundary search holds back at most one delimiter's length between
//! chunks, so a delimiter split across chunks is still found.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use super::{BinaryParts, FormatError, PartKind, TextStream};
use crate::redact::{Disposition, Redactor, Tally};
use crate::stream::StreamFinding;

/// Where findings go: a caller's sink, in body offsets.
type Findings<'a> = &'a mut dyn FnMut(StreamFinding);

/// Longest header block of one part.
const MAX_PART_HEADERS: usize = 16 * 1024;
/// The CRLF put before the body (see `MultipartStream::leading_crlf`).
const LEADING_CRLF: u64 = 2;
/// Length of the base64 lines written back.
const BASE64_LINE: usize = 76;
/// How much of a part whose type is not text is read before deciding
/// whether it is text by its bytes: the images, PDFs and archives that
/// people attach show a control byte well within it (PNG and ZIP in their
/// first bytes, a PDF in its first compressed stream).
pub const SNIFF_PART_BYTES: usize = 4096;

#[derive(Debug)]
enum State {
    /// Before the first delimiter.
    Preamble,
    /// Right after a delimiter: `--` ends the body, CRLF starts a part.
    AfterDelimiter,
    /// Reading a part's headers.
    Headers,
    /// Inside a part's content.
    Body,
    /// After the closing delimiter.
    Epilogue,
}

/// Streaming redaction of a multipart body.
#[derive(Debug)]
pub struct MultipartStream {
    redactor: Redactor,
    binary_parts: BinaryParts,
    /// `\r\n--boundary`.
    delimiter: Vec<u8>,
    state: State,
    /// Input not yet handled (a possible delimiter prefix, headers).
    pending: Vec<u8>,
    part: Option<Part>,
    /// Findings in finished parts and headers, by kind.
    counts: Tally,
    /// Parts passed through without scanning.
    binary_passed: u64,
    /// `pending` still starts with the CRLF put there so that a body
    /// opening with its first delimiter matches `delimiter`; never output.
    leading_crlf: bool,
    /// The first bytes of the part's text, for a UTF-16 or UTF-32 part
    /// (a file saved by Notepad, declared `text/plain` and no charset),
    /// which is refused as such a body is.
    part_head: super::WideHead,
    /// The offset of `pending[0]` in the body with the leading CRLF put
    /// before it (so two more than the body's own offset).
    at: u64,
    /// Where, in those offsets, the current part's (or the preamble's or
    /// the epilogue's) content starts.
    part_at: u64,
}

#[derive(Debug)]
enum Part {
    Text(Box<TextStream>),
    Base64 {
        inner: Box<TextStream>,
        quad: Vec<u8>,
        line: Vec<u8>,
        started: bool,
    },
    QuotedPrintable {
        inner: Box<TextStream>,
        held: Vec<u8>,
        column: usize,
    },
    /// A part whose type is not text, held until its first bytes tell
    /// whether it is text after all.
    Sniffing {
        held: Vec<u8>,
        context: Vec<u8>,
    },
    Binary,
}

impl MultipartStream {
    /// A stream for a body with the given boundary.
    pub fn new(redactor: Redactor, boundary: &[u8], binary_parts: BinaryParts) -> Self {
        let mut delimiter = b"\r\n--".to_vec();
        delimiter.extend_from_slice(boundary);
        // The preamble is text, streamed as a part's is.
        let preamble = Part::Text(Box::new(TextStream::text(redactor.clone())));
        MultipartStream {
            redactor,
            binary_parts,
            delimiter,
            state: State::Preamble,
            // The first delimiter may open the body without a CRLF before it.
            pending: b"\r\n".to_vec(),
            part: Some(preamble),
            counts: Tally::default(),
            binary_passed: 0,
            leading_crlf: true,
            part_head: super::WideHead::default(),
            at: 0,
            part_at: LEADING_CRLF,
        }
    }

    /// Findings so far, by kind and disposition.
    pub fn tally(&self) -> Tally {
        let mut c = self.counts;
        if let Some(p) = &self.part {
            let inner = match p {
                Part::Text(t)
                | Part::Base64 { inner: t, .. }
                | Part::QuotedPrintable { inner: t, .. } => t.tally(),
                Part::Binary | Part::Sniffing { .. } => Tally::default(),
            };
            c.merge(&inner);
        }
        c
    }

    /// Parts passed through unscanned.
    pub fn binary_parts_passed(&self) -> u64 {
        self.binary_passed
    }

    /// Feeds `input`, appending output to `out`.
    ///
    /// # Errors
    /// [`FormatError::MalformedMultipart`], or a refused binary part.
    pub fn push(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.push_with(input, out, &mut |_| {})
    }

    /// [`push`](Self::push), reporting each finding written out in body
    /// offsets: in the preamble, the epilogue, part headers and the parts
    /// without a transfer encoding (a base64 or quoted-printable part's
    /// findings have no offset in the body's bytes).
    ///
    /// # Errors
    /// As [`push`](Self::push).
    pub fn push_with(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        on_finding: Findings<'_>,
    ) -> Result<(), FormatError> {
        self.pending.extend_from_slice(input);
        self.run(false, out, on_finding)
    }

    /// Ends the body.
    ///
    /// # Errors
    /// [`FormatError::MalformedMultipart`] if it ends inside a part.
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
        on_finding: Findings<'_>,
    ) -> Result<(), FormatError> {
        self.run(true, out, on_finding)?;
        match self.state {
            State::Epilogue => Ok(()),
            _ => Err(FormatError::MalformedMultipart(
                "body ended before the closing boundary",
            )),
        }
    }

    /// Takes `n` bytes from the front of `pending`.
    fn take(&mut self, n: usize) -> Vec<u8> {
        self.at += n as u64;
        self.pending.drain(..n).collect()
    }

    fn run(
        &mut self,
        eof: bool,
        out: &mut Vec<u8>,
        on_finding: Findings<'_>,
    ) -> Result<(), FormatError> {
        loop {
            match self.state {
                State::Preamble | State::Body => {
                    let found = memchr::memmem::find(&self.pending, &self.delimiter);
                    let upto = match found {
                        Some(i) => i,
                        // Keep what could be the start of a split delimiter.
                        None if eof => self.pending.len(),
                        None => self.pending.len().saturating_sub(self.delimiter.len() - 1),
                    };
                    if self.leading_crlf && found.is_none() && upto < 2 {
                        return Ok(());
                    }
                    let mut content = self.take(upto);
                    let mut skip_in_delimiter = 0;
                    if std::mem::take(&mut self.leading_crlf) {
                        if content.len() >= 2 {
                            content.drain(..2);
                        } else {
                            skip_in_delimiter = 2;
                        }
                    }
                    self.content(&content, out, on_finding)?;
                    match found {
                        Some(_) => {
                            self.end_part(out, on_finding)?;
                            let delim = self.take(self.delimiter.len());
                            out.extend_from_slice(&delim[skip_in_delimiter..]);
                            self.state = State::AfterDelimiter;
                        }
                        None => return Ok(()),
                    }
                }
                State::AfterDelimiter => {
                    if self.pending.len() < 2 {
                        return if eof {
                            Err(FormatError::MalformedMultipart("truncated delimiter"))
                        } else {
                            Ok(())
                        };
                    }
                    if self.pending.starts_with(b"--") {
                        self.state = State::Epilogue;
                        // The epilogue is text, streamed as a part's is.
                        let epilogue = TextStream::text(self.redactor.clone());
                        self.part = Some(Part::Text(Box::new(epilogue)));
                        self.part_at = self.at;
                        continue;
                    }
                    // Transport padding, then CRLF.
                    let Some(crlf) = memchr::memmem::find(&self.pending, b"\r\n") else {
                        if self.pending.len() > 256 {
                            return Err(FormatError::MalformedMultipart(
                                "no line break after a boundary",
                            ));
                        }
                        return if eof {
                            Err(FormatError::MalformedMultipart("truncated delimiter"))
                        } else {
                            Ok(())
                        };
                    };
                    if !self.pending[..crlf]
                        .iter()
                        .all(|b| matches!(b, b' ' | b'\t'))
                    {
                        return Err(FormatError::MalformedMultipart("text after a boundary"));
                    }
                    let line = self.take(crlf + 2);
                    out.extend_from_slice(&line);
                    self.state = State::Headers;
                }
                State::Headers => {
                    let Some(end) = memchr::memmem::find(&self.pending, b"\r\n\r\n") else {
                        if self.pending.len() > MAX_PART_HEADERS {
                            return Err(FormatError::MalformedMultipart("part headers too large"));
                        }
                        return if eof {
                            Err(FormatError::MalformedMultipart("truncated part headers"))
                        } else {
                            Ok(())
                        };
                    };
                    let headers_at = self.at - LEADING_CRLF;
                    let headers = self.take(end + 4);
                    let masked = self.redactor.redact_to_vec(&headers);
                    for f in self.redactor.detector().find_iter(&headers) {
                        self.counts.add(f.kind, Disposition::Policy);
                        on_finding(StreamFinding {
                            kind: f.kind,
                            start: headers_at + f.start as u64,
                            end: headers_at + f.end as u64,
                        });
                    }
                    out.extend_from_slice(&masked);
                    self.part = Some(self.start_part(&headers)?);
                    self.part_at = self.at;
                    self.state = State::Body;
                }
                State::Epilogue => {
                    // After the close: text, streamed to the end.
                    let rest = self.take(self.pending.len());
                    self.content(&rest, out, on_finding)?;
                    if eof {
                        self.end_part(out, on_finding)?;
                    }
                    return Ok(());
                }
            }
        }
    }

    fn start_part(&mut self, headers: &[u8]) -> Result<Part, FormatError> {
        self.part_head = super::WideHead::default();
        let text = String::from_utf8_lossy(headers);
        let mut content_type = None;
        let mut transfer = None;
        let mut coding = None;

        for line in text.split("\r\n") {
            if let Some((name, value)) = line.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-type" => content_type = Some(value.trim().to_string()),
                    "content-transfer-encoding" => {
                        transfer = Some(value.trim().to_ascii_lowercase())
                    }
                    "content-encoding" => coding = Some(value.trim().to_ascii_lowercase()),
                    _ => {}
                }
            }
        }
        // What the verifiers read before the part's first bytes in the raw
        // body: the delimiter and these headers (a field's name labels a
        // value that opens its part, and only such).
        let context = [&self.delimiter[..], b"\r\n", &disposition_last(headers)].concat();
        // Browsers send plain fields without a Content-Type: text/plain.
        let kind = match &content_type {
            None => PartKind::Text,
            Some(ct) => super::part_kind(ct)?,
        };
        // A part compressed on its own (`Content-Encoding: gzip` in its
        // headers, which no form sends but a client may) would be scanned
        // as the compressed bytes it is: a part read as text must be
        // readable, or the body is refused. (A binary part goes by the
        // binary-part policy, as it would uncompressed.)
        if let (false, Some(coding)) = (kind == PartKind::Binary, &coding) {
            if !coding.is_empty() && coding != "identity" {
                return Err(FormatError::UnsupportedEncoding(super::printable(coding)));
            }
        }
        let plain_transfer = matches!(transfer.as_deref(), None | Some("7bit" | "8bit" | "binary"));
        let inner = match kind {
            PartKind::Binary if plain_transfer => {
                return Ok(Part::Sniffing {
                    held: Vec::new(),
                    context,
                });
            }
            PartKind::Binary => return self.binary_part(),
            PartKind::Json => TextStream::json(self.redactor.clone()).with_context(&context),
            PartKind::Form => TextStream::form(self.redactor.clone()).with_context(&context),
            PartKind::Csv => TextStream::csv(self.redactor.clone()).with_context(&context),
            PartKind::Text => self.text_stream(&context),
        };
        let inner = Box::new(inner);
        Ok(match transfer.as_deref() {
            None | Some("7bit" | "8bit" | "binary") => Part::Text(inner),
            Some("base64") => Part::Base64 {
                inner,
                quad: Vec::new(),
                line: Vec::new(),
                started: false,
            },
            Some("quoted-printable") => Part::QuotedPrintable {
                inner,
                held: Vec::new(),
                column: 0,
            },
            Some(other) => return Err(FormatError::UnsupportedEncoding(super::printable(other))),
        })
    }

    /// The stream for a text part whose headers end `context`: a table
    /// where the file it carries is named as one (`export.csv`, which
    /// browsers send as `text/plain`, `application/vnd.ms-excel` or
    /// `application/octet-stream`), else text.
    fn text_stream(&self, context: &[u8]) -> TextStream {
        let stream = if names_a_table(context) {
            TextStream::csv(self.redactor.clone())
        } else {
            TextStream::text(self.redactor.clone())
        };
        stream.with_context(context)
    }

    /// A part that cannot be inspected: passed and counted, or refused.
    fn binary_part(&mut self) -> Result<Part, FormatError> {
        match self.binary_parts {
            BinaryParts::Pass => {
                self.binary_passed += 1;
                Ok(Part::Binary)
            }
            BinaryParts::Reject => Err(FormatError::BinaryPartRefused),
        }
    }

    /// Decides a sniffed part by its first bytes, `held` (all of it when
    /// the part is shorter), and writes them through what it turned out to
    /// be.
    fn decide_sniffed(
        &mut self,
        held: &[u8],
        context: &[u8],
        out: &mut Vec<u8>,
        on_finding: Findings<'_>,
    ) -> Result<(), FormatError> {
        // (What the window holds, however the body was cut: a whole part
        // may arrive in one push.)
        let window = &held[..held.len().min(SNIFF_PART_BYTES)];
        // (Text in UTF-16 is no binary to pass: it is refused.)
        self.part_head.check(window, true)?;
        let part = if looks_like_text(window) {
            Part::Text(Box::new(self.text_stream(context)))
        } else {
            self.binary_part()?
        };
        self.part = Some(part);
        self.content(held, out, on_finding)
    }

    fn content(
        &mut self,
        bytes: &[u8],
        out: &mut Vec<u8>,
        on_finding: Findings<'_>,
    ) -> Result<(), FormatError> {
        if bytes.is_empty() {
            return Ok(());
        }
        let origin = self.part_at - LEADING_CRLF;
        match &mut self.part {
            // (Not reached: the preamble, each part and the epilogue have a
            // stream. Scanned all the same, should that change.)
            None => out.extend_from_slice(&self.redactor.redact_to_vec(bytes)),
            Some(Part::Binary) => out.extend_from_slice(bytes),
            Some(Part::Text(t)) => {
                self.part_head.check(bytes, false)?;
                t.push_with(bytes, out, |f| on_finding(f.shifted(origin)));
            }
            Some(Part::Sniffing { held, context }) => {
                held.extend_from_slice(bytes);
                if held.len() >= SNIFF_PART_BYTES {
                    let (held, context) = (std::mem::take(held), std::mem::take(context));
                    self.decide_sniffed(&held, &context, out, on_finding)?;
                }
            }
            Some(Part::Base64 {
                inner,
                quad,
                line,
                started,
            }) => {
                let mut plain = Vec::new();
                for &b in bytes {
                    if b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=') {
                        quad.push(b);
                        if quad.len() == 4 {
                            let decoded = STANDARD
                                .decode(&quad[..])
                                .map_err(|_| FormatError::CorruptEncoding)?;
                            plain.extend_from_slice(&decoded);
                            quad.clear();
                        }
                    } else if !b.is_ascii_whitespace() {
                        return Err(FormatError::CorruptEncoding);
                    }
                }
                self.part_head.check(&plain, false)?;
                let mut redacted = Vec::new();
                inner.push(&plain, &mut redacted);
                line.extend_from_slice(&redacted);
                write_base64_lines(line, false, started, out);
            }
            Some(Part::QuotedPrintable {
                inner,
                held,
                column,
            }) => {
                held.extend_from_slice(bytes);
                let (plain, used) = decode_quoted_printable(held, false)?;
                held.drain(..used);
                self.part_head.check(&plain, false)?;
                let mut redacted = Vec::new();
                inner.push(&plain, &mut redacted);
                encode_quoted_printable(&redacted, column, out);
            }
        }
        Ok(())
    }

    fn end_part(&mut self, out: &mut Vec<u8>, on_finding: Findings<'_>) -> Result<(), FormatError> {
        // A part shorter than the sniffing window is decided by all of it.
        if let Some(Part::Sniffing { held, context }) = &mut self.part {
            let (held, context) = (std::mem::take(held), std::mem::take(context));
            self.decide_sniffed(&held, &context, out, on_finding)?;
        }
        let origin = self.part_at - LEADING_CRLF;
        let Some(part) = self.part.take() else {
            return Ok(());
        };
        let inner_counts = match part {
            Part::Binary | Part::Sniffing { .. } => Tally::default(),
            Part::Text(mut t) => {
                self.part_head.check(&[], true)?;
                t.finish_with(out, |f| on_finding(f.shifted(origin)));
                t.tally()
            }
            Part::Base64 {
                mut inner,
                quad,
                mut line,
                mut started,
            } => {
                if !quad.is_empty() {
                    return Err(FormatError::CorruptEncoding);
                }
                self.part_head.check(&[], true)?;
                let mut redacted = Vec::new();
                inner.finish(&mut redacted);
                line.extend_from_slice(&redacted);
                write_base64_lines(&mut line, true, &mut started, out);
                inner.tally()
            }
            Part::QuotedPrintable {
                mut inner,
                held,
                mut column,
            } => {
                let (plain, _) = decode_quoted_printable(&held, true)?;
                self.part_head.check(&plain, true)?;
                let mut redacted = Vec::new();
                inner.push(&plain, &mut redacted);
                inner.finish(&mut redacted);
                encode_quoted_printable(&redacted, &mut column, out);
                inner.tally()
            }
        };
        self.counts.merge(&inner_counts);
        Ok(())
    }
}

/// Whether a part's Content-Disposition names a file with a table's
/// extension (`filename="export.csv"`, `filename*=UTF-8''daten.tsv`),
/// ASCII case ignored.
fn names_a_table(headers: &[u8]) -> bool {
    let lower = headers.to_ascii_lowercase();
    lower
        .split(|&b| b == b'\n')
        .filter(|line| line.trim_ascii_start().starts_with(b"content-disposition:"))
        .flat_map(|line| line.split(|&b| b == b';'))
        .filter_map(|param| {
            let (name, value) = param.split_at(param.iter().position(|&b| b == b'=')?);
            matches!(name.trim_ascii(), b"filename" | b"filename*").then_some(&value[1..])
        })
        .any(|value| {
            let name = value.trim_ascii().trim_ascii_end();
            let name = name.strip_suffix(b"\"").unwrap_or(name);
            name.ends_with(b".csv") || name.ends_with(b".tsv")
        })
}

/// Whether a part's first bytes are text: no control byte but tab, line
/// feed, vertical tab, form feed, carriage return and escape. Encoding is
/// not asked: a CSV exported on Windows is often Windows-1252, which is no
/// UTF-8 but is text all the same, and the verifiers read any bytes.
fn looks_like_text(first: &[u8]) -> bool {
    !first
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1b) || b == 0x7f)
}

/// Writes whole base64 lines of `plain` (all of it when `last`), keeping
/// the remainder for the next call.
fn write_base64_lines(plain: &mut Vec<u8>, last: bool, started: &mut bool, out: &mut Vec<u8>) {
    const PER_LINE: usize = BASE64_LINE / 4 * 3;
    let whole = if last {
        plain.len()
    } else {
        plain.len() / PER_LINE * PER_LINE
    };
    for chunk in plain[..whole].chunks(PER_LINE) {
        if *started {
            out.extend_from_slice(b"\r\n");
        }
        *started = true;
        out.extend_from_slice(STANDARD.encode(chunk).as_bytes());
    }
    plain.drain(..whole);
}

/// Decodes quoted-printable from `input`; returns the bytes and how much
/// input was used (an escape split at the end waits unless `eof`).
fn decode_quoted_printable(input: &[u8], eof: bool) -> Result<(Vec<u8>, usize), FormatError> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = &input[i + 1..];
        if rest.len() < 2 && !eof {
            break;
        }
        match rest {
            [b'\r', b'\n', ..] => i += 3,
            [b'\n', ..] => i += 2,
            [h, l, ..] if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(*h) << 4 | hex(*l));
                i += 3;
            }
            _ => return Err(FormatError::CorruptEncoding),
        }
    }
    Ok((out, i))
}

/// Encodes `plain` as quoted-printable with soft breaks before column 76.
fn encode_quoted_printable(plain: &[u8], column: &mut usize, out: &mut Vec<u8>) {
    for &b in plain {
        if b == b'\n' {
            out.push(b);
            *column = 0;
            continue;
        }
        let literal = (b == b'\r') || (b' '..=b'~').contains(&b) && b != b'=';
        let width = if literal { 1 } else { 3 };
        if *column + width > 75 && b != b'\r' {
            out.extend_from_slice(b"=\r\n");
            *column = 0;
        }
        if literal {
            out.push(b);
        } else {
            out.extend_from_slice(format!("={b:02X}").as_bytes());
        }
        *column += width;
    }
}

/// A part's headers (its blank line included) with the
/// `Content-Disposition` line moved last, as the context the verifiers
/// read before the part's value: a field's name labels the value right
/// after it, and a client that sends its `Content-Type` or
/// `Content-Transfer-Encoding` after the name names the field all the
/// same (`name="phone"`, `Content-Type: text/plain`, a blank line, `(55)
/// 1084-1926`). Only the context is reordered, never what is forwarded.
fn disposition_last(headers: &[u8]) -> Vec<u8> {
    let head = headers.strip_suffix(b"\r\n\r\n").unwrap_or(headers);
    let mut lines: Vec<&[u8]> = Vec::new();
    let mut rest = head;
    while let Some(i) = memchr::memmem::find(rest, b"\r\n") {
        lines.push(&rest[..i]);
        rest = &rest[i + 2..];
    }
    lines.push(rest);
    let is_disposition = |line: &&[u8]| {
        line.get(..20)
            .is_some_and(|name| name.eq_ignore_ascii_case(b"content-disposition:"))
    };
    if let Some(i) = lines.iter().position(is_disposition) {
        let line = lines.remove(i);
        lines.push(line);
    }
    let mut out = lines.join(&b"\r\n"[..]);
    out.extend_from_slice(&headers[head.len()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Kind;

    fn run(body: &[u8], chunk: usize) -> Result<Vec<u8>, FormatError> {
        let mut m = MultipartStream::new(Redactor::default(), b"XyZ", BinaryParts::Pass);
        let mut out = Vec::new();
        for c in body.chunks(chunk.max(1)) {
            m.push(c, &mut out)?;
        }
        m.finish(&mut out)?;
        Ok(out)
    }

    const BODY: &[u8] = b"--XyZ\r\nContent-Disposition: form-data; name=\"msg\"\r\n\r\n\
card 4111 1111 1111 1111\r\n--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.png\"\r\n\
Content-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n 4111111111111111\r\n--XyZ--\r\n";

    #[test]
    fn text_parts_masked_binary_parts_passed() -> Result<(), FormatError> {
        let out = run(BODY, 1 << 20)?;
        let s = String::from_utf8_lossy(&out);
        assert!(s.contains("card **** **** **** 1111\r\n--XyZ"), "{s}");
        assert!(s.contains("PNG\r\n\x1a\n 4111111111111111"), "{s}");
        assert_eq!(out.len(), BODY.len());
        Ok(())
    }

    #[test]
    fn preamble_and_epilogue_are_streamed_as_text() -> Result<(), FormatError> {
        let body = b"mail jane@example.com\r\n--XyZ\r\nContent-Disposition: form-data; \
name=\"a\"\r\n\r\nhi\r\n--XyZ--\r\ncard 4111 1111 1111 1111";
        let whole = run(body, 1 << 20)?;
        let s = String::from_utf8_lossy(&whole);
        assert!(s.starts_with("mail ****@*********"), "{s}");
        assert!(s.ends_with("card **** **** **** 1111"), "{s}");
        for size in 1..40 {
            assert_eq!(run(body, size)?, whole, "chunk {size}");
        }
        Ok(())
    }

    #[test]
    fn a_masked_bare_number_is_reported_once() -> Result<(), FormatError> {
        // The number's mask is a number too; an address's mask beside it
        // makes the re-check passes read it again.
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"data\"\r\n\
Content-Type: application/json\r\n\r\n\
{\"msisdn\": 447700900742, \"impi\": \"2341@ims.example.org\"}\r\n--XyZ--\r\n";
        let mut m = MultipartStream::new(Redactor::default(), b"XyZ", BinaryParts::Pass);
        let mut out = Vec::new();
        let mut kinds = Vec::new();
        m.push_with(body, &mut out, &mut |f| kinds.push(f.kind))?;
        m.finish_with(&mut out, &mut |f| kinds.push(f.kind))?;
        assert_eq!(kinds, [Kind::Phone, Kind::Email]);
        let s = String::from_utf8_lossy(&out);
        assert!(s.contains("\"msisdn\": 900000000000,"), "{s}");
        Ok(())
    }

    #[test]
    fn every_chunking_gives_the_same_output() -> Result<(), FormatError> {
        let whole = run(BODY, 1 << 20)?;
        for size in 1..40 {
            assert_eq!(run(BODY, size)?, whole, "chunk {size}");
        }
        Ok(())
    }

    #[test]
    fn base64_and_quoted_printable_parts_are_seen_through() -> Result<(), Box<dyn std::error::Error>>
    {
        let text = b"mail jane@example.com card 4111111111111111 and a long line to wrap around";
        let b64 = STANDARD.encode(text);
        let body = format!(
            "--XyZ\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n\
--XyZ\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
mail jane=40example.com card 4111=\r\n111111111111\r\n--XyZ--\r\n"
        );
        let out = run(body.as_bytes(), 7)?;
        let s = String::from_utf8_lossy(&out);
        let part = s.split("\r\n\r\n").nth(1).ok_or("no first part")?;
        let part = part.split("\r\n--XyZ").next().ok_or("no part body")?;
        let decoded = STANDARD.decode(part.replace("\r\n", ""))?;
        assert_eq!(
            String::from_utf8_lossy(&decoded),
            "mail ****@*********** card ************1111 and a long line to wrap around"
        );
        assert!(!s.contains("jane=40example"), "{s}");
        assert!(!s.contains("4111=\r\n111111111111"), "{s}");
        Ok(())
    }

    /// A multipart body of one file part of type `content_type`.
    fn file_part(content_type: &str, content: &[u8]) -> Vec<u8> {
        let mut body = format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\
Content-Type: {content_type}\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n--XyZ--\r\n");
        body
    }

    #[test]
    fn parts_of_other_types_are_scanned_when_their_bytes_are_text() -> Result<(), FormatError> {
        // A `.csv` as Windows browsers label it, YAML, an octet stream, a
        // Windows-1252 export (`M\xfcller`), short and past the window.
        let csv = b"name;mail;card\r\nM\xfcller;jane@example.com;4111 1111 1111 1111\r\n";
        let mut long = b"id,note\r\n".repeat(SNIFF_PART_BYTES / 8);
        long.extend_from_slice(csv);
        for (content_type, content) in [
            ("application/vnd.ms-excel", &csv[..]),
            (
                "application/x-yaml",
                b"card: '4111.1111.1111.1111'\nmail: jane@example.com\n",
            ),
            ("application/octet-stream", &long[..]),
        ] {
            let body = file_part(content_type, content);
            for chunk in [1, 7, 100, SNIFF_PART_BYTES - 1, 1 << 20] {
                let out = run(&body, chunk)?;
                let s = String::from_utf8_lossy(&out);
                assert!(!s.contains("jane@"), "{content_type} {chunk}: {s}");
                assert!(!s.contains("4111 1111"), "{content_type} {chunk}: {s}");
                assert!(!s.contains("4111.1111"), "{content_type} {chunk}: {s}");
                assert_eq!(out.len(), body.len());
            }
        }
        // The window decides, however the part arrives: a control byte
        // past it does not make a text part binary.
        let mut late_binary = b"a".repeat(SNIFF_PART_BYTES + 100);
        late_binary.extend_from_slice(b"\0 jane@example.com");
        let body = file_part("application/octet-stream", &late_binary);
        let whole = run(&body, 1 << 20)?;
        assert!(!String::from_utf8_lossy(&whole).contains("jane@"));
        assert_eq!(run(&body, 1024)?, whole);
        // Images, PDFs and archives show a control byte early: passed as
        // they are, and counted.
        for content in [
            &b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR jane@example.com"[..],
            b"PK\x03\x04\x14\x00\x06\x00 jane@example.com",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\nstream\nx\x9c\x03\x00 jane@example.com",
        ] {
            let body = file_part("application/octet-stream", content);
            let mut m = MultipartStream::new(Redactor::default(), b"XyZ", BinaryParts::Pass);
            let mut out = Vec::new();
            m.push(&body, &mut out)?;
            m.finish(&mut out)?;
            assert_eq!(out, body);
            assert_eq!(m.binary_parts_passed(), 1);
        }
        Ok(())
    }

    #[test]
    fn tables_are_told_by_their_file_names() {
        for headers in [
            &b"Content-Disposition: form-data; name=\"f\"; filename=\"Export.CSV\"\r\n"[..],
            b"content-disposition: form-data; name=f; filename*=UTF-8''Daten%20neu.tsv\r\n",
            b"Content-Type: text/plain\r\nContent-Disposition: attachment; filename=a.csv\r\n",
        ] {
            assert!(
                names_a_table(headers),
                "{}",
                String::from_utf8_lossy(headers)
            );
        }
        for headers in [
            &b"Content-Disposition: form-data; name=\"export.csv\"\r\n"[..],
            b"Content-Disposition: form-data; name=\"f\"; filename=\"a.csv.png\"\r\n",
            b"X-Note: filename=a.csv\r\nContent-Disposition: form-data; name=\"f\"\r\n",
        ] {
            assert!(
                !names_a_table(headers),
                "{}",
                String::from_utf8_lossy(headers)
            );
        }
    }

    #[test]
    fn a_fields_name_labels_only_the_value_that_opens_its_part() -> Result<(), FormatError> {
        // As in the raw body: the name is right before the value that
        // opens the part, and far from one later in it.
        let part = |name: &str, value: &str| {
            format!("--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n--XyZ--\r\n")
        };
        for name in ["phone", "q5_phoneNumber[full]"] {
            let opens = part(name, "20 12 34 56");
            let out = run(opens.as_bytes(), 7)?;
            assert!(
                String::from_utf8_lossy(&out).contains("\r\n** ** ** **\r\n"),
                "{name}"
            );
        }
        for (name, value) in [
            ("stripped-text", "hello comanda nr. 308373883"),
            ("tel", "hello comanda nr. 308373883"),
        ] {
            let body = part(name, value);
            assert_eq!(run(body.as_bytes(), 7)?, body.as_bytes(), "{name}");
        }
        // A part's type after its name does not hide the name.
        let typed = |name: &str, value: &str| {
            format!(
                "--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\
                 Content-Type: text/plain; charset=UTF-8\r\n\r\n{value}\r\n--XyZ--\r\n"
            )
        };
        let phone = typed("phone", "20 12 34 56");
        let out = run(phone.as_bytes(), 7)?;
        assert!(String::from_utf8_lossy(&out).contains("\r\n** ** ** **\r\n"));
        let account = typed("account", "541-113-8875");
        assert_eq!(run(account.as_bytes(), 7)?, account.as_bytes());
        Ok(())
    }

    #[test]
    fn a_part_compressed_on_its_own_is_refused() {
        let part = |coding: &str| {
            format!(
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain\r\n\
                 Content-Encoding: {coding}\r\n\r\ncard 4111 1111 1111 1111\r\n--XyZ--\r\n"
            )
        };
        assert!(matches!(
            run(part("gzip").as_bytes(), 7),
            Err(FormatError::UnsupportedEncoding(coding)) if coding == "gzip"
        ));
        let identity = run(part("identity").as_bytes(), 7);
        assert!(identity.is_ok_and(|out| String::from_utf8_lossy(&out).contains("**** 1111")));
    }

    #[test]
    fn the_disposition_line_is_read_last() {
        let headers = b"\r\nContent-Disposition: form-data; name=\"phone\"\r\nContent-Type: text/plain\r\n\r\n";
        assert_eq!(
            disposition_last(headers),
            b"\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; name=\"phone\"\r\n\r\n"
        );
        let plain = b"\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n";
        assert_eq!(disposition_last(plain), plain);
    }

    #[test]
    fn parts_in_utf16_are_refused_as_such_bodies_are() {
        // UTF-16LE, as Notepad saves it (with its mark) or without one.
        let utf16 = |bom: bool| {
            let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
            for unit in "card 4111 1111 1111 1111".encode_utf16() {
                bytes.extend(unit.to_le_bytes());
            }
            bytes
        };
        let base64 = |bytes: &[u8]| STANDARD.encode(bytes).into_bytes();
        let parts = [
            file_part("text/plain", &utf16(true)),
            file_part("text/plain", &utf16(false)),
            // Declared as bytes, sniffed as UTF-16: refused, not passed.
            file_part("application/octet-stream", &utf16(true)),
            [
                &b"--XyZ\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    [..],
                &base64(&utf16(true)),
                b"\r\n--XyZ--\r\n",
            ]
            .concat(),
        ];
        for body in parts {
            for chunk in [1, 3, 1 << 20] {
                let err = run(&body, chunk).unwrap_err();
                assert!(
                    matches!(err, FormatError::UnsupportedCharset(ref c) if c == "utf-16"),
                    "{err:?}"
                );
            }
        }
    }

    #[test]
    fn unterminated_bodies_and_refused_binaries_are_errors() {
        // A text part of a type that is not text is no binary to refuse.
        let text = file_part("application/octet-stream", b"plain words");
        let mut m = MultipartStream::new(Redactor::default(), b"XyZ", BinaryParts::Reject);
        let mut out = Vec::new();
        assert!(m
            .push(&text, &mut out)
            .and_then(|()| m.finish(&mut out))
            .is_ok());
        assert!(run(b"--XyZ\r\n\r\nno end", 4).is_err());
        let mut m = MultipartStream::new(Redactor::default(), b"XyZ", BinaryParts::Reject);
        let mut out = Vec::new();
        let err = m.push(BODY, &mut out).unwrap_err();
        assert!(matches!(err, FormatError::BinaryPartRefused));
    }
}
