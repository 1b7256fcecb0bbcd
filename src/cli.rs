//! The command line: `serve` (the proxy), `check-config`, `audit` (export
//! the audit trail), and the offline `scan` and `redact`.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use std::time::Duration;

use crate::audit::AuditLog;
use crate::batch::{BatchedLog, BatchedSink, Pacing};
use crate::config::{AuditSink, Config, LogFormat, RoutePolicy, Routes};
use crate::detect::prefilter::Prefilter;
use crate::detect::{Detector, Kind, KindSet};
use crate::format::encoding::{DecodeLimits, DecodeStack};
use crate::format::{sniff, BinaryParts, BodyKind, BodyRedactor, BodySpec, FormatError};
use crate::proxy::{ProxyConfig, Shared};
use crate::redact::{Action, Policy, RedactError, Redactor, TokenKey};
use crate::stream::StreamRedactor;

pub use crate::config::TOKEN_KEY_ENV;

/// Decoding limits of the offline commands: no size cap (files can be
/// large), but the expansion-ratio guard against decompression bombs.
fn cli_decode_limits() -> DecodeLimits {
    DecodeLimits {
        max_decoded: u64::MAX,
        ..DecodeLimits::default()
    }
}

/// Size of the one read buffer each command reuses.
const READ_BUFFER: usize = 64 * 1024;

/// pii-proxy: find and mask payment cards, email addresses and phone
/// numbers in request bodies.
#[derive(Debug, Parser)]
#[command(name = "pii-proxy", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the reverse proxy. Without --upstream it starts an embedded echo
    /// upstream on loopback that answers with exactly what it received.
    Serve(Box<ServeArgs>),
    /// Print one JSON line per finding: {"kind":"card|email|phone","start":N,"end":N}
    /// (byte offsets into the input, in order; never the value): what `redact` masks,
    /// re-check passes included. A body without --content-type is sniffed as `redact` does;
    /// JSON bodies are read as text; a CSV or TSV body's cells (and those of a text whose first
    /// line names columns) are read after their column's name, and a multipart body is split into
    /// its parts, as for `redact` (a part's
    /// findings are reported only where its bytes are the body's: not in a base64 or
    /// quoted-printable part).
    Scan(ScanArgs),
    /// Write the input with every finding masked to stdout.
    Redact(RedactArgs),
    /// Validate a configuration file and explain what it does; exit 2 with
    /// the reason if it is invalid.
    CheckConfig(CheckConfigArgs),
    /// Filter and export an audit trail (JSON lines written by `serve`).
    Audit(AuditArgs),
}

/// `check-config` options.
#[derive(Debug, Args)]
pub struct CheckConfigArgs {
    /// The TOML configuration file.
    pub file: PathBuf,
}

/// `audit` options.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// The audit trail; standard input when absent.
    pub file: Option<PathBuf>,
    /// Only events at or after this time: RFC 3339 (2026-11-20T08:00:00Z)
    /// or a duration before now (15m, 24h, 7days).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events before this time (same forms as --since).
    #[arg(long)]
    pub until: Option<String>,
    /// Only events with at least one finding of this kind: card, email,
    /// phone.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only events of this route (`default` for requests no route matched).
    #[arg(long)]
    pub route: Option<String>,
    /// Only events with this outcome: forwarded, or an error code such as
    /// body_too_large.
    #[arg(long)]
    pub outcome: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: crate::audit::ExportFormat,
}

/// Options shared by `scan` and `redact`.
#[derive(Debug, Args)]
pub struct DetectArgs {
    /// Input file; standard input when absent. Any bytes are accepted.
    pub file: Option<PathBuf>,
    /// Comma-separated kinds to detect: card, email, phone.
    #[arg(long, value_delimiter = ',', default_value = "card,email,phone")]
    pub kinds: Vec<String>,
    /// Use the portable scalar prefilter instead of the SIMD one (for
    /// comparison; results are identical).
    #[arg(long)]
    pub scalar: bool,
    /// The body's media type, as in a Content-Type header (e.g.
    /// application/json, application/x-www-form-urlencoded,
    /// multipart/form-data; boundary=X). Without it the format is sniffed
    /// from the first bytes: JSON object or array, form pairs, else text.
    #[arg(long)]
    pub content_type: Option<String>,
    /// The body's content codings, as in a Content-Encoding header (gzip,
    /// x-gzip, deflate; up to three, comma-separated). The input is decoded
    /// for scanning; `redact` encodes its output the same way and `scan`
    /// reports offsets into the decoded body.
    #[arg(long)]
    pub content_encoding: Option<String>,
    /// Bytes read from the input at a time, through one reused buffer.
    #[arg(long, default_value_t = READ_BUFFER, value_parser = clap::value_parser!(usize))]
    pub read_size: usize,
}

