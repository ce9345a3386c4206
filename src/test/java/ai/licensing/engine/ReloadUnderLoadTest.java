package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.ProfileLimits;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threads evaluating and comparing while the rules folder is reloaded again and again: no evaluation fails, and
 * every verdict is wholly of the version it names, down to each clause's rule name and section.
 */
class ReloadUnderLoadTest {

    private static final int THREADS = 4;
    private static final int RELOADS = 2;
    private static final String OLD_RULE = "community-demo: licensee above 700M monthly active users";
    private static final String NEW_RULE = "community-demo: licensee above 500M monthly active users";
    private static final UsageProfile PLATFORM_600M = new ProfileParser().parse("""
            {"model":"community-70b","licensee":{"type":"company","country":"US","monthlyActiveUsers":600000000},
             "use":{"commercial":true,"purposes":["general-assistant"],"accessMode":"weights","offersAsHostedService":false},
             "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""");
    /** Many unknown facts, so compare answers with clauses of every license. */
    private static final UsageProfile LITTLE_KNOWN = ProfileParser.withoutSubject(ProfileLimits.DEFAULT)
            .parse("{\"use\":{\"commercial\":true}}");

    @TempDir
    Path dir;

    private final Map<String, Ruleset> compiled = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Verdict> verdicts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @Test
    void noVerdictFailsOrMixesTwoVersions() throws Exception {
        RulesCopy.into(dir);
        Path community = dir.resolve("community-demo.drl");
        String original = Files.readString(community);
        String lowered = original.replace(OLD_RULE, NEW_RULE).replace("700000000 )", "500000000 )");
        CurrentRuleset current = new CurrentRuleset(load(dir));
        DecisionEngine engine = new DecisionEngine(current);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        try (RulesetReloader reloader = new RulesetReloader(dir, current, Duration.ofMillis(100), this::load).start(Duration.ofHours(1))) {
            for (int i = 0; i < THREADS; i++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        try {
                            verdicts.add(engine.evaluate(PLATFORM_600M));
                            verdicts.addAll(engine.compare(LITTLE_KNOWN));
                        } catch (RuntimeException | Error e) {
                            failures.add(e);
                        }
                    }
                }, "evaluate-" + i);
                thread.start();
                threads.add(thread);
            }
            for (int i = 0; i < RELOADS; i++) {
                Ruleset before = current.get();
                Files.writeString(community, i % 2 == 0 ? lowered : original);
                Eventually.await("reload " + (i + 1) + " serves", Duration.ofSeconds(20), () -> current.get() != before);
            }
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        assertEquals(List.of(), List.copyOf(failures), "no evaluation failed during the reloads");
        assertTrue(verdicts.stream().map(Verdict::rulesetVersion).distinct().count() >= 2, "verdicts of both versions were made");
        List<String> mixed = verdicts.stream().map(this::mixedVersions).filter(java.util.Objects::nonNull).limit(10).toList();
        assertEquals(List.of(), mixed, "every clause comes from the ruleset version its verdict names");
    }

    private Ruleset load(Path folder) {
        Ruleset ruleset = RulesetLoader.load(folder);
        compiled.put(ruleset.version(), ruleset);
        return ruleset;
    }

    /**
     * What in the verdict does not belong to the version it names, or null when all of it does. The two versions
     * name the threshold rule differently, so a clause of one inside a verdict naming the other is caught here.
     */
    private String mixedVersions(Verdict verdict) {
        Ruleset ruleset = compiled.get(verdict.rulesetVersion());
        if (ruleset == null) {
            return verdict.decisionId() + " names a version never compiled: " + verdict.rulesetVersion();
        }
        Map<String, RuleMeta> rules = ruleset.rulesByName();
        for (ClauseHit clause : verdict.clauses()) {
            RuleMeta rule = rules.get(clause.rule());
            if (rule == null || !rule.section().equals(clause.section()) || !rule.appliesTo(clause.license())) {
                return verdict.rulesetVersion() + " has no rule '" + clause.rule() + "' for " + clause.key();
            }
        }
        return null;
    }
}
