//! The reverse proxy: requests in, bodies redacted as they stream, requests
//! out to the upstream, responses streamed back unchanged.
//!
//! The proxy frames every upstream request itself from the parsed request
//! — method, path, a redacted query, end-to-end headers — and never relays
//! client framing (`Content-Length`, `Transfer-Encoding`, `Connection` …),
//! so nothing can ride past the scanner in a second, smuggled request.
//! `CONNECT` is refused and `Upgrade` dropped: no tunnel bypasses it.
//! Everything that can go wrong is a [`ProxyError`], mapped to a status and
//! a JSON body in one place ([`error`]).

pub mod admin;
pub mod body;
pub mod echo;
pub mod error;
pub mod guard;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty};
use hyper::body::{Body as _, Incoming};
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Request, Response, Uri, Version};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use rustls::pki_types::CertificateDer;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::audit::{AuditLog, AuditRecord, FindingCounts};
use crate::config::{Mode, RoutePolicy, Routes};
use crate::detect::{Finding, Kind};
use crate::format::encoding::DecodeLimits;
use crate::format::{BinaryParts, BodyRedactor, BodySpec};
use crate::redact::{Disposition, Redactor, Tally};
use crate::telemetry::{by_action, Metrics};
pub use body::{BodyError, BodyStats};
pub use error::ProxyError;

/// The body type of everything the proxy sends.
pub type ProxyBody = BoxBody<Bytes, BodyError>;

/// Limits and timeouts, with the defaults a proxy in front of ticket and
/// chat ingestion needs.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest request body, raw.
    pub max_body: u64,
    /// Largest request body once content codings are decoded.
    pub max_decoded: u64,
    /// Largest request head (request line and headers), in bytes.
    pub max_header_bytes: usize,
    /// Most request headers.
    pub max_headers: usize,
    /// Time to receive a whole request head (slowloris).
    pub header_timeout: Duration,
    /// Longest pause between body frames.
    pub body_idle_timeout: Duration,
    /// Time to connect to the upstream.
    pub upstream_connect_timeout: Duration,
    /// Time for the upstream to answer once the request is sent.
    pub upstream_timeout: Duration,
    /// Most client connections at once; more are answered 503.
    pub max_connections: usize,
    /// Longest wait for requests in flight at shutdown.
    pub drain_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: 10 << 20,
            max_decoded: 64 << 20,
            max_header_bytes: 16 << 10,
            max_headers: 100,
            header_timeout: Duration::from_secs(10),
            body_idle_timeout: Duration::from_secs(30),
            upstream_connect_timeout: Duration::from_secs(5),
            upstream_timeout: Duration::from_secs(60),
            max_connections: 1024,
            drain_timeout: Duration::from_secs(30),
        }
    }
}

impl Limits {
    /// Refuses limits that would stop every request or never stop any.
    ///
    /// # Errors
    /// The first bad limit, by its configuration key.
    pub fn validate(&self) -> Result<(), String> {
        let checks: [(&str, bool); 9] = [
            ("max_body", self.max_body > 0),
            ("max_decoded", self.max_decoded >= self.max_body),
            ("max_header_bytes", self.max_header_bytes >= 1024),
            ("max_headers", self.max_headers > 0),
            ("header_timeout_secs", !self.header_timeout.is_zero()),
            ("body_idle_timeout_secs", !self.body_idle_timeout.is_zero()),
            (
                "upstream_connect_timeout_secs",
                !self.upstream_connect_timeout.is_zero(),
            ),
            ("upstream_timeout_secs", !self.upstream_timeout.is_zero()),
            ("max_connections", self.max_connections > 0),
        ];
        match checks.iter().find(|(_, ok)| !ok) {
            Some((key, _)) => Err(format!(
                "limits.{key} is out of range (sizes and counts above zero, max_decoded at least max_body, max_header_bytes at least 1024)"
            )),
            None => Ok(()),
        }
    }
}

/// Everything the proxy needs to run.
#[derive(Clone, Debug)]
pub struct ProxyConfig {
    /// Where to listen.
    pub listen: SocketAddr,
    /// Where to forward: `http://host:port` (a path prefix is kept).
    pub upstream: Uri,
    /// Limits and timeouts.
    pub limits: Limits,
    /// Which policy applies to which request.
    pub routes: Routes,
    /// Certificates trusted for an `https://` upstream besides the public
    /// web roots (an internal CA, a self-signed upstream).
    pub upstream_roots: Vec<CertificateDer<'static>>,
}

