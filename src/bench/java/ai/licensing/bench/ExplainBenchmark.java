package ai.licensing.bench;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.engine.explain.ExplainedVerdict;
import ai.licensing.engine.explain.Explainer;
import ai.licensing.model.UsageProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of explanations (contract section 6.3): one explained verdict (the profile plus every changed profile
 * the searches evaluate), and a compare with explanations over the whole catalog, on the same generated profiles
 * as {@link DecisionBenchmark}. Targets: one explained verdict under 5 ms at p99, a compare with explanations
 * under 100 ms. Run: scripts/explain-bench.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExplainBenchmark {

    @State(Scope.Benchmark)
    public static class Rules {
        Ruleset ruleset;
        List<UsageProfile> all;

        @Setup(Level.Trial)
        public void load() {
            ai.licensing.cli.CliLogging.configure();
            ruleset = RulesetLoader.load(Path.of(System.getProperty("rules", "rules-drl")));
            all = new ProfileGenerator(42, ruleset.catalog().modelIds()).take(DecisionBenchmark.PROFILES);
        }
    }

    @Benchmark
    public ExplainedVerdict explainOne(Rules r, DecisionBenchmark.Cursor c) {
        return Explainer.explain(r.ruleset, r.all.get(c.advance()));
    }

    @Benchmark
    public List<ExplainedVerdict> compareExplained(Rules r, DecisionBenchmark.Cursor c) {
        return Explainer.compare(r.ruleset, r.all.get(c.advance()));
    }
}