/// `scan` options.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Input and detector options.
    #[command(flatten)]
    pub detect: DetectArgs,
}

/// `serve` options. Flags override the configuration file.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// TOML configuration file (routes, policies, field rules, allow
    /// lists, limits, logs, audit). Reloaded on SIGHUP; an invalid new
    /// file is logged and the running configuration kept.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long)]
    pub listen: Option<std::net::SocketAddr>,
    /// Address of the admin endpoints /livez, /readyz, /metrics
    /// [default: 127.0.0.1:9090].
    #[arg(long)]
    pub admin_listen: Option<std::net::SocketAddr>,
    /// Upstream base URL (http:// or https://host:port[/prefix]). Without
    /// it (here or in the configuration), an embedded echo upstream is
    /// started on loopback.
    #[arg(long)]
    pub upstream: Option<String>,
    /// PEM file of CA certificates trusted for an https:// upstream besides
    /// the public web roots (an internal CA).
    #[arg(long)]
    pub upstream_ca_file: Option<PathBuf>,
    /// Masking policy for every request (without --config; with it, set
    /// policies in the file).
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Largest request body in bytes (raw); larger bodies get 413
    /// [default: 10485760].
    #[arg(long)]
    pub max_body: Option<u64>,
    /// Largest request body once gzip/deflate are decoded [default: 67108864].
    #[arg(long)]
    pub max_decoded: Option<u64>,
    /// Largest request head (request line + headers) in bytes; larger gets
    /// 431 [default: 16384].
    #[arg(long)]
    pub max_header_bytes: Option<usize>,
    /// Most request headers [default: 100].
    #[arg(long)]
    pub max_headers: Option<usize>,
    /// Seconds to receive a whole request head [default: 10].
    #[arg(long)]
    pub header_timeout: Option<u64>,
    /// Seconds a request body may stall between frames (408 after)
    /// [default: 30].
    #[arg(long)]
    pub body_idle_timeout: Option<u64>,
    /// Seconds to connect to the upstream (502 after) [default: 5].
    #[arg(long)]
    pub upstream_connect_timeout: Option<u64>,
    /// Seconds for the upstream to answer, counted from the request body's last byte: a slow upload is not the upstream's delay (504 after) [default: 60].
    #[arg(long)]
    pub upstream_timeout: Option<u64>,
    /// Most client connections at once (503 with Retry-After beyond)
    /// [default: 1024].
    #[arg(long)]
    pub max_connections: Option<usize>,
    /// Seconds to drain requests in flight on SIGTERM/SIGINT [default: 30].
    #[arg(long)]
    pub drain_timeout: Option<u64>,
    /// Multipart parts that are not text: pass (counted) or reject (415)
    /// (without --config) [default: pass].
    #[arg(long)]
    pub binary_parts: Option<String>,
    /// Log format: human or json [default: human]. The level comes from
    /// PII_PROXY_LOG, else the configuration, else info; logs never
    /// contain values.
    #[arg(long)]
    pub log_format: Option<String>,
    /// Audit trail: stdout, stderr, off, or a file path to append to
    /// [default: stdout]. One JSON line per request, counts only.
    #[arg(long)]
    pub audit: Option<String>,
}