impl ProxyConfig {
    /// One policy for every request, default limits.
    pub fn new(
        listen: SocketAddr,
        upstream: Uri,
        redactor: Redactor,
        binary_parts: BinaryParts,
    ) -> Self {
        ProxyConfig {
            listen,
            upstream,
            limits: Limits::default(),
            routes: Routes::single(RoutePolicy::with_redactor(redactor, binary_parts)),
            upstream_roots: Vec::new(),
        }
    }
}

/// What a configuration reload can change: requests in flight keep the
/// settings they started with.
#[derive(Debug)]
struct Settings {
    upstream: Uri,
    routes: Routes,
    limits: Limits,
}

/// State shared by the proxy, the admin listener and the process: metrics,
/// the audit trail, readiness.
#[derive(Debug)]
pub struct Shared {
    /// The metrics `/metrics` serves.
    pub metrics: Metrics,
    /// Where audit events go.
    pub audit: AuditLog,
    ready: AtomicBool,
}

impl Shared {
    /// Fresh metrics and the given audit trail; not ready yet.
    pub fn new(audit: AuditLog) -> Arc<Self> {
        Arc::new(Shared {
            metrics: Metrics::new(),
            audit,
            ready: AtomicBool::new(false),
        })
    }

    /// Whether the proxy takes requests: listening with a configuration,
    /// and not draining.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    fn set_ready(&self, ready: bool) {
        self.ready.store(ready, Ordering::Release);
    }
}

/// A running proxy's shared state.
#[derive(Debug)]
pub struct Proxy {
    settings: RwLock<Arc<Settings>>,
    /// Connection-level limits, fixed at start.
    limits: Limits,
    shared: Arc<Shared>,
    client: Client<HttpsConnector<HttpConnector>, ProxyBody>,
    next_id: AtomicU64,
    id_salt: u64,
}

/// A request whose response is not ready yet. Dropped unanswered (the
/// client went away, or the drain timeout cut it off), it is logged,
/// counted and audited as cancelled, with the counts of what it had read,
/// and the status nginx logs for it, 499: the client got no answer.
struct Unanswered<'a> {
    proxy: &'a Proxy,
    request_id: &'a str,
    method: &'a Method,
    path: &'a str,
    client: SocketAddr,
    route: &'a RoutePolicy,
    stats: &'a Mutex<BodyStats>,
    started: Instant,
    answered: bool,
}

/// A request's counts as recorded: the body's and the query's findings
/// together.
fn read_so_far(stats: &Mutex<BodyStats>) -> BodyStats {
    let mut stats = stats.lock().map(|s| *s).unwrap_or_default();
    let query = stats.query;
    stats.tally.merge(&query);
    stats
}

/// The status recorded for a request dropped before its response.
const CANCELLED_STATUS: u16 = 499;

impl Drop for Unanswered<'_> {
    fn drop(&mut self) {
        if self.answered {
            return;
        }
        let stats = read_so_far(self.stats);
        self.proxy.record(Outcome {
            request_id: self.request_id,
            method: self.method,
            path: self.path,
            client: self.client,
            route: self.route,
            status: CANCELLED_STATUS,
            code: "cancelled",
            stats,
            elapsed: self.started.elapsed(),
        });
    }
}

/// The method, route and mode of a request refused before its head was
/// read, in logs, metrics and the audit trail.
const UNREAD: &str = "-";

/// What one request came to, for the log line, metrics and audit.
struct Outcome<'a> {
    request_id: &'a str,
    method: &'a Method,
    /// The request path, every finding in it masked.
    path: &'a str,
    client: SocketAddr,
    route: &'a RoutePolicy,
    status: u16,
    code: &'static str,
    stats: BodyStats,
    elapsed: Duration,
}

