package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.SourceError;
import ai.licensing.model.Verdict;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader compiles purpose tables with the rule files: rules positioned at their rows, checked, versioned. */
class PurposeTableLoadTest {

    private static final String TABLE = "acme-open.purposes.csv";

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        try (Stream<Path> files = Files.walk(PurposeTableCompilerTest.FIXTURE)) {
            for (Path file : files.toList()) {
                Path copy = dir.resolve(PurposeTableCompilerTest.FIXTURE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return dir;
    }

    @Test
    void rowsAreRulesPositionedAtTheirRows() throws IOException {
        Ruleset ruleset = RulesetLoader.load(fixture());
        assertTrue(ruleset.files().contains(TABLE), ruleset.files().toString());
        RuleMeta armed = ruleset.rulesByName().get("acme-open: aup.1 armed");
        assertEquals(new RuleMeta("acme-open: aup.1 armed", "acme-open", "aup.1", "Armed use", "https://example.org/acme/aup",
                TABLE, 2, java.util.List.of("use.purposes")), armed);
        assertEquals(5, ruleset.rulesByName().get("acme-open: aup.3 spam").line());
        assertEquals(null, ruleset.rulesByName().get("acme-open: aup.3 spam").url());
    }

    @Test
    void aRowFiresOncePerMatchingPurpose() throws IOException {
        Verdict verdict = DecisionEngine.evaluate(RulesetLoader.load(fixture()), new ProfileParser().parse((
                "{\"model\":\"acme-7b\",\"use\":{\"purposes\":[\"weapons\",\"spam\",\"military\"]},"
                        + "\"modification\":{\"usesOutputsToTrainOtherModels\":false}}").getBytes()));
        assertEquals(Decision.DENIED, verdict.verdict());
        ClauseHit armed = verdict.clauses().get(0);
        assertEquals("aup.1 DENY", armed.section() + " " + armed.effect());
        // The engine fires the matches of one row latest-stated first; the reasons join in that order.
        assertEquals("The stated purpose 'military' is prohibited: no armed use. The stated purpose 'weapons' is prohibited: no armed use.",
                armed.reason());
        assertEquals("Remove this purpose; \"ACME\" forbids it.", armed.remedy());
        assertEquals("https://example.org/acme/aup", armed.url());
        ClauseHit spam = verdict.clauses().get(1);
        assertEquals("aup.3 OBLIGATION https://example.org/acme/license", spam.section() + " " + spam.effect() + " " + spam.url());
        assertEquals(2, verdict.clauses().size(), verdict.clauses().toString());
        assertEquals(Effect.DENY, armed.effect());
    }

    @Test
    void aSlipInATableFailsTheLoadAtItsCell() throws IOException {
        Path rules = fixture();
        RulesCopy.replace(rules.resolve(TABLE), "aup.3,Spam,spam,oblige", "aup.3,Spam,spma,oblige");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(rules));
        SourceError error = e.errors().get(0);
        assertEquals(TABLE + ":5:12", error.file() + ":" + error.line() + ":" + error.column(), e.getMessage());
        assertTrue(error.message().contains("'spma'"), error.message());
    }

    @Test
    void aTableIsPartOfTheRulesetsVersion() throws IOException {
        Path rules = fixture();
        String before = RulesetLoader.load(rules).version();
        RulesCopy.replace(rules.resolve(TABLE), "Label them.", "Label every message.");
        assertNotEquals(before, RulesetLoader.load(rules).version());
    }
}
