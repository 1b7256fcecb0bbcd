//! Prometheus metrics: what the admin listener's `/metrics` serves.
//!
//! Every label takes values from a fixed set — route names from the
//! configuration, outcomes from the error table, kinds and actions from
//! the policy enums — so no request can create a series, and no label can
//! carry a value from a request.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;

use crate::config::Mode;
use crate::detect::Kind;
use crate::redact::{Disposition, Policy, Tally};

/// The `action` label of a finding: the policy's action, or why it was
/// left as written (`allow`, `keep-field`), masked by a field rule
/// (`mask-field`), or only reported (`report`).
pub fn action_label(
    kind: Kind,
    disposition: Disposition,
    policy: &Policy,
    mode: Mode,
) -> &'static str {
    if mode == Mode::Report {
        return "report";
    }
    match disposition {
        Disposition::Policy => policy.action(kind).name(),
        Disposition::Allowed => "allow",
        Disposition::Kept => "keep-field",
        Disposition::FieldMasked => "mask-field",
    }
}

/// Every value the `action` label of `pii_proxy_findings_total` takes.
pub const ACTION_LABELS: [&str; 11] = [
    "mask",
    "mask-first6-last4",
    "mask-all",
    "label",
    "remove",
    "token",
    "keep",
    "allow",
    "keep-field",
    "mask-field",
    "report",
];

/// A tally's non-zero counts as `(kind, action label, count)`, the unit
/// both the metrics and the audit trail report.
pub fn by_action<'a>(
    tally: &'a Tally,
    policy: &'a Policy,
    mode: Mode,
) -> impl Iterator<Item = (Kind, &'static str, u64)> + 'a {
    Kind::ALL.into_iter().flat_map(move |kind| {
        Disposition::ALL.into_iter().filter_map(move |d| {
            let n = tally.get(kind, d);
            (n > 0).then(|| (kind, action_label(kind, d, policy, mode), n))
        })
    })
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FindingLabels {
    kind: &'static str,
    action: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabels {
    result: &'static str,
}

/// The proxy's metrics.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    findings: Family<FindingLabels, Counter>,
    scanned_bytes: Counter,
    duration: Histogram,
    upstream_errors: Family<ReasonLabels, Counter>,
    reloads: Family<ResultLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A registry with every metric at zero.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("pii_proxy");
        let requests = Family::<RequestLabels, Counter>::default();
        let findings = Family::<FindingLabels, Counter>::default();
        let scanned_bytes = Counter::default();
        // 0.5 ms to about 16 s.
        let duration = Histogram::new(exponential_buckets(0.0005, 2.0, 16));
        let upstream_errors = Family::<ReasonLabels, Counter>::default();
        let reloads = Family::<ResultLabels, Counter>::default();
        registry.register(
            "requests",
            "Requests by route and outcome (forwarded, or the error code)",
            requests.clone(),
        );
        registry.register(
            "findings",
            "Findings by kind and what was done with them",
            findings.clone(),
        );
        registry.register(
            "scanned_bytes",
            "Request body bytes scanned, after content decoding",
            scanned_bytes.clone(),
        );
        registry.register(
            "request_duration_seconds",
            "Time from request head to response head",
            duration.clone(),
        );
        registry.register(
            "upstream_errors",
            "Upstream failures by reason",
            upstream_errors.clone(),
        );
        registry.register(
            "config_reloads",
            "Configuration reloads by result",
            reloads.clone(),
        );
        registry.register(
            "build",
            "Build information",
            Info::new(vec![("version", env!("CARGO_PKG_VERSION"))]),
        );
        // Series show up at zero before their first event, so that rates
        // and alerts work from the start; their label sets are fixed.
        for result in ["ok", "error"] {
            let _ = reloads.get_or_create(&ResultLabels { result });
        }
        for kind in Kind::ALL {
            for action in ACTION_LABELS {
                let _ = findings.get_or_create(&FindingLabels {
                    kind: kind.name(),
                    action,
                });
            }
        }
        for reason in ["unavailable", "timeout"] {
            let _ = upstream_errors.get_or_create(&ReasonLabels { reason });
        }
        Metrics {
            registry,
            requests,
            findings,
            scanned_bytes,
            duration,
            upstream_errors,
            reloads,
        }
    }

    /// Counts one request.
    pub fn request(&self, route: &str, outcome: &'static str, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                route: route.to_string(),
                outcome,
            })
            .inc();
        self.duration.observe(seconds);
    }

    /// Counts a request's findings and scanned bytes.
    pub fn findings(&self, tally: &Tally, policy: &Policy, mode: Mode, scanned: u64) {
        for (kind, action, n) in by_action(tally, policy, mode) {
            self.findings
                .get_or_create(&FindingLabels {
                    kind: kind.name(),
                    action,
                })
                .inc_by(n);
        }
        self.scanned_bytes.inc_by(scanned);
    }

    /// Counts an upstream failure.
    pub fn upstream_error(&self, reason: &'static str) {
        self.upstream_errors
            .get_or_create(&ReasonLabels { reason })
            .inc();
    }

    /// Counts a configuration reload.
    pub fn reload(&self, ok: bool) {
        let result = if ok { "ok" } else { "error" };
        self.reloads.get_or_create(&ResultLabels { result }).inc();
    }

    /// The Prometheus (OpenMetrics) text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_names_and_labels() {
        let m = Metrics::new();
        m.request("tickets", "forwarded", 0.002);
        let mut t = Tally::default();
        t.add(Kind::Card, Disposition::Policy);
        t.add(Kind::Email, Disposition::Allowed);
        m.findings(&t, &Policy::default(), Mode::Enforce, 100);
        m.upstream_error("timeout");
        m.reload(true);
        let text = m.render();
        for line in [
            "pii_proxy_requests_total{route=\"tickets\",outcome=\"forwarded\"} 1",
            "pii_proxy_findings_total{kind=\"card\",action=\"mask\"} 1",
            "pii_proxy_findings_total{kind=\"email\",action=\"allow\"} 1",
            "pii_proxy_scanned_bytes_total 100",
            "pii_proxy_request_duration_seconds_count 1",
            "pii_proxy_upstream_errors_total{reason=\"timeout\"} 1",
            "pii_proxy_config_reloads_total{result=\"ok\"} 1",
            "pii_proxy_config_reloads_total{result=\"error\"} 0",
            "pii_proxy_build_info{version=\"",
            "pii_proxy_findings_total{kind=\"phone\",action=\"token\"} 0",
            "pii_proxy_upstream_errors_total{reason=\"unavailable\"} 0",
        ] {
            assert!(text.contains(line), "missing {line} in:\n{text}");
        }
        // Every action a policy can name has its label value.
        for kind in Kind::ALL {
            for d in Disposition::ALL {
                for mode in [Mode::Enforce, Mode::Report] {
                    let label = action_label(kind, d, &Policy::default(), mode);
                    assert!(ACTION_LABELS.contains(&label), "{label}");
                }
            }
        }
        for action in [
            crate::redact::Action::Mask,
            crate::redact::Action::MaskKeepFirstSixLastFour,
            crate::redact::Action::MaskAll,
            crate::redact::Action::Label,
            crate::redact::Action::Remove,
            crate::redact::Action::Token,
            crate::redact::Action::Keep,
        ] {
            assert!(ACTION_LABELS.contains(&action.name()));
        }
    }
}
