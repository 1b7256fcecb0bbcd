//! The configuration file: one TOML document, validated whole before
//! anything uses it.
//!
//! Unknown keys are refused with their name (a misspelt `emial = "keep"`
//! must not silently mean "scan"), every value is checked, and the result
//! is compiled into [`Config`]: routes with ready [`Redactor`]s, limits,
//! where logs and audit events go. Secrets never come from the file: the
//! token key is read from the file or environment variable it names.
//!
//! ```toml
//! [server]
//! listen = "127.0.0.1:8080"
//! upstream = "http://127.0.0.1:9000"
//!
//! [default]                 # requests no route matches
//! card = "mask"
//!
//! [[route]]
//! name = "tickets"
//! methods = ["POST", "PUT"]
//! path = "/api/v2/tickets"  # a prefix; or a glob with * and **
//! card = "mask-first6-last4"
//!
//! [[route.field]]
//! path = "ticket.requester.email"
//! action = "keep"
//! ```

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use hyper::{Method, Uri};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use serde::Deserialize;

use crate::detect::{Detector, Kind, KindSet};
use crate::format::BinaryParts;
use crate::proxy::Limits;
use crate::redact::{
    Action, AllowList, FieldAction, FieldRules, Policy, RedactError, Redactor, TokenKey,
};

/// The environment variable that holds the key for `token` masking, unless
/// the configuration names another source.
pub const TOKEN_KEY_ENV: &str = "PII_PROXY_TOKEN_KEY";

/// Why a configuration was refused. Messages name keys, routes and files,
/// never a secret.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Not TOML, an unknown key, or a value of the wrong type.
    #[error("{0}")]
    Syntax(String),
    /// A value that parses but cannot be used.
    #[error("{0}")]
    Invalid(String),
    /// The token key is missing or too weak.
    #[error("{0}")]
    Token(#[from] RedactError),
}

fn invalid(message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid(message.into())
}

// ------------------------------------------------------------ the file

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    server: ServerSection,
    #[serde(default)]
    limits: LimitsSection,
    #[serde(default)]
    log: LogSection,
    #[serde(default)]
    audit: AuditSection,
    #[serde(default)]
    token: TokenSection,
    #[serde(default)]
    default: PolicySection,
    #[serde(default)]
    allow: AllowSection,
    #[serde(default, rename = "route")]
    routes: Vec<PolicySection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServerSection {
    listen: Option<SocketAddr>,
    admin_listen: Option<SocketAddr>,
    upstream: Option<String>,
    upstream_ca_file: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsSection {
    max_body: Option<u64>,
    max_decoded: Option<u64>,
    max_header_bytes: Option<usize>,
    max_headers: Option<usize>,
    header_timeout_secs: Option<u64>,
    body_idle_timeout_secs: Option<u64>,
    upstream_connect_timeout_secs: Option<u64>,
    upstream_timeout_secs: Option<u64>,
    max_connections: Option<usize>,
    drain_timeout_secs: Option<u64>,
}

/// Log line format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One readable line per event.
    #[default]
    Human,
    /// One JSON object per line.
    Json,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogSection {
    format: Option<LogFormat>,
    level: Option<String>,
}

/// Where audit events go.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum AuditSink {
    /// Standard output, one JSON object per line.
    #[default]
    Stdout,
    /// Standard error.
    Stderr,
    /// Appended to a file.
    File(PathBuf),
    /// Nowhere.
    Off,
}

