package ai.licensing.decisionlog;

import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A decision as it was made and stored, so it can be looked up, audited and replayed.
 *
 * @param time           when the verdict was made, to the microsecond (what every store keeps and orders by)
 * @param rulesetVersion the ruleset it was made with
 * @param profile        the profile as stored: without the masked fields
 * @param masked         the dotted profile paths that had a value and were left out ({@code licensee.country}); a
 *                       decision with any cannot be replayed faithfully, since the stored profile lacks those facts
 */
public record DecisionRecord(String decisionId, Instant time, String rulesetVersion, UsageProfile profile, Verdict verdict,
                             List<String> masked) {

    public DecisionRecord {
        masked = masked == null ? List.of() : List.copyOf(masked);
    }

    public static DecisionRecord of(UsageProfile profile, Verdict verdict) {
        return of(profile, verdict, List.of());
    }

    public static DecisionRecord of(UsageProfile storedProfile, Verdict verdict, List<String> masked) {
        return new DecisionRecord(verdict.decisionId(), verdict.evaluatedAt().truncatedTo(ChronoUnit.MICROS), verdict.rulesetVersion(),
                storedProfile, verdict, masked);
    }

    /** Why replaying this decision would not show what the rules do to the original profile; null when it would. */
    public String notReplayable() {
        return masked.isEmpty() ? null : "not replayable: " + String.join(", ", masked) + " masked";
    }
}
