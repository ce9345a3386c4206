# Sourced by the benchmark scripts that drive the packaged service (load.sh, startup-benchmark.sh):
# packages it when the sources are newer, starts it on loopback and waits until it is ready, stops it on exit.
# Needs $work (a temp folder, removed on exit) and $port set by the caller.

service=""

stop_service() {
  if [[ -n "$service" ]]; then kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true; fi
  service=""
}
trap 'stop_service; rm -rf "$work"' EXIT

if [[ ! -f target/quarkus-app/quarkus-run.jar || -n "$(find src/main pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
  mvn -B -q package -DskipTests
fi

# start_service [-Dname=value...]: the service log goes to $work/service.log, the decision log to $work.
# $service_java is the java that runs it (java on the PATH by default).
start_service() {
  "${service_java:-java}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dlicensing.decision-log.path="$work/decisions.jsonl" \
    "$@" -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
  service=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 "$service" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
    sleep 0.02
  done
}