#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AuditOutput {
    #[default]
    Stdout,
    Stderr,
    File,
    Off,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditSection {
    output: Option<AuditOutput>,
    path: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenSection {
    key_file: Option<PathBuf>,
    key_env: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowSection {
    #[serde(default)]
    values: Vec<String>,
    #[serde(default)]
    sha256: Vec<String>,
    #[serde(default)]
    email_domains: Vec<String>,
    #[serde(default)]
    test_cards: bool,
}

/// Whether a route masks or only reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Mask what is found (the default).
    #[default]
    Enforce,
    /// Detect, count and audit, but forward the body unchanged. An
    /// explicit opt-in for rollouts, never a default.
    Report,
}

impl Mode {
    /// `enforce` or `report`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Report => "report",
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ActionName {
    Mask,
    #[serde(rename = "mask-first6-last4")]
    MaskFirst6Last4,
    MaskAll,
    Label,
    Remove,
    Token,
    Keep,
}

impl From<ActionName> for Action {
    fn from(a: ActionName) -> Action {
        match a {
            ActionName::Mask => Action::Mask,
            ActionName::MaskFirst6Last4 => Action::MaskKeepFirstSixLastFour,
            ActionName::MaskAll => Action::MaskAll,
            ActionName::Label => Action::Label,
            ActionName::Remove => Action::Remove,
            ActionName::Token => Action::Token,
            ActionName::Keep => Action::Keep,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum BinaryPartsName {
    Pass,
    Reject,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum KindName {
    Card,
    Email,
    Phone,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum FieldActionName {
    Keep,
    Scan,
    Mask,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldSection {
    path: String,
    action: FieldActionName,
}

/// `[default]` and each `[[route]]`: `name`, `methods` and `path` only
/// for routes; the rest overrides the default policy.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySection {
    name: Option<String>,
    methods: Option<Vec<String>>,
    path: Option<String>,
    mode: Option<Mode>,
    detect: Option<Vec<KindName>>,
    card: Option<ActionName>,
    email: Option<ActionName>,
    phone: Option<ActionName>,
    binary_parts: Option<BinaryPartsName>,
    #[serde(default, rename = "field")]
    fields: Vec<FieldSection>,
}

// ------------------------------------------------------ the result

/// How the request path is matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPattern {
    /// The path starts with this.
    Prefix(String),
    /// The whole path matches: `*` within a segment, `**` across them.
    Glob(String),
}

impl PathPattern {
    fn parse(p: &str) -> Result<Self, String> {
        if !p.starts_with('/') {
            return Err(format!("path '{p}' does not start with '/'"));
        }
        Ok(if p.contains('*') {
            PathPattern::Glob(p.to_string())
        } else {
            PathPattern::Prefix(p.to_string())
        })
    }

    /// Whether `path` matches.
    pub fn matches(&self, path: &str) -> bool {
        match self {
            PathPattern::Prefix(p) => path.starts_with(p.as_str()),
            PathPattern::Glob(g) => glob(g.as_bytes(), path.as_bytes()),
        }
    }
}

/// `*` matches within a segment, `**` anything, everything else itself.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match pattern {
        [] => text.is_empty(),
        [b'*', b'*', rest @ ..] => (0..=text.len()).any(|i| glob(rest, &text[i..])),
        [b'*', rest @ ..] => {
            let segment_end = text.iter().position(|&b| b == b'/').unwrap_or(text.len());
            (0..=segment_end).any(|i| glob(rest, &text[i..]))
        }
        [c, rest @ ..] => text.first() == Some(c) && glob(rest, &text[1..]),
    }
}

/// What applies to a request: a route's policy, compiled.
#[derive(Clone, Debug)]
pub struct RoutePolicy {
    /// The route's name (`default` when none matched): a metrics label.
    pub name: String,
    /// Enforce or report.
    pub mode: Mode,
    /// Detection, masking, allow list and field rules.
    pub redactor: Redactor,
    /// Multipart parts that are not text.
    pub binary_parts: BinaryParts,
}

impl RoutePolicy {
    /// The policy of the command-line defaults: every detector, the
    /// default masks, no field rules.
    pub fn with_redactor(redactor: Redactor, binary_parts: BinaryParts) -> Self {
        RoutePolicy {
            name: "default".to_string(),
            mode: Mode::Enforce,
            redactor,
            binary_parts,
        }
    }
}

/// A route: which requests, which policy.
#[derive(Clone, Debug)]
pub struct Route {
    /// Methods matched; empty for all.
    pub methods: Vec<Method>,
    /// Paths matched.
    pub path: PathPattern,
    /// The policy.
    pub policy: RoutePolicy,
}

/// Routes in order, and the policy for requests none matches.
#[derive(Clone, Debug)]
pub struct Routes {
    /// The routes, first match wins.
    pub routes: Vec<Route>,
    /// For requests no route matches.
    pub default: RoutePolicy,
}

impl Routes {
    /// Only a default policy.
    pub fn single(policy: RoutePolicy) -> Self {
        Routes {
            routes: Vec::new(),
            default: policy,
        }
    }

    /// The policy for a request.
    pub fn select(&self, method: &Method, path: &str) -> &RoutePolicy {
        self.routes
            .iter()
            .find(|r| (r.methods.is_empty() || r.methods.contains(method)) && r.path.matches(path))
            .map_or(&self.default, |r| &r.policy)
    }

    /// Every route name, the default's last: the bounded set of values the
    /// `route` metrics label takes.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.routes
            .iter()
            .map(|r| r.policy.name.as_str())
            .chain(std::iter::once(self.default.name.as_str()))
    }
}

/// A validated, compiled configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where the proxy listens.
    pub listen: SocketAddr,
    /// Where the admin endpoints listen.
    pub admin_listen: SocketAddr,
    /// Where requests go; `None` starts the embedded echo upstream.
    pub upstream: Option<Uri>,
    /// Certificates trusted for an `https://` upstream besides the public
    /// web roots.
    pub upstream_roots: Vec<CertificateDer<'static>>,
    /// Limits and timeouts.
    pub limits: Limits,
    /// Routes and policies.
    pub routes: Routes,
    /// Log format.
    pub log_format: LogFormat,
    /// Log filter (`PII_PROXY_LOG` overrides it).
    pub log_level: String,
    /// Where audit events go.
    pub audit: AuditSink,
}

/// The listen address without a configuration.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// The admin address without a configuration: loopback only.
pub const DEFAULT_ADMIN_LISTEN: &str = "127.0.0.1:9090";

impl Config {
    /// Reads and compiles the configuration file at `path`.
    ///
    /// # Errors
    /// See [`ConfigError`].
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text)
    }

    /// Compiles a configuration from its text. An empty text gives the
    /// built-in defaults.
    ///
    /// # Errors
    /// See [`ConfigError`].
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let file: File = toml::from_str(text).map_err(|e| syntax_error(text, &e))?;
        compile(file)
    }
}

