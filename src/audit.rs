//! The audit trail: one JSON line per request saying what was found and
//! what was done — counts, never a value, never a header value — and the
//! `audit` command that filters and exports it.
//!
//! Events go through a [`BatchedSink`], so a slow disk never holds a
//! request and a busy proxy does not switch threads per request; every
//! event is written before the process ends ([`AuditLog::close`]).

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::io::{self, BufRead, Write};
use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::batch::{BatchedSink, Pacing};
use crate::config::AuditSink;
use crate::detect::Kind;

/// One request, as audited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEvent {
    /// When the request ended, RFC 3339 in UTC with milliseconds.
    pub time: String,
    /// The request id (as forwarded in `X-Request-Id`).
    pub request_id: String,
    /// The method.
    pub method: String,
    /// The route name, `default` when none matched.
    pub route: String,
    /// `enforce` or `report`.
    pub mode: String,
    /// The client's IP address.
    pub client: String,
    /// `forwarded`, or the error code the client got.
    pub outcome: String,
    /// The status the client got.
    pub status: u16,
    /// Findings by kind, then by action (see [`crate::telemetry::action_label`]).
    pub findings: BTreeMap<String, BTreeMap<String, u64>>,
    /// Body bytes received from the client.
    pub bytes_in: u64,
    /// Body bytes sent upstream.
    pub bytes_out: u64,
    /// From request head to response head, in milliseconds.
    pub duration_ms: u64,
}

impl AuditEvent {
    /// Findings of `kind`, whatever was done with them.
    pub fn count(&self, kind: Kind) -> u64 {
        self.findings
            .get(kind.name())
            .map_or(0, |by_action| by_action.values().sum())
    }

    /// The event's time, if it parses.
    pub fn system_time(&self) -> Option<SystemTime> {
        humantime::parse_rfc3339_weak(self.time.trim_end_matches('Z')).ok()
    }
}

/// One request as the proxy records it: an [`AuditEvent`]'s fields,
/// borrowed from the request's outcome and written in the same order, so
/// that the trail reads back as [`AuditEvent`]s and recording a request
/// builds no strings or maps of its own.
#[derive(Debug, Serialize)]
pub struct AuditRecord<'a> {
    /// When the request ended.
    #[serde(serialize_with = "as_rfc3339")]
    pub time: SystemTime,
    /// The request id.
    pub request_id: &'a str,
    /// The method.
    pub method: &'a str,
    /// The route name.
    pub route: &'a str,
    /// `enforce` or `report`.
    pub mode: &'a str,
    /// The client's IP address.
    #[serde(serialize_with = "as_display")]
    pub client: IpAddr,
    /// `forwarded`, or the error code the client got.
    pub outcome: &'a str,
    /// The status the client got.
    pub status: u16,
    /// Findings by kind, then by action.
    pub findings: FindingCounts,
    /// Body bytes received from the client.
    pub bytes_in: u64,
    /// Body bytes sent upstream.
    pub bytes_out: u64,
    /// From request head to response head, in milliseconds.
    pub duration_ms: u64,
}

fn as_rfc3339<S: Serializer>(time: &SystemTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&humantime::format_rfc3339_millis(*time))
}

fn as_display<S: Serializer, T: std::fmt::Display>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

/// Finding counts by kind and action label, at most one entry per pair:
/// written as [`AuditEvent::findings`] is, kinds and actions in name order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FindingCounts {
    /// `(kind, action, count)`, sorted by kind and action; `len` are used.
    entries: [(Kind, &'static str, u64); FindingCounts::CAPACITY],
    len: usize,
}

impl FindingCounts {
    /// Every kind with every disposition's label: more than any tally has.
    const CAPACITY: usize = Kind::ALL.len() * crate::redact::Disposition::ALL.len();

    /// Counts from `(kind, action, count)` triples; counts of the same kind
    /// and action add up (a report-mode route labels every disposition
    /// `report`). Triples past the capacity are dropped.
    pub fn new(counts: impl IntoIterator<Item = (Kind, &'static str, u64)>) -> Self {
        let mut c = FindingCounts {
            entries: [(Kind::Card, "", 0); Self::CAPACITY],
            len: 0,
        };
        for (kind, action, n) in counts {
            let key = (kind.name(), action);
            let held = &c.entries[..c.len];
            match held.binary_search_by(|&(k, a, _)| (k.name(), a).cmp(&key)) {
                Ok(i) => c.entries[i].2 += n,
                Err(i) if c.len < Self::CAPACITY => {
                    c.entries[i..=c.len].rotate_right(1);
                    c.entries[i] = (kind, action, n);
                    c.len += 1;
                }
                Err(_) => {}
            }
        }
        c
    }

    fn entries(&self) -> &[(Kind, &'static str, u64)] {
        &self.entries[..self.len]
    }
}

impl Serialize for FindingCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Actions<'a>(&'a [(Kind, &'static str, u64)]);
        impl Serialize for Actions<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().map(|&(_, action, n)| (action, n)))
            }
        }
        // Entries are sorted by kind name: each kind's actions are a run.
        let mut map = s.serialize_map(None)?;
        let mut rest = self.entries();
        while let Some(&(kind, _, _)) = rest.first() {
            let run = rest.iter().take_while(|(k, _, _)| *k == kind).count();
            let (of_kind, after) = rest.split_at(run);
            map.serialize_entry(kind.name(), &Actions(of_kind))?;
            rest = after;
        }
        map.end()
    }
}