impl Proxy {
    /// Builds the proxy and its upstream client.
    ///
    /// # Errors
    /// When TLS cannot be set up for the upstream client.
    pub fn new(config: ProxyConfig, shared: Arc<Shared>) -> std::io::Result<Arc<Self>> {
        let connector = upstream_connector(&config.limits, &config.upstream_roots)?;
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .pool_timer(TokioTimer::new())
            .build(connector);
        let id_salt = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(std::process::id().into());
            h.finish()
        };
        Ok(Arc::new(Proxy {
            limits: config.limits.clone(),
            settings: RwLock::new(Arc::new(Settings {
                upstream: config.upstream,
                routes: config.routes,
                limits: config.limits,
            })),
            shared,
            client,
            next_id: AtomicU64::new(1),
            id_salt,
        }))
    }

    /// Swaps in new routes, upstream and limits. Requests in flight finish
    /// with what they started with. Connection-level limits (header size
    /// and count, header timeout, connections, connect timeout) and the
    /// listen addresses stay as they were at start.
    pub fn reload(&self, upstream: Uri, routes: Routes, limits: Limits) {
        let next = Arc::new(Settings {
            upstream,
            routes,
            limits,
        });
        match self.settings.write() {
            Ok(mut s) => *s = next,
            Err(poisoned) => *poisoned.into_inner() = next,
        }
    }

    fn settings(&self) -> Arc<Settings> {
        match self.settings.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn request_id(&self, headers: &HeaderMap) -> String {
        if let Some(id) = headers.get("x-request-id").and_then(|v| v.to_str().ok()) {
            if !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
            {
                return id.to_string();
            }
        }
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        format!("{:016x}{:08x}", self.id_salt, n)
    }

    /// Handles one request; never fails (failures are responses).
    pub async fn handle(
        self: Arc<Self>,
        req: Request<Incoming>,
        client: SocketAddr,
    ) -> Result<Response<ProxyBody>, Infallible> {
        let started = Instant::now();
        let settings = self.settings();
        let request_id = self.request_id(req.headers());
        let method = req.method().clone();
        let path = req.uri().path().to_string();
        let route = settings.routes.select(&method, &path);
        // (Scanned once: forwarded by the route's policy, logged masked.)
        let in_path = path_findings(&path, route);
        let logged_path = masked_path(&path, &in_path);
        let stats = Arc::new(Mutex::new(BodyStats::default()));
        let target = Target {
            route,
            path_findings: &in_path,
        };
        // Until the response is ready, a dropped request is recorded too.
        let mut unanswered = Unanswered {
            proxy: &self,
            request_id: &request_id,
            method: &method,
            path: &logged_path,
            client,
            route,
            stats: &stats,
            started,
            answered: false,
        };
        let result = self
            .forward(req, client, &request_id, &settings, &target, stats.clone())
            .await;
        unanswered.answered = true;
        let (response, code) = match result {
            Ok(resp) => (resp, "forwarded"),
            Err(e) => {
                tracing::warn!(request_id = %request_id, error = %e, "request refused or failed");
                match e {
                    ProxyError::UpstreamUnavailable => {
                        self.shared.metrics.upstream_error("unavailable")
                    }
                    ProxyError::UpstreamTimeout { .. } => {
                        self.shared.metrics.upstream_error("timeout")
                    }
                    _ => {}
                }
                (e.to_response(&request_id), e.status_and_code().1)
            }
        };
        let stats = read_so_far(&stats);
        self.record(Outcome {
            request_id: &request_id,
            method: &method,
            path: &logged_path,
            client,
            route,
            status: response.status().as_u16(),
            code,
            stats,
            elapsed: started.elapsed(),
        });
        Ok(response)
    }

    /// Answers a request refused before it is read, and records it.
    fn refuse(
        &self,
        req: &Request<Incoming>,
        client: SocketAddr,
        e: ProxyError,
    ) -> Response<ProxyBody> {
        let settings = self.settings();
        let request_id = self.request_id(req.headers());
        let path = req.uri().path();
        let route = settings.routes.select(req.method(), path);
        let response = e.to_response(&request_id);
        self.record(Outcome {
            request_id: &request_id,
            method: req.method(),
            path: &masked_path(path, &path_findings(path, route)),
            client,
            route,
            status: response.status().as_u16(),
            code: e.status_and_code().1,
            stats: BodyStats::default(),
            elapsed: Duration::ZERO,
        });
        response
    }

    /// The answer, as bytes to write, to a request hyper refused before the
    /// service saw it (see [`guard`]): hyper's 431 for a head over the
    /// limit, its 400 for one it could not parse. Logged, counted and
    /// audited as every refusal is, with neither method nor path, which
    /// were never read; `None` leaves hyper's answer to any other status.
    fn refuse_unparsed(&self, status: u16, client: SocketAddr) -> Option<Vec<u8>> {
        let e = match status {
            431 => ProxyError::HeadersTooLarge {
                limit: self.limits.max_header_bytes,
                count: self.limits.max_headers,
            },
            400 => ProxyError::BadRequest("malformed request head"),
            _ => return None,
        };
        let request_id = self.request_id(&HeaderMap::new());
        let (status, code) = e.status_and_code();
        tracing::info!(
            request_id = %request_id,
            client = %client.ip(),
            status = status.as_u16(),
            outcome = code,
            "request refused before its head was read"
        );
        self.shared.metrics.request(UNREAD, code, 0.0);
        self.shared.audit.record(&AuditRecord {
            time: std::time::SystemTime::now(),
            request_id: &request_id,
            method: UNREAD,
            route: UNREAD,
            mode: UNREAD,
            client: client.ip(),
            outcome: code,
            status: status.as_u16(),
            findings: FindingCounts::new([]),
            bytes_in: 0,
            bytes_out: 0,
            duration_ms: 0,
        });
        Some(e.to_http1_bytes(&request_id))
    }

    /// The request's log line, metrics and audit event: counts only.
    fn record(&self, o: Outcome<'_>) {
        let s = &o.stats;
        let logged_method = masked_path(o.method.as_str(), &method_findings(o.method));
        tracing::info!(
            request_id = %o.request_id,
            method = %logged_method,
            path = %o.path,
            route = %o.route.name,
            mode = o.route.mode.name(),
            status = o.status,
            outcome = o.code,
            cards = s.tally.found(Kind::Card),
            emails = s.tally.found(Kind::Email),
            phones = s.tally.found(Kind::Phone),
            binary_parts = s.binary_parts,
            bytes_in = s.bytes_in,
            bytes_out = s.bytes_out,
            duration_ms = o.elapsed.as_millis() as u64,
            "request"
        );
        let policy = o.route.redactor.policy();
        let metrics = &self.shared.metrics;
        metrics.request(&o.route.name, o.code, o.elapsed.as_secs_f64());
        metrics.findings(&s.tally, policy, o.route.mode, s.scanned);
        self.shared.audit.record(&AuditRecord {
            time: std::time::SystemTime::now(),
            request_id: o.request_id,
            method: &logged_method,
            route: &o.route.name,
            mode: o.route.mode.name(),
            client: o.client.ip(),
            outcome: o.code,
            status: o.status,
            findings: FindingCounts::new(by_action(&s.tally, policy, o.route.mode)),
            bytes_in: s.bytes_in,
            bytes_out: s.bytes_out,
            duration_ms: o.elapsed.as_millis() as u64,
        });
    }

    async fn forward(
        &self,
        req: Request<Incoming>,
        client: SocketAddr,
        request_id: &str,
        settings: &Settings,
        target: &Target<'_>,
        stats: Arc<Mutex<BodyStats>>,
    ) -> Result<Response<ProxyBody>, ProxyError> {
        let route = target.route;
        if req.method() == Method::CONNECT {
            return Err(ProxyError::MethodNotAllowed("CONNECT"));
        }
        // An extension method is a token the upstream reads as sent: one
        // that holds a value is not forwarded.
        if !method_findings(req.method()).is_empty() {
            return Err(ProxyError::BadRequest("a value in the request method"));
        }
        check_framing(req.headers())?;
        check_host(&req)?;
        // hyper's own limit cannot go below 8 KiB: a smaller one is kept
        // here, on the head as read (for HTTP/2, as decoded).
        if head_size(&req) > settings.limits.max_header_bytes {
            return Err(ProxyError::HeadersTooLarge {
                limit: settings.limits.max_header_bytes,
                count: settings.limits.max_headers,
            });
        }
        if has_dot_segment(req.uri().path()) {
            return Err(ProxyError::BadRequest("dot segment in the request path"));
        }
        let limits = &settings.limits;
        let report = route.mode == Mode::Report;
        if let Some(len) = content_length(req.headers())? {
            if len > limits.max_body {
                return Err(ProxyError::BodyTooLarge {
                    limit: limits.max_body,
                });
            }
        }
        let header_str = |name: HeaderName| {
            req.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header_str(header::CONTENT_TYPE);
        let content_encoding = header_str(header::CONTENT_ENCODING);
        if req.headers().get_all(header::CONTENT_TYPE).iter().count() > 1
            || req
                .headers()
                .get_all(header::CONTENT_ENCODING)
                .iter()
                .count()
                > 1
        {
            return Err(ProxyError::BadRequest(
                "repeated Content-Type or Content-Encoding",
            ));
        }
        let spec = BodySpec::from_headers(content_type.as_deref(), content_encoding.as_deref())?;
        let (uri, query_tally) = upstream_uri(&settings.upstream, req.uri(), target)?;
        if let Ok(mut s) = stats.lock() {
            s.query = query_tally;
        }

        let (parts, incoming) = req.into_parts();
        let mut headers = end_to_end_headers(&parts.headers);
        // HTTP/2 sends each cookie as a field of its own; an HTTP/1.1
        // upstream reads one Cookie line (RFC 9113, section 8.2.3).
        if parts.version == Version::HTTP_2 && headers.get_all(header::COOKIE).iter().count() > 1 {
            let joined: Vec<&[u8]> = headers
                .get_all(header::COOKIE)
                .iter()
                .map(HeaderValue::as_bytes)
                .collect();
            if let Ok(one) = HeaderValue::from_bytes(&joined.join(&b"; "[..])) {
                headers.insert(header::COOKIE, one);
            }
        }
        let xff = match parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
        {
            Some(prev) => format!("{prev}, {}", client.ip()),
            None => client.ip().to_string(),
        };
        insert(&mut headers, "x-forwarded-for", &xff)?;
        insert(&mut headers, "x-forwarded-proto", "http")?;
        insert(&mut headers, "x-request-id", request_id)?;
        if let Some(authority) = uri.authority() {
            insert(&mut headers, "host", authority.as_str())?;
        }

        let has_body = content_length(&parts.headers)?.is_some_and(|l| l > 0)
            || parts.headers.contains_key(header::TRANSFER_ENCODING)
            || parts.version == Version::HTTP_2 && !incoming.is_end_stream();
        let failure: body::FailureSlot = Arc::new(Mutex::new(None));
        let stats_for_timeout = stats.clone();
        let body: ProxyBody = if has_body {
            let decode = DecodeLimits {
                max_decoded: limits.max_decoded,
                ..DecodeLimits::default()
            };
            let pipeline =
                BodyRedactor::new(route.redactor.clone(), &spec, decode, route.binary_parts);
            // Same-length masking keeps Content-Length true, and so does
            // report mode, which forwards the body as it came; anything
            // else goes upstream chunked.
            if report || BodyRedactor::keeps_length(&spec, &route.redactor) {
                if let Some(len) = parts.headers.get(header::CONTENT_LENGTH) {
                    headers.insert(header::CONTENT_LENGTH, len.clone());
                }
            }
            body::RedactingBody::new(
                incoming,
                pipeline,
                body::BodyLimits {
                    max_body: limits.max_body,
                    idle: limits.body_idle_timeout,
                    report,
                },
                failure.clone(),
                stats,
            )
            .boxed()
        } else {
            // (Nothing to read: the upstream's time starts now.)
            if let Ok(mut s) = stats_for_timeout.lock() {
                s.complete = true;
            }
            Empty::new().map_err(|never| match never {}).boxed()
        };

        let mut upstream_req = Request::new(body);
        *upstream_req.method_mut() = parts.method;
        *upstream_req.uri_mut() = uri;
        *upstream_req.headers_mut() = headers;
        let sent = answer_within(
            self.client.request(upstream_req),
            &stats_for_timeout,
            limits.upstream_timeout,
            limits.body_idle_timeout,
        )
        .await;
        let taken = |failure: &body::FailureSlot| failure.lock().ok().and_then(|mut f| f.take());
        let response = match sent {
            Err(_) => {
                return Err(taken(&failure).unwrap_or(ProxyError::UpstreamTimeout {
                    secs: limits.upstream_timeout.as_secs(),
                }))
            }
            Ok(Err(_)) => return Err(taken(&failure).unwrap_or(ProxyError::UpstreamUnavailable)),
            Ok(Ok(resp)) => resp,
        };
        // The upstream may answer before the body is done; a body that
        // failed still fails the request.
        if let Some(e) = taken(&failure) {
            return Err(e);
        }
        let (mut parts, body) = response.into_parts();
        parts.headers = end_to_end_headers(&parts.headers);
        if let Some(len) = body.size_hint().exact() {
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        }
        Ok(Response::from_parts(
            parts,
            body.map_err(|_| BodyError).boxed(),
        ))
    }
}

/// Whether a segment of `path` is `.` or `..`, raw or percent-encoded.
/// Routes match the path as sent, and an upstream that resolves such
/// segments would serve another path than the one a route chose its
/// policy for (`/public/../api/tickets` under a report-only `/public`):
/// such a request is refused. Clients resolve them before sending.
fn has_dot_segment(path: &str) -> bool {
    path.split('/').any(|segment| {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        decoded == "." || decoded == ".."
    })
}

/// Where a request goes: the route that chose its policy, and what was
/// found in its path (read once, for the upstream and the log).
struct Target<'a> {
    route: &'a RoutePolicy,
    path_findings: &'a [Finding],
}

