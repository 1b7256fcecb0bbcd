#!/usr/bin/env bash
# Streams 1 GiB of NDJSON ticket bodies through `pii-proxy redact` in 4 KiB
# reads and checks (1) peak RSS stays under 64 MiB and (2) the output equals
# redacting each document alone.
#
#   scripts/memory-ndjson.sh [GIB]      (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
gib=${1:-1}
limit_kib=$((64 * 1024))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=target/release/pii-proxy
# One 16 MiB slice of the tickets-json profile, repeated: generating 1 GiB
# directly would take minutes.
python3 ../shared/bench-corpus/gen.py tickets-json 16 > "$work/slice.ndjson"
repeats=$((gib * 64))

# Each document alone, for a sample of documents, must equal its line in
# the redaction of the whole slice.
"$bin" redact --content-type application/x-ndjson "$work/slice.ndjson" > "$work/slice.out"
python3 - "$bin" "$work/slice.ndjson" "$work/slice.out" <<'PY'
import subprocess, sys
binary, src, out = sys.argv[1:]
docs = open(src, 'rb').read().split(b'\n')
got = open(out, 'rb').read().split(b'\n')
assert len(docs) == len(got), (len(docs), len(got))
step = max(1, len(docs) // 300)
for i in range(0, len(docs), step):
    alone = subprocess.run([binary, 'redact', '--content-type', 'application/x-ndjson'],
                           input=docs[i], capture_output=True, check=True).stdout
    assert alone == got[i], f"document {i} differs when redacted alone"
print(f"per-document: {len(range(0, len(docs), step))} sampled documents equal their line in the stream")
PY

expected=$(for _ in $(seq "$repeats"); do cat "$work/slice.out"; done | sha256sum | cut -d' ' -f1)
/usr/bin/time -f '%M' -o "$work/rss" \
  bash -c "for _ in \$(seq $repeats); do cat '$work/slice.ndjson'; done \
    | '$bin' redact --content-type application/x-ndjson --read-size 4096 \
    | sha256sum | cut -d' ' -f1 > '$work/got'"
got=$(cat "$work/got")
# %M of the pipeline is the largest member's peak; measure pii-proxy alone too.
peak_kib=$(for _ in 1; do
  { for _ in $(seq "$repeats"); do cat "$work/slice.ndjson"; done; } \
    | /usr/bin/time -f '%M' "$bin" redact --content-type application/x-ndjson --read-size 4096 2>&1 >/dev/null | tail -n1
done)
echo "streamed $((repeats * 16)) MiB; pii-proxy peak RSS ${peak_kib} KiB (limit ${limit_kib} KiB)"
[ "$got" = "$expected" ] || { echo "FAIL: streamed output differs from the per-slice redaction"; exit 1; }
[ "$peak_kib" -lt "$limit_kib" ] || { echo "FAIL: peak RSS over the limit"; exit 1; }
echo "ok: output identical, memory bounded"
