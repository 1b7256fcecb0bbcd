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
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

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

/// The current time as audit events write it.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_millis(SystemTime::now()).to_string()
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
    pub fn record(&self, event: &AuditEvent) {
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