/// `redact` options.
#[derive(Debug, Args)]
pub struct RedactArgs {
    /// Input and detector options.
    #[command(flatten)]
    pub detect: DetectArgs,
    /// Masking policy.
    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// The masking policy, shared by `redact` and `serve`.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Card action: mask (keep the last four), mask-first6-last4, mask-all,
    /// label, remove, token, keep [default: mask].
    #[arg(long)]
    pub card: Option<String>,
    /// Email action: mask (keep the @), mask-all, label, remove, token,
    /// keep [default: mask].
    #[arg(long)]
    pub email: Option<String>,
    /// Phone action: mask (keep separators), mask-all, label, remove,
    /// token, keep [default: mask].
    #[arg(long)]
    pub phone: Option<String>,
    /// File holding the secret key for the token action (at least 16 bytes).
    /// Without it the key is read from the PII_PROXY_TOKEN_KEY environment
    /// variable. Never pass a key on the command line.
    #[arg(long)]
    pub token_key_file: Option<PathBuf>,
}

/// Errors of the command line, each with its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A flag value that is not one of the accepted names.
    #[error("unknown {what} '{name}'")]
    Usage {
        /// What the value names.
        what: &'static str,
        /// The value given.
        name: String,
    },
    /// A limit flag out of its range.
    #[error("invalid limit: {0}")]
    Limit(String),
    /// A redaction setup error (missing or weak key).
    #[error(transparent)]
    Redact(#[from] RedactError),
    /// The token key file could not be read.
    #[error("cannot read the token key file {path}: {source}")]
    KeyFile {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The body could not be scanned (corrupt encoding, malformed
    /// multipart, over a decoding limit).
    #[error("the input cannot be scanned: {0}")]
    Body(#[from] FormatError),
    /// `--content-type` or `--content-encoding` names something that
    /// cannot be inspected.
    #[error("{0}")]
    Spec(FormatError),
    /// Reading the input or writing the output failed.
    #[error("i/o error: {0}")]
    Io(#[from] io::Error),
    /// The configuration file is invalid.
    #[error("invalid configuration: {0}")]
    Config(#[from] crate::config::ConfigError),
    /// Exporting the audit trail failed.
    #[error("{0}")]
    Export(#[from] crate::audit::ExportError),
    /// A listener could not be bound.
    #[error("cannot listen for the {what} on {addr}: {source}")]
    Listen {
        /// Which listener.
        what: &'static str,
        /// The address.
        addr: std::net::SocketAddr,
        /// Why.
        source: io::Error,
    },
}

impl CliError {
    /// The process exit code: 2 for usage and configuration, 1 at run time.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage { .. }
            | CliError::Limit(_)
            | CliError::Redact(_)
            | CliError::KeyFile { .. }
            | CliError::Spec(_)
            | CliError::Config(_) => 2,
            CliError::Io(_) | CliError::Body(_) | CliError::Export(_) | CliError::Listen { .. } => {
                1
            }
        }
    }
}

/// Runs a parsed command line.
///
/// # Errors
/// See [`CliError`].
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Serve(args) => serve(*args),
        Command::Scan(args) => scan(args),
        Command::Redact(args) => redact(args),
        Command::CheckConfig(args) => check_config(args),
        Command::Audit(args) => audit(args),
    }
}

fn detector(args: &DetectArgs) -> Result<Detector, CliError> {
    let kinds = args
        .kinds
        .iter()
        .map(|k| {
            Kind::from_name(k.trim()).ok_or_else(|| CliError::Usage {
                what: "kind",
                name: k.clone(),
            })
        })
        .collect::<Result<KindSet, _>>()?;
    let mut builder = Detector::builder().kinds(kinds);
    if args.scalar {
        builder = builder.prefilter(Prefilter::scalar());
    }
    Ok(builder.build())
}

fn open_input(file: &Option<PathBuf>) -> io::Result<Box<dyn Read>> {
    Ok(match file {
        Some(path) => Box::new(File::open(path)?),
        None => Box::new(io::stdin().lock()),
    })
}

fn spec(args: &DetectArgs) -> Result<BodySpec, CliError> {
    BodySpec::from_headers(
        args.content_type.as_deref(),
        args.content_encoding.as_deref(),
    )
    .map_err(CliError::Spec)
}

/// Reads `input` through one reused buffer, handing each chunk to `step`.
fn pump(
    mut input: impl Read,
    read_size: usize,
    mut step: impl FnMut(Option<&[u8]>) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let mut buf = vec![0u8; read_size.max(1)];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        step(Some(&buf[..n]))?;
    }
    step(None)
}

/// What `scan` reads a body with: text (JSON and form data are read as
/// text, so that offsets are the body's), or, for a table or a multipart
/// body, the pipeline `redact` reads it with, cell by cell or part by part.
enum ScanStream {
    Text(StreamRedactor),
    Body(Box<BodyRedactor>),
}

fn scan(args: ScanArgs) -> Result<(), CliError> {
    let spec = spec(&args.detect)?;
    let detector = detector(&args.detect)?;
    let mut decode = DecodeStack::new(&spec.codings, cli_decode_limits());
    // Built at the first bytes, which decide a body sent without a type.
    let mut stream: Option<ScanStream> = None;
    let open = |first: &[u8]| -> Result<ScanStream, CliError> {
        let kind = match &spec.kind {
            BodyKind::Sniff => sniff(first),
            kind => kind.clone(),
        };
        let detector = if kind == BodyKind::Form {
            detector.to_builder().plus_as_space(true).build()
        } else {
            detector.clone()
        };
        // Masks as `redact` writes them (same length, so offsets hold):
        // the re-check passes then find what masking frees, as there.
        let redactor = Redactor::new(detector, Policy::default(), None)?;
        Ok(match kind {
            BodyKind::Text | BodyKind::Csv | BodyKind::Multipart(_) => {
                // (Already decoded: cells, parts and a text that is a
                // table are read as `redact` reads them.)
                let spec = BodySpec {
                    kind,
                    codings: Vec::new(),
                };
                let body =
                    BodyRedactor::new(redactor, &spec, cli_decode_limits(), BinaryParts::Pass);
                ScanStream::Body(Box::new(body))
            }
            _ => ScanStream::Text(StreamRedactor::new(redactor)),
        })
    };
    let (mut plain, mut ignored) = (Vec::new(), Vec::new());
    let mut found = Vec::new();
    pump(
        open_input(&args.detect.file)?,
        args.detect.read_size,
        |chunk| {
            plain.clear();
            ignored.clear();
            match chunk {
                Some(c) => decode.push(c, &mut plain)?,
                None => decode.finish(&mut plain)?,
            }
            if stream.is_none() && (!plain.is_empty() || chunk.is_none()) {
                stream = Some(open(&plain)?);
            }
            match stream.as_mut() {
                Some(ScanStream::Text(stream)) => {
                    stream.push_with(&plain, &mut ignored, |f| found.push(f));
                    if chunk.is_none() {
                        stream.finish_with(&mut ignored, |f| found.push(f));
                    }
                }
                Some(ScanStream::Body(body)) => {
                    body.push_with(&plain, &mut ignored, &mut |f| found.push(f))?;
                    if chunk.is_none() {
                        body.finish_with(&mut ignored, &mut |f| found.push(f))?;
                    }
                }
                None => {}
            }
            Ok(())
        },
    )?;
    // Each pass reports in stream order; the re-check passes trail the first.
    found.sort_by_key(|f| (f.start, f.end));
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    for f in found {
        writeln!(
            w,
            r#"{{"kind":"{}","start":{},"end":{}}}"#,
            f.kind, f.start, f.end
        )?;
    }
    w.flush()?;
    Ok(())
}

fn redact(args: RedactArgs) -> Result<(), CliError> {
    let detector = detector(&args.detect)?;
    let (policy, key) = args.policy.resolve()?;
    let spec = spec(&args.detect)?;
    let redactor = Redactor::new(detector, policy, key)?;
    let mut body = BodyRedactor::new(redactor, &spec, cli_decode_limits(), BinaryParts::Pass);
    let stdout = io::stdout();
    let mut w = io::BufWriter::with_capacity(READ_BUFFER, stdout.lock());
    let mut out = Vec::with_capacity(READ_BUFFER * 2);
    pump(
        open_input(&args.detect.file)?,
        args.detect.read_size,
        |chunk| {
            out.clear();
            match chunk {
                Some(c) => body.push(c, &mut out)?,
                None => body.finish(&mut out)?,
            }
            w.write_all(&out)?;
            Ok(())
        },
    )?;
    w.flush()?;
    Ok(())
}

impl PolicyArgs {
    /// Whether any policy flag was given.
    fn any(&self) -> bool {
        self.card.is_some()
            || self.email.is_some()
            || self.phone.is_some()
            || self.token_key_file.is_some()
    }

    /// The policy and the token key, if one is configured.
    fn resolve(&self) -> Result<(Policy, Option<TokenKey>), CliError> {
        let action = |what: &'static str, name: &str| {
            Action::from_name(name).ok_or_else(|| CliError::Usage {
                what,
                name: name.to_string(),
            })
        };
        let or_mask = |v: &Option<String>| v.clone().unwrap_or_else(|| "mask".to_string());
        let policy = Policy {
            card: action("card action", &or_mask(&self.card))?,
            email: action("email action", &or_mask(&self.email))?,
            phone: action("phone action", &or_mask(&self.phone))?,
        };
        Ok((policy, token_key(&self.token_key_file)?))
    }
}

