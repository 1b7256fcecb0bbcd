//! CSV and TSV (`text/csv`, `text/tab-separated-values`): each cell is
//! scanned on its own, with its column's name as the label before it.
//!
//! In a table the label of a value is its column's header, often far above
//! it: an export's `msisdn` column holds bare `919424202078`s that no word
//! near them calls a phone, and its `order_id` and `iccid` columns hold
//! digit runs that no word near them calls anything else. Read as running
//! text, the cells before a value on its line are its only context, and
//! they are other columns' values. So the header record is read first
//! (bounded by [`MAX_HEADER_RECORD`]), and every later cell is scanned as
//! a stream of its own that sees `"name":` before it, the way a JSON
//! member's value sees its key: the detectors' field names (`phone`,
//! `Telefon`, `iban`, `order_id`…) then decide for it as they do in JSON.
//!
//! Records are split as RFC 4180 writes them, as the body streams: the
//! separator is the commonest of `,`, `;`, tab and `|` in the header
//! record; a cell that opens with `"` is quoted and may hold separators,
//! line breaks and `""`. The separators and line breaks between cells are
//! written out as they are, so the output is the same table. A body whose
//! first record is longer than [`MAX_HEADER_RECORD`], or has no line break
//! at all, is scanned as text.

use crate::detect::prefilter::is_anchor_byte;
use crate::redact::{Redactor, Tally};
use crate::stream::{PlainText, StreamFinding, StreamRedactor};

/// The longest header record read for column names; a body whose first
/// line is longer is read as text.
pub const MAX_HEADER_RECORD: usize = 8 * 1024;

/// The longest column name used as a label, in bytes.
const MAX_NAME: usize = 64;

/// Separators, most likely first (a tie goes to the earlier).
const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Where the tokenizer stands in the current cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InCell {
    /// Before the cell's first byte.
    Start,
    /// After a spreadsheet's text marker: `'` or `=` (`'0612345678`,
    /// `="0612345678"`), which keeps a number's leading zero.
    AfterMarker,
    /// In a cell that did not open with `"`.
    Unquoted,
    /// In a quoted cell.
    Quoted,
    /// Right after a `"` in a quoted cell: `""` or the closing quote.
    QuotedQuote,
}

#[derive(Debug)]
struct Cell {
    stream: StreamRedactor<PlainText>,
    /// The body offset of the cell's first byte.
    start: u64,
}

impl Cell {
    /// Feeds the cell's stream, reporting findings in the body's offsets.
    fn push(
        &mut self,
        bytes: &[u8],
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        let start = self.start;
        self.stream
            .push_with(bytes, out, |f| on_finding(f.shifted(start)));
    }

    /// Ends the cell's stream, reporting findings as [`Cell::push`] does.
    fn finish(&mut self, out: &mut Vec<u8>, on_finding: &mut impl FnMut(StreamFinding)) {
        let start = self.start;
        self.stream
            .finish_with(out, |f| on_finding(f.shifted(start)));
    }
}

#[derive(Debug)]
struct Records {
    separator: u8,
    /// Each column's label, `"name":"`; empty for a column without a name.
    labels: Vec<Vec<u8>>,
    /// The column the current cell is in, counted from 0 on its line.
    column: usize,
    cell_state: InCell,
    /// The current cell's stream, once open.
    cell: Option<Cell>,
    /// The current cell's first bytes while no stream is open, and the
    /// body offset they start at (see [`HOLD`]).
    held: Vec<u8>,
    held_from: Option<u64>,
}

#[derive(Debug)]
enum Phase {
    /// Reading the header record: what came of it so far, and where its
    /// last byte left the tokenizer (any of [`SEPARATORS`] ends a cell
    /// here, as the separator is not known yet).
    Header {
        held: Vec<u8>,
        at: InCell,
    },
    Records(Records),
    /// Not a table this reader can label: text.
    Text(Cell),
    /// Finished.
    Done,
}

/// The longest start of a cell held before its stream opens: a cell that
/// ends within it and could hold no finding (too few digits, no `@`) is
/// written out as it is, without a stream (a table of short codes, counts,
/// flags and names would otherwise pay for one per cell).
const HOLD: usize = 64;

/// The fewest digits a card or a phone has (a phone's seven).
const MIN_DIGITS_OF_A_FINDING: usize = 7;