/// Where a running proxy writes audit events.
#[derive(Debug)]
pub struct AuditLog {
    sink: Option<BatchedSink>,
}

impl AuditLog {
    /// A trail that writes nowhere.
    pub fn off() -> AuditLog {
        AuditLog { sink: None }
    }

    /// Opens the sink (a file is created or appended to).
    ///
    /// # Errors
    /// When the file cannot be opened.
    pub fn open(sink: &AuditSink) -> io::Result<AuditLog> {
        let out: Box<dyn Write + Send> = match sink {
            AuditSink::Off => return Ok(AuditLog::off()),
            AuditSink::Stdout => Box::new(io::stdout()),
            AuditSink::Stderr => Box::new(io::stderr()),
            AuditSink::File(path) => {
                Box::new(OpenOptions::new().create(true).append(true).open(path)?)
            }
        };
        let report_drops = Box::new(|dropped: u64| {
            tracing::error!(dropped, "the audit sink fell behind; events were dropped");
        });
        let sink = BatchedSink::start("pii-proxy-audit", out, Pacing::default(), report_drops)?;
        Ok(AuditLog { sink: Some(sink) })
    }

    /// Records one event. It reaches the sink within the batch interval,
    /// and before [`AuditLog::close`] returns.
    pub fn record(&self, event: &AuditRecord<'_>) {
        if let Some(sink) = &self.sink {
            sink.append(false, |lines| {
                serde_json::to_writer(&mut *lines, event)?;
                lines.push(b'\n');
                Ok(())
            });
        }
    }

    /// Writes out every event recorded so far and stops the writer.
    pub fn close(&self) {
        if let Some(sink) = &self.sink {
            sink.close();
        }
    }
}

// ------------------------------------------------------------- export

/// Export formats of the `audit` command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values with a header line.
    Csv,
    /// Tab-separated values with a header line.
    Tsv,
    /// The events as they are, one JSON object per line.
    Jsonl,
}

/// Which events the `audit` command keeps.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// At or after this time.
    pub since: Option<SystemTime>,
    /// Before this time.
    pub until: Option<SystemTime>,
    /// With at least one finding of this kind.
    pub kind: Option<Kind>,
    /// Of this route.
    pub route: Option<String>,
    /// With this outcome.
    pub outcome: Option<String>,
}

impl AuditFilter {
    /// Whether `e` passes.
    pub fn keeps(&self, e: &AuditEvent) -> bool {
        let time = e.system_time();
        self.since.is_none_or(|s| time.is_some_and(|t| t >= s))
            && self.until.is_none_or(|u| time.is_some_and(|t| t < u))
            && self.kind.is_none_or(|k| e.count(k) > 0)
            && self.route.as_ref().is_none_or(|r| &e.route == r)
            && self.outcome.as_ref().is_none_or(|o| &e.outcome == o)
    }
}

/// Parses `--since`/`--until`: an RFC 3339 time, or a duration before now
/// (`15m`, `24h`, `7days`).
///
/// # Errors
/// Neither form.
pub fn parse_time(s: &str) -> Result<SystemTime, String> {
    if let Ok(t) = humantime::parse_rfc3339_weak(s.trim_end_matches('Z')) {
        return Ok(t);
    }
    let ago: Duration = humantime::parse_duration(s)
        .map_err(|_| format!("'{s}' is neither an RFC 3339 time nor a duration like 24h"))?;
    SystemTime::now()
        .checked_sub(ago)
        .ok_or_else(|| format!("'{s}' reaches before the epoch"))
}

const COLUMNS: [&str; 14] = [
    "time",
    "request_id",
    "method",
    "route",
    "mode",
    "client",
    "outcome",
    "status",
    "cards",
    "emails",
    "phones",
    "bytes_in",
    "bytes_out",
    "duration_ms",
];

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the trail or writing the export failed.
    #[error("i/o error: {0}")]
    Io(#[from] io::Error),
    /// A line that is not an audit event (its number is given, never its
    /// content).
    #[error("line {0} is not an audit event")]
    BadLine(u64),
}

