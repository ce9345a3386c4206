package ai.licensing.engine;

import ai.licensing.model.Effect;
import ai.licensing.model.Verdict;

import java.util.Map;
import java.util.Set;

/**
 * A verdict together with what produced it. The verdict is what clients see; {@code firedRules} stays on the
 * engine side (scenario coverage reads it), so the verdict JSON of the contract does not change.
 *
 * @param firedRules  names of the rules that produced a clause
 * @param ruleEffects the strongest effect each of those rules produced (explanations search rule by rule)
 */
public record Evaluation(Verdict verdict, Set<String> firedRules, Map<String, Effect> ruleEffects) {
}
