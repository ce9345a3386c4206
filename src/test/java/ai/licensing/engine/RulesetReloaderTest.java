package ai.licensing.engine;

import ai.licensing.model.Decision;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesetReloaderTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(400);
    private static final Duration DEADLINE = Duration.ofSeconds(15);
    /** Long enough that only the folder watch can trigger a reload in these tests. */
    private static final Duration NO_PERIODIC_CHECK = Duration.ofHours(1);
    private static final UsageProfile PLATFORM_600M = new ProfileParser().parse("""
            {"model":"llama-2-70b-chat","licensee":{"type":"company","country":"US","monthlyActiveUsers":600000000},
             "use":{"commercial":true,"purposes":["internal-tools"],"accessMode":"weights","offersAsHostedService":false},
             "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""");

    @TempDir
    Path dir;

    private final AtomicInteger compiles = new AtomicInteger();
    private CurrentRuleset current;

    @BeforeEach
    void copyRules() throws IOException {
        RulesCopy.into(dir);
        current = new CurrentRuleset(RulesetLoader.load(dir));
    }

    private RulesetReloader startReloader() {
        return new RulesetReloader(dir, current, DEBOUNCE, folder -> {
            compiles.incrementAndGet();
            return RulesetLoader.load(folder);
        }).start(NO_PERIODIC_CHECK);
    }

    @Test
    void aBurstOfSavesCompilesOnceAndTheNewVersionServes() throws Exception {
        Path llama2 = dir.resolve("llama-2-community.drl");
        String original = Files.readString(llama2);
        Ruleset old = current.get();
        assertEquals(Decision.ALLOWED, DecisionEngine.evaluate(old, PLATFORM_600M).verdict());
        try (RulesetReloader reloader = startReloader()) {
            for (String threshold : new String[] {"690000000", "650000000", "620000000", "500000000"}) {
                Files.writeString(llama2, original.replace("700000000", threshold));
                Thread.sleep(20);
            }
            Eventually.await("the edited rules serve", DEADLINE, () -> current.get() != old);
            Thread.sleep(DEBOUNCE.multipliedBy(3).toMillis());

            assertEquals(1, compiles.get(), "one compile for the burst");
            assertEquals(Decision.DENIED, DecisionEngine.evaluate(current.get(), PLATFORM_600M).verdict());
            assertEquals(Decision.ALLOWED, DecisionEngine.evaluate(old, PLATFORM_600M).verdict(), "the old ruleset is untouched");
            ReloadAttempt attempt = reloader.lastAttempt().orElseThrow();
            assertEquals(ReloadAttempt.Outcome.OK, attempt.outcome());
            assertEquals(current.get().version(), attempt.serving());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rule syntax error         | apache-2.0.drl      | when                  | when\\n    $u : Usage( license == \"apache-2.0\"",
            "catalog that does not parse | catalog/models.yaml | '- { id: llama-2-7b,' | '- { id: \"llama-2-7b,'",
    })
    void aChangeThatDoesNotLoadKeepsThePreviousRulesetAndSaysWhere(String what, String file, String text, String broken) throws Exception {
        Path edited = dir.resolve(file);
        String original = Files.readString(edited);
        Ruleset old = current.get();
        try (RulesetReloader reloader = startReloader()) {
            RulesCopy.replace(edited, text, broken.replace("\\n", "\n"));
            Eventually.await("the failed reload is recorded", DEADLINE, () -> reloader.lastAttempt().isPresent());

            ReloadAttempt failed = reloader.lastAttempt().orElseThrow();
            assertEquals(ReloadAttempt.Outcome.FAILED, failed.outcome());
            assertEquals(file, failed.errors().get(0).file(), failed.errors().toString());
            assertTrue(failed.errors().get(0).line() > 0, failed.errors().toString());
            assertSame(old, current.get(), "the previous ruleset still serves");
            assertEquals(old.version(), failed.serving());

            Files.writeString(edited, original);
            Eventually.await("the repaired folder reloads", DEADLINE,
                    () -> reloader.lastAttempt().orElseThrow().outcome() == ReloadAttempt.Outcome.OK);
            assertEquals(old.version(), current.get().version());
        }
    }

    @Test
    void filesThatAreNotRulesOrCatalogDoNotCompile() throws Exception {
        try (RulesetReloader reloader = startReloader()) {
            Files.writeString(dir.resolve("README.md"), "notes");
            Files.writeString(dir.resolve("catalog/.licenses.yaml.swp"), "editor state");
            Thread.sleep(DEBOUNCE.multipliedBy(4).toMillis());
            assertEquals(0, compiles.get());
            assertTrue(reloader.lastAttempt().isEmpty());
        }
    }
}
