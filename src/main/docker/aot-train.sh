#!/usr/bin/env bash
# A training run for the JVM's ahead-of-time cache (JDK 25+, JEP 483/514/515): starts the service with the command
# given, waits until it is ready and serves its rules compiled from the files with their consequences compiled to Java
# (a start from a compile the image ships compiles the files again a few seconds later), sends it the requests
# of a training file, stops it, and checks that the JVM wrote the cache on the way out. A later start with
# -XX:AOTCache=OUT finds the JDK's, Quarkus' and Drools' classes already loaded and linked, and the profiles of their
# methods, so it compiles the rules and is ready sooner. Any rules folder benefits, not only the one trained on.
#
#   aot-train.sh OUT TRAINING-FILE COMMAND...
#   aot-train.sh /deployments/app.aot /deployments/aot/training.http /opt/jboss/container/java/run/run-java.sh
#
# The COMMAND must start the service as production will (same JVM, same class path, same JVM options); the cache is
# written only for the JVM that reads it. Each line of TRAINING-FILE is "METHOD PATH [JSON BODY]"; '#' lines are
# comments. Needs only bash (HTTP through /dev/tcp), so the image need not have curl. Env: AOT_TRAIN_PORT (18089),
# AOT_TRAIN_TIMEOUT seconds for each wait (300).
set -euo pipefail
export LC_ALL=C # ${#body} then counts bytes, as Content-Length must

if (( $# < 3 )); then
  echo "usage: aot-train.sh OUT TRAINING-FILE COMMAND..." >&2
  exit 2
fi
out="$1" training="$2"
shift 2
[[ -r "$training" ]] || { echo "no training file $training" >&2; exit 2; }
port="${AOT_TRAIN_PORT:-18089}" timeout="${AOT_TRAIN_TIMEOUT:-300}"
scratch="$(mktemp -d)"
service=""
cleanup() {
  if [[ -n "$service" ]]; then kill -9 "$service" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# request METHOD PATH [BODY]: prints the response body; fails on a refused connection or a status other than 2xx
# (the status is left in $status).
request() {
  local method="$1" path="$2" body="${3:-}" response
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "$method" "$path" "${#body}" "$body" >&3
  response="$(cat <&3)"
  exec 3<&-
  status="$(head -c 12 <<< "$response" | cut -d' ' -f2)"
  [[ "$status" == 2* ]] || return 1
  printf '%s' "${response#*$'\r\n\r\n'}"
}

await() {
  local what="$1" deadline=$((SECONDS + timeout))
  shift
  until "$@" 2>/dev/null; do
    kill -0 "$service" 2>/dev/null || { echo "the service stopped before $what:" >&2; cat "$scratch/service.log" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "no $what after ${timeout}s:" >&2; tail -n 40 "$scratch/service.log" >&2; exit 1; }
    sleep 0.2
  done
}
ready() { request GET /q/health/ready >/dev/null; }
compiled_from_files() {
  local rules
  rules="$(request GET /v1/rules)"
  [[ "$rules" == *'"consequences":"compiled"'* && "$rules" == *'"fromCache":false'* ]]
}

rm -f "$out"
# JDK_JAVA_OPTIONS reaches the java launcher whatever script starts it. The decision log and the compiled rules cache
# of the training run go to a scratch folder, so the run leaves nothing behind but the cache.
JDK_JAVA_OPTIONS="-XX:AOTCacheOutput=$out ${JDK_JAVA_OPTIONS:-}" \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" LICENSING_RULES_WATCH=false \
  LICENSING_DECISION_LOG_PATH="$scratch/decisions.jsonl" LICENSING_RULES_CACHE_DIR="$scratch/rules-cache" \
  "$@" > "$scratch/service.log" 2>&1 &
service=$!
await "readiness" ready
await "rules compiled from the files with compiled consequences" compiled_from_files
sent=0 refused=0
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  read -r method path body <<< "$line"
  status=""
  if ! request "$method" "$path" "${body:-}" >/dev/null; then
    # A 4xx still trains the paths it went through; no answer or a 5xx means the service is not as production runs it.
    [[ "$status" == 4* ]] || { echo "training request failed (${status:-no answer}): $line" >&2; exit 1; }
    refused=$((refused + 1))
  fi
  sent=$((sent + 1))
done < "$training"
kill -TERM "$service"
# The JVM assembles the cache as it exits (a few seconds); a service that does not stop is killed by the trap.
wait "$service" || true
service=""
[[ -s "$out" ]] || { echo "the JVM wrote no AOT cache at $out (a JDK 25 or later is needed):" >&2; tail -n 40 "$scratch/service.log" >&2; exit 1; }
echo "trained the AOT cache $out on $sent requests, $refused of them answered 4xx ($(du -h "$out" | cut -f1))"
