package ai.licensing.bench;

import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The Drools floor on this machine: one rule that fires, in a pooled stateless session as the engine used to run
 * its rules, with a Java consequence. A decision cannot cost less than this while it runs a Drools session; the
 * issue's target is at most three times it.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FloorBenchmark {

    /** The fact the one rule matches and writes to. */
    public static final class Fact {
        private final String license;
        private boolean seen;

        public Fact(String license) {
            this.license = license;
        }

        public String getLicense() {
            return license;
        }

        public void see() {
            seen = true;
        }

        public boolean seen() {
            return seen;
        }
    }

    private static final String RULE = """
            package floor;
            import ai.licensing.bench.FloorBenchmark.Fact;
            rule "one" dialect "java"
            when
                $f : Fact( license == "mit" )
            then
                $f.see();
            end
            """;

    @State(Scope.Benchmark)
    public static class Session {
        StatelessKieSession session;

        @Setup(Level.Trial)
        public void build() {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            builder.add(ResourceFactory.newByteArrayResource(RULE.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
            if (builder.hasErrors()) {
                throw new IllegalStateException(builder.getErrors().toString());
            }
            session = builder.newKieBase().newKieSessionsPool(1).newStatelessKieSession();
        }
    }

    @Benchmark
    public boolean oneRuleFires(Session s) {
        Fact fact = new Fact("mit");
        s.session.execute(fact);
        return fact.seen();
    }
}
