//! Accuracy on realistic, labelled bodies: support tickets, chats, form
//! posts, mails and notes in nine languages (`tests/data/accuracy/`,
//! written by its `gen.py`), each with planted cards, emails and phones
//! and with look-alikes around them (order and tracking ids, timestamps,
//! dates, IPs, versions, prices, IBANs, barcodes …) that must not be found.
//!
//! Each body is scanned as the proxy scans its type: plain text and mail
//! bodies through the text pipeline (which reads a CSV export sent as
//! text as a table), the others with `Detector::new()`, and for form
//! posts with `+` read as a space
//! (`plus_as_space`, which the format layer, the CLI and the query-string
//! redaction all set), since in a form body `para+jane%40x.es` is three
//! words, not a plus-tagged address.
//!
//! A finding counts only if its kind and byte range match a label exactly.
//! The test prints precision, recall and F1 per kind and every error by
//! case id, kind and offsets (never the bytes: they are planted PII), then
//! holds each kind to a floor. `cargo test --test accuracy -- --nocapture`
//! shows the table.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use pii_proxy::detect::{Detector, Kind};
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;
use pii_proxy::stream::StreamFinding;

const CASES: &str = include_str!("data/accuracy/cases.jsonl");

/// Floors per kind. Where the detector misses its target, the floor is the
/// measured value rounded down and the comment names the gap: a detector
/// limitation the data shows, not a labelling choice. When a gap is fixed,
/// raise its floor to the target. Every kind now meets its target; each
/// floor sits a little under the measured value (1.0000 for every kind
/// today), so a change that costs a case or two is allowed,
/// and one that costs more has to say why.
mod floor {
    /// Target 0.999; met. EAN-13 barcodes that pass Luhn and start like a
    /// 13-digit Visa are refused after "EAN", "GTIN", "barcode" …
    pub const CARD_PRECISION: f64 = 0.999;
    /// Target 0.999; met. An identifier word vetoes a card only when it
    /// labels that number, within its sentence or line ("Order 123 was
    /// charged to 4111 …" is a card), and a "Customer:" speaker label is
    /// no identifier. Elo and Verve ranges, doubled spaces and emphasis
    /// glued to CJK text count.
    pub const CARD_RECALL: f64 = 0.999;
    /// Target 0.99; met.
    pub const EMAIL_F1: f64 = 0.999;
    /// Bounds what redaction may leak. An address followed without a space
    /// by long CJK text ends at its TLD.
    pub const EMAIL_RECALL: f64 = 0.999;
    /// Target 0.95; met. SIREN/SIRET, P.IVA and `00`-led order numbers are
    /// refused after their words, and a JSON key such as `"text"` names
    /// its value only when the number is that value.
    pub const PHONE_F1: f64 = 0.998;
    /// Bounds what redaction may leak. National layouts of many countries
    /// (Russian trunk 8, Polish, Belgian, Swiss dotted, Mexican, Colombian,
    /// Argentine, German spaced slashes and DIN 5008 extensions) count, and
    /// phone words in every language of the set, escaped too. A bare digit
    /// run with no phone word around it stays unmasked by design; in a CSV
    /// export the word is the column's name, rows above, which the text
    /// pipeline reads a table's cells after. A messaging webhook's `wa_id` and `from` fields
    /// hold a number in international form without its `+`.
    pub const PHONE_RECALL: f64 = 0.999;
}

type Span = (Kind, usize, usize);

struct Case {
    id: String,
    lang: String,
    channel: String,
    text: String,
    spans: Vec<Span>,
    /// Look-alikes: (category, start, end). Never labelled.
    decoys: Vec<(String, usize, usize)>,
}

fn offset(v: &serde_json::Value) -> usize {
    usize::try_from(v.as_u64().unwrap()).unwrap()
}

fn load() -> Vec<Case> {
    CASES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |k: &str| v[k].as_str().unwrap().to_string();
            let spans = v["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    let kind = s["kind"].as_str().unwrap();
                    let kind = Kind::from_name(kind).unwrap_or_else(|| panic!("kind {kind}"));
                    (kind, offset(&s["start"]), offset(&s["end"]))
                })
                .collect();
            let decoys = v["decoys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let d = d.as_array().unwrap();
                    (
                        d[0].as_str().unwrap().to_string(),
                        offset(&d[1]),
                        offset(&d[2]),
                    )
                })
                .collect();
            Case {
                id: field("id"),
                lang: field("lang"),
                channel: field("channel"),
                text: field("text"),
                spans,
                decoys,
            }
        })
        .collect()
}

