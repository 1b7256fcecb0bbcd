#!/usr/bin/env bash
# Instructions per byte, counted by callgrind (repeatable on a noisy
# machine), for each corpus profile (1 MiB): the detector alone
# (examples/detect_file, SIMD and scalar prefilter), the regex baseline
# alone (examples/regex_baseline), the whole `pii-proxy redact FILE`
# process, and a plain copy (`cat`) for scale. Each figure is
# (Ir(file) - Ir(empty file)) / bytes, so start-up costs cancel out.
#
#   scripts/callgrind.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin pii-proxy --example detect_file --example regex_baseline
: > "$work/empty"

ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
per_byte() { # label file cmd...
  local file=$1; shift
  local full empty bytes
  full=$(ir "$@" "$file"); empty=$(ir "$@" "$work/empty"); bytes=$(stat -c %s "$file")
  python3 -c "print(f'{($full - $empty) / $bytes:.2f}')"
}

printf '%-13s %8s %8s %8s %8s %8s %10s\n' profile simd scalar regex redact copy regex/simd
for profile in prose tickets-json chat digits random; do
  f="$work/$profile.bin"
  python3 ../shared/bench-corpus/gen.py "$profile" 1 > "$f"
  simd=$(per_byte "$f" target/release/examples/detect_file)
  scalar=$(per_byte "$f" target/release/examples/detect_file --scalar)
  regex=$(per_byte "$f" target/release/examples/regex_baseline)
  redact=$(per_byte "$f" target/release/pii-proxy redact)
  copy=$(per_byte "$f" cat)
  ratio=$(python3 -c "print(f'{$regex / $simd:.2f}')")
  printf '%-13s %8s %8s %8s %8s %8s %10s\n' "$profile" "$simd" "$scalar" "$regex" "$redact" "$copy" "$ratio"
done
