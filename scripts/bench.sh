#!/usr/bin/env bash
# JMH benchmarks of the engine in one command (see docs/performance.md):
#   single decision latency (average and sampled percentiles), throughput on 1 and 2 threads,
#   compare-all-models, the engine / plain Java ratio on the same Llama 2 profiles, the Drools floor, and
#   explanations (one explained verdict, a compare with explanations).
# Env: BENCH_QUICK=1 for short iterations (a smoke run, not figures to report); RESULTS=dir keeps the JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
results="${RESULTS:-$(mktemp -d)}"
mkdir -p "$results"
cp="$(scripts/bench-classpath.sh)"
iterations=(-wi 3 -w 2s -i 5 -r 2s)
if [[ "${BENCH_QUICK:-}" == 1 ]]; then iterations=(-wi 1 -w 1s -i 2 -r 1s); fi
jmh() { java -cp "$cp" org.openjdk.jmh.Main "${iterations[@]}" -f 1 "$@"; }

echo "== machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the Drools floor: one rule in a pooled stateless session (the issue's targets are relative to it)"
jmh FloorBenchmark -bm sample -t 1 -rf json -rff "$results/floor.json"
echo "== latency, 1 thread (average and sampled percentiles)"
jmh DecisionBenchmark -bm avgt,sample -t 1 -rf json -rff "$results/latency.json"
for threads in 1 2; do
  echo "== single decision throughput, $threads thread(s)"
  jmh 'DecisionBenchmark.decision(AllLicenses|Llama2Engine)$' -p consequences=compiled -bm thrpt -tu s -t "$threads" -rf json -rff "$results/thrpt-$threads.json"
done
echo "== explanations, 1 thread: one explained verdict, a compare with explanations (sampled percentiles)"
jmh ExplainBenchmark -p consequences=compiled -bm sample -t 1 -rf json -rff "$results/explain.json"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The ratios on the median as well as the average: a few slow outliers (GC, another build) move the average.
# Issue 19's floor target: the median decision over all licenses at most 3x the floor's median, as served (compiled).
floor_ns=$(jq '.[0].primaryMetric.scorePercentiles["50.0"]' "$results/floor.json")
jq -r --argjson floor "$floor_ns" 'def by(f): map({(.benchmark | split(".") | last): f}) | add;
  def ratio(m; what): "engine / plain Java on Llama 2, \(what): \(m.decisionLlama2Engine / m.decisionLlama2PlainJava * 10 | round / 10)x (\(m.decisionLlama2Engine * 1000 | round) ns vs \(m.decisionLlama2PlainJava * 1000 | round) ns)";
  def consequences(c): map(select(.params.consequences == c));
  ("compiled", "interpreted") as $c
  | ("consequences \($c):",
     (consequences($c) | [.[] | select(.mode == "avgt")] | by(.primaryMetric.score) | "  " + ratio(.; "average")),
     (consequences($c) | [.[] | select(.mode == "sample")] | by(.primaryMetric.scorePercentiles["50.0"])
      | "  " + ratio(.; "median"),
        "  all licenses / the Drools floor, median: \(.decisionAllLicenses * 1000 / $floor * 100 | round / 100)x (\(.decisionAllLicenses * 1000 | round) ns vs \($floor | round) ns)"))' "$results/latency.json"
jq -r '.[] | "\(.benchmark | split(".") | last): median \(.primaryMetric.scorePercentiles["50.0"]) ms, p99 \(.primaryMetric.scorePercentiles["99.0"]) ms"' "$results/explain.json"
echo "JSON results in $results"
