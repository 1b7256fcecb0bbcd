#!/usr/bin/env bash
# Builds every cargo-fuzz target in fuzz/ and runs each one briefly.
#
#   FUZZ_SECONDS    seconds per target (default 30), passed as -max_total_time
#   FUZZ_TOOLCHAIN  toolchain that runs cargo-fuzz (default nightly)
#
# The checked-in seeds in fuzz/corpus/<target>/ are only read; inputs the run
# finds interesting go to fuzz/target/ci-corpus/<target>/ (ignored by git, and
# reused by the next run), crashes to fuzz/artifacts/<target>/. Every target
# runs even if an earlier one fails; the script fails if any did.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
toolchain=${FUZZ_TOOLCHAIN:-nightly}
fuzz=(cargo "+$toolchain" fuzz)

if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$toolchain" --profile minimal
fi
if ! "${fuzz[@]}" --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

echo "building every fuzz target"
"${fuzz[@]}" build

failed=()
for target in $("${fuzz[@]}" list); do
  work="fuzz/target/ci-corpus/$target"
  mkdir -p "$work"
  echo "=== fuzz $target for ${seconds}s"
  if ! "${fuzz[@]}" run "$target" "$work" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1; then
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
echo "fuzz: all targets ran ${seconds}s without a failure"
