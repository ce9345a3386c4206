package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A catalog model's extra policies are evaluated beside its license, and their clauses carry the policy's id. */
class ModelPoliciesTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("src/test/resources/fixtures/policies"));
    private static final ProfileParser PARSER = new ProfileParser();

    private static Evaluation run(String json) {
        return DecisionEngine.run(RULES, PARSER.parse(json));
    }

    private static List<String> keys(Verdict v) {
        return v.clauses().stream().map(ClauseHit::key).toList();
    }

    @Test
    void thePolicyClauseIsListedUnderThePolicyBesideTheLicenseClauseOfTheSameNumber() {
        Evaluation e = run("""
                {"model":"with-policy","use":{"purposes":["military"]},"modification":{"redistributesWeights":true}}""");
        Verdict v = e.verdict();
        assertEquals(Decision.DENIED, v.verdict());
        assertEquals("base", v.license());
        assertEquals(List.of("usage-policy:1", "base:1"), keys(v));
        assertEquals(Effect.DENY, v.clauses().get(0).effect());
        assertEquals("https://example.org/policy", v.clauses().get(0).url());
        assertTrue(e.firedRules().contains("usage-policy: no military use"), e.firedRules().toString());
    }

    @Test
    void aPolicyFactThatIsUnknownIsNamedAsMissing() {
        Verdict v = run("{\"model\":\"with-policy\",\"modification\":{\"redistributesWeights\":false}}").verdict();
        assertEquals(Decision.NEEDS_REVIEW, v.verdict());
        assertEquals(List.of("use.purposes"), v.missingFacts());
    }

    @Test
    void aModelWithoutPoliciesMeetsOnlyItsLicense() {
        Verdict v = run("""
                {"model":"without-policy","use":{"purposes":["military"]},"modification":{"redistributesWeights":true}}""").verdict();
        assertEquals(List.of("base:1"), keys(v));
        assertEquals(Decision.CONDITIONAL, v.verdict());
    }

    @Test
    void catalogClausesSpeakOnceForTheLicenseNotAgainForEachPolicy() {
        Verdict v = run("""
                {"model":"with-policy","use":{"accessMode":"api","purposes":[]},"modification":{"redistributesWeights":false}}""").verdict();
        assertEquals(List.of("base:catalog.access-mode"), keys(v));
    }

    @Test
    void aLicenseOnlyRequestHasNoModelAndSoNoPolicies() {
        Verdict v = run("{\"license\":\"base\",\"use\":{\"purposes\":[\"military\"]},\"modification\":{\"redistributesWeights\":false}}").verdict();
        assertEquals(Decision.ALLOWED, v.verdict());
    }
}