/// What the route's detector finds in a request path, each segment read
/// as a text of its own: REST APIs put records' keys in paths
/// (`/users/jane@example.com`, `/cards/4111111111111111`), and a slash
/// would otherwise glue a number to the segment before it.
fn path_findings(path: &str, route: &RoutePolicy) -> Vec<Finding> {
    let detector = route.redactor.detector();
    let mut findings = Vec::new();
    let mut start = 0;
    for segment in path.as_bytes().split(|&b| b == b'/') {
        findings.extend(detector.find_iter(segment).map(|f| Finding {
            start: start + f.start,
            end: start + f.end,
            kind: f.kind,
        }));
        start += segment.len() + 1;
    }
    findings
}

/// The request path with its findings ([`path_findings`]) masked by the
/// route's policy, or, in report mode, only counted; and the findings.
fn redacted_path(path: &str, target: &Target<'_>) -> (String, Tally) {
    let mut tally = Tally::default();
    let (route, findings) = (target.route, target.path_findings);
    if findings.is_empty() {
        return (path.to_string(), tally);
    }
    for f in findings {
        tally.add(f.kind, Disposition::Policy);
    }
    if route.mode == Mode::Report {
        return (path.to_string(), tally);
    }
    let mut masked = Vec::with_capacity(path.len());
    route.redactor.apply(path.as_bytes(), findings, &mut masked);
    (uri_text(&masked), tally)
}

