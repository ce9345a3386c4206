#!/usr/bin/env bash
# HTTP load on POST /v1/evaluations with wrk: starts the packaged service on loopback, waits until it is ready,
# replays a rotating mix of generated profiles, prints requests/s and latency percentiles, and stops the service.
# Env: DURATION (20s), WARMUP (30s), THREADS (2), CONNECTIONS (32), PROFILES (500), PORT (18080),
#      DECISION_LOG=off to switch the decision log off (default: logged to a temp file, as in production).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${DURATION:-20s}" warmup="${WARMUP:-30s}" threads="${THREADS:-2}" connections="${CONNECTIONS:-32}"
profiles="${PROFILES:-500}" port="${PORT:-18080}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d)"
source scripts/service.sh

# Profiles from the benchmark's generator, as a Lua table the wrk script rotates through.
java -cp "$(scripts/bench-classpath.sh)" ai.licensing.bench.ProfileGenerator "$profiles" "$work/profiles.jsonl" 11
awk 'BEGIN { print "return {" } { print "[==[" $0 "]==]," } END { print "}" }' "$work/profiles.jsonl" > "$work/profiles.lua"

log_enabled=true
[[ "${DECISION_LOG:-}" == off ]] && log_enabled=false
start=$(date +%s%N)
start_service -Dlicensing.decision-log.enabled="$log_enabled"
echo "== start to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms ($(grep -o 'Compiled [0-9]* rules.*in [0-9]* ms' "$work/service.log"))"

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); decision log enabled: $log_enabled"
# Warm the JIT first, so the figures describe the service in steady state: on two cores the JIT compiler threads
# still took a quarter of the CPU in the 10 s after a 5-s warm-up (docs/performance.md), so 30 s by default.
PROFILES_LUA="$work/profiles.lua" wrk -t "$threads" -c "$connections" -d "$warmup" -s scripts/load-profiles.lua \
  "http://127.0.0.1:$port/v1/evaluations" >/dev/null
PROFILES_LUA="$work/profiles.lua" wrk -t "$threads" -c "$connections" -d "$duration" --latency -s scripts/load-profiles.lua \
  "http://127.0.0.1:$port/v1/evaluations"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