/// What opens, feeds and ends the cells' streams.
struct Cells<'a> {
    redactor: &'a Redactor,
    /// The last finished stream, restarted for the next cell.
    spare: &'a mut Option<StreamRedactor<PlainText>>,
    /// Findings of the streams already finished.
    tally: &'a mut Tally,
}

impl Cells<'_> {
    /// Hands `bytes`, the current cell's next, to its stream, or holds them
    /// while the cell is shorter than [`HOLD`].
    fn take(
        &mut self,
        records: &mut Records,
        bytes: &[u8],
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        if records.cell.is_none() {
            let Some(from) = records.held_from else {
                return;
            };
            records.held.extend_from_slice(bytes);
            if records.held.len() <= HOLD {
                return;
            }
            self.open(records, from, out, on_finding);
            return;
        }
        if let Some(cell) = records.cell.as_mut() {
            cell.push(bytes, out, on_finding);
        }
    }

    /// Opens the current cell's stream, which starts at body offset
    /// `from`, and hands it the bytes held.
    fn open(
        &mut self,
        records: &mut Records,
        from: u64,
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        let quoted = records.held.first() == Some(&b'"');
        let label = records.labels.get(records.column).map_or(&[][..], |label| {
            // A quoted value brings its own opening quote.
            match label.strip_suffix(b"\"") {
                Some(key) if quoted => key,
                _ => label,
            }
        });
        let stream = match self.spare.take() {
            Some(mut stream) => {
                stream.restart(label);
                stream
            }
            None => StreamRedactor::new(self.redactor.clone()).with_context(label),
        };
        let mut cell = Cell {
            stream,
            start: from,
        };
        cell.push(&records.held, out, on_finding);
        records.held.clear();
        records.held_from = None;
        records.cell = Some(cell);
    }

    /// Ends the current cell: finishes its stream, or writes out the bytes
    /// held, through a stream only where one may start a finding.
    fn end(
        &mut self,
        records: &mut Records,
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        if let Some(from) = records.held_from {
            // A card or a phone needs seven digits at least, written,
            // escaped (which shows a digit too) or wide (past ASCII); an
            // address, a byte the prefilter anchors on other than a digit
            // (an `@` written, escaped or full-width). The prefilter's own
            // set, so that the two cannot drift apart.
            let held = &records.held;
            let digits = held
                .iter()
                .filter(|&&b| b.is_ascii_digit() || b >= 0x80)
                .count();
            let may_find = digits >= MIN_DIGITS_OF_A_FINDING
                || held
                    .iter()
                    .any(|&b| is_anchor_byte(b) && !b.is_ascii_digit());
            if !may_find {
                out.extend_from_slice(&records.held);
                records.held.clear();
                records.held_from = None;
                return;
            }
            self.open(records, from, out, on_finding);
        }
        if let Some(cell) = records.cell.take() {
            self.retire(cell, out, on_finding);
        }
    }

    /// Ends `cell`'s stream, counts its findings, and keeps the stream
    /// for the next cell.
    fn retire(
        &mut self,
        mut cell: Cell,
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) {
        cell.finish(out, on_finding);
        self.tally.merge(&cell.stream.tally());
        *self.spare = Some(cell.stream);
    }
}

/// Streaming redaction of a CSV or TSV body (see the module docs).
#[derive(Debug)]
pub struct CsvStream {
    redactor: Redactor,
    /// The text right before the body, for the header record's look-back
    /// (a multipart part's headers).
    context: Vec<u8>,
    phase: Phase,
    /// Findings of the streams already finished.
    tally: Tally,
    /// The body offset of the next byte pushed.
    offset: u64,
    /// The last finished stream, restarted for the next cell.
    spare: Option<StreamRedactor<PlainText>>,
    /// Read as a table only if the header record names columns (see
    /// [`names_columns`]): a body sent as plain text.
    only_if_named: bool,
}

impl CsvStream {
    /// A stream for one body.
    pub fn new(redactor: Redactor) -> Self {
        CsvStream {
            redactor,
            context: Vec::new(),
            phase: Phase::Header {
                held: Vec::new(),
                at: InCell::Start,
            },
            tally: Tally::default(),
            offset: 0,
            spare: None,
            only_if_named: false,
        }
    }

    /// A stream for a body sent as plain text, which is read as a table
    /// only if its first line names columns (see [`names_columns`]): a
    /// table exported as text, an ASCII table pasted into a message.
    pub fn sniffing(redactor: Redactor) -> Self {
        CsvStream {
            only_if_named: true,
            ..CsvStream::new(redactor)
        }
    }