/// The configuration `serve` runs with: the file (or the built-in
/// defaults), then the flags over it.
fn serve_config(args: &ServeArgs) -> Result<Config, CliError> {
    let mut config = match &args.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    if args.config.is_some() && (args.policy.any() || args.binary_parts.is_some()) {
        return Err(CliError::Usage {
            what: "flag with --config (set policies in the file)",
            name: "--card/--email/--phone/--token-key-file/--binary-parts".to_string(),
        });
    }
    if args.config.is_none() {
        let (policy, key) = args.policy.resolve()?;
        let binary_parts = match args.binary_parts.as_deref().unwrap_or("pass") {
            "pass" => BinaryParts::Pass,
            "reject" => BinaryParts::Reject,
            other => {
                return Err(CliError::Usage {
                    what: "binary-parts policy",
                    name: other.to_string(),
                })
            }
        };
        let redactor = Redactor::new(Detector::new(), policy, key)?;
        config.routes = Routes::single(RoutePolicy::with_redactor(redactor, binary_parts));
    }
    if let Some(a) = args.listen {
        config.listen = a;
    }
    if let Some(a) = args.admin_listen {
        config.admin_listen = a;
    }
    if let Some(u) = &args.upstream {
        config.upstream = Some(crate::config::parse_upstream(u)?);
    }
    if let Some(path) = &args.upstream_ca_file {
        config.upstream_roots = crate::config::load_ca_file(path)?;
    }
    let l = &mut config.limits;
    let secs = Duration::from_secs;
    macro_rules! set {
        ($field:ident, $value:expr) => {
            if let Some(v) = $value {
                l.$field = v;
            }
        };
    }
    set!(max_body, args.max_body);
    set!(max_decoded, args.max_decoded);
    set!(max_header_bytes, args.max_header_bytes);
    set!(max_headers, args.max_headers);
    set!(header_timeout, args.header_timeout.map(secs));
    set!(body_idle_timeout, args.body_idle_timeout.map(secs));
    set!(
        upstream_connect_timeout,
        args.upstream_connect_timeout.map(secs)
    );
    set!(upstream_timeout, args.upstream_timeout.map(secs));
    set!(max_connections, args.max_connections);
    set!(drain_timeout, args.drain_timeout.map(secs));
    l.validate().map_err(CliError::Limit)?;
    if let Some(f) = &args.log_format {
        config.log_format = match f.as_str() {
            "human" => LogFormat::Human,
            "json" => LogFormat::Json,
            other => {
                return Err(CliError::Usage {
                    what: "log format",
                    name: other.to_string(),
                })
            }
        };
    }
    if let Some(a) = &args.audit {
        config.audit = match a.as_str() {
            "stdout" => AuditSink::Stdout,
            "stderr" => AuditSink::Stderr,
            "off" => AuditSink::Off,
            path => AuditSink::File(PathBuf::from(path)),
        };
    }
    Ok(config)
}

