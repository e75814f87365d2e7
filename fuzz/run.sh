#!/usr/bin/env bash
# Fuzz the untrusted-input parsers with cargo-fuzz (libFuzzer) for a bounded time each.
#
#   fuzz/run.sh [SECONDS_PER_TARGET]     (default 60)
#   FUZZ_TARGETS=config_aliases fuzz/run.sh 60   (only these targets)
#   FUZZ_SANITIZER=none fuzz/run.sh 60   (no AddressSanitizer: builds about twice as fast and
#                                         still finds panics, overflows and hangs; the code under
#                                         test (config, payload, token parsers) has no `unsafe`)
#
# Needs a nightly toolchain (`rustup toolchain install nightly`); installs cargo-fuzz if missing.
# Builds into $CARGO_TARGET_DIR/fuzz (or fuzz/target). Prints, per target: executions, time,
# coverage and findings; crashes are kept in fuzz/artifacts/<target>/ and make the script fail.
# Not part of `make test` (nightly only); see README "Fuzzing" for the last figures.
set -euo pipefail
cd "$(dirname "$0")"
SECS="${1:-60}"
TARGETS=(${FUZZ_TARGETS:-config config_aliases alertmanager token})

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz/run.sh: needs a nightly toolchain: rustup toolchain install nightly --profile minimal" >&2
    exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz…" >&2
    cargo +nightly install cargo-fuzz --locked
fi
if [ -n "${CARGO_TARGET_DIR:-}" ]; then
    export CARGO_TARGET_DIR="$CARGO_TARGET_DIR/fuzz"
fi
# Two cores are shared: one fuzzing job at a time, builds with two jobs.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

status=0
summary=()
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    log="$(mktemp)"
    start=$(date +%s)
    set +e
    cargo +nightly fuzz run --sanitizer "${FUZZ_SANITIZER:-address}" "$t" "corpus/$t" -- -max_total_time="$SECS" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    took=$(( $(date +%s) - start ))
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
    crashes=$(find "artifacts/$t" -type f | wc -l)
    if [ "$rc" -ne 0 ]; then
        status=1
        tail -40 "$log" >&2
    fi
    summary+=("$t: ${execs:-0} execs in ${took}s (fuzzing ${SECS}s), coverage ${cov:-?} edges, corpus $(ls "corpus/$t" | wc -l), findings ${crashes} (exit $rc)")
    rm -f "$log"
done
printf '%s\n' "${summary[@]}"
exit "$status"
