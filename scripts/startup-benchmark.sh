#!/usr/bin/env bash
# Start-up and reload of the packaged service, measured from outside:
#   start to ready: from launching the JVM until GET /q/health/ready answers 200 (rules loaded, port open), N times
#   compiling the folder (cache off), N times from the compile an image ships (precompile), N times on the same
#   rules with one license edited (EDITED, llama-4-community.drl by default) and N times with catalog.drl, which every
#   license shares, edited (in both, the files that differ are compiled and merged into the shipped compile), and N
#   times reading it from the compiled rules cache a first start wrote;
#   reload: a rule file is edited while the service runs, M times, alternately one license's file (mit.drl: that
#   license is recompiled alone) and a file every license shares (catalog.drl: everything is recompiled); for each,
#   the compile time the service reports (GET /v1/rules -> lastReload.durationMillis), the time from the save
#   until the new version serves, and until it serves with its consequences compiled to Java (each reload starts
#   once the previous version's consequences are compiled, and after a start from the cache once the service has
#   compiled the files again and warmed up its reloads, as in a service that has been running a while).
#   With a JDK 25 or later (AOT_JAVA, or the newest under /usr/lib/jvm), also N starts compiling the folder on it
#   without and with the AOT cache of a training run (src/main/docker/aot-train.sh, as the image makes it), and N
#   starts from the shipped compile with that cache (the image's own start), and on both edited folders; then the M
#   reloads as the image runs them (started from the shipped compile with that cache, once reloads are warmed up).
# Env: STARTS (5), RELOADS (5), PORT (18082), AOT_JAVA. Works on a copy of rules-drl, so the real folder is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
starts="${STARTS:-5}" reloads="${RELOADS:-5}" port="${PORT:-18082}"
work="$(mktemp -d)"
source scripts/service.sh
cp -r rules-drl "$work/rules"
# The same rules with one license edited after the image was built (a ConfigMap's edit, a lawyer's change on a pod).
cp -r rules-drl "$work/edited"
echo "// edited after the image was built" >> "$work/edited/${EDITED:-llama-4-community.drl}"
cp -r rules-drl "$work/shared-edited"
echo "// edited after the image was built" >> "$work/shared-edited/catalog.drl"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
version() { curl -sf "http://127.0.0.1:$port/v1/rules" | jq -r .version; }
compiled() { [[ "$(curl -sf "http://127.0.0.1:$port/v1/rules" | jq -r '.version + " " + .consequences')" == "$1 compiled" ]]; }
await_compiled() { until compiled "$1"; do sleep 0.02; done; }

# await_warm: until a service started from a kept compile serves the files compiled again and has warmed up its reloads.
await_warm() {
  until [[ "$(curl -sf "http://127.0.0.1:$port/v1/rules" | jq -r .fromCache)" == false ]]; do sleep 0.02; done
  until grep -q 'Warmed up reloads' "$work/service.log"; do sleep 0.02; done
}

# reloads_of DIR LABEL: M edits of the running service's rules folder DIR, alternately one license's file and a file
# every license shares, each once the previous version's consequences are compiled.
reloads_of() {
  local dir="$1" label="$2" i before begin file kind served
  for i in $(seq "$reloads"); do
    before="$(version)"
    begin=$(now_ms)
    if (( i % 2 )); then file=mit.drl; kind="one license"; else file=catalog.drl; kind="every license"; fi
    echo "// edit $i" >> "$dir/$file"
    until [[ "$(version)" != "$before" ]]; do sleep 0.02; done
    served=$(( $(now_ms) - begin ))
    await_compiled "$(version)"
    echo "reload $i$label ($file, $kind): compiled in $(curl -sf "http://127.0.0.1:$port/v1/rules" | jq .lastReload.durationMillis) ms; the save served after $served ms (debounce $(grep -o '^licensing.rules.debounce=.*' src/main/resources/application.properties | cut -d= -f2) included), with compiled consequences after $(( $(now_ms) - begin )) ms"
  done
}

loaded() {
  grep -o '\(Compiled\|Read the compiled\) [0-9]* rules.* in [0-9]* ms' "$work/service.log" | sed 's/ from .* in / in /'
  grep -o 'compiled the files that differ from it into it: .*' "$work/service.log" | sed 's/^/; /' || true
}
cache=(-Dlicensing.rules.cache-dir="$work/cache")

# starts_from_shipped DIR LABEL [options...]: start $i of a new container (an empty cache) reading the compile shipped
# in DIR, on the rules it was made of, then on the same rules with one license edited, and with catalog.drl edited.
starts_from_shipped() {
  local shipped="$1" label="$2" rules
  shift 2
  for rules in rules edited shared-edited; do
    rm -rf "$work/empty-cache"
    begin=$(now_ms)
    start_service -Dlicensing.rules.dir="$work/$rules" -Dlicensing.rules.cache-dir="$work/empty-cache" \
      -Dlicensing.rules.cache-shipped-dir="$shipped" "$@"
    case "$rules" in
      edited) what="on those rules with one license edited" ;;
      shared-edited) what="on those rules with catalog.drl edited" ;;
      *) what="from the shipped compile" ;;
    esac
    echo "start $i $what$label: ready in $(( $(now_ms) - begin )) ms ($(loaded))"
    stop_service
  done
}

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== starts that compile the folder (the first start on a folder; licensing.rules.cache=false)"
for i in $(seq "$starts"); do
  begin=$(now_ms)
  start_service -Dlicensing.rules.dir="$work/rules" -Dlicensing.rules.cache=false
  echo "start $i: ready in $(( $(now_ms) - begin )) ms ($(loaded))"
  if [[ "$i" == "$starts" ]]; then
    begin=$(now_ms)
    await_compiled "$(version)"
    echo "consequences compiled to Java $(( $(now_ms) - begin )) ms after that start was ready"
  fi
  stop_service
done

echo "== starts of a new container on the rules its image ships compiled (precompile; an empty cache each time)"
java -jar target/quarkus-app/quarkus-run.jar precompile --rules "$work/rules" --into "$work/shipped" >/dev/null
for i in $(seq "$starts"); do
  starts_from_shipped "$work/shipped" ""
done

source scripts/jdk25.sh
if [[ -n "$aot_java" ]]; then
  echo "== $($aot_java -version 2>&1 | head -1): the AOT cache of a training run"
  AOT_TRAIN_PORT="$port" src/main/docker/aot-train.sh "$work/app.aot" src/main/docker/aot-training.http \
    "$aot_java" -Dlicensing.rules.dir="$work/rules" -Dlicensing.rules.cache=false -jar target/quarkus-app/quarkus-run.jar
  # The image's precompile runs on its own JDK: a compile is read only by the JVM that made it.
  "$aot_java" -jar target/quarkus-app/quarkus-run.jar precompile --rules "$work/rules" --into "$work/shipped-aot" >/dev/null
  service_java="$aot_java"
  for i in $(seq "$starts"); do
    for aot in without with; do
      options=(-Dlicensing.rules.dir="$work/rules" -Dlicensing.rules.cache=false)
      [[ "$aot" == with ]] && options+=(-XX:AOTCache="$work/app.aot")
      begin=$(now_ms)
      start_service "${options[@]}"
      echo "start $i compiling the folder, $aot the AOT cache: ready in $(( $(now_ms) - begin )) ms ($(loaded))"
      stop_service
    done
    starts_from_shipped "$work/shipped-aot" ", with the AOT cache" -XX:AOTCache="$work/app.aot"
  done
  echo "== reloads as the image runs (a new container on the rules it ships, with the AOT cache)"
  cp -r "$work/rules" "$work/image-rules"
  rm -rf "$work/empty-cache"
  start_service -Dlicensing.rules.dir="$work/image-rules" -Dlicensing.rules.cache-dir="$work/empty-cache" \
    -Dlicensing.rules.cache-shipped-dir="$work/shipped-aot" -XX:AOTCache="$work/app.aot"
  await_warm
  reloads_of "$work/image-rules" " as the image runs"
  stop_service
  service_java=""
fi

echo "== starts on a folder compiled before (the compiled rules cache, which a first start writes once its consequences are compiled)"
start_service -Dlicensing.rules.dir="$work/rules" "${cache[@]}"
await_compiled "$(version)"
until compgen -G "$work/cache/*.rules" >/dev/null; do sleep 0.02; done
stop_service
for i in $(seq "$starts"); do
  begin=$(now_ms)
  start_service -Dlicensing.rules.dir="$work/rules" "${cache[@]}"
  echo "start $i: ready in $(( $(now_ms) - begin )) ms ($(loaded); consequences $(curl -sf "http://127.0.0.1:$port/v1/rules" | jq -r .consequences))"
  [[ "$i" == "$starts" ]] || stop_service
done
begin=$(now_ms)
await_warm
echo "the files compiled again and reloads warmed up $(( $(now_ms) - begin )) ms after that start was ready ($(grep -o 'Warmed up reloads in .* ms)' "$work/service.log"))"

reloads_of "$work/rules" ""
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
