//! A read-side guard against HTTP/1 request smuggling.
//!
//! hyper resolves `Content-Length` + `Transfer-Encoding` by letting the
//! chunked coding win and dropping the length, which is what RFC 9112
//! allows a server to do — but a proxy must refuse such a request, because
//! the server behind it may frame the same bytes differently. By the time a
//! request reaches the service the evidence is gone, so this wrapper reads
//! along with hyper: it follows each request head and body on the
//! connection (heads, `Content-Length` bodies, chunked bodies) and flags
//! the connection when a head carries both headers, repeats
//! `Transfer-Encoding`, or folds a header line. The service then answers
//! 400 and closes. It stops following (and flags nothing) on HTTP/2.
//!
//! On the write side it stands in for hyper's own answer to a head hyper
//! cannot parse (too large, malformed): hyper writes a bare status with an
//! empty body and closes, before any service sees the request, and offers
//! no hook to say more. The guard recognises that answer by its exact
//! shape and writes the proxy's JSON error in its place (see
//! [`Refusals`]), so that such a client learns what happened as every
//! other refused client does.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

#[derive(Debug)]
enum State {
    /// Reading a request head; holds it until the blank line.
    Head(Vec<u8>),
    /// Skipping a `Content-Length` body.
    Body(u64),
    /// In a chunked body.
    Chunked(Chunk),
    /// Not following any more (HTTP/2, flagged, or unparseable: hyper
    /// itself rejects what it cannot parse).
    Off,
}

#[derive(Debug)]
enum Chunk {
    /// Reading a chunk-size line.
    Size(Vec<u8>),
    /// Skipping chunk data, then its CRLF (the `u64` counts both).
    Data(u64),
    /// Reading trailer lines until an empty one.
    Trailers(Vec<u8>),
}

/// Answers, in place of hyper's bare one, a request hyper refused before
/// parsing it: given hyper's status, the bytes of the whole response to
/// write instead, or `None` to let hyper's stand.
pub type Refusals = Arc<dyn Fn(u16) -> Option<Vec<u8>> + Send + Sync>;

/// Wraps a connection's IO; see the module docs.
pub struct SmugglingGuard<T> {
    inner: T,
    state: State,
    max_head: usize,
    flagged: Arc<AtomicBool>,
    /// Set once the client has sent a byte.
    heard: Option<Arc<AtomicBool>>,
    refusals: Option<Refusals>,
    /// A response being written in place of hyper's: the bytes, how many
    /// are written, and how many of hyper's bytes it stands for.
    replacing: Option<(Vec<u8>, usize, usize)>,
}

impl<T: std::fmt::Debug> std::fmt::Debug for SmugglingGuard<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmugglingGuard")
            .field("inner", &self.inner)
            .field("state", &self.state)
            .field("replacing", &self.replacing.is_some())
            .finish_non_exhaustive()
    }
}

/// The status of hyper's answer to a head it could not parse, when
/// `bytes` are exactly that answer: a status line, `connection: close`,
/// `content-length: 0` and `date`, nothing else. (No response the proxy
/// builds or forwards has that shape: its own errors carry a JSON body, and
/// hyper writes the headers of a forwarded one after the upstream's.)
fn hyper_refusal_status(bytes: &[u8]) -> Option<u16> {
    let rest = bytes.strip_prefix(b"HTTP/1.1 ")?;
    let (code, rest) = rest.split_at_checked(3)?;
    let status = std::str::from_utf8(code).ok()?.parse::<u16>().ok()?;
    let rest = rest.strip_prefix(b" ")?;
    let line_end = memchr::memmem::find(rest, b"\r\n")?;
    let rest =
        rest[line_end..].strip_prefix(b"\r\nconnection: close\r\ncontent-length: 0\r\ndate: ")?;
    // An IMF-fixdate is 29 bytes.
    let (date, rest) = rest.split_at_checked(29)?;
    (rest == b"\r\n\r\n" && date.ends_with(b" GMT") && (400..600).contains(&status))
        .then_some(status)
}

impl<T> SmugglingGuard<T> {
    /// Wraps `inner`; `flagged` is set when a smuggling signal is seen.
    pub fn new(inner: T, max_head: usize, flagged: Arc<AtomicBool>) -> Self {
        SmugglingGuard {
            inner,
            state: State::Head(Vec::new()),
            max_head,
            flagged,
            heard: None,
            refusals: None,
            replacing: None,
        }
    }

    /// Writes `refusals`' answer in place of hyper's bare one to a head it
    /// could not parse.
    pub fn answering_refusals(mut self, refusals: Refusals) -> Self {
        self.refusals = Some(refusals);
        self
    }