    /// Reads `context` as the text right before the body (see
    /// [`StreamRedactor::with_context`]); findings' offsets stay the body's.
    pub fn with_context(mut self, context: &[u8]) -> Self {
        self.context = context.to_vec();
        self
    }

    /// Findings so far, by kind and disposition.
    pub fn tally(&self) -> Tally {
        let mut t = self.tally;
        let open = match &self.phase {
            Phase::Records(r) => r.cell.as_ref(),
            Phase::Text(cell) => Some(cell),
            Phase::Header { .. } | Phase::Done => None,
        };
        if let Some(cell) = open {
            t.merge(&cell.stream.tally());
        }
        t
    }

    /// Takes the body's next bytes, appends to `out` what is ready, and
    /// reports each finding written out, in body offsets.
    pub fn push_with(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        let start = self.offset;
        self.offset += input.len() as u64;
        let phase = std::mem::replace(&mut self.phase, Phase::Done);
        self.phase = match phase {
            Phase::Header { mut held, mut at } => match record_end(input, &mut at) {
                Some(end) if held.len() + end <= MAX_HEADER_RECORD => {
                    held.extend_from_slice(&input[..end]);
                    if self.only_if_named && !names_columns(&held) {
                        let mut cell = self.text_cell();
                        for bytes in [&held[..], &input[end..]] {
                            cell.push(bytes, out, &mut on_finding);
                        }
                        self.phase = Phase::Text(cell);
                        return;
                    }
                    let records = self.start_records(&held, out, &mut on_finding);
                    self.phase = Phase::Records(records);
                    self.push_records(&input[end..], start + end as u64, out, on_finding);
                    return;
                }
                None if held.len() + input.len() <= MAX_HEADER_RECORD => {
                    held.extend_from_slice(input);
                    Phase::Header { held, at }
                }
                // Too long for a header: text.
                _ => {
                    let mut cell = self.text_cell();
                    for bytes in [&held[..], input] {
                        cell.push(bytes, out, &mut on_finding);
                    }
                    Phase::Text(cell)
                }
            },
            Phase::Records(records) => {
                self.phase = Phase::Records(records);
                self.push_records(input, start, out, on_finding);
                return;
            }
            Phase::Text(mut cell) => {
                cell.push(input, out, &mut on_finding);
                Phase::Text(cell)
            }
            Phase::Done => Phase::Done,
        };
    }

    /// Ends the body: appends the rest to `out`, reporting findings as
    /// [`push_with`](Self::push_with) does.
    pub fn finish_with(&mut self, out: &mut Vec<u8>, mut on_finding: impl FnMut(StreamFinding)) {
        match std::mem::replace(&mut self.phase, Phase::Done) {
            // A body of one line: text.
            Phase::Header { held, .. } => {
                let mut cell = self.text_cell();
                cell.push(&held, out, &mut on_finding);
                self.cells().retire(cell, out, &mut on_finding);
            }
            Phase::Records(mut records) => self.cells().end(&mut records, out, &mut on_finding),
            Phase::Text(cell) => self.cells().retire(cell, out, &mut on_finding),
            Phase::Done => {}
        }
    }

    /// Scans the header record as text, and reads its column names.
    fn start_records(
        &mut self,
        header: &[u8],
        out: &mut Vec<u8>,
        on_finding: &mut impl FnMut(StreamFinding),
    ) -> Records {
        let mut cell = self.text_cell();
        cell.push(header, out, on_finding);
        self.cells().retire(cell, out, on_finding);
        let separator = separator_of(header);
        let labels = column_names(header, separator)
            .into_iter()
            .map(|name| label_for(&name))
            .collect();
        Records {
            separator,
            labels,
            column: 0,
            cell_state: InCell::Start,
            cell: None,
            held: Vec::new(),
            held_from: None,
        }
    }

