package ai.licensing.engine;

import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guards the compiler adds (ClauseGuards) keep a rule from firing only where its helper would have said nothing. */
class GuardedRulesTest {

    private static final String RULE = "community-demo: no improving other models";

    private final Ruleset ruleset = RulesetLoader.load(RulesCopy.MINIMAL);
    private final List<String> fired = new ArrayList<>();

    private Verdict evaluate(String modification) {
        ruleset.sessions().listen(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        return DecisionEngine.evaluate(ruleset, new ProfileParser().parse(
                "{\"model\":\"community-70b\",\"use\":{\"purposes\":[\"research\"]},\"modification\":" + modification + "}"));
    }

    private static Effect effectOf(Verdict verdict) {
        return verdict.clauses().stream().filter(c -> c.rule().equals(RULE)).map(c -> c.effect()).findFirst().orElse(null);
    }

    @Test
    void aRuleWhoseConditionIsFalseIsNotActivated() {
        assertEquals(null, effectOf(evaluate("{\"usesOutputsToTrainOtherModels\":false}")));
        assertFalse(fired.contains(RULE), fired.toString());
    }

    @Test
    void anUnknownConditionStillFiresAndNamesTheFact() {
        Verdict verdict = evaluate("{}");
        assertEquals(Effect.REVIEW, effectOf(verdict));
        assertTrue(verdict.missingFacts().contains("modification.usesOutputsToTrainOtherModels"), verdict.missingFacts().toString());
        assertTrue(fired.contains(RULE));
    }

    @Test
    void aTrueConditionFiresAndDenies() {
        assertEquals(Effect.DENY, effectOf(evaluate("{\"usesOutputsToTrainOtherModels\":true}")));
    }
}
