#!/usr/bin/env bash
# Scale-out test on loopback: three pii-proxy replicas behind HAProxy, run
# with deploy/haproxy/haproxy.cfg (only binds and server lines rewritten) and,
# when the binary reads config files, the config from
# deploy/kubernetes/configmap.yaml.
#
#   1. An upstream sink records every body it receives and flags any that
#      still holds a planted card, email or phone number.
#   2. 20 clients post ticket JSON with planted values for 15 s; 5 s in, one
#      replica is killed with SIGKILL.
#   3. Report: requests, successes, failures by kind, requests per replica,
#      bodies that reached the sink unredacted.
#   4. A replica gets SIGTERM with a request in flight: the request must
#      complete, readiness must fail at once, HAProxy must take the replica
#      out, and the process must exit 0. Then the last replica stops, and
#      HAProxy must answer a clean 503.
#
# Fails if any unredacted body reached the sink, if a replica got no traffic,
# if a failure was not clean, or if a drain step misbehaved. Clean failures:
#   - 502/503/504 with a JSON error body (HAProxy's or the proxy's);
#   - a kept-alive client connection closed without a response, for a request
#     that was in flight on the killed replica (within 1 s of the kill).
#     HAProxy does this on purpose for any request after the first on a
#     client connection, so that the client's network-error retry rule
#     applies; see the retry notes in deploy/haproxy/haproxy.cfg.
# A reset, a cut-off answer, a timeout, another status, or a close outside
# the kill window is not clean. Half the clients keep connections alive, half
# open one per request, so both paths are exercised. Every process is
# started here and stopped by its PID.
#
#   scripts/scale-out.sh      (PII_PROXY_BIN, default target/release/pii-proxy;
#                              SCALE_OUT_CLIENTS 20, SCALE_OUT_SECONDS 15;
#                              SCALE_OUT_KEEP=1 keeps the logs)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PII_PROXY_BIN:-target/release/pii-proxy}
clients=${SCALE_OUT_CLIENTS:-20}
seconds=${SCALE_OUT_SECONDS:-15}
kill_at=$((seconds / 3))
helper=scripts/scale_out.py
replicas=3

