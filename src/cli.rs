//! The command line: `scan` and `redact` (the proxy's `serve` comes with the
//! proxy layer).

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::detect::prefilter::Prefilter;
use crate::detect::{Detector, Kind, KindSet};
use crate::format::encoding::{DecodeLimits, DecodeStack};
use crate::format::{BinaryParts, BodyKind, BodyRedactor, BodySpec, FormatError};
use crate::redact::{Action, Policy, RedactError, Redactor, TokenKey};
use crate::stream::StreamRedactor;

/// The environment variable that may hold the key for `token` masking.
pub const TOKEN_KEY_ENV: &str = "PII_PROXY_TOKEN_KEY";

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
    Serve(ServeArgs),
    /// Print one JSON line per finding: {"kind":"card|email|phone","start":N,"end":N}
    /// (byte offsets into the input; never the value).
    Scan(ScanArgs),
    /// Write the input with every finding masked to stdout.
    Redact(RedactArgs),
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

/// `serve` options.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// Upstream base URL (http://host:port[/prefix]). Without it, an
    /// embedded echo upstream is started on loopback.
    #[arg(long)]
    pub upstream: Option<String>,
    /// Masking policy.
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Largest request body in bytes (raw); larger bodies get 413.
    #[arg(long, default_value_t = 10 << 20)]
    pub max_body: u64,
    /// Largest request body once gzip/deflate are decoded.
    #[arg(long, default_value_t = 64 << 20)]
    pub max_decoded: u64,
    /// Largest request head (request line + headers) in bytes; larger gets 431.
    #[arg(long, default_value_t = 16 << 10)]
    pub max_header_bytes: usize,
    /// Most request headers.
    #[arg(long, default_value_t = 100)]
    pub max_headers: usize,
    /// Seconds to receive a whole request head.
    #[arg(long, default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a request body may stall between frames (408 after).
    #[arg(long, default_value_t = 30)]
    pub body_idle_timeout: u64,
    /// Seconds to connect to the upstream (502 after).
    #[arg(long, default_value_t = 5)]
    pub upstream_connect_timeout: u64,
    /// Seconds for the upstream to answer (504 after).
    #[arg(long, default_value_t = 60)]
    pub upstream_timeout: u64,
    /// Most client connections at once (503 with Retry-After beyond).
    #[arg(long, default_value_t = 1024)]
    pub max_connections: usize,
    /// Seconds to drain requests in flight on SIGTERM/SIGINT.
    #[arg(long, default_value_t = 30)]
    pub drain_timeout: u64,
    /// Multipart parts that are not text: pass (counted) or reject (415).
    #[arg(long, default_value = "pass")]
    pub binary_parts: String,
    /// Log format: human or json. The level comes from PII_PROXY_LOG
    /// (default info); logs never contain values.
    #[arg(long, default_value = "human")]
    pub log_format: String,
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
    /// label, remove, token, keep.
    #[arg(long, default_value = "mask")]
    pub card: String,
    /// Email action: mask (keep the @), mask-all, label, remove, token, keep.
    #[arg(long, default_value = "mask")]
    pub email: String,
    /// Phone action: mask (keep separators), mask-all, label, remove, token, keep.
    #[arg(long, default_value = "mask")]
    pub phone: String,
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
}

impl CliError {
    /// The process exit code: 2 for usage and configuration, 1 at run time.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage { .. }
            | CliError::Redact(_)
            | CliError::KeyFile { .. }
            | CliError::Spec(_) => 2,
            CliError::Io(_) | CliError::Body(_) => 1,
        }
    }
}

/// Runs a parsed command line.
///
/// # Errors
/// See [`CliError`].
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Serve(args) => serve(args),
        Command::Scan(args) => scan(args),
        Command::Redact(args) => redact(args),
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