/// The upstream's answer, or `Err` once `timeout` has passed since the
/// request body last made progress (since the call, without one) with no
/// answer: a slow upload is the client's time, not the upstream's, and a
/// stalled one ends with the body's own idle timeout. While the body is
/// not all read, the wait lasts at least that idle timeout (and a moment
/// for its error to come through), so that a client that stops sending
/// learns so (408), not that the upstream was slow (504), whichever of
/// the two timeouts is shorter.
async fn answer_within<F: std::future::Future>(
    answer: F,
    stats: &Mutex<BodyStats>,
    timeout: Duration,
    body_idle: Duration,
) -> Result<F::Output, tokio::time::error::Elapsed> {
    /// What the body's idle error takes to reach the upstream call.
    const IDLE_ERROR_GRACE: Duration = Duration::from_millis(250);
    let called = tokio::time::Instant::now();
    let progress = || {
        let (last_read, complete) = stats
            .lock()
            .ok()
            .map_or((None, false), |s| (s.last_read, s.complete));
        let since = last_read
            .map_or(called, tokio::time::Instant::from_std)
            .max(called);
        (since, complete)
    };
    tokio::pin!(answer);
    loop {
        let (since, complete) = progress();
        let wait = if complete {
            timeout
        } else {
            timeout.max(body_idle + IDLE_ERROR_GRACE)
        };
        match tokio::time::timeout_at(since + wait, &mut answer).await {
            Ok(out) => return Ok(out),
            Err(elapsed) if progress() == (since, complete) => return Err(elapsed),
            // The body moved on meanwhile: the wait starts over from there.
            Err(_) => {}
        }
    }
}