fn serve(args: ServeArgs) -> Result<(), CliError> {
    let config = serve_config(&args)?;
    let _log_lines_out = CloseOnDrop(init_logging(config.log_format, &config.log_level)?);
    let audit = AuditLog::open(&config.audit)?;
    let shared = Shared::new(audit);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let result = runtime.block_on(async {
        let mut signals = Signals::register();
        let upstream = match config.upstream.clone() {
            Some(u) => u,
            None => {
                let addr = crate::proxy::echo::start().await?;
                tracing::info!(%addr, "no upstream configured: an embedded upstream echoes requests back");
                hyper::Uri::from_maybe_shared(format!("http://{addr}"))
                    .map_err(|_| CliError::Usage { what: "echo address", name: addr.to_string() })?
            }
        };
        let admin = crate::proxy::admin::start(config.admin_listen, shared.clone())
            .await
            .map_err(|source| CliError::Listen {
                what: "admin endpoints (--admin-listen)",
                addr: config.admin_listen,
                source,
            })?;
        tracing::info!(admin = %admin.local_addr, "admin endpoints /livez /readyz /metrics");
        let proxy_config = ProxyConfig {
            listen: config.listen,
            upstream: upstream.clone(),
            limits: config.limits.clone(),
            routes: config.routes.clone(),
            upstream_roots: config.upstream_roots.clone(),
        };
        let running = crate::proxy::start_with(proxy_config, shared.clone())
            .await
            .map_err(|source| CliError::Listen {
                what: "proxy (--listen)",
                addr: config.listen,
                source,
            })?;
        tracing::info!(listen = %running.local_addr, routes = config.routes.routes.len(), "pii-proxy listening");
        while let Signal::Reload = signals.next().await {
            reload(&args, &config, &upstream, &running, &shared);
        }
        tracing::info!("shutting down: readiness fails, draining requests in flight");
        running.shutdown().await;
        admin.stop();
        Ok(())
    });
    shared.audit.close();
    result
}