#[derive(Clone, Copy, Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// One wrong or missing finding, by position only.
struct Error {
    id: String,
    /// "FP" (found, not labelled) or "FN" (labelled, not found).
    what: &'static str,
    kind: Kind,
    start: usize,
    end: usize,
    /// What overlaps it on the other side: a look-alike category, or the
    /// labelled or found span it disagrees with.
    note: String,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn describe(spans: &[Span], range: (usize, usize), side: &str) -> Option<String> {
    let hits: Vec<String> = spans
        .iter()
        .filter(|s| overlaps((s.1, s.2), range))
        .map(|s| format!("{side} {} {}..{}", s.0, s.1, s.2))
        .collect();
    (!hits.is_empty()).then(|| hits.join(", "))
}

struct Report {
    per_kind: BTreeMap<Kind, Tally>,
    /// Labelled spans not found exactly: (case id, kind, start, end).
    misses: BTreeSet<(String, Kind, usize, usize)>,
    errors: Vec<Error>,
    /// (channel or lang, kind) -> (fp, fn).
    by_channel: BTreeMap<(String, Kind), (usize, usize)>,
    by_lang: BTreeMap<(String, Kind), (usize, usize)>,
}

/// Channels sent as plain text: the proxy reads them through the text
/// pipeline, which reads a body whose first line names columns as a table
/// (a CSV export pasted or posted as text).
fn is_plain_text(channel: &str) -> bool {
    matches!(channel, "plain" | "email-body")
}

/// What the proxy's pipeline for a plain-text body finds and writes out.
fn through_text_pipeline(text: &[u8]) -> (Vec<Span>, Vec<u8>) {
    let spec = BodySpec::from_headers(Some("text/plain"), None).unwrap();
    let mut body = BodyRedactor::new(
        Redactor::default(),
        &spec,
        DecodeLimits::default(),
        BinaryParts::Pass,
    );
    let (mut found, mut out) = (Vec::new(), Vec::new());
    let mut note = |f: StreamFinding| {
        let offset = |o: u64| usize::try_from(o).unwrap();
        found.push((f.kind, offset(f.start), offset(f.end)));
    };
    body.push_with(text, &mut out, &mut note).unwrap();
    body.finish_with(&mut out, &mut note).unwrap();
    (found, out)
}

/// What the proxy finds in a case's body.
fn findings(case: &Case) -> Vec<Span> {
    if is_plain_text(&case.channel) {
        return through_text_pipeline(case.text.as_bytes()).0;
    }
    detector_for(&case.channel)
        .find_iter(case.text.as_bytes())
        .map(|f| (f.kind, f.start, f.end))
        .collect()
}

/// What the proxy sends upstream for a case's body.
fn redacted(case: &Case) -> Vec<u8> {
    if is_plain_text(&case.channel) {
        return through_text_pipeline(case.text.as_bytes()).1;
    }
    let redactor = Redactor::default().with_detector(detector_for(&case.channel));
    redactor.redact_to_vec(case.text.as_bytes())
}

/// The detector the proxy uses for a body of this channel.
fn detector_for(channel: &str) -> Detector {
    let detector = Detector::new();
    if channel == "form" {
        detector.to_builder().plus_as_space(true).build()
    } else {
        detector
    }
}

fn measure(cases: &[Case]) -> Report {
    let mut report = Report {
        per_kind: Kind::ALL.iter().map(|&k| (k, Tally::default())).collect(),
        misses: BTreeSet::new(),
        errors: Vec::new(),
        by_channel: BTreeMap::new(),
        by_lang: BTreeMap::new(),
    };
    for case in cases {
        let want: BTreeSet<Span> = case.spans.iter().copied().collect();
        let found: Vec<Span> = findings(case);
        let found_set: BTreeSet<Span> = found.iter().copied().collect();
        for &(kind, start, end) in &want {
            let tally = report.per_kind.get_mut(&kind).unwrap();
            if found_set.contains(&(kind, start, end)) {
                tally.tp += 1;
                continue;
            }
            tally.fn_ += 1;
            report.misses.insert((case.id.clone(), kind, start, end));
            report
                .by_channel
                .entry((case.channel.clone(), kind))
                .or_default()
                .1 += 1;
            report
                .by_lang
                .entry((case.lang.clone(), kind))
                .or_default()
                .1 += 1;
            report.errors.push(Error {
                id: case.id.clone(),
                what: "FN",
                kind,
                start,
                end,
                note: describe(&found, (start, end), "found")
                    .unwrap_or_else(|| "nothing found there".into()),
            });
        }
        for &(kind, start, end) in found_set.difference(&want) {
            report.per_kind.get_mut(&kind).unwrap().fp += 1;
            report
                .by_channel
                .entry((case.channel.clone(), kind))
                .or_default()
                .0 += 1;
            report
                .by_lang
                .entry((case.lang.clone(), kind))
                .or_default()
                .0 += 1;
            let decoys: Vec<&str> = case
                .decoys
                .iter()
                .filter(|d| overlaps((d.1, d.2), (start, end)))
                .map(|d| d.0.as_str())
                .collect();
            let note = if decoys.is_empty() {
                describe(&case.spans, (start, end), "labelled")
                    .unwrap_or_else(|| "unlabelled text".into())
            } else {
                format!("look-alike {}", decoys.join(", "))
            };
            report.errors.push(Error {
                id: case.id.clone(),
                what: "FP",
                kind,
                start,
                end,
                note,
            });
        }
    }
    report
}

fn print(report: &Report, cases: &[Case]) {
    let mut out = String::new();
    let decoys: usize = cases.iter().map(|c| c.decoys.len()).sum();
    writeln!(out, "{} cases, {decoys} look-alikes", cases.len()).unwrap();
    writeln!(
        out,
        "{:<6} {:>6} {:>6} {:>5} {:>5} {:>9} {:>9} {:>9}",
        "kind", "spans", "tp", "fp", "fn", "precision", "recall", "f1"
    )
    .unwrap();
    for (kind, t) in &report.per_kind {
        writeln!(
            out,
            "{:<6} {:>6} {:>6} {:>5} {:>5} {:>9.4} {:>9.4} {:>9.4}",
            kind.name(),
            t.tp + t.fn_,
            t.tp,
            t.fp,
            t.fn_,
            t.precision(),
            t.recall(),
            t.f1()
        )
        .unwrap();
    }
    for (title, table) in [("channel", &report.by_channel), ("lang", &report.by_lang)] {
        writeln!(out, "errors by {title} (fp/fn):").unwrap();
        for ((group, kind), (fp, fn_)) in table {
            writeln!(out, "  {group:<12} {:<6} {fp}/{fn_}", kind.name()).unwrap();
        }
    }
    writeln!(out, "errors:").unwrap();
    for e in &report.errors {
        writeln!(
            out,
            "  {} {:<5} {:<22} {}..{}  ({})",
            e.what,
            e.kind.name(),
            e.id,
            e.start,
            e.end,
            e.note
        )
        .unwrap();
    }
    println!("{out}");
}

#[test]
fn accuracy_per_kind() {
    let cases = load();
    let report = measure(&cases);
    print(&report, &cases);
    let card = report.per_kind[&Kind::Card];
    let email = report.per_kind[&Kind::Email];
    let phone = report.per_kind[&Kind::Phone];
    let checks = [
        ("card precision", card.precision(), floor::CARD_PRECISION),
        ("card recall", card.recall(), floor::CARD_RECALL),
        ("email f1", email.f1(), floor::EMAIL_F1),
        ("email recall", email.recall(), floor::EMAIL_RECALL),
        ("phone f1", phone.f1(), floor::PHONE_F1),
        ("phone recall", phone.recall(), floor::PHONE_RECALL),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(name, got, floor)| format!("{name} {got:.4} < {floor}"))
        .collect();
    assert!(failed.is_empty(), "below the floor: {}", failed.join("; "));
}

/// Masking leaves no planted value whole in the output: a value left whole
/// is a value the upstream receives. Every value the detector finds must
/// go; the ones it misses (the known gaps above) are the only ones allowed
/// through, so each kind leaks no more than its recall floor allows.
#[test]
fn redaction_leaves_no_planted_value() {
    let cases = load();
    let misses = measure(&cases).misses;
    let mut leaks: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut unexplained = Vec::new();
    for case in &cases {
        let out = redacted(case);
        for &(kind, start, end) in &case.spans {
            let value = &case.text.as_bytes()[start..end];
            if !out.windows(value.len()).any(|w| w == value) {
                continue;
            }
            *leaks.entry(kind).or_default() += 1;
            if !misses.contains(&(case.id.clone(), kind, start, end)) {
                unexplained.push(format!("{} {kind} {start}..{end}", case.id));
            }
        }
    }
    println!("planted values left whole: {leaks:?}");
    assert!(
        unexplained.is_empty(),
        "found by the detector, yet left whole by the redactor:\n{}",
        unexplained.join("\n")
    );
    let floors = [
        (Kind::Card, floor::CARD_RECALL),
        (Kind::Email, floor::EMAIL_RECALL),
        (Kind::Phone, floor::PHONE_RECALL),
    ];
    for (kind, floor) in floors {
        let spans = cases
            .iter()
            .flat_map(|c| &c.spans)
            .filter(|s| s.0 == kind)
            .count();
        let leaked = leaks.get(&kind).copied().unwrap_or(0);
        let allowed = ((1.0 - floor) * spans as f64).floor() as usize;
        assert!(
            leaked <= allowed,
            "{kind}: {leaked} of {spans} values left whole, more than {allowed}"
        );
    }
}

/// The data set itself: unique ids, spans in bounds, on character
/// boundaries, sorted and disjoint, and look-alikes apart from them.
#[test]
fn cases_are_well_formed() {
    let cases = load();
    assert!(cases.len() >= 1000, "only {} cases", cases.len());
    let mut ids = BTreeSet::new();
    for case in &cases {
        assert!(ids.insert(&case.id), "duplicate id {}", case.id);
        let mut ranges: Vec<(usize, usize)> = case.spans.iter().map(|s| (s.1, s.2)).collect();
        ranges.extend(case.decoys.iter().map(|d| (d.1, d.2)));
        ranges.sort();
        for &(start, end) in &ranges {
            assert!(
                start < end && end <= case.text.len(),
                "{}: {start}..{end}",
                case.id
            );
            assert!(
                case.text.is_char_boundary(start) && case.text.is_char_boundary(end),
                "{}: {start}..{end} splits a character",
                case.id
            );
        }
        for pair in ranges.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{}: overlapping labels", case.id);
        }
    }
}
