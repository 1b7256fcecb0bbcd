//! The redacting request body: frames from the client in, masked frames to
//! the upstream out, through a [`BodyRedactor`].
//!
//! The transform holds back only what the format pipeline holds back, so
//! a body streams through in bounded memory. It enforces the body size
//! limit on the raw bytes and the idle timeout between frames. On any
//! failure it records why in a slot the handler reads, and yields an error
//! frame: hyper then aborts the upstream request instead of completing it,
//! so the upstream never receives a truncated body as if it were whole.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming, SizeHint};

use super::error::ProxyError;
use crate::format::BodyRedactor;

/// The error type of proxied bodies. It carries no data, only that the
/// stream failed; the reason is in the request's failure slot.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the request body was refused or failed")]
pub struct BodyError;

/// Where the handler learns why a body failed.
pub type FailureSlot = Arc<Mutex<Option<ProxyError>>>;

/// What the body carried, for logs and audit: counts only.
#[derive(Debug, Default, Clone, Copy)]
pub struct BodyStats {
    /// Body findings by kind and by what became of them.
    pub tally: crate::redact::Tally,
    /// Findings in the query string.
    pub query: crate::redact::Tally,
    /// Raw bytes received from the client.
    pub bytes_in: u64,
    /// Bytes sent to the upstream.
    pub bytes_out: u64,
    /// Multipart parts passed through unscanned (not text).
    pub binary_parts: u64,
    /// Decoded bytes scanned.
    pub scanned: u64,
    /// Whether the whole body went through.
    pub complete: bool,
    /// When the body last made progress (bytes read from the client).
    pub last_read: Option<std::time::Instant>,
}

/// The body limits of one request, and whether it is only reported.
#[derive(Clone, Copy, Debug)]
pub struct BodyLimits {
    /// Largest raw body.
    pub max_body: u64,
    /// Longest pause between frames.
    pub idle: Duration,
    /// Report mode: scan and count, but forward the bytes as received.
    pub report: bool,
}

/// A request body being redacted on its way upstream.
pub struct RedactingBody {
    inner: Incoming,
    pipeline: BodyRedactor,
    max_body: u64,
    idle: Duration,
    report: bool,
    /// The pipeline's output in report mode, dropped.
    discarded: Vec<u8>,
    /// Report mode forwards what it receives at once, but for the last
    /// byte: with a Content-Length the upstream connection would stop
    /// polling after the last byte, before the scan is finished and counted.
    report_tail: Option<u8>,
    idle_timer: Pin<Box<tokio::time::Sleep>>,
    failure: FailureSlot,
    stats: Arc<Mutex<BodyStats>>,
    out: Vec<u8>,
    done: bool,
}

impl RedactingBody {
    /// Wraps `inner`.
    pub fn new(
        inner: Incoming,
        pipeline: BodyRedactor,
        limits: BodyLimits,
        failure: FailureSlot,
        stats: Arc<Mutex<BodyStats>>,
    ) -> Self {
        RedactingBody {
            inner,
            pipeline,
            max_body: limits.max_body,
            idle: limits.idle,
            report: limits.report,
            discarded: Vec::new(),
            report_tail: None,
            idle_timer: Box::pin(tokio::time::sleep(limits.idle)),
            failure,
            stats,
            out: Vec::new(),
            done: false,
        }
    }

    fn fail(&mut self, error: ProxyError) -> Poll<Option<Result<Frame<Bytes>, BodyError>>> {
        self.done = true;
        if let Ok(mut slot) = self.failure.lock() {
            slot.get_or_insert(error);
        }
        Poll::Ready(Some(Err(BodyError)))
    }

    fn record(&mut self, raw: u64, sent: u64, complete: bool) {
        if let Ok(mut s) = self.stats.lock() {
            if raw > 0 || complete {
                s.last_read = Some(std::time::Instant::now());
            }
            s.bytes_in += raw;
            s.bytes_out += sent;
            s.tally = self.pipeline.tally();
            s.binary_parts = self.pipeline.binary_parts_passed();
            s.scanned = self.pipeline.scanned_bytes();
            s.complete |= complete;
        }
    }

    fn take_output(&mut self) -> Option<Bytes> {
        (!self.out.is_empty()).then(|| Bytes::from(std::mem::take(&mut self.out)))
    }
}

impl Body for RedactingBody {
    type Data = Bytes;
    type Error = BodyError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BodyError>>> {
        let this = &mut *self;
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            match Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Pending => {
                    if this.idle_timer.as_mut().poll(cx).is_ready() {
                        return this.fail(ProxyError::BodyTimeout {
                            secs: this.idle.as_secs(),
                        });
                    }
                    return Poll::Pending;
                }
                Poll::Ready(Some(Ok(frame))) => {
                    let deadline = tokio::time::Instant::now() + this.idle;
                    this.idle_timer.as_mut().reset(deadline);
                    // Trailers are dropped: the upstream request is framed
                    // by the proxy, and trailers could carry values.
                    let Ok(data) = frame.into_data() else {
                        continue;
                    };
                    let seen =
                        this.stats.lock().map(|s| s.bytes_in).unwrap_or(0) + data.len() as u64;
                    if seen > this.max_body {
                        return this.fail(ProxyError::BodyTooLarge {
                            limit: this.max_body,
                        });
                    }
                    let pushed = if this.report {
                        this.discarded.clear();
                        this.out.extend(this.report_tail.take());
                        this.out.extend_from_slice(&data);
                        this.report_tail = this.out.pop();
                        this.pipeline.push(&data, &mut this.discarded)
                    } else {
                        this.pipeline.push(&data, &mut this.out)
                    };
                    if let Err(e) = pushed {
                        return this.fail(e.into());
                    }
                    let sent = this.out.len() as u64;
                    this.record(data.len() as u64, sent, false);
                    if let Some(bytes) = this.take_output() {
                        return Poll::Ready(Some(Ok(Frame::data(bytes))));
                    }
                }
                Poll::Ready(Some(Err(_))) => return this.fail(ProxyError::ClientBody),
                Poll::Ready(None) => {
                    this.done = true;
                    let finished = if this.report {
                        this.discarded.clear();
                        this.out.extend(this.report_tail.take());
                        this.pipeline.finish(&mut this.discarded)
                    } else {
                        this.pipeline.finish(&mut this.out)
                    };
                    if let Err(e) = finished {
                        this.done = false;
                        return this.fail(e.into());
                    }
                    let sent = this.out.len() as u64;
                    this.record(0, sent, true);
                    return match this.take_output() {
                        Some(bytes) => Poll::Ready(Some(Ok(Frame::data(bytes)))),
                        None => Poll::Ready(None),
                    };
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}