/// Writes out the batched log lines on every way out of `serve`.
struct CloseOnDrop(Arc<BatchedSink>);

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Loads the configuration again and swaps it in; a bad one is logged and
/// the running one kept.
fn reload(
    args: &ServeArgs,
    running_config: &Config,
    echo_or_upstream: &hyper::Uri,
    running: &crate::proxy::Running,
    shared: &Shared,
) {
    let Some(path) = &args.config else {
        tracing::info!("SIGHUP without --config: nothing to reload");
        return;
    };
    match serve_config(args) {
        Ok(next) => {
            if next.listen != running_config.listen
                || next.admin_listen != running_config.admin_listen
                || next.audit != running_config.audit
                || next.upstream_roots != running_config.upstream_roots
            {
                tracing::warn!(
                    "listen addresses, the audit sink and upstream CA certificates change only on restart"
                );
            }
            let upstream = next.upstream.unwrap_or_else(|| echo_or_upstream.clone());
            let routes = next.routes.routes.len();
            running.proxy().reload(upstream, next.routes, next.limits);
            shared.metrics.reload(true);
            tracing::info!(config = %path.display(), routes, "configuration reloaded");
        }
        Err(e) => {
            shared.metrics.reload(false);
            tracing::error!(config = %path.display(), error = %e, "configuration reload refused; the running configuration stays");
        }
    }
}

enum Signal {
    Reload,
    Stop,
}

