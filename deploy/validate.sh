#!/usr/bin/env bash
# Validate the deployment files offline, with no cluster:
#   - every Kubernetes manifest against the bundled Kubernetes JSON schemas
#     (strict: unknown fields are errors) for the oldest supported and the
#     newest bundled Kubernetes version, plus the cross-checks in
#     validate_manifests.py (selectors, ports, probes, drain vs grace period,
#     mounts, security context, kustomization listing);
#   - the config file in the ConfigMap with the proxy's own `check-config`,
#     when a pii-proxy binary is at hand;
#   - the kustomize rendering of the directory, when kubectl is present;
#   - deploy/haproxy/haproxy.cfg with `haproxy -c`, when haproxy is present;
#   - the validator itself: a few deliberately broken copies must fail.
#
# Installs the schema tool (PyPI kubernetes-validate, schemas included) into
# a private virtualenv on first use; later runs reuse it. Exits non-zero on
# any invalid file.
#
#   deploy/validate.sh
set -euo pipefail
cd "$(dirname "$0")/.."

KV_VERSION=1.37.0           # kubernetes-validate; bundles schemas up to 1.37
K8S_VERSIONS=(1.30.0 1.37.0)  # 1.30: the preStop sleep action is on by default
kdir=deploy/kubernetes

# A Python that imports kubernetes_validate $KV_VERSION: the current one if it
# already does, else a virtualenv made (once) for it.
has_kv() {
  "$1" -c "import sys, kubernetes_validate.version as v; sys.exit(v.__version__ != '$KV_VERSION')" 2>/dev/null
}
py=python3
if ! has_kv "$py"; then
  venv=${PII_PROXY_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pii-proxy-deploy}/venv-kv-$KV_VERSION
  if ! has_kv "$venv/bin/python"; then
    echo "installing kubernetes-validate $KV_VERSION into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv" || { echo "python3 -m venv failed (Debian: apt-get install python3-venv)"; exit 1; }
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "kubernetes-validate==$KV_VERSION"
  fi
  py=$venv/bin/python
fi
kv_args=()
for v in "${K8S_VERSIONS[@]}"; do kv_args+=(--k8s "$v"); done
validate() { "$py" deploy/validate_manifests.py "${kv_args[@]}" "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The proxy's own check of the ConfigMap's config file (unknown keys, bad
# values), when a binary with check-config is at hand: PII_PROXY_BIN, or the
# newest of target/release and target/debug (CI has the latter after
# `cargo test`).
bin=${PII_PROXY_BIN:-$(ls -t target/release/pii-proxy target/debug/pii-proxy 2>/dev/null | head -1 || true)}
if [ -n "$bin" ] && ! "$bin" check-config --help >/dev/null 2>&1; then bin=; fi
head -c 32 /dev/urandom | base64 > "$work/token.key"
check_config() { # DIR: the proxy accepts DIR/configmap.yaml's config.toml
  python3 scripts/scale_out.py config "$1/configmap.yaml" "$work/token.key" > "$work/config.toml" &&
    "$bin" check-config "$work/config.toml" > "$work/check-config.out" 2>&1 ||
    { sed 's/^/  INVALID /' "$work/check-config.out"; return 1; }
}
check_all() { validate "$1" && { [ -z "$bin" ] || check_config "$1"; }; }

echo "== manifests"
validate "$kdir"

echo "== the config file, as the proxy reads it"
if [ -n "$bin" ]; then
  check_config "$kdir"
  echo "configmap.yaml config.toml: accepted by $bin check-config"
else
  echo "no pii-proxy binary with check-config: skipped (the TOML was parsed above)"
fi

echo "== kustomize rendering"
if command -v kubectl >/dev/null; then
  kubectl kustomize "$kdir" > "$work/rendered.yaml"
  validate --stream "$work/rendered.yaml"
else
  echo "kubectl not found: skipped (the files themselves were validated above)"
fi

echo "== haproxy config"
if command -v haproxy >/dev/null; then
  # Replica names do not resolve here; the config starts anyway
  # (init-addr none), so only real errors fail the check.
  haproxy -c -q -f deploy/haproxy/haproxy.cfg
  echo "deploy/haproxy/haproxy.cfg: valid"
else
  echo "haproxy not found: skipped (scripts/scale-out.sh installs it and runs the config)"
fi

echo "== the validator catches broken manifests"
# Each case: a file, a sed expression that breaks it, and what it breaks.
cases=(
  "deployment.yaml|s/livenessProbe:/livenesProbe:/|unknown field (strict schema)"
  "deployment.yaml|s/replicas: 3/replicas: \"3\"/|wrong type"
  "hpa.yaml|s#autoscaling/v2#autoscaling/v2beta3#|apiVersion with no schema"
  "service.yaml|s/targetPort: http/targetPort: web/|Service port that no container has"
  "configmap.yaml|s/drain_timeout_secs = 30/drain_timeout_secs = 60/|drain longer than the grace period"
  "configmap.yaml|s/^    \\[limits\\]/    [limits/|config that is not TOML"
  "pdb.yaml|\$a metadata: {name: twice}|duplicate key"
)
[ -n "$bin" ] && cases+=("configmap.yaml|s/^    max_body = /    max_bodyy = /|config key the proxy does not know")
caught=0
for c in "${cases[@]}"; do
  IFS='|' read -r file expr what <<<"$c"
  rm -rf "$work/broken" && cp -r "$kdir" "$work/broken"
  sed -i "$expr" "$work/broken/$file"
  if cmp -s "$kdir/$file" "$work/broken/$file"; then
    echo "self-test case '$what' changed nothing in $file: fix the case"; exit 1
  fi
  if check_all "$work/broken" >"$work/out" 2>&1; then
    echo "NOT CAUGHT: $what ($file)"; cat "$work/out"; exit 1
  fi
  echo "caught: $what ($file): $(grep -m1 INVALID "$work/out" | sed 's/^ *INVALID //')"
  caught=$((caught + 1))
done
echo "validate: manifests valid; $caught of ${#cases[@]} deliberate breakages caught"
