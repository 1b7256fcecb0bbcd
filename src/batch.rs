//! A line sink written out in batches by its own thread: the audit trail
//! and the per-request log lines of `serve`.
//!
//! A request only appends its line to a shared buffer. The thread wakes on
//! an interval, when the buffer is large, or at once for an urgent line,
//! and writes everything pending in one call. Writing each line from the
//! request, or waking the thread for each, costs a system call or a thread
//! switch per request: on a busy proxy, more than the line itself.

use std::io::{self, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Pending bytes at which the writer is woken before its interval ends.
const WAKE_AT: usize = 256 << 10;

/// When the writer writes, and how much may wait for it.
#[derive(Clone, Copy, Debug)]
pub struct Pacing {
    /// How long a line may wait before the writer takes it.
    pub interval: Duration,
    /// Pending bytes past which lines are dropped, counted and reported
    /// rather than held in memory while the sink is stalled.
    pub max_pending: usize,
}

impl Default for Pacing {
    fn default() -> Pacing {
        Pacing {
            interval: Duration::from_millis(50),
            max_pending: 64 << 20,
        }
    }
}

/// Told how many lines were dropped since it was last called.
pub type DropReport = Box<dyn Fn(u64) + Send>;

/// A sink of lines written out in batches; see the module documentation.
pub struct BatchedSink {
    shared: Arc<Shared>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for BatchedSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchedSink").finish_non_exhaustive()
    }
}

struct Shared {
    pending: Mutex<Pending>,
    wake: Condvar,
    pacing: Pacing,
    /// Written by the thread, and directly once the sink is closed.
    out: Mutex<Box<dyn Write + Send>>,
}

#[derive(Default)]
struct Pending {
    lines: Vec<u8>,
    dropped: u64,
    urgent: bool,
    closed: bool,
}

impl BatchedSink {
    /// Starts the writer thread for `out`. `report_drops` runs on that
    /// thread when lines had to be dropped.
    ///
    /// # Errors
    /// When the thread cannot be started.
    pub fn start(
        name: &str,
        out: Box<dyn Write + Send>,
        pacing: Pacing,
        report_drops: DropReport,
    ) -> io::Result<BatchedSink> {
        let shared = Arc::new(Shared {
            pending: Mutex::new(Pending::default()),
            wake: Condvar::new(),
            pacing,
            out: Mutex::new(out),
        });
        let writer = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name(name.into())
                .spawn(move || write_batches(&shared, &report_drops))?
        };
        Ok(BatchedSink {
            shared,
            writer: Mutex::new(Some(writer)),
        })
    }

    /// Appends what `fill` writes, which must be whole lines. An urgent
    /// line wakes the writer at once. Once the sink is closed, the line is
    /// written directly.
    pub fn append(&self, urgent: bool, fill: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) {
        let Ok(mut pending) = self.shared.pending.lock() else {
            return;
        };
        if pending.closed {
            drop(pending);
            let mut line = Vec::new();
            if fill(&mut line).is_ok() {
                if let Ok(mut out) = self.shared.out.lock() {
                    let _ = out.write_all(&line).and_then(|()| out.flush());
                }
            }
            return;
        }
        if pending.lines.len() >= self.shared.pacing.max_pending {
            pending.dropped += 1;
            return;
        }
        let before = pending.lines.len();
        if fill(&mut pending.lines).is_err() {
            pending.lines.truncate(before);
            return;
        }
        if urgent {
            pending.urgent = true;
        }
        if urgent || pending.lines.len() >= WAKE_AT {
            self.shared.wake.notify_one();
        }
    }

    /// Writes out every line appended so far and stops the thread; later
    /// lines are written directly.
    pub fn close(&self) {
        if let Ok(mut pending) = self.shared.pending.lock() {
            pending.closed = true;
        }
        self.shared.wake.notify_one();
        let handle = self.writer.lock().ok().and_then(|mut w| w.take());
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

fn write_batches(shared: &Shared, report_drops: &DropReport) {
    let mut batch = Vec::new();
    loop {
        let (closed, dropped) = {
            let Ok(mut pending) = shared.pending.lock() else {
                return;
            };
            if !pending.closed && !pending.urgent && pending.lines.len() < WAKE_AT {
                pending = match shared.wake.wait_timeout(pending, shared.pacing.interval) {
                    Ok((pending, _)) => pending,
                    Err(_) => return,
                };
            }
            std::mem::swap(&mut batch, &mut pending.lines);
            pending.urgent = false;
            (pending.closed, std::mem::take(&mut pending.dropped))
        };
        if !batch.is_empty() {
            if let Ok(mut out) = shared.out.lock() {
                // A failing sink has nowhere better to say so than the
                // drop report, which it would only feed again.
                let _ = out.write_all(&batch).and_then(|()| out.flush());
            }
            batch.clear();
        }
        if dropped > 0 {
            report_drops(dropped);
        }
        if closed {
            return;
        }
    }
}

/// A [`tracing_subscriber`] writer over a [`BatchedSink`]: warnings and
/// errors wake the writer at once, other lines wait for the batch.
#[derive(Clone, Debug)]
pub struct BatchedLog(pub Arc<BatchedSink>);

/// One event's output; the formatter writes each event with one call.
#[derive(Debug)]
pub struct BatchedLine<'a> {
    sink: &'a BatchedSink,
    urgent: bool,
}

