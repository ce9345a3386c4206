package ai.licensing.engine.explain;

import ai.licensing.engine.Evaluation;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A changed profile and what evaluating it gave: the verdict, and the effect of each clause
 * ({@code license:section}) and of each rule that restricts the use (INFO restricts nothing and is left out).
 */
record Trial(List<Change> set, Verdict verdict, Map<String, Effect> restrictions, Map<String, Effect> rules) {

    static Trial of(List<Change> set, Evaluation evaluation) {
        Map<String, Effect> restrictions = new LinkedHashMap<>();
        for (ClauseHit hit : evaluation.verdict().clauses()) {
            if (hit.effect() != Effect.INFO) {
                restrictions.put(hit.key(), hit.effect());
            }
        }
        Map<String, Effect> rules = new LinkedHashMap<>(evaluation.ruleEffects());
        rules.values().removeIf(effect -> effect == Effect.INFO);
        return new Trial(set, evaluation.verdict(), restrictions, rules);
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