/// Copies the events of `input` that `filter` keeps to `out` as `format`.
/// Returns how many were written.
///
/// # Errors
/// See [`ExportError`].
pub fn export(
    input: impl BufRead,
    filter: &AuditFilter,
    format: ExportFormat,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    let sep = if format == ExportFormat::Tsv {
        "\t"
    } else {
        ","
    };
    if format != ExportFormat::Jsonl {
        writeln!(out, "{}", COLUMNS.join(sep))?;
    }
    let mut written = 0;
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let event: AuditEvent =
            serde_json::from_str(&line).map_err(|_| ExportError::BadLine(n as u64 + 1))?;
        if !filter.keeps(&event) {
            continue;
        }
        written += 1;
        if format == ExportFormat::Jsonl {
            writeln!(out, "{line}")?;
            continue;
        }
        let field = |s: &str| -> String {
            if format == ExportFormat::Tsv {
                s.replace(['\t', '\n', '\r'], " ")
            } else if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        };
        let row = [
            field(&event.time),
            field(&event.request_id),
            field(&event.method),
            field(&event.route),
            field(&event.mode),
            field(&event.client),
            field(&event.outcome),
            event.status.to_string(),
            event.count(Kind::Card).to_string(),
            event.count(Kind::Email).to_string(),
            event.count(Kind::Phone).to_string(),
            event.bytes_in.to_string(),
            event.bytes_out.to_string(),
            event.duration_ms.to_string(),
        ];
        writeln!(out, "{}", row.join(sep))?;
    }
    out.flush()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(time: &str, route: &str, cards: u64) -> AuditEvent {
        let mut findings = BTreeMap::new();
        if cards > 0 {
            findings.insert(
                "card".to_string(),
                BTreeMap::from([("mask".to_string(), cards)]),
            );
        }
        AuditEvent {
            time: time.to_string(),
            request_id: "r1".into(),
            method: "POST".into(),
            route: route.into(),
            mode: "enforce".into(),
            client: "127.0.0.1".into(),
            outcome: "forwarded".into(),
            status: 201,
            findings,
            bytes_in: 10,
            bytes_out: 10,
            duration_ms: 3,
        }
    }

    #[test]
    fn a_record_reads_back_as_the_event_it_stands_for() {
        let time = SystemTime::UNIX_EPOCH + Duration::from_millis(1_795_000_000_123);
        let record = AuditRecord {
            time,
            request_id: "r1",
            method: "POST",
            route: "tickets",
            mode: "report",
            client: IpAddr::from([10, 0, 0, 7]),
            outcome: "forwarded",
            status: 201,
            // Out of order, and a report-mode route's two dispositions of
            // one kind under one label.
            findings: FindingCounts::new([
                (Kind::Phone, "report", 1),
                (Kind::Card, "mask", 2),
                (Kind::Card, "allow", 1),
                (Kind::Phone, "report", 3),
            ]),
            bytes_in: 10,
            bytes_out: 12,
            duration_ms: 3,
        };
        let line = serde_json::to_string(&record).unwrap();
        let event: AuditEvent = serde_json::from_str(&line).unwrap();
        let expected = AuditEvent {
            time: humantime::format_rfc3339_millis(time).to_string(),
            request_id: "r1".into(),
            method: "POST".into(),
            route: "tickets".into(),
            mode: "report".into(),
            client: "10.0.0.7".into(),
            outcome: "forwarded".into(),
            status: 201,
            findings: BTreeMap::from([
                (
                    "card".to_string(),
                    BTreeMap::from([("allow".to_string(), 1), ("mask".to_string(), 2)]),
                ),
                (
                    "phone".to_string(),
                    BTreeMap::from([("report".to_string(), 4)]),
                ),
            ]),
            bytes_in: 10,
            bytes_out: 12,
            duration_ms: 3,
        };
        assert_eq!(event, expected);
        // Written as the event itself is: the same bytes.
        assert_eq!(line, serde_json::to_string(&expected).unwrap());
        assert_eq!(event.count(Kind::Phone), 4);
    }

    #[test]
    fn no_findings_write_an_empty_map() {
        let counts = FindingCounts::new([]);
        assert_eq!(serde_json::to_string(&counts).unwrap(), "{}");
    }

    #[test]
    fn filters_and_csv() {
        let lines = [
            event("2026-11-20T10:00:00.000Z", "tickets", 2),
            event("2026-11-21T10:00:00.000Z", "chat", 0),
            event("2026-11-22T10:00:00.000Z", "tickets", 0),
        ]
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
        let filter = AuditFilter {
            since: Some(parse_time("2026-11-20T12:00:00Z").unwrap()),
            route: Some("tickets".into()),
            ..AuditFilter::default()
        };
        let mut out = Vec::new();
        let n = export(lines.as_bytes(), &filter, ExportFormat::Csv, &mut out).unwrap();
        assert_eq!(n, 1);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "time,request_id,method,route,mode,client,outcome,status,cards,emails,phones,bytes_in,bytes_out,duration_ms\n\
             2026-11-22T10:00:00.000Z,r1,POST,tickets,enforce,127.0.0.1,forwarded,201,0,0,0,10,10,3\n"
        );
        let by_kind = AuditFilter {
            kind: Some(Kind::Card),
            ..AuditFilter::default()
        };
        let mut out = Vec::new();
        assert_eq!(
            export(lines.as_bytes(), &by_kind, ExportFormat::Jsonl, &mut out).unwrap(),
            1
        );
        assert!(export(
            &b"{\"not\":1}\n"[..],
            &by_kind,
            ExportFormat::Csv,
            Vec::new()
        )
        .is_err());
        assert!(parse_time("24h").is_ok() && parse_time("yesterday-ish").is_err());
    }
}
