#!/bin/bash
# Memory of the real `pipeline-guard serve` at scale (BENCHMARKS.md, "Memory of `serve` at
# 10,000 components"): N HTTP components checked every 10 s against 127.0.0.1:PORT (a running
# `labsvc --port PORT`, or a refused port such as 1), for SECONDS; VmRSS / VmHWM from
# /proc/PID/status every 10 s for the first minute, then every 30 s, into OUT/mem.tsv.
#
# usage: scripts/serve-memory.sh BIN OUT N PORT SECONDS
#   e.g. scripts/serve-memory.sh target/release/pipeline-guard /tmp/m10k 10000 38080 600
set -u
BIN=$1; D=$2; N=$3; PORT=$4; SECS=$5
rm -rf "$D" && mkdir -p "$D"
{
  printf 'pipeline:\n  monitoring: { interval: 10s, health_check_timeout: 2s, max_workers: 256 }\ncomponents:\n'
  for ((i = 0; i < N; i++)); do printf '  - name: c%d\n    check: { http: { url: "http://127.0.0.1:%d/health" } }\n' "$i" "$PORT"; done
} > "$D/scale.yaml"
API=$((20000 + RANDOM % 20000))
PIPELINE_LOG=warn "$BIN" serve --config "$D/scale.yaml" --db "$D/scale.db" --listen "127.0.0.1:$API" > "$D/out.log" 2>&1 &
PID=$!
START=$(date +%s)
printf 't_s\tVmRSS_kB\tVmHWM_kB\tcpu_ticks\n' > "$D/mem.tsv"
while [ -d "/proc/$PID" ]; do
  T=$(($(date +%s) - START))
  printf '%s\t%s\t%s\t%s\n' "$T" "$(awk '/VmRSS/{print $2}' /proc/$PID/status)" "$(awk '/VmHWM/{print $2}' /proc/$PID/status)" "$(awk '{print $14+$15}' /proc/$PID/stat)" >> "$D/mem.tsv"
  [ "$T" -ge "$SECS" ] && break
  if [ "$T" -lt 60 ]; then sleep 10; else sleep 30; fi
done
kill -TERM "$PID"; wait "$PID"