    /// Splits `input` (from body offset `start`) into cells and the bytes
    /// between them.
    fn push_records(
        &mut self,
        input: &[u8],
        start: u64,
        out: &mut Vec<u8>,
        mut on_finding: impl FnMut(StreamFinding),
    ) {
        let Phase::Records(records) = &mut self.phase else {
            return;
        };
        // (From the fields, not `cells()`: `records` holds the phase.)
        let mut cells = Cells {
            redactor: &self.redactor,
            spare: &mut self.spare,
            tally: &mut self.tally,
        };
        let separator = records.separator;
        // The first byte of `input` not yet handed to a cell or written.
        let mut run = 0;
        let mut at = 0;
        while at < input.len() {
            let b = input[at];
            let boundary = b == separator || b == b'\n';
            records.cell_state = match records.cell_state {
                // The marker is written out as a separator is: the cell's
                // value starts after it, where its label reads it.
                // Padding before a value (`a, b`, an ASCII table's
                // `| 0612345678 |`) goes out as a separator does, so that
                // the value follows its label directly.
                InCell::Start if b == b' ' => {
                    out.push(b);
                    at += 1;
                    run = at;
                    continue;
                }
                InCell::Start if matches!(b, b'\'' | b'=') => {
                    out.push(b);
                    at += 1;
                    run = at;
                    records.cell_state = InCell::AfterMarker;
                    continue;
                }
                InCell::Start | InCell::AfterMarker if b == b'"' => InCell::Quoted,
                InCell::Start | InCell::AfterMarker | InCell::Unquoted | InCell::QuotedQuote
                    if boundary =>
                {
                    // The cell ends before this byte: its stream is done,
                    // and the separator goes out as it is.
                    cells.take(records, &input[run..at], out, &mut on_finding);
                    cells.end(records, out, &mut on_finding);
                    out.push(b);
                    run = at + 1;
                    records.column = if b == b'\n' { 0 } else { records.column + 1 };
                    at += 1;
                    records.cell_state = InCell::Start;
                    continue;
                }
                InCell::Start | InCell::AfterMarker | InCell::Unquoted => InCell::Unquoted,
                InCell::Quoted if b == b'"' => InCell::QuotedQuote,
                InCell::Quoted => {
                    // Skip to the next quote: line breaks and separators
                    // belong to the cell.
                    at = memchr::memchr(b'"', &input[at..]).map_or(input.len(), |i| at + i);
                    continue;
                }
                InCell::QuotedQuote if b == b'"' => InCell::Quoted,
                // Bytes after a closing quote: kept in the cell.
                InCell::QuotedQuote => InCell::Unquoted,
            };
            if records.cell.is_none() && records.held_from.is_none() {
                records.held_from = Some(start + at as u64);
                run = at;
            }
            if records.cell_state == InCell::Unquoted {
                // Skip to the next byte that can end the cell.
                at =
                    memchr::memchr2(separator, b'\n', &input[at..]).map_or(input.len(), |i| at + i);
                continue;
            }
            at += 1;
        }
        cells.take(records, &input[run..], out, &mut on_finding);
    }

    /// A text stream from the body's start, with the body's context
    /// before it: the header record, or a body that is no table.
    fn text_cell(&self) -> Cell {
        Cell {
            stream: StreamRedactor::new(self.redactor.clone()).with_context(&self.context),
            start: 0,
        }
    }

    fn cells(&mut self) -> Cells<'_> {
        Cells {
            redactor: &self.redactor,
            spare: &mut self.spare,
            tally: &mut self.tally,
        }
    }
}

/// Where the tokenizer stands after `b`, the next byte of a record, from
/// `at`, where a byte `ends_cell` ends a cell (a separator) and a line
/// break ends the record; `None` when `b` ends the record. A quote opens
/// quoting only at a cell's start, as [`CsvStream`] reads the records.
fn step(at: InCell, b: u8, ends_cell: impl Fn(u8) -> bool) -> Option<InCell> {
    Some(match at {
        InCell::Quoted if b == b'"' => InCell::QuotedQuote,
        InCell::Quoted => InCell::Quoted,
        InCell::QuotedQuote if b == b'"' => InCell::Quoted,
        InCell::Start | InCell::AfterMarker if b == b'"' => InCell::Quoted,
        _ if b == b'\n' => return None,
        _ if ends_cell(b) => InCell::Start,
        _ => InCell::Unquoted,
    })
}

fn any_separator(b: u8) -> bool {
    SEPARATORS.contains(&b)
}

/// Where the header record that `input` goes on with ends (past its line
/// break), if it does in `input`; `at` carries the tokenizer's state.
fn record_end(input: &[u8], at: &mut InCell) -> Option<usize> {
    for (i, &b) in input.iter().enumerate() {
        match step(*at, b, any_separator) {
            Some(next) => *at = next,
            None => {
                *at = InCell::Start;
                return Some(i + 1);
            }
        }
    }
    None
}