/// The size of a request's head as HTTP/1.1 writes it: the request line,
/// each header line and the blank line.
fn head_size<B>(req: &Request<B>) -> usize {
    let uri = req.uri();
    let target = uri.path_and_query().map_or(1, |p| p.as_str().len())
        + uri.authority().map_or(0, |a| a.as_str().len())
        + uri.scheme_str().map_or(0, |s| s.len() + "://".len());
    let line = req.method().as_str().len() + 1 + target + " HTTP/1.1\r\n".len();
    let headers: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + 2 + value.len() + 2)
        .sum();
    line + headers + 2
}

/// What the detectors find in an extension method's token; nothing in a
/// standard method's.
fn method_findings(method: &Method) -> Vec<Finding> {
    let standard = [
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::HEAD,
        Method::OPTIONS,
        Method::TRACE,
        Method::CONNECT,
    ];
    if standard.contains(method) {
        return Vec::new();
    }
    crate::detect::Detector::new()
        .find_iter(method.as_str().as_bytes())
        .collect()
}

/// The request path for the log line: every finding masked whatever the
/// route's policy or mode, as logs never hold a value.
fn masked_path(path: &str, findings: &[Finding]) -> String {
    if findings.is_empty() {
        return path.to_string();
    }
    let mut masked = path.as_bytes().to_vec();
    for f in findings {
        masked[f.start..f.end].fill(crate::redact::MASK_BYTE);
    }
    String::from_utf8_lossy(&masked).into_owned()
}

