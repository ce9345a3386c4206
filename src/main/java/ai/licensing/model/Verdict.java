package ai.licensing.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The answer of contract section 2. {@code resolvedFrom} (contract section 6.2) is present only when the profile
 * named its model or license by an alias; {@code model} and {@code license} are always the canonical ids.
 */
public record Verdict(
        String decisionId,
        Instant evaluatedAt,
        String rulesetVersion,
        String model,
        String license,
        Decision verdict,
        boolean allowed,
        List<ClauseHit> clauses,
        List<String> missingFacts,
        @JsonInclude(JsonInclude.Include.NON_NULL) ResolvedFrom resolvedFrom) {
}