[ -x "$bin" ] || { echo "no pii-proxy binary at $bin (set PII_PROXY_BIN, or cargo build --release)"; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed"; exit 2; }
if ! command -v haproxy >/dev/null; then
  echo "installing haproxy"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq haproxy >/dev/null
fi

work=$(mktemp -d)
pids=()
ours() { [ "$(ps -o ppid= -p "$1" 2>/dev/null | tr -d ' ')" = "$$" ]; }  # still our child
cleanup() {
  local p
  for p in "${pids[@]}"; do ours "$p" && kill -TERM "$p" 2>/dev/null; done
  sleep 0.3
  for p in "${pids[@]}"; do ours "$p" && kill -KILL "$p" 2>/dev/null; done
  wait 2>/dev/null || true
  if [ -n "${SCALE_OUT_KEEP:-}" ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
py() { timeout 60 python3 "$helper" "$@"; }

# What this binary supports: the admin listener and config files.
help=$("$bin" serve --help)
has_admin=false; grep -q -- '--admin-listen' <<<"$help" && has_admin=true
has_config=false; grep -q -- '--config' <<<"$help" && has_config=true
echo "binary: $bin ($("$bin" --version)); admin listener: $has_admin; config file: $has_config"

# The planted values must be ones the proxy detects at all; otherwise a leak
# below would be a detection question, not a scale-out one.
py pool "$work/pool.json"
py sample "$work/pool.json" > "$work/sample.json"
"$bin" redact --content-type application/json "$work/sample.json" > "$work/sample.out"
py leaks "$work/pool.json" "$work/sample.out" >/dev/null || { echo "the planted values are not all detected by redact"; exit 1; }

# All ports from one call: ports from separate calls may repeat, since
# each call releases its own before the next binds.
read -ra ports <<<"$(py ports $((3 + 2 * replicas)))"
sink_port=${ports[0]} front_port=${ports[1]} stats_port=${ports[2]}
http_ports=("${ports[@]:3:replicas}")
admin_ports=("${ports[@]:3+replicas:replicas}")

python3 "$helper" sink "$sink_port" "$work/pool.json" & pids+=($!)

common=(--upstream "http://127.0.0.1:$sink_port")
if $has_config; then
  head -c 32 /dev/urandom | base64 > "$work/token.key"
  py config deploy/kubernetes/configmap.yaml "$work/token.key" > "$work/config.toml"
  common+=(--config "$work/config.toml")
fi
replica_pids=()
for i in $(seq 0 $((replicas - 1))); do
  args=(serve --listen "127.0.0.1:${http_ports[i]}" "${common[@]}")
  $has_admin && args+=(--admin-listen "127.0.0.1:${admin_ports[i]}")
  PII_PROXY_LOG=info "$bin" "${args[@]}" >"$work/replica$((i + 1)).log" 2>&1 &
  pids+=($!); replica_pids+=($!)
done
victim=1   # pii-proxy-2, killed mid-run: no job report for it
disown "${replica_pids[victim]}"
for i in $(seq 0 $((replicas - 1))); do
  if $has_admin; then ready=(--url "http://127.0.0.1:${admin_ports[i]}/readyz")
  else ready=(--tcp "${http_ports[i]}"); fi
  py ready "${ready[@]}" --pid "${replica_pids[i]}" || { cat "$work/replica$((i + 1)).log"; exit 1; }
done

servers=()
for i in $(seq 0 $((replicas - 1))); do servers+=(--server "pii-proxy-$((i + 1)):${http_ports[i]}:${admin_ports[i]}"); done
health=tcp; $has_admin && health=readyz
py haproxy deploy/haproxy/haproxy.cfg --front "127.0.0.1:$front_port" --stats "127.0.0.1:$stats_port" \
  --socket "$work/haproxy.sock" --health "$health" "${servers[@]}" > "$work/haproxy.cfg"
haproxy -c -q -f "$work/haproxy.cfg"
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 & pids+=($!)
stats_url="http://127.0.0.1:$stats_port/stats"
py all-up "$stats_url" $replicas || { cat "$work/haproxy.log"; exit 1; }
echo "HAProxy on :$front_port, health checks: $health; $replicas replicas up; load: $clients clients for $seconds s"

fail=0
kill_admin=()
$has_admin && kill_admin=(--kill-admin "http://127.0.0.1:${admin_ports[victim]}")
py load --port "$front_port" --pool "$work/pool.json" --clients "$clients" --duration "$seconds" \
  --kill-pid "${replica_pids[victim]}" --kill-at "$kill_at" "${kill_admin[@]}" --out "$work/load.json"

report=(--load "$work/load.json" --sink-url "http://127.0.0.1:$sink_port" --stats-url "$stats_url"
        --haproxy-log "$work/haproxy.log" --killed "pii-proxy-$((victim + 1))" --clients "$clients")
for i in $(seq 0 $((replicas - 1))); do
  if $has_admin; then report+=(--replica "pii-proxy-$((i + 1))=http://127.0.0.1:${admin_ports[i]}")
  else report+=(--replica "pii-proxy-$((i + 1))"); fi
done
$has_config && report+=(--kept-check)
py report "${report[@]}" || fail=1

# Graceful stop of the survivors: first with a request in flight.
stop_and_wait() { # index: wait for the replica to exit, check it exits 0
  local i=$1 pid=${replica_pids[$1]} t=0 rc=0
  while kill -0 "$pid" 2>/dev/null && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
    sleep 0.1; t=$((t + 1))
    if [ $t -ge 350 ]; then echo "FAIL: pii-proxy-$((i + 1)) still running 35 s after SIGTERM"; return 1; fi
  done
  wait "$pid" || rc=$?
  echo "  pii-proxy-$((i + 1)) exited with status $rc after SIGTERM"
  [ "$rc" -eq 0 ]
}
drain=(--port "${http_ports[0]}" --pid "${replica_pids[0]}" --server pii-proxy-1 --stats-url "$stats_url" --pool "$work/pool.json")
$has_admin && drain+=(--admin "http://127.0.0.1:${admin_ports[0]}")
py drain "${drain[@]}" || fail=1
stop_and_wait 0 || fail=1
kill -TERM "${replica_pids[2]}"
stop_and_wait 2 || fail=1
py probe --port "$front_port" || fail=1
py leaks "$work/pool.json" <(cat "$work"/replica*.log "$work/haproxy.log") >/dev/null \
  || { echo "FAIL: a planted value appears in a replica or HAProxy log"; fail=1; }

if [ "$fail" -ne 0 ]; then
  echo "scale-out: FAILED (SCALE_OUT_KEEP=1 keeps the logs for a look)"
  exit 1
fi
echo "scale-out: ok"