    /// Sets `heard` once the first byte arrives: a connection that never
    /// sends one is closed by the caller's timer.
    pub fn noting_first_byte(mut self, heard: Arc<AtomicBool>) -> Self {
        self.heard = Some(heard);
        self
    }

    fn follow(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            match &mut self.state {
                State::Off => return,
                State::Head(head) => {
                    if head.is_empty() && data.starts_with(b"PRI * HTTP/2.0") {
                        self.state = State::Off;
                        return;
                    }
                    // Blank lines before a request line are allowed.
                    if head.is_empty() {
                        let skip = data
                            .iter()
                            .take_while(|b| matches!(b, b'\r' | b'\n'))
                            .count();
                        data = &data[skip..];
                        if data.is_empty() {
                            return;
                        }
                    }
                    // A head read whole, as most are, is read where it
                    // lies; one cut across reads is gathered first.
                    if head.is_empty() {
                        if let Some(end) = memchr::memmem::find(data, b"\r\n\r\n") {
                            self.state = self.after_head(&data[..end + 2]);
                            data = &data[end + 4..];
                            continue;
                        }
                    }
                    let before = head.len();
                    head.extend_from_slice(data);
                    match memchr::memmem::find(head, b"\r\n\r\n") {
                        Some(end) => {
                            let used = end + 4 - before;
                            let head = std::mem::take(head);
                            self.state = self.after_head(&head[..end + 2]);
                            data = &data[used..];
                        }
                        None if head.len() > self.max_head => self.state = State::Off,
                        None => return,
                    }
                }
                State::Body(left) => {
                    let n = (*left).min(data.len() as u64);
                    *left -= n;
                    data = &data[n as usize..];
                    if *left == 0 {
                        self.state = State::Head(Vec::new());
                    }
                }
                State::Chunked(chunk) => match chunk {
                    Chunk::Size(line) => {
                        let Some(nl) = memchr::memchr(b'\n', data) else {
                            line.extend_from_slice(data);
                            return;
                        };
                        line.extend_from_slice(&data[..nl]);
                        data = &data[nl + 1..];
                        let hex: String = line
                            .iter()
                            .take_while(|b| b.is_ascii_hexdigit())
                            .map(|&b| b as char)
                            .collect();
                        match u64::from_str_radix(&hex, 16) {
                            Ok(0) => *chunk = Chunk::Trailers(Vec::new()),
                            Ok(n) => *chunk = Chunk::Data(n.saturating_add(2)),
                            Err(_) => self.state = State::Off,
                        }
                    }
                    Chunk::Data(left) => {
                        let n = (*left).min(data.len() as u64);
                        *left -= n;
                        data = &data[n as usize..];
                        if *left == 0 {
                            *chunk = Chunk::Size(Vec::new());
                        }
                    }
                    Chunk::Trailers(line) => {
                        let Some(nl) = memchr::memchr(b'\n', data) else {
                            line.extend_from_slice(data);
                            return;
                        };
                        line.extend_from_slice(&data[..nl]);
                        data = &data[nl + 1..];
                        if line.trim_ascii().is_empty() {
                            self.state = State::Head(Vec::new());
                        } else {
                            line.clear();
                        }
                    }
                },
            }
        }
    }

    /// Checks a complete head and decides how its body is framed.
    fn after_head(&mut self, head: &[u8]) -> State {
        let mut lines = head.split(|&b| b == b'\n').skip(1);
        let (mut lengths, mut codings, mut folded) = (Vec::new(), 0, false);
        let mut chunked = false;
        for line in lines.by_ref() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() {
                continue;
            }
            if matches!(line[0], b' ' | b'\t') {
                folded = true;
                continue;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let name = line[..colon].to_ascii_lowercase();
            let value = line[colon + 1..].trim_ascii();
            match name.as_slice() {
                b"content-length" => lengths.push(value.to_vec()),
                b"transfer-encoding" => {
                    codings += 1;
                    chunked = value.to_ascii_lowercase().ends_with(b"chunked");
                }
                _ => {}
            }
        }
        if folded || codings > 1 || (codings > 0 && !lengths.is_empty()) {
            self.flagged.store(true, Ordering::Release);
            return State::Off;
        }
        if codings == 1 {
            return if chunked {
                State::Chunked(Chunk::Size(Vec::new()))
            } else {
                State::Off
            };
        }
        match lengths
            .first()
            .and_then(|v| std::str::from_utf8(v).ok())
            .and_then(|v| v.parse::<u64>().ok())
        {
            Some(0) | None if lengths.len() <= 1 => State::Head(Vec::new()),
            Some(n) => State::Body(n),
            None => State::Off,
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for SmugglingGuard<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = result {
            let fresh = &buf.filled()[before..];
            if let (Some(heard), false) = (&self.heard, fresh.is_empty()) {
                heard.store(true, Ordering::Release);
            }
            self.follow(fresh);
        }
        result
    }
}

