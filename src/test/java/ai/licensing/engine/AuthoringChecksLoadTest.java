package ai.licensing.engine;

import ai.licensing.model.Decision;
import ai.licensing.model.ProfileParser;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks guard the load: the slip that would turn a DENY into ALLOWED stops the ruleset instead. */
class AuthoringChecksLoadTest {

    @TempDir
    Path dir;

    private static final String MILITARY = "{\"model\":\"alpha-model\",\"use\":{\"purposes\":[\"military\"]}}";

    @Test
    void theCorrectRuleDeniesAndTheMisspeltOneDoesNotLoad() throws IOException {
        Path rules = Fixtures.copy("checks", dir);
        Ruleset ruleset = RulesetLoader.load(rules);
        assertEquals(Decision.DENIED, DecisionEngine.evaluate(ruleset, new ProfileParser().parse(MILITARY)).verdict());

        RulesCopy.replace(rules.resolve("alpha.drl"), "\"military, nuclear", "\"militray, nuclear");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules));
        assertEquals(1, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).toString().startsWith("alpha.drl:11:45: "), e.errors().toString());
        assertTrue(e.errors().get(0).message().contains("'militray'"), e.errors().toString());
    }

    @Test
    void aFailedCheckOnReloadKeepsThePreviousRuleset() throws IOException, InterruptedException {
        Path rules = Fixtures.copy("checks", dir);
        CurrentRuleset current = new CurrentRuleset(RulesetLoader.load(rules));
        Ruleset before = current.get();
        try (RulesetReloader reloader = new RulesetReloader(rules, current, Duration.ofMillis(50)).start(Duration.ofHours(1))) {
            RulesCopy.replace(rules.resolve("alpha.drl"), "\"military, nuclear", "\"militray, nuclear");
            reloader.changed();
            Eventually.await("a reload attempt", Duration.ofSeconds(30), () -> reloader.lastAttempt().isPresent());
            ReloadAttempt attempt = reloader.lastAttempt().orElseThrow();
            assertEquals(ReloadAttempt.Outcome.FAILED, attempt.outcome());
            assertTrue(attempt.errors().stream().anyMatch(err -> err.message().contains("'militray'")), attempt.toString());
        }
        assertEquals(before, current.get());
    }
}