/// Redacted `bytes` as URI text: percent-encoded where a policy's
/// replacement put a byte a URI may not hold (`[EMAIL]`, a space).
fn uri_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        let allowed = b.is_ascii_graphic() && !b"\"#<>[\\]^`{|}".contains(&b);
        if allowed {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The upstream URI for a request URI: upstream scheme and authority,
/// upstream path prefix + the request path redacted ([`redacted_path`]),
/// and the query redacted as form data (an email in `?email=` is PII) —
/// or, in report mode, only counted.
fn upstream_uri(base: &Uri, uri: &Uri, target: &Target<'_>) -> Result<(Uri, Tally), ProxyError> {
    let route = target.route;
    let prefix = base.path().trim_end_matches('/');
    let (path, mut tally) = redacted_path(uri.path(), target);
    let mut path_and_query = format!("{prefix}{path}");
    if let Some(q) = uri.query() {
        let detector = route
            .redactor
            .detector()
            .to_builder()
            .plus_as_space(true)
            .build();
        let mut found = false;
        for f in detector.find_iter(q.as_bytes()) {
            tally.add(f.kind, Disposition::Policy);
            found = true;
        }
        path_and_query.push('?');
        // (A query without findings goes on byte for byte.)
        if route.mode == Mode::Report || !found {
            path_and_query.push_str(q);
        } else {
            let masked = route
                .redactor
                .clone()
                .with_detector(detector)
                .redact_to_vec(q.as_bytes());
            path_and_query.push_str(&uri_text(&masked));
        }
    }
    let mut parts = base.clone().into_parts();
    parts.path_and_query = Some(
        path_and_query
            .parse()
            .map_err(|_| ProxyError::BadRequest("request target"))?,
    );
    let uri = Uri::from_parts(parts).map_err(|_| ProxyError::Internal("upstream uri"))?;
    Ok((uri, tally))
}

/// The upstream connector: plain TCP for `http://`, rustls for `https://`
/// with the public web roots and `extra_roots`, HTTP/1.1 either way.
fn upstream_connector(
    limits: &Limits,
    extra_roots: &[CertificateDer<'static>],
) -> std::io::Result<HttpsConnector<HttpConnector>> {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(limits.upstream_connect_timeout));
    http.set_nodelay(true);
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let (_, unusable) = roots.add_parsable_certificates(extra_roots.iter().cloned());
    if unusable > 0 {
        return Err(std::io::Error::other(format!(
            "{unusable} upstream CA certificate(s) cannot be used"
        )));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(std::io::Error::other)?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .wrap_connector(http))
}

fn insert(headers: &mut HeaderMap, name: &'static str, value: &str) -> Result<(), ProxyError> {
    let value = HeaderValue::from_str(value).map_err(|_| ProxyError::BadRequest("header value"))?;
    headers.insert(HeaderName::from_static(name), value);
    Ok(())
}

/// Hop-by-hop and framing headers the proxy sets itself or drops.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "content-length",
    "expect",
    "host",
    "http2-settings",
];

/// The headers of a message without hop-by-hop ones, including those the
/// `Connection` header names.
fn end_to_end_headers(headers: &HeaderMap) -> HeaderMap {
    let named: Vec<String> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|t| t.trim().to_ascii_lowercase()))
        .collect();
    let mut out = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let n = name.as_str();
        if HOP_BY_HOP.contains(&n) || n.starts_with("proxy-") || named.iter().any(|c| c == n) {
            continue;
        }
        out.append(name.clone(), value.clone());
    }
    out
}

/// The request's Content-Length, refusing duplicates and bad values.
fn content_length(headers: &HeaderMap) -> Result<Option<u64>, ProxyError> {
    let mut values = headers.get_all(header::CONTENT_LENGTH).iter();
    let Some(first) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(ProxyError::BadRequest("more than one Content-Length"));
    }
    let s = first
        .to_str()
        .map_err(|_| ProxyError::BadRequest("malformed Content-Length"))?;
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ProxyError::BadRequest("malformed Content-Length"));
    }
    s.parse()
        .map(Some)
        .map_err(|_| ProxyError::BadRequest("malformed Content-Length"))
}

/// Refuses an HTTP/1.1 request without a Host header, and any with more
/// than one (RFC 9112, section 3.2): which host such a request is for is
/// not known, and two parties may each read it otherwise. (HTTP/1.0
/// requests may leave it out; HTTP/2 names the authority in a
/// pseudo-header.)
fn check_host<B>(req: &Request<B>) -> Result<(), ProxyError> {
    let hosts = req.headers().get_all(header::HOST).iter().count();
    match (req.version(), hosts) {
        (_, 2..) => Err(ProxyError::BadRequest("more than one Host header")),
        (Version::HTTP_11, 0) => Err(ProxyError::BadRequest("no Host header")),
        _ => Ok(()),
    }
}

/// Refuses ambiguous framing: Content-Length with Transfer-Encoding, a
/// Transfer-Encoding other than `chunked`.
fn check_framing(headers: &HeaderMap) -> Result<(), ProxyError> {
    let te: Vec<&HeaderValue> = headers.get_all(header::TRANSFER_ENCODING).iter().collect();
    if te.is_empty() {
        return Ok(());
    }
    if headers.contains_key(header::CONTENT_LENGTH) {
        return Err(ProxyError::BadRequest(
            "Content-Length together with Transfer-Encoding",
        ));
    }
    let chunked_only = te.len() == 1
        && te[0]
            .to_str()
            .is_ok_and(|v| v.trim().eq_ignore_ascii_case("chunked"));
    if !chunked_only {
        return Err(ProxyError::BadRequest(
            "Transfer-Encoding other than chunked",
        ));
    }
    Ok(())
}