/// The process signals `serve` acts on, registered once, before the
/// proxy is ready, so that none arriving between two waits is lost.
struct Signals {
    #[cfg(unix)]
    hangup: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl Signals {
    fn register() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Signals {
                hangup: signal(SignalKind::hangup()).ok(),
                terminate: signal(SignalKind::terminate()).ok(),
            }
        }
        #[cfg(not(unix))]
        Signals {}
    }

    /// The next SIGHUP (reload), or SIGTERM/SIGINT (stop).
    async fn next(&mut self) -> Signal {
        #[cfg(unix)]
        {
            async fn recv(s: &mut Option<tokio::signal::unix::Signal>) {
                match s {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            }
            tokio::select! {
                _ = recv(&mut self.hangup) => Signal::Reload,
                _ = recv(&mut self.terminate) => Signal::Stop,
                _ = tokio::signal::ctrl_c() => Signal::Stop,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            Signal::Stop
        }
    }
}

fn check_config(args: CheckConfigArgs) -> Result<(), CliError> {
    let config = Config::load(&args.file)?;
    let stdout = io::stdout();
    let mut w = stdout.lock();
    writeln!(w, "{}: valid", args.file.display())?;
    writeln!(w, "listen {}, admin {}", config.listen, config.admin_listen)?;
    match &config.upstream {
        Some(u) => writeln!(w, "upstream {u}")?,
        None => writeln!(w, "no upstream: the embedded echo upstream is started")?,
    }
    let describe = |w: &mut io::StdoutLock<'_>, p: &RoutePolicy| -> io::Result<()> {
        let policy = p.redactor.policy();
        let kinds: Vec<&str> = Kind::ALL
            .iter()
            .filter(|k| p.redactor.detector().kinds().contains(**k))
            .map(|k| k.name())
            .collect();
        writeln!(
            w,
            "  mode {}; detects {}; card {}, email {}, phone {}; {} field rule(s)",
            p.mode.name(),
            kinds.join(","),
            policy.card.name(),
            policy.email.name(),
            policy.phone.name(),
            p.redactor.field_rules().len(),
        )
    };
    for r in &config.routes.routes {
        let methods = if r.methods.is_empty() {
            "any method".to_string()
        } else {
            r.methods
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(",")
        };
        let path = match &r.path {
            crate::config::PathPattern::Prefix(p) => format!("paths starting {p}"),
            crate::config::PathPattern::Glob(g) => format!("paths matching {g}"),
        };
        writeln!(w, "route {}: {methods}, {path}", r.policy.name)?;
        describe(&mut w, &r.policy)?;
    }
    writeln!(w, "default (no route matched):")?;
    describe(&mut w, &config.routes.default)?;
    let l = &config.limits;
    writeln!(
        w,
        "limits: body {} B (decoded {} B), upstream timeout {} s, drain {} s",
        l.max_body,
        l.max_decoded,
        l.upstream_timeout.as_secs(),
        l.drain_timeout.as_secs()
    )?;
    writeln!(w, "audit: {:?}", config.audit)?;
    Ok(())
}

fn audit(args: AuditArgs) -> Result<(), CliError> {
    use crate::audit::{export, parse_time, AuditFilter};
    let time = |v: &Option<String>, what: &'static str| {
        v.as_deref()
            .map(parse_time)
            .transpose()
            .map_err(|name| CliError::Usage { what, name })
    };
    let filter = AuditFilter {
        since: time(&args.since, "--since time")?,
        until: time(&args.until, "--until time")?,
        kind: args
            .kind
            .as_deref()
            .map(|k| {
                Kind::from_name(k).ok_or_else(|| CliError::Usage {
                    what: "kind",
                    name: k.to_string(),
                })
            })
            .transpose()?,
        route: args.route.clone(),
        outcome: args.outcome.clone(),
    };
    let input = io::BufReader::new(open_input(&args.file)?);
    let stdout = io::stdout();
    export(
        input,
        &filter,
        args.format,
        io::BufWriter::new(stdout.lock()),
    )?;
    Ok(())
}

/// Logs go to stderr through a [`BatchedSink`], so a request's log line
/// costs no system call of its own; warnings and errors are written at
/// once. The returned sink is closed when the server stops.
///
/// # Errors
/// When the writer thread cannot be started.
fn init_logging(format: LogFormat, level: &str) -> io::Result<Arc<BatchedSink>> {
    use std::io::IsTerminal;
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("PII_PROXY_LOG")
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let report_drops = Box::new(|dropped: u64| {
        let _ = writeln!(
            io::stderr(),
            "pii-proxy: stderr fell behind; {dropped} log lines were dropped"
        );
    });
    let sink = BatchedSink::start(
        "pii-proxy-log",
        Box::new(io::stderr()),
        Pacing::default(),
        report_drops,
    )?;
    let sink = Arc::new(sink);
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(BatchedLog(Arc::clone(&sink)))
        .with_ansi(io::stderr().is_terminal());
    match format {
        LogFormat::Human => builder
            .fmt_fields(crate::log_fields::PlainFields)
            .with_timer(crate::log_fields::Clock)
            .init(),
        LogFormat::Json => builder.json().init(),
    }
    Ok(sink)
}

fn token_key(file: &Option<PathBuf>) -> Result<Option<TokenKey>, CliError> {
    let bytes = match file {
        Some(path) => std::fs::read(path).map_err(|source| CliError::KeyFile {
            path: path.clone(),
            source,
        })?,
        None => match std::env::var_os(TOKEN_KEY_ENV) {
            Some(v) => v.into_encoded_bytes(),
            None => return Ok(None),
        },
    };
    Ok(Some(TokenKey::new(&bytes)?))
}