fn scan(args: ScanArgs) -> Result<(), CliError> {
    let spec = spec(&args.detect)?;
    let mut detector = detector(&args.detect)?;
    if spec.kind == BodyKind::Form {
        detector = detector.to_builder().plus_as_space(true).build();
    }
    let redactor = Redactor::new(detector, keep_all(), None)?;
    let mut stream = StreamRedactor::new(redactor);
    let mut decode = DecodeStack::new(&spec.codings, cli_decode_limits());
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    let (mut plain, mut ignored) = (Vec::new(), Vec::new());
    let mut found = Vec::new();
    pump(
        open_input(&args.detect.file)?,
        args.detect.read_size,
        |chunk| {
            plain.clear();
            ignored.clear();
            match chunk {
                Some(c) => {
                    decode.push(c, &mut plain)?;
                    stream.push_with(&plain, &mut ignored, |f| found.push(f));
                }
                None => {
                    decode.finish(&mut plain)?;
                    stream.push_with(&plain, &mut ignored, |f| found.push(f));
                    stream.finish_with(&mut ignored, |f| found.push(f));
                }
            }
            for f in found.drain(..) {
                writeln!(
                    w,
                    r#"{{"kind":"{}","start":{},"end":{}}}"#,
                    f.kind, f.start, f.end
                )?;
            }
            Ok(())
        },
    )?;
    w.flush()?;
    Ok(())
}

fn keep_all() -> Policy {
    Policy {
        card: Action::Keep,
        email: Action::Keep,
        phone: Action::Keep,
    }
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
    /// The policy and the token key, if one is configured.
    fn resolve(&self) -> Result<(Policy, Option<TokenKey>), CliError> {
        let action = |what: &'static str, name: &str| {
            Action::from_name(name).ok_or_else(|| CliError::Usage {
                what,
                name: name.to_string(),
            })
        };
        let policy = Policy {
            card: action("card action", &self.card)?,
            email: action("email action", &self.email)?,
            phone: action("phone action", &self.phone)?,
        };
        Ok((policy, token_key(&self.token_key_file)?))
    }
}

fn serve(args: ServeArgs) -> Result<(), CliError> {
    use crate::proxy::{Limits, ProxyConfig};
    use std::time::Duration;

    let (policy, key) = args.policy.resolve()?;
    let redactor = Redactor::new(Detector::new(), policy, key)?;
    let binary_parts = match args.binary_parts.as_str() {
        "pass" => BinaryParts::Pass,
        "reject" => BinaryParts::Reject,
        other => {
            return Err(CliError::Usage {
                what: "binary-parts policy",
                name: other.to_string(),
            })
        }
    };
    let upstream = match &args.upstream {
        Some(u) => Some(
            u.parse::<hyper::Uri>()
                .ok()
                .filter(|u| u.scheme_str() == Some("http") && u.authority().is_some())
                .ok_or_else(|| CliError::Usage {
                    what: "upstream URL (http://host:port)",
                    name: u.clone(),
                })?,
        ),
        None => None,
    };
    init_logging(&args.log_format)?;
    let limits = Limits {
        max_body: args.max_body,
        max_decoded: args.max_decoded,
        max_header_bytes: args.max_header_bytes,
        max_headers: args.max_headers,
        header_timeout: Duration::from_secs(args.header_timeout),
        body_idle_timeout: Duration::from_secs(args.body_idle_timeout),
        upstream_connect_timeout: Duration::from_secs(args.upstream_connect_timeout),
        upstream_timeout: Duration::from_secs(args.upstream_timeout),
        max_connections: args.max_connections,
        drain_timeout: Duration::from_secs(args.drain_timeout),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let upstream = match upstream {
            Some(u) => u,
            None => {
                let addr = crate::proxy::echo::start().await?;
                tracing::info!(%addr, "no upstream configured: an embedded upstream echoes requests back");
                hyper::Uri::from_maybe_shared(format!("http://{addr}"))
                    .map_err(|_| CliError::Usage { what: "echo address", name: addr.to_string() })?
            }
        };
        let config = ProxyConfig { listen: args.listen, upstream, redactor, limits, binary_parts };
        let running = crate::proxy::start(config).await?;
        tracing::info!(listen = %running.local_addr, "pii-proxy listening");
        shutdown_signal().await;
        tracing::info!("shutting down: draining requests in flight");
        running.shutdown().await;
        Ok(())
    })
}

/// SIGTERM or SIGINT (Ctrl-C).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

fn init_logging(format: &str) -> Result<(), CliError> {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("PII_PROXY_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(io::stderr)
        .with_ansi(io::stderr().is_terminal());
    match format {
        "human" => builder.init(),
        "json" => builder.json().init(),
        other => {
            return Err(CliError::Usage {
                what: "log format",
                name: other.to_string(),
            })
        }
    }
    Ok(())
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
