//! The field writer and clock of the human log format.
//!
//! tracing-subscriber's default field writer sends every field name and
//! `=` through its ANSI painter, colours on or off. On the proxy's one log
//! line per request that cost about 20,000 instructions, as much as
//! detecting PII in a 1 KiB ticket. [`PlainFields`] writes the same text,
//! `message name=value …` with string values quoted as `Debug` quotes
//! them, straight into the line. [`Clock`] writes the same timestamp as
//! its default clock, working out the calendar date once per second
//! instead of once per line.

use std::cell::Cell;
use std::fmt::{self, Write as _};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tracing::field::{Field, Visit};
use tracing_subscriber::field::RecordFields;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::fmt::FormatFields;

/// Writes an event's fields as tracing-subscriber's default format does
/// without colours.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainFields;

impl<'writer> FormatFields<'writer> for PlainFields {
    fn format_fields<R: RecordFields>(&self, writer: Writer<'writer>, fields: R) -> fmt::Result {
        let mut visitor = PlainVisitor {
            writer,
            empty: true,
            result: Ok(()),
        };
        fields.record(&mut visitor);
        visitor.result
    }
}

struct PlainVisitor<'writer> {
    writer: Writer<'writer>,
    empty: bool,
    result: fmt::Result,
}

impl PlainVisitor<'_> {
    /// Writes the separator and `name=` (nothing for the message), then
    /// the value. The fields a record bridged from the `log` crate carries
    /// about itself (`log.target`, `log.file` …) are left out, as the
    /// default writer leaves them.
    fn write(&mut self, field: &Field, value: impl FnOnce(&mut Writer<'_>) -> fmt::Result) {
        if self.result.is_err() || field.name().starts_with("log.") {
            return;
        }
        let separator = if self.empty { "" } else { " " };
        self.empty = false;
        let name = field.name();
        let w = &mut self.writer;
        self.result = w.write_str(separator).and_then(|()| {
            if name != "message" {
                w.write_str(name.strip_prefix("r#").unwrap_or(name))?;
                w.write_char('=')?;
            }
            value(w)
        });
    }
}

impl Visit for PlainVisitor<'_> {
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.write(field, |w| w.write_str(itoa::Buffer::new().format(value)));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.write(field, |w| w.write_str(itoa::Buffer::new().format(value)));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.write(field, |w| w.write_str(if value { "true" } else { "false" }));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.write(field, |w| Sanitized(w).write_str(value));
        } else {
            self.write(field, |w| write!(w, "{value:?}"));
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            self.write(field, |w| write!(Sanitized(w), "{value:?}"));
        } else {
            self.write(field, |w| write!(w, "{value:?}"));
        }
    }
}

/// Writes a message with the control characters a terminal acts on
/// written out instead (`\x1b`, `\u{9b}`), as the default writer does: a
/// message bridged from a library may carry text from a peer.
struct Sanitized<'a, 'w>(&'a mut Writer<'w>);

impl fmt::Write for Sanitized<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut plain_from = 0;
        for (i, c) in s.char_indices() {
            let escaped = match c {
                '\x1b' | '\x07' | '\x08' | '\x0c' | '\x7f' => true,
                c => ('\u{80}'..='\u{9f}').contains(&c),
            };
            if escaped {
                self.0.write_str(&s[plain_from..i])?;
                if c.is_ascii() {
                    write!(self.0, "\\x{:02x}", u32::from(c))?;
                } else {
                    write!(self.0, "\\u{{{:x}}}", u32::from(c))?;
                }
                plain_from = i + c.len_utf8();
            }
        }
        self.0.write_str(&s[plain_from..])
    }
}

/// Writes the time as tracing-subscriber's default clock does: RFC 3339
/// in UTC with microseconds (`2026-11-27T01:21:08.811185Z`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Clock;

impl FormatTime for Clock {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        let since_epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        write_rfc3339_micros(w, since_epoch)
    }
}

/// `YYYY-MM-DDTHH:MM:SS`: the part of a timestamp that one second shares.
type SecondText = [u8; 19];

thread_local! {
    /// The last second this thread wrote, and its text.
    static LAST_SECOND: Cell<Option<(u64, SecondText)>> = const { Cell::new(None) };
}

fn write_rfc3339_micros(w: &mut impl fmt::Write, since_epoch: Duration) -> fmt::Result {
    let second = since_epoch.as_secs();
    let text = match LAST_SECOND.get() {
        Some((last, text)) if last == second => text,
        _ => {
            let mut text: SecondText = [b'0'; 19];
            // (Past year 9999 humantime refuses to format, and so does the
            // line.)
            let mut full = String::with_capacity(20);
            write!(
                full,
                "{}",
                humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(second))
            )?;
            let head = full.as_bytes().get(..text.len()).ok_or(fmt::Error)?;
            text.copy_from_slice(head);
            LAST_SECOND.set(Some((second, text)));
            text
        }
    };
    let mut fraction = *b".000000Z";
    let mut micros = since_epoch.subsec_micros();
    for digit in fraction[1..7].iter_mut().rev() {
        *digit = b'0' + (micros % 10) as u8;
        micros /= 10;
    }
    w.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)?;
    w.write_str(std::str::from_utf8(&fraction).map_err(|_| fmt::Error)?)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if let Ok(mut lines) = self.0.lock() {
                lines.extend_from_slice(buf);
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn events() {
        let route = String::from("tickets");
        let error = std::io::Error::other("upstream refused");
        tracing::info!(
            request_id = %"01J9-abc",
            method = %"POST",
            route = %route,
            mode = "enforce",
            quoted = "a \"b\"\n",
            status = 200u16,
            delta = -3i64,
            binary = false,
            cards = 1u64,
            duration_ms = 12u64,
            "request"
        );
        tracing::warn!(error = %error, "request refused or failed");
        tracing::error!(
            dropped = 7u64,
            "the audit sink fell behind; events were dropped"
        );
        tracing::info!(r#type = "keyword", "raw names lose their prefix");
        tracing::info!(count = 3, "message {} with arguments", 42);
        tracing::warn!(log.target = "rustls", log.line = 7u64, "from a library");
        tracing::warn!("peer sent \x1b[31mred\x07 and \u{9b}");
        let peer = "text \x1b[2J from a peer";
        tracing::warn!("{peer}");
    }

    fn render(plain: bool) -> String {
        let out = Captured::default();
        let writer = out.clone();
        let builder = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .without_time();
        if plain {
            tracing::subscriber::with_default(builder.fmt_fields(PlainFields).finish(), events);
        } else {
            tracing::subscriber::with_default(builder.finish(), events);
        }
        let bytes = out.0.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    #[test]
    fn the_clock_writes_what_the_default_one_writes() {
        // Within a second, across seconds, back again, and fractions with
        // leading zeros.
        for (secs, nanos) in [
            (1_795_000_000, 811_185_123),
            (1_795_000_000, 5_000),
            (1_795_000_001, 0),
            (1_795_000_000, 999_999_999),
            (0, 1_000),
            (951_782_400, 42_000), // 2000-02-29
        ] {
            let at = Duration::new(secs, nanos);
            let mut ours = String::new();
            write_rfc3339_micros(&mut ours, at).unwrap();
            let theirs = humantime::format_rfc3339_micros(UNIX_EPOCH + at).to_string();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn lines_read_as_the_default_format_writes_them() {
        let default = render(false);
        let plain = render(true);
        assert_eq!(default.lines().count(), 8, "{default}");
        assert_eq!(plain, default);
        assert!(plain.contains(r#"mode="enforce" quoted="a \"b\"\n" status=200 delta=-3"#));
    }
}
