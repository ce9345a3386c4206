#!/usr/bin/env bash
# Measures `evaluate` on N generated profiles (default 200000) with the packaged jar: throughput and peak RSS, for a
# first run on the rules, a later one, and a later one with the JVM options the README gives for large files.
# Needs `mvn -B package -DskipTests` first, and GNU time (/usr/bin/time). JAVA_OPTS passes JVM options (-Xmx...);
# JAVA names the java to run (java on the PATH by default), e.g. a JDK 25's.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/generate-profiles.sh "$n" > "$work/profiles.jsonl"
run() {
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time.txt" "${JAVA:-java}" -Dlicensing.rules.cache-dir="$work/cache" ${JAVA_OPTS:-} \
    -jar target/quarkus-app/quarkus-run.jar evaluate --in "$work/profiles.jsonl" --out "$work/verdicts.jsonl"
  end=$(date +%s.%N)
  answers=$(wc -l < "$work/verdicts.jsonl")
  errors=$(grep -c '^{"line":' "$work/verdicts.jsonl" || true)
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  awk -v what="$1" -v n="$answers" -v e="$errors" -v s="$start" -v t="$end" -v rss="$rss_kb" 'BEGIN {
    printf "%s: %d answers (%d error lines) in %.1f s wall, rules included: %.0f profiles/s; peak RSS %.0f MB\n", what, n, e, t - s, n / (t - s), rss / 1024
  }'
}
# The first run compiles the rules and keeps the compile in a fresh compiled rules cache; the second reads it.
run "first run (compiles the rules)"
run "later run (reads the compiled rules cache)"
# The options the README gives for large files: C2 inlines less, and spends half the CPU compiling.
JAVA_OPTS="${JAVA_OPTS:-} -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000" run "later run, less inlining"
