package ai.licensing.scenario;

import ai.licensing.model.Decision;

import java.util.List;
import java.util.Set;

/**
 * What a scenario expects. {@code missingFacts} null means "not checked"; an empty set means "none".
 *
 * @param clauses       {@code license:section} keys that must be among the triggered clauses
 * @param absentClauses keys that must not be
 */
public record Expectation(Decision verdict, List<String> clauses, List<String> absentClauses, Set<String> missingFacts) {
}