impl<T: AsyncWrite + Unpin> SmugglingGuard<T> {
    /// Starts writing the proxy's answer when `bytes` are hyper's bare
    /// refusal; whether it did.
    fn replace_refusal(&mut self, bytes: &[u8]) -> bool {
        if self.replacing.is_some() {
            return true;
        }
        let answer = self.refusals.as_ref().and_then(|refusals| {
            let status = hyper_refusal_status(bytes)?;
            refusals(status)
        });
        match answer {
            Some(answer) => {
                self.replacing = Some((answer, 0, bytes.len()));
                true
            }
            None => false,
        }
    }

    /// Writes on the answer that stands in for hyper's; ready with the
    /// length of hyper's bytes once all of it is written.
    fn poll_replacement(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        while let Some((answer, written, stands_for)) = &mut self.replacing {
            if *written == answer.len() {
                let n = *stands_for;
                self.replacing = None;
                return Poll::Ready(Ok(n));
            }
            match Pin::new(&mut self.inner).poll_write(cx, &answer[*written..]) {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
                }
                Poll::Ready(Ok(n)) => *written += n,
                other => return other,
            }
        }
        Poll::Ready(Ok(0))
    }
}

/// Hyper's bare refusals are short; longer writes are never one.
const MAX_REFUSAL_LEN: usize = 256;

impl<T: AsyncWrite + Unpin> AsyncWrite for SmugglingGuard<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if buf.len() <= MAX_REFUSAL_LEN && self.replace_refusal(buf) {
            return self.poll_replacement(cx);
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let total: usize = bufs.iter().map(|b| b.len()).sum();
        if self.replacing.is_some() || self.refusals.is_some() && total <= MAX_REFUSAL_LEN {
            let joined: Vec<u8> = bufs.iter().flat_map(|b| b.iter().copied()).collect();
            if self.replace_refusal(&joined) {
                return self.poll_replacement(cx);
            }
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(stream: &[u8], split: usize) -> bool {
        let flag = Arc::new(AtomicBool::new(false));
        let mut g = SmugglingGuard::new((), 16 * 1024, flag.clone());
        for chunk in stream.chunks(split.max(1)) {
            g.follow(chunk);
        }
        flag.load(Ordering::Acquire)
    }

    #[test]
    fn only_hypers_bare_refusals_are_taken_for_one() {
        let date = "date: Fri, 27 Nov 2026 13:21:45 GMT\r\n\r\n";
        let bare = |status: &str| {
            format!("HTTP/1.1 {status}\r\nconnection: close\r\ncontent-length: 0\r\n{date}")
        };
        assert_eq!(
            hyper_refusal_status(bare("431 Request Header Fields Too Large").as_bytes()),
            Some(431)
        );
        assert_eq!(
            hyper_refusal_status(bare("400 Bad Request").as_bytes()),
            Some(400)
        );
        // Not an error, more than the bare answer, or headers of its own.
        for other in [
            bare("200 OK"),
            bare("100 Continue"),
            format!("{}x", bare("400 Bad Request")),
            format!(
                "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: 0\r\n{date}"
            ),
            format!("HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n{date}"),
            "HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n".to_string(),
        ] {
            assert_eq!(hyper_refusal_status(other.as_bytes()), None, "{other:?}");
        }
    }

    #[test]
    fn smuggling_signals_are_flagged_after_ordinary_requests() {
        let ok = b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello\
POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n\
GET /c HTTP/1.1\r\nHost: x\r\n\r\n";
        let cl_te = b"POST /d HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
        let te_te = b"POST /d HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n";
        let folded = b"POST /d HTTP/1.1\r\nX-A: 1\r\n b\r\n\r\n";
        for split in [1, 3, 1000] {
            assert!(!flags(ok, split), "{split}");
            for bad in [&cl_te[..], &te_te[..], &folded[..]] {
                let mut stream = ok.to_vec();
                stream.extend_from_slice(bad);
                assert!(
                    flags(&stream, split),
                    "{split} {}",
                    String::from_utf8_lossy(bad)
                );
            }
        }
        // A body that merely contains the words is not a head.
        let body = b"POST /a HTTP/1.1\r\nContent-Length: 48\r\n\r\n\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert!(!flags(body, 7));
    }
}
