#!/usr/bin/env bash
# Instructions per request body, counted by callgrind (repeatable on a
# noisy machine): what the proxy's redaction costs one request, a fresh
# pipeline and its allocations included (examples/request_bodies), for
# Zendesk-style ticket bodies of about 1 KiB and 16 KiB from the
# tickets-json corpus profile, as the load benchmark sends them.
#
#   scripts/request-cost.sh [REQUESTS]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)"; exit 1; }
requests=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --example request_bodies
python3 ../shared/bench-corpus/gen.py tickets-json 2 > "$work/tickets.ndjson"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
docs = [l.strip() for l in open(f"{work}/tickets.ndjson", "rb") if l.strip()]
for size in (1024, 16384):
    picked, total = [], 0
    for d in docs:
        picked.append(d)
        total += len(d) + 1
        if total >= size:
            break
    body = picked[0] if len(picked) == 1 else b"[" + b",".join(picked) + b"]"
    open(f"{work}/body-{size}.json", "wb").write(body)
PY
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
printf '%-8s %8s %14s %10s\n' size bytes 'Ir/request' 'Ir/byte'
for size in 1024 16384; do
  body="$work/body-$size.json"
  full=$(ir target/release/examples/request_bodies "$body" "$requests" 16384)
  none=$(ir target/release/examples/request_bodies "$body" 0 16384)
  bytes=$(stat -c %s "$body")
  python3 -c "d = ($full - $none) / $requests; print(f'{$size:<8} {$bytes:>8} {d:>14.0f} {d / $bytes:>10.2f}')"
done
