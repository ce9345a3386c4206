package ai.licensing.bench;

import ai.licensing.engine.explain.ExplainedVerdict;
import ai.licensing.engine.explain.Explainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of explanations (contract section 6.3): one explained verdict (the profile plus every changed profile
 * the searches evaluate), and a compare with explanations over the whole catalog, on the same generated profiles
 * as {@link DecisionBenchmark}. Targets: one explained verdict under 5 ms at p99, a compare with explanations
 * under 100 ms. Run: scripts/bench.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExplainBenchmark {

    @Benchmark
    public ExplainedVerdict explainOne(DecisionBenchmark.Engine e, DecisionBenchmark.Cursor c) {
        return Explainer.explain(e.engine.rules().get(), e.all.get(c.advance()));
    }

    @Benchmark
    public List<ExplainedVerdict> compareExplained(DecisionBenchmark.Engine e, DecisionBenchmark.Cursor c) {
        return Explainer.compare(e.engine.rules().get(), e.all.get(c.advance()));
    }
}
