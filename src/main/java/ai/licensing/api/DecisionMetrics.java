package ai.licensing.api;

import ai.licensing.engine.ReloadAttempt;
import ai.licensing.model.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service's own Prometheus metrics (at /q/metrics): decisions by license and verdict, how long deciding
 * takes by request path, ruleset reloads by outcome, and the ruleset version serving.
 */
@Singleton
public class DecisionMetrics {

    private final MeterProvider<Timer> decisionTime;
    private final MeterProvider<Counter> decisions;
    private final MeterProvider<Counter> reloads;
    private final MultiGauge rulesetVersion;

    public DecisionMetrics(MeterRegistry registry, RulesetService rules) {
        this.decisionTime = Timer.builder("licensing.decision.time")
                .description("Time to decide, by request path: one profile (evaluate), the profiles of a batch request decided together (batch), every model (compare); explained requests, each profile, as explain, batch-explain, compare-explain")
                .publishPercentileHistogram().withRegistry(registry);
        this.decisions = Counter.builder("licensing.decisions").description("Decisions by license and verdict")
                .withRegistry(registry);
        this.reloads = Counter.builder("licensing.ruleset.reloads").description("Ruleset reload attempts by outcome")
                .withRegistry(registry);
        this.rulesetVersion = MultiGauge.builder("licensing.ruleset")
                .description("1 for the ruleset version serving, tagged with it").register(registry);
        // Both outcomes exist from the start, so an alert on failed reloads has a series to watch before the first one.
        for (ReloadAttempt.Outcome outcome : ReloadAttempt.Outcome.values()) {
            reloads.withTag("outcome", outcome.id());
        }
        serving(rules.engine().rules().get().version());
        rules.onReload(this::reloaded);
    }

    /** Decides one profile, timing it under {@code path} and counting its verdict. */
    public Verdict decide(String path, Supplier<Verdict> decision) {
        return decide(path, decision, List::of);
    }

    /** Decides one profile for every model, timing them together and counting each verdict. */
    public List<Verdict> compare(Supplier<List<Verdict>> decisions) {
        return decide("compare", decisions, verdicts -> verdicts);
    }

    /**
     * Decides, timing it under {@code path} and counting each verdict the result holds (an explained verdict, the
     * explained verdicts of a compare).
     */
    public <T> T decide(String path, Supplier<T> decision, Function<T, List<Verdict>> verdicts) {
        T result = decisionTime.withTag("path", path).record(decision);
        verdicts.apply(result).forEach(this::count);
        return result;
    }

    private void count(Verdict verdict) {
        decisions.withTags("license", verdict.license(), "verdict", verdict.verdict().name()).increment();
    }

    private void reloaded(ReloadAttempt attempt) {
        reloads.withTag("outcome", attempt.outcome().id()).increment();
        serving(attempt.serving());
    }

    private void serving(String version) {
        rulesetVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
    }
}
