package ai.licensing.engine;

import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionEngineTest {

    private static final DecisionEngine ENGINE = new DecisionEngine(new CurrentRuleset(RulesetLoader.load(RulesCopy.MINIMAL)));
    private static final ProfileParser PARSER = new ProfileParser();

    private static Verdict evaluate(String json) {
        return ENGINE.evaluate(PARSER.parse(json));
    }

    @Test
    void verdictIsTheStrongestEffectAndClausesAreListedStrongestFirst() {
        Verdict v = evaluate("""
                {"model":"community-70b","licensee":{"monthlyActiveUsers":900000000},
                 "use":{"purposes":["military"],"offersAsHostedService":true},
                 "modification":{"redistributesWeights":false}}""");
        assertEquals(Decision.DENIED, v.verdict());
        List<Effect> effects = v.clauses().stream().map(c -> c.effect()).toList();
        assertEquals(effects.stream().sorted().toList(), effects);
        assertEquals(Effect.DENY, effects.get(0));
        assertTrue(effects.contains(Effect.REVIEW) && effects.contains(Effect.OBLIGATION), effects.toString());
        assertEquals(List.of("modification.usesOutputsToTrainOtherModels"), v.missingFacts());
    }

    @Test
    void purposeItemFiresOnceForSeveralPurposes() {
        Verdict v = evaluate("""
                {"model":"community-70b","licensee":{"monthlyActiveUsers":1},
                 "use":{"purposes":["military","nuclear","espionage"],"offersAsHostedService":false},
                 "modification":{"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""");
        assertEquals(1, v.clauses().stream().filter(c -> c.section().equals("aup.1")).count());
        String reason = v.clauses().get(0).reason();
        assertTrue(reason.contains("military") && reason.contains("nuclear") && reason.contains("espionage"), reason);
    }

    @Test
    void allowedFollowsTheVerdict() {
        Verdict conditional = evaluate("{\"license\":\"permissive-demo\"}");
        assertEquals(Decision.CONDITIONAL, conditional.verdict());
        assertTrue(conditional.allowed());
        Verdict allowed = evaluate("{\"license\":\"permissive-demo\",\"modification\":{\"redistributesWeights\":false}}");
        assertEquals(Decision.ALLOWED, allowed.verdict());
        assertTrue(allowed.allowed());
    }

    @Test
    void compareAnswersEveryModelBestFirst() {
        List<Verdict> all = ENGINE.compare(PARSER.parse("{\"license\":\"permissive-demo\"}"));
        assertEquals(ENGINE.rules().get().catalog().models().size(), all.size());
        List<Decision> order = all.stream().map(Verdict::verdict).toList();
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void unknownModelNamesTheKnownIds() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> evaluate("{\"model\":\"community-9\"}"));
        assertEquals("model", e.field());
        assertTrue(e.knownIds().contains("open-7b"));
    }
}