impl Write for BatchedLine<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.sink.append(self.urgent, |lines| {
            lines.extend_from_slice(buf);
            Ok(())
        });
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for BatchedLog {
    type Writer = BatchedLine<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        BatchedLine {
            sink: &self.0,
            urgent: true,
        }
    }

    fn make_writer_for(&'a self, meta: &tracing::Metadata<'_>) -> Self::Writer {
        BatchedLine {
            sink: &self.0,
            urgent: *meta.level() <= tracing::Level::WARN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink whose bytes the test can read while the writer owns it.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn start(out: &Shared, pacing: Pacing, report_drops: DropReport) -> BatchedSink {
        BatchedSink::start("test", Box::new(out.clone()), pacing, report_drops).unwrap()
    }

    /// The writer never wakes on its own within a test.
    const NEVER: Pacing = Pacing {
        interval: Duration::from_secs(3600),
        max_pending: 64 << 20,
    };

    fn line(text: &str) -> impl FnOnce(&mut Vec<u8>) -> io::Result<()> + '_ {
        move |out| writeln!(out, "{text}")
    }

    #[test]
    fn every_line_is_written_in_order_by_close_and_after_it() {
        let out = Shared::default();
        let sink = start(&out, NEVER, Box::new(|_| {}));
        for i in 0..1000 {
            sink.append(i % 100 == 0, |o| writeln!(o, "line {i}"));
        }
        sink.close();
        sink.append(false, line("after close"));
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        let expected: String = (0..1000)
            .map(|i| format!("line {i}\n"))
            .chain(["after close\n".to_string()])
            .collect();
        assert_eq!(text, expected);
    }

    #[test]
    fn an_urgent_line_is_written_without_waiting_for_the_interval() {
        let out = Shared::default();
        let sink = start(&out, NEVER, Box::new(|_| {}));
        sink.append(false, line("routine"));
        sink.append(true, line("urgent"));
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while out.0.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(&*out.0.lock().unwrap(), b"routine\nurgent\n");
        sink.close();
    }

    #[test]
    fn a_line_that_fails_to_format_leaves_nothing_behind() {
        let out = Shared::default();
        let sink = start(&out, NEVER, Box::new(|_| {}));
        sink.append(false, |o| {
            o.extend_from_slice(b"half a li");
            Err(io::Error::other("no"))
        });
        sink.append(false, line("whole"));
        sink.close();
        assert_eq!(&*out.0.lock().unwrap(), b"whole\n");
    }

    #[test]
    fn lines_past_the_pending_limit_are_dropped_and_reported() {
        let out = Shared::default();
        let reported = Arc::new(Mutex::new(0u64));
        let report = {
            let reported = Arc::clone(&reported);
            Box::new(move |n| *reported.lock().unwrap() += n)
        };
        let tight = Pacing {
            max_pending: 20,
            ..NEVER
        };
        let sink = start(&out, tight, report);
        for i in 0..5 {
            sink.append(false, |o| writeln!(o, "line {i}"));
        }
        sink.close();
        assert_eq!(&*out.0.lock().unwrap(), b"line 0\nline 1\nline 2\n");
        assert_eq!(*reported.lock().unwrap(), 2);
    }
}