/// The commonest separator between the header record's cells.
fn separator_of(header: &[u8]) -> u8 {
    let mut counts = [0usize; SEPARATORS.len()];
    let mut at = InCell::Start;
    for &b in header {
        let Some(next) = step(at, b, any_separator) else {
            break;
        };
        if next == InCell::Start {
            if let Some(i) = SEPARATORS.iter().position(|&s| s == b) {
                counts[i] += 1;
            }
        }
        at = next;
    }
    let mut best = 0;
    for i in 1..SEPARATORS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    SEPARATORS[best]
}

/// The header record's cells, unquoted and trimmed.
fn column_names(header: &[u8], separator: u8) -> Vec<Vec<u8>> {
    let header = header.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(header);
    let mut names = Vec::new();
    let mut name = Vec::new();
    let mut at = InCell::Start;
    for &b in header {
        let Some(next) = step(at, b, |c| c == separator) else {
            break;
        };
        match (at, next) {
            // An opening or closing quote, or the first of a doubled one.
            (InCell::Start | InCell::AfterMarker, InCell::Quoted)
            | (InCell::Quoted, InCell::QuotedQuote) => {}
            (_, InCell::Start) => names.push(std::mem::take(&mut name)),
            _ => name.push(b),
        }
        at = next;
    }
    names.push(name);
    names.into_iter().map(|n| n.trim_ascii().to_vec()).collect()
}

/// Whether a body's first record names the columns of a table, for a
/// body whose type does not say it is one: three names at least (four
/// between commas), each
/// short and led by a letter (or `#`, `_`), of letters, digits and the
/// few signs names use, and with few spaces: `Name,Email,Billing Phone`,
/// ` id | name | phone`, `| Order | Mobile |` (whose outer cells are
/// empty). A sentence (`Hi team, the app crashes, please help`) is none.
fn names_columns(header: &[u8]) -> bool {
    let separator = separator_of(header);
    let names = column_names(header, separator);
    let last = names.len().saturating_sub(1);
    let named = names.iter().filter(|n| !n.is_empty()).count();
    // (Commas list things in prose too: a table of them has four columns
    // at least.)
    let fewest = if separator == b',' { 4 } else { 3 };
    named >= fewest
        && names.iter().enumerate().all(|(i, name)| {
            if name.is_empty() {
                // (A table drawn with bars opens and closes its lines
                // with one.)
                return separator == b'|' && (i == 0 || i == last);
            }
            is_column_name(name)
        })
}

/// The longest column name [`names_columns`] takes for one.
const MAX_SNIFFED_NAME: usize = 40;

fn is_column_name(name: &[u8]) -> bool {
    name.len() <= MAX_SNIFFED_NAME
        && name
            .first()
            .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b'#' | b'_'))
        && name.iter().filter(|&&b| b == b' ').count() <= 3
        && name.iter().all(|&b| {
            b.is_ascii_alphanumeric()
                || b >= 0x80
                || matches!(b, b' ' | b'_' | b'-' | b'.' | b'/' | b'#' | b'(' | b')')
        })
        && !name.windows(2).any(|w| w == b". ")
}

