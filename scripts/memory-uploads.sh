#!/usr/bin/env bash
# 200 concurrent 10 MiB uploads through `pii-proxy serve` to a sink
# upstream on loopback; checks every upload succeeded and the proxy's peak
# RSS stayed under 256 MiB (bodies stream, they are never held whole).
# The sink answers 204 No Content to every complete request.
#
#   scripts/memory-uploads.sh [CLIENTS] [MIB]   (defaults 200 and 10)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-200}
mib=${2:-10}
limit_kib=$((256 * 1024))
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --quiet --bin pii-proxy --example load_peers
# Distinct free ports: all bound before any is released.
ports() { python3 -c 'import socket,sys; s=[socket.socket() for _ in range(int(sys.argv[1]))]; [x.bind(("127.0.0.1",0)) for x in s]; print(*[x.getsockname()[1] for x in s])' "$1"; }
read -r sink_port proxy_port <<<"$(ports 2)"
target/release/examples/load_peers sink "127.0.0.1:$sink_port" & pids+=($!)
target/release/pii-proxy serve --listen "127.0.0.1:$proxy_port" --upstream "http://127.0.0.1:$sink_port" \
  --max-body $(((mib + 1) << 20)) --max-connections 1024 --admin-listen 127.0.0.1:0 --audit "$work/audit.jsonl" \
  2>"$work/proxy.log" & pids+=($!); proxy_pid=$!
sleep 1

python3 - "$mib" > "$work/upload.txt" <<'PY'
import sys
line = b"Ticket note: card 4111 1111 1111 1111, mail jane.doe@example.com, call +33 6 12 34 56 78. Order 482913 shipped 2024-05-03.\n"
size = int(sys.argv[1]) << 20
sys.stdout.buffer.write((line * (size // len(line) + 1))[:size])
PY

start=$(date +%s.%N)
for i in $(seq "$clients"); do
  curl -s -o /dev/null -w '%{http_code}\n' -T "$work/upload.txt" -X POST \
    -H 'Content-Type: text/plain' "http://127.0.0.1:$proxy_port/upload/$i" > "$work/status.$i" &
done
wait $(jobs -p | grep -v -e "${pids[0]}" -e "${pids[1]}") 2>/dev/null || true
end=$(date +%s.%N)
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$proxy_pid/status")
ok=$(cat "$work"/status.* | grep -c '^204$' || true)
echo "uploads: $ok/$clients succeeded (${mib} MiB each) in $(python3 -c "print(f'{$end-$start:.1f}')") s; proxy peak RSS ${peak_kib} KiB (limit ${limit_kib} KiB)"
if grep -qE '4111 1111|jane.doe@' "$work/proxy.log"; then echo "FAIL: a value reached the proxy log"; exit 1; fi
[ "$ok" -eq "$clients" ] || { echo "FAIL: not every upload succeeded"; exit 1; }
[ "$peak_kib" -lt "$limit_kib" ] || { echo "FAIL: peak RSS over the limit"; exit 1; }
echo "ok"
