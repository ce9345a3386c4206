package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import ai.licensing.model.Violation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Separate agreements ({@code licensee.agreements}) against the fixture folder rules-agreements. */
class AgreementsTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("src/test/resources/rules-agreements"));
    private static final ProfileParser PARSER = new ProfileParser();

    private static Verdict evaluate(String agreements, String more) {
        return DecisionEngine.evaluate(RULES, PARSER.parse("""
                {"model":"fixture-model","licensee":{"monthlyActiveUsers":500,"agreements":%s},
                 "use":{"accessMode":"weights"},"modification":{"redistributesWeights":true}%s}""".formatted(agreements, more)));
    }

    private static ClauseHit clause(Verdict verdict, String section) {
        return verdict.clauses().stream().filter(c -> c.section().equals(section)).findFirst().orElseThrow();
    }

    @Test
    void withoutAgreementsTheClausesKeepTheirEffects() {
        Verdict v = evaluate("[]", "");
        assertEquals(Decision.DENIED, v.verdict());
        assertEquals(Effect.DENY, clause(v, "2").effect());
        assertEquals(Effect.OBLIGATION, clause(v, "3").effect());
    }

    @Test
    void aClauseAgreementTurnsThatClauseIntoInfoAndLeavesTheOthers() {
        Verdict v = evaluate("[\"fixture-license:2\"]", "");
        ClauseHit covered = clause(v, "2");
        assertEquals(Effect.INFO, covered.effect());
        assertTrue(covered.reason().startsWith("Covered by your separate agreement (fixture-license:2)"), covered.reason());
        assertTrue(covered.reason().contains("More than 100 users."), covered.reason());
        assertEquals(Effect.OBLIGATION, clause(v, "3").effect());
        assertEquals(Decision.CONDITIONAL, v.verdict());
    }

    @Test
    void aCoveredReviewNamesNoMissingFact() {
        Verdict uncovered = DecisionEngine.evaluate(RULES, PARSER.parse("""
                {"model":"fixture-model","licensee":{"agreements":["other-license"]},"modification":{"redistributesWeights":false}}"""));
        assertEquals(List.of("licensee.monthlyActiveUsers"), uncovered.missingFacts());
        Verdict covered = DecisionEngine.evaluate(RULES, PARSER.parse("""
                {"model":"fixture-model","licensee":{"agreements":["fixture-license:2"]},"modification":{"redistributesWeights":false}}"""));
        assertEquals(List.of(), covered.missingFacts());
        assertEquals(Decision.ALLOWED, covered.verdict());
    }

    @Test
    void aLicenseAgreementCoversEveryClauseOfThatLicenseButNotTheCatalogClauses() {
        Verdict v = evaluate("[\"fixture-license\"]", "");
        assertEquals(Effect.INFO, clause(v, "2").effect());
        assertEquals(Effect.INFO, clause(v, "3").effect());
        assertEquals("Section 4: a note.", clause(v, "4").reason());
        Verdict api = DecisionEngine.evaluate(RULES, PARSER.parse("""
                {"model":"fixture-model","licensee":{"monthlyActiveUsers":1,"agreements":["fixture-license"]},
                 "use":{"accessMode":"api"},"modification":{"redistributesWeights":false}}"""));
        assertEquals(Effect.DENY, clause(api, "catalog.access-mode").effect());
    }

    @Test
    void anIdThatNamesNoClauseOrLicenseIsRejectedWithItsPath() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> evaluate("[\"fixture-license:2\", \"fixture-license:9\", \"no-such-license\", \"catalog.access-mode\"]", ""));
        assertEquals(List.of("$.licensee.agreements[1]", "$.licensee.agreements[2]", "$.licensee.agreements[3]"),
                e.violations().stream().map(Violation::path).toList());
    }
}