impl Default for Config {
    fn default() -> Self {
        // The empty document is valid: compile cannot fail on it.
        compile(File::default()).unwrap_or_else(|_| Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            admin_listen: SocketAddr::from(([127, 0, 0, 1], 9090)),
            upstream: None,
            upstream_roots: Vec::new(),
            limits: Limits::default(),
            routes: Routes::single(RoutePolicy::with_redactor(
                Redactor::default(),
                BinaryParts::Pass,
            )),
            log_format: LogFormat::Human,
            log_level: "info".to_string(),
            audit: AuditSink::Stdout,
        })
    }
}

/// The parser's message with a line and column, but not the line itself:
/// a secret pasted where it does not belong must not be echoed to logs.
fn syntax_error(text: &str, e: &toml::de::Error) -> ConfigError {
    let at = match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("line {line}, column {column}: ")
        }
        None => String::new(),
    };
    ConfigError::Syntax(format!("{at}{}", e.message().trim_end()))
}

/// Reads the PEM certificates of an upstream CA file.
///
/// # Errors
/// An unreadable file, or one without a certificate.
pub fn load_ca_file(path: &Path) -> Result<Vec<CertificateDer<'static>>, ConfigError> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| invalid(format!("upstream CA file {}: {e}", path.display())))?;
    if certs.is_empty() {
        return Err(invalid(format!(
            "upstream CA file {} holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certs)
}

/// Parses an upstream URL: `http://` or `https://host[:port][/prefix]`.
///
/// # Errors
/// Anything else, with the reason.
pub fn parse_upstream(u: &str) -> Result<Uri, ConfigError> {
    let uri: Uri = u
        .parse()
        .map_err(|_| invalid(format!("upstream '{u}' is not a URL")))?;
    if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.authority().is_none() {
        return Err(invalid(format!(
            "upstream '{u}' must be http(s)://host[:port][/prefix]"
        )));
    }
    if uri.query().is_some() {
        return Err(invalid(format!("upstream '{u}' must not have a query")));
    }
    Ok(uri)
}

fn compile(file: File) -> Result<Config, ConfigError> {
    let defaults = Limits::default();
    let l = &file.limits;
    let secs = |v: Option<u64>, d: Duration| v.map_or(d, Duration::from_secs);
    let limits = Limits {
        max_body: l.max_body.unwrap_or(defaults.max_body),
        max_decoded: l.max_decoded.unwrap_or(defaults.max_decoded),
        max_header_bytes: l.max_header_bytes.unwrap_or(defaults.max_header_bytes),
        max_headers: l.max_headers.unwrap_or(defaults.max_headers),
        header_timeout: secs(l.header_timeout_secs, defaults.header_timeout),
        body_idle_timeout: secs(l.body_idle_timeout_secs, defaults.body_idle_timeout),
        upstream_connect_timeout: secs(
            l.upstream_connect_timeout_secs,
            defaults.upstream_connect_timeout,
        ),
        upstream_timeout: secs(l.upstream_timeout_secs, defaults.upstream_timeout),
        max_connections: l.max_connections.unwrap_or(defaults.max_connections),
        drain_timeout: secs(l.drain_timeout_secs, defaults.drain_timeout),
    };
    limits.validate().map_err(invalid)?;

    let audit = match (file.audit.output.unwrap_or_default(), file.audit.path) {
        (AuditOutput::File, Some(path)) => AuditSink::File(path),
        (AuditOutput::File, None) => {
            return Err(invalid("audit.output = \"file\" needs audit.path"))
        }
        (_, Some(_)) => {
            return Err(invalid(
                "audit.path is only used with audit.output = \"file\"",
            ))
        }
        (AuditOutput::Stdout, None) => AuditSink::Stdout,
        (AuditOutput::Stderr, None) => AuditSink::Stderr,
        (AuditOutput::Off, None) => AuditSink::Off,
    };

    let mut allow = AllowList::new();
    allow
        .add_values(&file.allow.values)
        .and_then(|()| allow.add_digests(&file.allow.sha256))
        .and_then(|()| allow.add_email_domains(&file.allow.email_domains))
        .map_err(|e| invalid(e.to_string()))?;
    if file.allow.test_cards {
        allow.add_public_test_cards();
    }

    let mut token_key = TokenSource {
        section: &file.token,
        loaded: None,
    };
    if file.default.name.is_some() || file.default.methods.is_some() || file.default.path.is_some()
    {
        return Err(invalid(
            "[default] takes no name, methods or path: it applies where no route does",
        ));
    }
    let base = Inherited::default();
    let default = compile_policy("default", &file.default, &base, &allow, &mut token_key)?;
    let inherited = Inherited::from_section(&file.default);

    let mut routes = Vec::with_capacity(file.routes.len());
    for (i, r) in file.routes.iter().enumerate() {
        let name = r
            .name
            .clone()
            .ok_or_else(|| invalid(format!("route #{} has no name", i + 1)))?;
        let label_safe = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !label_safe || name == "default" {
            return Err(invalid(format!(
                "route #{}: name '{name}' must be 1-64 letters, digits, '-' or '_', and not 'default'",
                i + 1
            )));
        }
        if routes.iter().any(|x: &Route| x.policy.name == name) {
            return Err(invalid(format!("route name '{name}' is used twice")));
        }
        let path = r
            .path
            .as_deref()
            .ok_or_else(|| invalid(format!("route '{name}' has no path")))?;
        let path = PathPattern::parse(path).map_err(|e| invalid(format!("route '{name}': {e}")))?;
        let methods = r
            .methods
            .iter()
            .flatten()
            .map(|m| {
                Method::from_bytes(m.to_ascii_uppercase().as_bytes())
                    .map_err(|_| invalid(format!("route '{name}': method '{m}' is not a method")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let policy = compile_policy(&name, r, &inherited, &allow, &mut token_key)?;
        routes.push(Route {
            methods,
            path,
            policy,
        });
    }

    let parse_addr = |s: &str| s.parse::<SocketAddr>().map_err(|e| invalid(e.to_string()));
    Ok(Config {
        listen: match file.server.listen {
            Some(a) => a,
            None => parse_addr(DEFAULT_LISTEN)?,
        },
        admin_listen: match file.server.admin_listen {
            Some(a) => a,
            None => parse_addr(DEFAULT_ADMIN_LISTEN)?,
        },
        upstream: file
            .server
            .upstream
            .as_deref()
            .map(parse_upstream)
            .transpose()?,
        upstream_roots: match &file.server.upstream_ca_file {
            Some(path) => load_ca_file(path)?,
            None => Vec::new(),
        },
        limits,
        routes: Routes { routes, default },
        log_format: file.log.format.unwrap_or_default(),
        log_level: file.log.level.unwrap_or_else(|| "info".to_string()),
        audit,
    })
}

/// What a route takes from `[default]` unless it says otherwise.
#[derive(Default)]
struct Inherited<'a> {
    mode: Option<Mode>,
    detect: Option<&'a [KindName]>,
    card: Option<ActionName>,
    email: Option<ActionName>,
    phone: Option<ActionName>,
    binary_parts: Option<BinaryPartsName>,
    fields: &'a [FieldSection],
}

impl<'a> Inherited<'a> {
    fn from_section(s: &'a PolicySection) -> Self {
        Inherited {
            mode: s.mode,
            detect: s.detect.as_deref(),
            card: s.card,
            email: s.email,
            phone: s.phone,
            binary_parts: s.binary_parts,
            fields: &s.fields,
        }
    }
}

/// The token key, read once, only if some policy tokenizes.
struct TokenSource<'a> {
    section: &'a TokenSection,
    loaded: Option<TokenKey>,
}

impl TokenSource<'_> {
    fn get(&mut self) -> Result<TokenKey, ConfigError> {
        if let Some(k) = &self.loaded {
            return Ok(k.clone());
        }
        let bytes = match (&self.section.key_file, &self.section.key_env) {
            (Some(_), Some(_)) => {
                return Err(invalid("token: give key_file or key_env, not both"));
            }
            (Some(path), None) => std::fs::read(path).map_err(|source| ConfigError::Read {
                path: path.clone(),
                source,
            })?,
            (None, env) => {
                let var = env.as_deref().unwrap_or(TOKEN_KEY_ENV);
                std::env::var_os(var)
                    .ok_or_else(|| {
                        invalid(format!(
                            "a policy uses the token action, and the environment variable {var} is not set"
                        ))
                    })?
                    .into_encoded_bytes()
            }
        };
        let key = TokenKey::new(&bytes)?;
        self.loaded = Some(key.clone());
        Ok(key)
    }
}

fn compile_policy(
    name: &str,
    s: &PolicySection,
    base: &Inherited<'_>,
    allow: &AllowList,
    token_key: &mut TokenSource<'_>,
) -> Result<RoutePolicy, ConfigError> {
    let kinds: KindSet = match s.detect.as_deref().or(base.detect) {
        None => KindSet::ALL,
        Some(list) => list
            .iter()
            .map(|k| match k {
                KindName::Card => Kind::Card,
                KindName::Email => Kind::Email,
                KindName::Phone => Kind::Phone,
            })
            .collect(),
    };
    let action = |own: Option<ActionName>, inherited: Option<ActionName>| {
        own.or(inherited).map_or(Action::Mask, Action::from)
    };
    let policy = Policy {
        card: action(s.card, base.card),
        email: action(s.email, base.email),
        phone: action(s.phone, base.phone),
    };
    let mut rules = FieldRules::new();
    for f in base.fields.iter().chain(&s.fields) {
        let action = match f.action {
            FieldActionName::Keep => FieldAction::Keep,
            FieldActionName::Scan => FieldAction::Scan,
            FieldActionName::Mask => FieldAction::Mask,
        };
        rules
            .add(&f.path, action)
            .map_err(|e| invalid(format!("{name}: {e}")))?;
    }
    let tokenizes = Kind::ALL.iter().any(|&k| policy.action(k) == Action::Token);
    let key = if tokenizes {
        Some(token_key.get()?)
    } else {
        None
    };
    let redactor = Redactor::new(Detector::builder().kinds(kinds).build(), policy, key)?
        .with_allow_list(allow.clone())
        .with_field_rules(rules);
    Ok(RoutePolicy {
        name: name.to_string(),
        mode: s.mode.or(base.mode).unwrap_or_default(),
        redactor,
        binary_parts: match s.binary_parts.or(base.binary_parts) {
            Some(BinaryPartsName::Reject) => BinaryParts::Reject,
            Some(BinaryPartsName::Pass) | None => BinaryParts::Pass,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        let c = Config::parse("").unwrap();
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.admin_listen.to_string(), DEFAULT_ADMIN_LISTEN);
        assert!(c.upstream.is_none());
        assert_eq!(c.routes.default.mode, Mode::Enforce);
        assert_eq!(c.audit, AuditSink::Stdout);
    }

    #[test]
    fn routes_inherit_and_match_in_order() {
        let c = Config::parse(
            r#"
            [default]
            card = "mask-all"
            [[route]]
            name = "comments"
            path = "/api/v2/tickets/*/comments**"
            email = "label"
            [[route]]
            name = "tickets"
            methods = ["post", "PUT"]
            path = "/api/v2/tickets"
            mode = "report"
            "#,
        )
        .unwrap();
        let post = Method::POST;
        let r = c.routes.select(&post, "/api/v2/tickets/17/comments.json");
        assert_eq!(r.name, "comments");
        assert_eq!(r.redactor.policy().card, Action::MaskAll);
        assert_eq!(r.redactor.policy().email, Action::Label);
        let r = c.routes.select(&post, "/api/v2/tickets.json");
        assert_eq!((r.name.as_str(), r.mode), ("tickets", Mode::Report));
        assert_eq!(
            c.routes.select(&Method::GET, "/api/v2/tickets.json").name,
            "default"
        );
        assert_eq!(
            c.routes.names().collect::<Vec<_>>(),
            ["comments", "tickets", "default"]
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_named() {
        let err = |text: &str| Config::parse(text).unwrap_err().to_string();
        assert!(err("[server]\nlisten_on = \"x\"").contains("listen_on"));
        assert!(err("[default]\nemial = \"keep\"").contains("emial"));
        assert!(err("[default]\ncard = \"maks\"").contains("maks"));
        assert!(err("[[route]]\nname = \"a\"\npath = \"/\"\n[[route.field]]\npath = \"x\"\naction = \"hide\"").contains("hide"));
        assert!(err("[[route]]\nname = \"a b\"\npath = \"/\"").contains("a b"));
        assert!(err("[[route]]\nname = \"a\"\npath = \"nope\"").contains("nope"));
        assert!(err(
            "[[route]]\nname = \"a\"\npath = \"/\"\n[[route]]\nname = \"a\"\npath = \"/x\""
        )
        .contains("twice"));
        assert!(err("[server]\nupstream = \"ftp://x\"").contains("ftp://x"));
        assert!(err("[server]\nupstream_ca_file = \"/nonexistent/ca.pem\"").contains("ca.pem"));
        assert!(err("[limits]\nmax_body = 0").contains("max_body"));
        assert!(err("[token]\nkey = \"secret-in-the-file\"").contains("key"));
        assert!(!err("[token]\nkey = \"secret-in-the-file\"").contains("secret-in-the-file"));
        assert!(err("[audit]\noutput = \"file\"").contains("audit.path"));
        assert!(err("[allow]\nsha256 = [\"00\"]").contains("64 hex"));
    }

    #[test]
    fn token_key_comes_from_a_file_never_the_config() {
        let dir = std::env::temp_dir().join(format!("pii-proxy-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let key = dir.join("key");
        std::fs::write(&key, "0123456789abcdef-a-test-key\n").unwrap();
        let text = format!(
            "[token]\nkey_file = {:?}\n[default]\nemail = \"token\"",
            key.display().to_string()
        );
        let c = Config::parse(&text).unwrap();
        assert_eq!(c.routes.default.redactor.policy().email, Action::Token);
        let missing =
            "[token]\nkey_env = \"PII_PROXY_TEST_UNSET_KEY\"\n[default]\nemail = \"token\"";
        assert!(Config::parse(missing)
            .unwrap_err()
            .to_string()
            .contains("PII_PROXY_TEST_UNSET_KEY"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn globs() {
        assert!(glob(b"/a/*/c", b"/a/b/c"));
        assert!(!glob(b"/a/*/c", b"/a/b/x/c"));
        assert!(glob(b"/a/**", b"/a/b/x/c"));
        assert!(glob(b"/a/*.json", b"/a/t.json"));
        assert!(!glob(b"/a/*.json", b"/a/t.xml"));
    }
}
