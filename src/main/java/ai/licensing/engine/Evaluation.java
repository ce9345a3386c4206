package ai.licensing.engine;

import ai.licensing.model.Verdict;

import java.util.Set;

/**
 * A verdict together with what produced it. The verdict is what clients see; {@code firedRules} stays on the
 * engine side (scenario coverage reads it), so the verdict JSON of the contract does not change.
 *
 * @param firedRules names of the rules that produced a clause
 */
public record Evaluation(Verdict verdict, Set<String> firedRules) {
}
