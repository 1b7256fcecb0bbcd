#!/usr/bin/env bash
# Proxy load benchmark: wrk against pii-proxy and against the same hyper
# stack with scanning off (the baseline), in the same run, both in front of
# a sink upstream on loopback. JSON ticket bodies of about 1 KiB, 16 KiB
# and 1 MiB at 32 connections. Reports requests/s, the ratio to the baseline,
# p99 latency and the proxy's CPU time per request.
#
#   scripts/load.sh [SECONDS]   (default 10 per run)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --quiet --bin pii-proxy --example load_peers
bin=target/release/pii-proxy
peers=target/release/examples/load_peers
# Distinct free ports: all bound before any is released.
ports() { python3 -c 'import socket,sys; s=[socket.socket() for _ in range(int(sys.argv[1]))]; [x.bind(("127.0.0.1",0)) for x in s]; print(*[x.getsockname()[1] for x in s])' "$1"; }
read -r sink_port proxy_port pass_port <<<"$(ports 3)"
"$peers" sink "127.0.0.1:$sink_port" & pids+=($!)
"$bin" serve --listen "127.0.0.1:$proxy_port" --upstream "http://127.0.0.1:$sink_port" --max-body $((64<<20)) \
  --admin-listen 127.0.0.1:0 --audit "$work/audit.jsonl" 2>"$work/proxy.log" & pids+=($!); proxy_pid=$!
"$peers" passthrough "127.0.0.1:$pass_port" "http://127.0.0.1:$sink_port" 2>/dev/null & pids+=($!); pass_pid=$!
sleep 1

# Zendesk-style ticket bodies of about SIZE bytes: ticket-create documents
# from the tickets-json corpus profile (one PII item per ~650 bytes), one
# document for 1 KiB, a bulk-import array of them for larger sizes.
python3 ../shared/bench-corpus/gen.py tickets-json 2 > "$work/tickets.ndjson"
make_body() {
  python3 - "$1" "$work/tickets.ndjson" <<'PY'
import sys
size, path = int(sys.argv[1]), sys.argv[2]
docs, total = [], 0
for line in open(path, 'rb'):
    line = line.strip()
    if not line:
        continue
    docs.append(line)
    total += len(line) + 1
    if total >= size:
        break
body = docs[0] if len(docs) == 1 else b"[" + b",".join(docs) + b"]"
sys.stdout.buffer.write(body)
PY
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name port pid body
  local name=$1 port=$2 pid=$3 body=$4
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$body", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.3f %.3f\n", summary.requests, latency:percentile(99) / 1000, latency:percentile(50) / 1000))
end
LUA
  local before; before=$(cpu_ticks "$pid")
  local out; out=$(wrk -t2 -c32 -d"${secs}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/v2/tickets.json")
  local after; after=$(cpu_ticks "$pid")
  local line; line=$(grep '^RESULT' <<<"$out")
  read -r _ reqs p99 p50 <<<"$line"
  local hz; hz=$(getconf CLK_TCK)
  python3 -c "
reqs, p99, p50, ticks, hz, secs = $reqs, $p99, $p50, $((after - before)), $hz, $secs
print(f'$name {reqs/secs:.1f} {p50:.3f} {p99:.3f} {ticks/hz/max(reqs,1)*1e6:.1f}')"
}

printf '%-8s %-12s %12s %12s %8s %10s %10s %14s\n' size target 'req/s' 'baseline' ratio 'p50 ms' 'p99 ms' 'cpu us/req'
for size in 1024 16384 1048576; do
  make_body "$size" > "$work/body.json"
  # Warm both paths, then measure them back to back.
  read -r _ base_rps base_p50 base_p99 base_cpu < <(run passthrough "$pass_port" "$pass_pid" "$work/body.json")
  read -r _ rps p50 p99 cpu < <(run pii-proxy "$proxy_port" "$proxy_pid" "$work/body.json")
  ratio=$(python3 -c "print(f'{$rps/$base_rps:.2f}')")
  printf '%-8s %-12s %12s %12s %8s %10s %10s %14s\n' "$size" pii-proxy "$rps" "$base_rps" "$ratio" "$p50" "$p99" "$cpu"
  printf '%-8s %-12s %12s %12s %8s %10s %10s %14s\n' "$size" passthrough "$base_rps" "" "" "$base_p50" "$base_p99" "$base_cpu"
done
if grep -qE '4111 1111|jane.doe@' "$work/proxy.log"; then echo "FAIL: a value reached the proxy log"; exit 1; fi
