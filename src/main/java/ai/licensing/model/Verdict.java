package ai.licensing.model;

import java.time.Instant;
import java.util.List;

/** The answer of contract section 2. */
public record Verdict(
        String decisionId,
        Instant evaluatedAt,
        String rulesetVersion,
        String model,
        String license,
        Decision verdict,
        boolean allowed,
        List<ClauseHit> clauses,
        List<String> missingFacts) {
}
