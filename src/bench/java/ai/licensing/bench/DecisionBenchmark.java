package ai.licensing.bench;

import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.CurrentRuleset;
import ai.licensing.engine.DecisionBatch;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.SourceError;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The engine on a fixed, generated set of profiles across every license, beside a plain Java implementation of
 * llama-2-community run on the same Llama 2 profiles, so the engine's overhead is a ratio from the same run.
 * Run: see docs/performance.md.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

    static final int PROFILES = 4096;
    /** As many profiles as a chunk of {@code evaluate}'s input (EvaluateCommand.CHUNK). */
    static final int TOGETHER = 256;

    @State(Scope.Benchmark)
    public static class Engine {
        /**
         * {@code compiled}: what the service serves once it has compiled a version's consequences to Java (a few
         * seconds after a start or reload); {@code interpreted}: what a load serves until then, and what commands run.
         */
        @Param({"compiled", "interpreted"})
        String consequences;
        DecisionEngine engine;
        List<UsageProfile> all;
        List<UsageProfile> llama2;

        @Setup(Level.Trial)
        public void load() {
            ai.licensing.cli.CliLogging.configure();
            Ruleset loaded = RulesetLoader.load(Path.of(System.getProperty("rules", "rules-drl")));
            List<SourceError> errors = new ArrayList<>();
            Ruleset served = "compiled".equals(consequences)
                    ? ConsequenceCompiler.compile(loaded, errors).orElseThrow(() -> new IllegalStateException(errors.toString()))
                    : loaded;
            engine = new DecisionEngine(new CurrentRuleset(served));
            List<String> models = engine.rules().get().catalog().modelIds();
            all = new ProfileGenerator(42, models).take(PROFILES);
            llama2 = new ProfileGenerator(7, List.of("llama-2-70b-chat", "llama-2-7b")).take(PROFILES);
        }
    }

    /** Each thread walks the profiles from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) & (PROFILES - 1);
            return next;
        }
    }

    /** Each thread walks the profiles a batch at a time from its own position. */
    @State(Scope.Thread)
    public static class Batches {
        int next;

        int advance() {
            next = (next + TOGETHER) & (PROFILES - 1);
            return next;
        }
    }

    @Benchmark
    public Verdict decisionAllLicenses(Engine e, Cursor c) {
        return e.engine.evaluate(e.all.get(c.advance()));
    }

    /**
     * The same profiles decided as {@code evaluate} decides a chunk of its input: {@value #TOGETHER} at once, each
     * license's in one run of its rules ({@link DecisionBatch}). Reported per profile.
     */
    @Benchmark
    @OperationsPerInvocation(TOGETHER)
    public List<DecisionBatch.Result> decisionsTogetherAllLicenses(Engine e, Batches b) {
        int from = b.advance();
        return DecisionBatch.evaluate(e.engine.rules().get(), e.all.subList(from, from + TOGETHER));
    }

    @Benchmark
    public Verdict decisionLlama2Engine(Engine e, Cursor c) {
        return e.engine.evaluate(e.llama2.get(c.advance()));
    }

    @Benchmark
    public Map<PlainLlama2.Section, ai.licensing.model.Effect> decisionLlama2PlainJava(Engine e, Cursor c) {
        return PlainLlama2.evaluate(e.llama2.get(c.advance()));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Verdict> compareAllModels(Engine e, Cursor c) {
        return e.engine.compare(e.all.get(c.advance()));
    }
}
