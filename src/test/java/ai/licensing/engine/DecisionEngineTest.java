package ai.licensing.engine;

import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionEngineTest {

    private static final DecisionEngine ENGINE = new DecisionEngine(new CurrentRuleset(RulesetLoader.load(Path.of("rules-drl"))));
    private static final ProfileParser PARSER = new ProfileParser();

    private static Verdict evaluate(String json) {
        return ENGINE.evaluate(PARSER.parse(json));
    }

    @Test
    void verdictIsTheStrongestEffectAndClausesAreListedStrongestFirst() {
        Verdict v = evaluate("""
                {"model":"llama-2-70b","licensee":{"monthlyActiveUsers":900000000},
                 "use":{"purposes":["credit-decisions"],"offersAsHostedService":true},
                 "modification":{"redistributesWeights":false}}""");
        assertEquals(Decision.DENIED, v.verdict());
        List<Effect> effects = v.clauses().stream().map(c -> c.effect()).toList();
        assertEquals(effects.stream().sorted().toList(), effects);
        assertEquals(Effect.DENY, effects.get(0));
        assertTrue(effects.contains(Effect.REVIEW) && effects.contains(Effect.OBLIGATION), effects.toString());
        assertEquals(List.of("modification.trainedModelKind", "modification.usesOutputsToTrainOtherModels"), v.missingFacts());
    }

    @Test
    void purposeItemFiresOnceForSeveralPurposes() {
        Verdict v = evaluate("""
                {"model":"llama-2-70b","licensee":{"monthlyActiveUsers":1},
                 "use":{"purposes":["military","nuclear","espionage"],"offersAsHostedService":false},
                 "modification":{"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""");
        assertEquals(1, v.clauses().stream().filter(c -> c.section().equals("aup.2.a")).count());
        String reason = v.clauses().get(0).reason();
        assertTrue(reason.contains("military") && reason.contains("nuclear") && reason.contains("espionage"), reason);
    }

    @Test
    void allowedFollowsTheVerdict() {
        Verdict conditional = evaluate("{\"license\":\"apache-2.0\"}");
        assertEquals(Decision.CONDITIONAL, conditional.verdict());
        assertTrue(conditional.allowed());
        Verdict allowed = evaluate("{\"license\":\"apache-2.0\",\"modification\":{\"redistributesWeights\":false}}");
        assertEquals(Decision.ALLOWED, allowed.verdict());
        assertTrue(allowed.allowed());
    }

    @Test
    void compareAnswersEveryModelBestFirst() {
        List<Verdict> all = ENGINE.compare(PARSER.parse("{\"license\":\"mit\"}"));
        assertEquals(ENGINE.rules().get().catalog().models().size(), all.size());
        List<Decision> order = all.stream().map(Verdict::verdict).toList();
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void unknownModelNamesTheKnownIds() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> evaluate("{\"model\":\"llama-9\"}"));
        assertEquals("model", e.field());
        assertTrue(e.knownIds().contains("gpt-4o"));
    }
}