/// A running server: its address and a handle to stop it.
#[derive(Debug)]
pub struct Running {
    /// The address it listens on.
    pub local_addr: SocketAddr,
    proxy: Arc<Proxy>,
    shared: Arc<Shared>,
    shutdown: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// The proxy, to reload its configuration.
    pub fn proxy(&self) -> &Arc<Proxy> {
        &self.proxy
    }

    /// Fails readiness, stops accepting, drains requests in flight (up to
    /// the drain timeout), and waits for the server to end.
    pub async fn shutdown(self) {
        self.shared.set_ready(false);
        let _ = self.shutdown.send(true);
        let _ = self.task.await;
    }
}

/// Binds the listener and serves until [`Running::shutdown`], with fresh
/// metrics and no audit trail.
///
/// # Errors
/// When the listen address cannot be bound.
pub async fn start(config: ProxyConfig) -> std::io::Result<Running> {
    start_with(config, Shared::new(AuditLog::off())).await
}

/// Binds the listener and serves until [`Running::shutdown`], recording
/// into `shared`, which it marks ready once listening.
///
/// # Errors
/// When the listen address cannot be bound.
pub async fn start_with(config: ProxyConfig, shared: Arc<Shared>) -> std::io::Result<Running> {
    let listener = TcpListener::bind(config.listen).await?;
    let local_addr = listener.local_addr()?;
    let proxy = Proxy::new(config, shared.clone())?;
    let server_proxy = proxy.clone();
    let (tx, mut rx) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(async move {
        let proxy = server_proxy;
        let limits = proxy.limits.clone();
        let slots = Arc::new(Semaphore::new(limits.max_connections));
        let mut builder = auto::Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .max_buf_size(limits.max_header_bytes.max(8192))
            .max_headers(limits.max_headers);
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        loop {
            let (stream, peer) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(conn) => conn,
                    Err(e) => {
                        // Out of descriptors and the like: back off, keep serving.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                _ = rx.changed() => break,
            };
            let _ = stream.set_nodelay(true);
            let permit = slots.clone().try_acquire_owned().ok();
            let proxy = proxy.clone();
            let smuggling = Arc::new(AtomicBool::new(false));
            let heard = Arc::new(AtomicBool::new(false));
            let io = guard::SmugglingGuard::new(
                stream,
                limits.max_header_bytes.max(8192),
                smuggling.clone(),
            )
            .noting_first_byte(heard.clone())
            .answering_refusals({
                let proxy = proxy.clone();
                Arc::new(move |status| proxy.refuse_unparsed(status, peer))
            });
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let proxy = proxy.clone();
                let overloaded = permit.is_none();
                let smuggled = smuggling.load(Ordering::Acquire);
                async move {
                    if overloaded {
                        return Ok::<_, Infallible>(proxy.refuse(
                            &req,
                            peer,
                            ProxyError::Overloaded,
                        ));
                    }
                    if smuggled {
                        tracing::warn!("ambiguous framing: refused");
                        let e = ProxyError::BadRequest("ambiguous message framing");
                        return Ok(proxy.refuse(&req, peer, e));
                    }
                    proxy.handle(req, peer).await
                }
            });
            let conn = builder
                .serve_connection(TokioIo::new(io), service)
                .into_owned();
            let conn = graceful.watch(conn);
            // The head timeout runs from a request's first byte: a client
            // that connects and sends nothing would hold its connection
            // slot for good. It is closed once that timeout has passed.
            let header_timeout = limits.header_timeout;
            let silent = async move {
                tokio::time::sleep(header_timeout).await;
                if heard.load(Ordering::Acquire) {
                    std::future::pending::<()>().await;
                }
            };
            tokio::spawn(async move {
                tokio::select! {
                    ended = conn => if let Err(e) = ended {
                        tracing::debug!(error = %e, "connection ended with an error");
                    },
                    () = silent => tracing::debug!("closed a connection that sent nothing"),
                }
            });
        }
        drop(listener);
        tokio::select! {
            _ = graceful.shutdown() => tracing::info!("drained"),
            _ = tokio::time::sleep(limits.drain_timeout) => tracing::warn!("drain timed out"),
        }
    });
    shared.set_ready(true);
    Ok(Running {
        local_addr,
        proxy,
        shared,
        shutdown: tx,
        task,
    })
}