/// `"name":"`, the look-back a cell of column `name` is scanned after: a
/// JSON member's key and the quote that opens its value, where the
/// detectors read field names (`Phone Number` as the key `phone_number`,
/// and its words as words). Quotes, backslashes and control bytes are
/// left out, and a long name is cut at a character's start.
fn label_for(name: &[u8]) -> Vec<u8> {
    let clean: Vec<u8> = name
        .iter()
        .copied()
        .filter(|&b| !matches!(b, b'"' | b'\\') && !b.is_ascii_control())
        .collect();
    if clean.is_empty() {
        return Vec::new();
    }
    // Lower case beyond ASCII (`Телефон`, `TÉLÉPHONE`): field names past
    // ASCII are matched as written. ASCII letters keep their case, which
    // the detectors fold themselves and read camel case from
    // (`externalId`).
    let clean = match String::from_utf8(clean) {
        Ok(text) => {
            let mut lowered = String::with_capacity(text.len());
            for c in text.chars() {
                if c.is_ascii() {
                    lowered.push(c);
                } else {
                    lowered.extend(c.to_lowercase());
                }
            }
            lowered.into_bytes()
        }
        Err(not_utf8) => not_utf8.into_bytes(),
    };
    let mut cut = clean.len().min(MAX_NAME);
    while cut > 0 && cut < clean.len() && clean[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    let mut label = Vec::with_capacity(cut + 4);
    label.push(b'"');
    label.extend_from_slice(&clean[..cut]);
    label.extend_from_slice(b"\":\"");
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Kind;

    fn run(body: &[u8], cuts: &[usize]) -> (Vec<u8>, Vec<StreamFinding>) {
        run_stream(CsvStream::new(Redactor::default()), body, cuts)
    }

    fn run_sniffing(body: &[u8], cuts: &[usize]) -> (Vec<u8>, Vec<StreamFinding>) {
        run_stream(CsvStream::sniffing(Redactor::default()), body, cuts)
    }

    fn run_stream(mut s: CsvStream, body: &[u8], cuts: &[usize]) -> (Vec<u8>, Vec<StreamFinding>) {
        let (mut out, mut found) = (Vec::new(), Vec::new());
        let mut at = 0;
        for &cut in cuts {
            let cut = cut.clamp(at, body.len());
            s.push_with(&body[at..cut], &mut out, |f| found.push(f));
            at = cut;
        }
        s.push_with(&body[at..], &mut out, |f| found.push(f));
        s.finish_with(&mut out, |f| found.push(f));
        found.sort_by_key(|f| f.start);
        (out, found)
    }

    fn values(body: &[u8], found: &[StreamFinding]) -> Vec<(Kind, String)> {
        found
            .iter()
            .map(|f| {
                let value = &body[f.start as usize..f.end as usize];
                (f.kind, String::from_utf8_lossy(value).into_owned())
            })
            .collect()
    }

    /// A bare number is a phone under a phone column and nothing under an
    /// id column, though the two are the same digits on the same line.
    #[test]
    fn cells_are_read_after_their_columns_name() {
        let body = b"name,msisdn,order_id,Telefon\r\nJane,919424202078,919424202078,030 901820\r\n\"Doe, J.\",\"491721188463\",5790456407,\r\n";
        let (out, found) = run(body, &[]);
        assert_eq!(
            values(body, &found),
            [
                (Kind::Phone, "919424202078".to_string()),
                (Kind::Phone, "030 901820".to_string()),
                (Kind::Phone, "491721188463".to_string()),
            ]
        );
        assert_eq!(
            out,
            b"name,msisdn,order_id,Telefon\r\nJane,************,919424202078,*** ******\r\n\"Doe, J.\",\"************\",5790456407,\r\n"
        );
    }

    /// A column named in camel case labels its cells by its last word: an
    /// id column's Luhn-valid ids are no cards, a billing phone column's
    /// numbers are phones.
    #[test]
    fn a_cell_with_a_full_width_at_sign_is_read() {
        // (A Japanese input method types `＠`; the cell has too few digits
        // to be read for a number.)
        let body = "名前,メール\n蔡宗翰,yanga749＠outlook.com\n".as_bytes();
        let (out, found) = run(body, &[]);
        assert_eq!(out.len(), body.len());
        assert_eq!(
            values(body, &found),
            [(Kind::Email, "yanga749＠outlook.com".to_string())]
        );
    }

    #[test]
    fn an_optional_phone_column_names_its_cells() {
        let body = b"Name,Phone number (optional),Comment\nAna,41 2878-9478,ok\n";
        let (_, found) = run(body, &[]);
        assert_eq!(
            values(body, &found),
            [(Kind::Phone, "41 2878-9478".to_string())]
        );
    }

    #[test]
    fn camel_case_column_names_label_by_their_last_word() {
        let body =
            b"externalId,itemEan,billingPhone\n4563907656828081,4062585178128,919424202078\n";
        let (_, found) = run(body, &[]);
        assert_eq!(
            values(body, &found),
            [(Kind::Phone, "919424202078".to_string())]
        );
    }

    #[test]
    fn first_lines_that_name_columns() {
        for header in [
            &b"Name,Email,Billing Phone,Lineitem barcode\r\n"[..],
            b"\xEF\xBB\xBFcall_id;Origem;Destino;In\xC3\xADcio\n",
            b"accountcode\tsrc\tdst\tdcontext\n",
            b" id | name  | phone\n",
            b"| Order # | Customer | Mobile (work) |\n",
            b"\"Name\",\"E-mail\",\"Phone\",\"Zip\"\n",
        ] {
            assert!(names_columns(header), "{}", String::from_utf8_lossy(header));
        }
        for line in [
            &b"Hi team, the app crashes on start, please help\n"[..],
            b"Dear Sir, Madam,\n",
            b"Order 1234, 5678, 9012\n",
            b"Hi, thanks, team\n",
            b"name,phone\n",
            b"Note: a, b, c\n",
            b"a. b, c, d\n",
            b"| a | | c |\n",
            b"Refund request\n",
        ] {
            assert!(!names_columns(line), "{}", String::from_utf8_lossy(line));
        }
    }

    /// Plain text is read as a table only when its first line names
    /// columns; a padded ASCII table's values are read after their names.
    #[test]
    fn plain_text_is_a_table_only_under_column_names() {
        let table = b" id | name | phone        | ean\n----+------+--------------+---------------\n  1 | Jane | 919424202078 | 4033777951226\n";
        for cuts in [&[][..], &[3, 40, 41, 90]] {
            let (out, found) = run_sniffing(table, cuts);
            assert_eq!(out.len(), table.len());
            assert_eq!(
                values(table, &found),
                [(Kind::Phone, "919424202078".to_string())]
            );
        }
        // Read as text, exactly as a text stream reads it.
        for text in [
            &b"Hi team, my number changed, it is now +44 7911 123456\nthanks, Jane\n"[..],
            b"Hi, thanks, team\nPhone: 0612345678\n",
            b"Call me at 0612345678 | mail jane@example.com | ok\n",
        ] {
            let (out, found) = run_sniffing(text, &[5]);
            let mut stream = StreamRedactor::new(Redactor::default());
            let (mut want, mut want_found) = (Vec::new(), Vec::new());
            stream.push_with(text, &mut want, |f| want_found.push(f));
            stream.finish_with(&mut want, |f| want_found.push(f));
            assert_eq!(out, want);
            assert_eq!(found, want_found);
            assert!(!found.is_empty());
        }
    }

    /// Spreadsheets keep a leading zero with a text marker: the value
    /// after it is read under its column's name, the marker kept.
    #[test]
    fn text_markers_stand_outside_the_value() {
        let body = b"Name;Mobile;Fax\nAna;'0612345678;=\"0612345678\"\nBo;'';=\n";
        let (out, found) = run(body, &[]);
        assert_eq!(
            values(body, &found),
            [
                (Kind::Phone, "0612345678".to_string()),
                (Kind::Phone, "0612345678".to_string()),
            ]
        );
        assert_eq!(
            out,
            b"Name;Mobile;Fax\nAna;'**********;=\"**********\"\nBo;'';=\n"
        );
        for cut in 0..body.len() {
            assert_eq!(
                run(body, &[cut]),
                (out.clone(), found.clone()),
                "cut at {cut}"
            );
        }
    }

    /// Quoted cells keep their separators, line breaks and doubled quotes;
    /// the output is the same table for every way the body is cut.
    #[test]
    fn every_chunking_gives_the_same_output_and_findings() {
        let body = "id;phone;note;card\n\
            1;0612345678;\"Ruf an: +49 171 1234567; oder \"\"jane.doe@example.com\"\"\n2. Zeile\";4111 1111 1111 1111\n\
            2;;\"\";\n\
            3;+33 6 12 34 56 78;ok;5500-0000-0000-0004"
            .as_bytes();
        let whole = run(body, &[]);
        assert_eq!(whole.0.len(), body.len());
        assert_eq!(
            values(body, &whole.1),
            [
                (Kind::Phone, "0612345678".to_string()),
                (Kind::Phone, "+49 171 1234567".to_string()),
                (Kind::Email, "jane.doe@example.com".to_string()),
                (Kind::Card, "4111 1111 1111 1111".to_string()),
                (Kind::Phone, "+33 6 12 34 56 78".to_string()),
                (Kind::Card, "5500-0000-0000-0004".to_string()),
            ]
        );
        for size in 1..body.len() {
            let cuts: Vec<usize> = (size..body.len()).step_by(size).collect();
            assert_eq!(run(body, &cuts), whole, "chunks of {size}");
        }
        for cut in 0..body.len() {
            assert_eq!(run(body, &[cut]), whole, "cut at {cut}");
        }
    }

    #[test]
    fn the_separator_is_the_commonest_in_the_header() {
        assert_eq!(separator_of(b"a,b,c\n"), b',');
        assert_eq!(separator_of(b"a;b;c,d\n"), b';');
        assert_eq!(separator_of(b"a\tb\t\"c,d,e\"\n"), b'\t');
        assert_eq!(separator_of(b"a|b\n"), b'|');
        assert_eq!(separator_of(b"phone\n"), b',');
        assert_eq!(
            column_names(
                b"\xEF\xBB\xBF\"Phone, mobile\" ;\"say \"\"hi\"\"\";\r\n",
                b';'
            ),
            [
                b"Phone, mobile".to_vec(),
                b"say \"hi\"".to_vec(),
                Vec::new()
            ]
        );
        assert_eq!(label_for(b"T\xC3\x89l\\\""), "\"Tél\":\"".as_bytes());
        assert_eq!(label_for("Phone Number".as_bytes()), b"\"Phone Number\":\"");
        assert_eq!(label_for("ТЕЛЕФОН".as_bytes()), "\"телефон\":\"".as_bytes());
        assert_eq!(label_for(b""), b"");
        let long = "é".repeat(40);
        let label = label_for(long.as_bytes());
        assert!(std::str::from_utf8(&label).is_ok());
        assert!(label.len() <= MAX_NAME + 4);
    }

    /// Short cells that could hold no finding skip the stream; one that
    /// could, a long one and a held one cut anywhere read as before.
    #[test]
    fn short_cells_are_held_and_decided_whole() {
        let long = "x".repeat(HOLD + 5);
        let body = format!(
            "a,phone,b\nyes,0612345678,{long} 4111 1111 1111 1111\n1,\"+33 6 12 34 56 78\",ok\n"
        );
        let body = body.as_bytes();
        let whole = run(body, &[]);
        assert_eq!(
            values(body, &whole.1),
            [
                (Kind::Phone, "0612345678".to_string()),
                (Kind::Card, "4111 1111 1111 1111".to_string()),
                (Kind::Phone, "+33 6 12 34 56 78".to_string()),
            ]
        );
        for cut in 0..body.len() {
            assert_eq!(run(body, &[cut]), whole, "cut at {cut}");
        }
    }

    /// A quote inside a header's cell is a character, as in the records:
    /// it opens no quoting that would run the header into the records.
    #[test]
    fn a_quote_inside_a_header_cell_is_a_character() {
        let body = b"Size 5\",Phone\nS,0612345678\n";
        let (_, found) = run(body, &[]);
        assert_eq!(
            values(body, &found),
            [(Kind::Phone, "0612345678".to_string())]
        );
        assert_eq!(
            column_names(b"Size 5\",Phone\n", b','),
            [b"Size 5\"".to_vec(), b"Phone".to_vec()]
        );
    }

    /// A context longer than the look-back (a part's many headers) is cut
    /// as the stream cuts it: findings in the header record and in a body
    /// read as text keep their offsets.
    #[test]
    fn findings_after_a_long_context_keep_their_offsets() {
        let context = [b"X-Pad: ".as_slice(), &b"a".repeat(3000), b"\r\n\r\n"].concat();
        let bodies: [&[u8]; 2] = [
            b"mail jane.doe@example.com,x\n1,2\n",
            b"no table: mail jane.doe@example.com",
        ];
        for body in bodies {
            let mut s = CsvStream::new(Redactor::default()).with_context(&context);
            let (mut out, mut found) = (Vec::new(), Vec::new());
            s.push_with(body, &mut out, |f| found.push(f));
            s.finish_with(&mut out, |f| found.push(f));
            assert_eq!(
                values(body, &found),
                [(Kind::Email, "jane.doe@example.com".to_string())]
            );
        }
    }

    /// A body of one line, or whose first line is too long for a header,
    /// is read as text, as it would be without the table's type.
    #[test]
    fn bodies_that_are_no_table_are_text() {
        let text = Redactor::default();
        for body in [
            b"call 0612345678 or mail jane.doe@example.com".to_vec(),
            [
                b"x".repeat(MAX_HEADER_RECORD + 10),
                b" 4111 1111 1111 1111\nphone\n0612345678\n".to_vec(),
            ]
            .concat(),
        ] {
            let (out, _) = run(&body, &[]);
            assert_eq!(out, text.redact_to_vec(&body));
            for cut in [1, MAX_HEADER_RECORD / 2, MAX_HEADER_RECORD + 3] {
                assert_eq!(run(&body, &[cut]).0, out, "cut at {cut}");
            }
        }
    }
}
