#!/usr/bin/env bash
# Measures `evaluate` on N generated profiles (default 200000) with the packaged jar: throughput and peak RSS, for a
# first run on the rules, a later one, and a later one with the JVM options the README gives for large files; then,
# with a JDK 25 or later (AOT_JAVA, or the newest under /usr/lib/jvm), a run as the image's evaluate job makes it:
# that JDK, the AOT cache of a training run (src/main/docker/aot-train.sh), the compile the image ships
# (precompile, with its consequences compiled to Java) and the README's options.
# Needs `mvn -B package -DskipTests` first, and GNU time (/usr/bin/time). JAVA_OPTS passes JVM options (-Xmx...);
# JAVA names the java to run (java on the PATH by default). PORT (18083): the AOT training run's service.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/generate-profiles.sh "$n" > "$work/profiles.jsonl"
run() {
  # A new output file each run: rewriting the last run's 1.6 GB made the filesystem flush it during this one (10 %).
  rm -f "$work/verdicts.jsonl"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time.txt" "${JAVA:-java}" -Dlicensing.rules.cache-dir="${CACHE:-$work/cache}" ${JAVA_OPTS:-} \
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
# The options the README gives for large files: C2 inlines less, and spends half the CPU compiling; the serial
# collector has no concurrent threads to compete with the workers for two cores.
large="-XX:+UseSerialGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000"
JAVA_OPTS="${JAVA_OPTS:-} $large" run "later run, the README's options for large files"
source scripts/jdk25.sh
if [[ -n "$aot_java" ]]; then
  AOT_TRAIN_PORT="${PORT:-18083}" src/main/docker/aot-train.sh "$work/app.aot" src/main/docker/aot-training.http "$aot_java" \
    -Dlicensing.rules.cache=false -Dlicensing.decision-log.path="$work/decisions.jsonl" -jar target/quarkus-app/quarkus-run.jar
  # A compile is read only by the JVM that made it: the image's precompile runs on its own JDK.
  "$aot_java" -jar target/quarkus-app/quarkus-run.jar precompile --rules rules-drl --into "$work/shipped" >/dev/null
  JAVA="$aot_java" CACHE="$work/image-cache" JAVA_OPTS="${JAVA_OPTS:-} $large -XX:AOTCache=$work/app.aot \
    -Dlicensing.rules.cache-shipped-dir=$work/shipped" run "as the image's evaluate job runs ($("$aot_java" -version 2>&1 | head -1))"
fi
