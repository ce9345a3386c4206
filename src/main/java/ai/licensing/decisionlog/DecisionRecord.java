package ai.licensing.decisionlog;

import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.time.Instant;

/**
 * One line of the decision log: a decision as it was made, so it can be looked up, audited and replayed.
 *
 * @param time           when the verdict was made
 * @param rulesetVersion the ruleset it was made with
 */
public record DecisionRecord(String decisionId, Instant time, String rulesetVersion, UsageProfile profile, Verdict verdict) {

    public static DecisionRecord of(UsageProfile profile, Verdict verdict) {
        return new DecisionRecord(verdict.decisionId(), verdict.evaluatedAt(), verdict.rulesetVersion(), profile, verdict);
    }
}
