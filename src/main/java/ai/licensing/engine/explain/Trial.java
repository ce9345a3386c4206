package ai.licensing.engine.explain;

import ai.licensing.engine.Evaluation;
import ai.licensing.engine.RuleMeta;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A changed profile and what evaluating it gave: the verdict, and the effect of each clause
 * ({@code license:section}) and of each rule that restricts the use (INFO restricts nothing and is left out).
 */
record Trial(List<Change> set, Verdict verdict, Map<String, Effect> restrictions, Map<String, Effect> rules) {

    /** @param rules what each rule, by name, says about itself */
    static Trial of(List<Change> set, Evaluation evaluation, Function<String, RuleMeta> rules) {
        Map<String, Effect> restrictions = new LinkedHashMap<>();
        for (ClauseHit hit : evaluation.verdict().clauses()) {
            if (hit.effect() != Effect.INFO) {
                restrictions.put(hit.key(), hit.effect());
            }
        }
        // A rule restricts the use only as far as its clause does: an agreement that covers the clause lifts it.
        Map<String, Effect> byRule = new LinkedHashMap<>();
        evaluation.ruleEffects().forEach((rule, effect) -> {
            Effect clause = restrictions.get(rules.apply(rule).clauseKey(evaluation.verdict().license()));
            if (effect != Effect.INFO && clause != null) {
                byRule.put(rule, effect.strongerThan(clause) ? clause : effect);
            }
        });
        return new Trial(set, evaluation.verdict(), restrictions, byRule);
    }

    Decision decision() {
        return verdict.verdict();
    }

    /** The verdict this rule alone leads to here: ALLOWED when it does not restrict the use. */
    Decision decisionOf(String rule) {
        Effect effect = rules.get(rule);
        return effect == null ? Decision.ALLOWED : effect.decision();
    }
}
