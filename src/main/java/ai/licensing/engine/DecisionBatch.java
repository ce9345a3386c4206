package ai.licensing.engine;

import ai.licensing.catalog.License;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides many profiles at once, to the verdicts {@link DecisionEngine} gives each alone: the decisions of one license
 * go into one of its sessions together and its rules run once for all of them, which spares each decision the fixed cost
 * of a run and keeps one license's rules hot in the caches (docs/performance.md, lever 13).
 * <p>
 * Together they decide as each would alone because a match of a rule holds one decision's facts only: every rule
 * matches a single {@code Usage} or {@code StatedPurpose}, which belong to one decision (the authoring checks tell,
 * and {@link LicenseSessions} runs decisions one by one when a rule could join two). Firing order is the rules' own
 * (salience, then their order in the files), whatever else shares the session, so reasons merge in the same order.
 */
public final class DecisionBatch {

    /**
     * One profile's answer: its verdict, or why the engine refused it ({@link UnknownIdException} for a model or
     * license the catalog lacks, {@link InvalidProfileException} for an agreement naming no license or clause).
     */
    public record Result(Verdict verdict, RuntimeException refused) {
    }

    private DecisionBatch() {
    }

    /** The answers to {@code profiles}, in their order. */
    public static List<Result> evaluate(Ruleset ruleset, List<UsageProfile> profiles) {
        List<PendingDecision> pending = new ArrayList<>(profiles.size());
        List<Result> results = new ArrayList<>(profiles.size());
        for (UsageProfile profile : profiles) {
            try {
                pending.add(new PendingDecision(ruleset, profile, Comparisons.NONE));
                results.add(null);
            } catch (UnknownIdException | InvalidProfileException e) {
                pending.add(null);
                results.add(new Result(null, e));
            }
        }
        try {
            Map<String, List<List<Object>>> byLicense = new LinkedHashMap<>();
            for (PendingDecision decision : pending) {
                if (decision != null) {
                    byLicense.computeIfAbsent(decision.license().id(), id -> new ArrayList<>()).add(decision.licenseFacts());
                }
            }
            byLicense.forEach(ruleset.sessions()::decideAll);
            byLicense.clear();
            for (PendingDecision decision : pending) {
                List<License> policies = decision == null ? List.of() : decision.policies();
                if (!policies.isEmpty()) {
                    decision.startPolicies();
                    for (License policy : policies) {
                        byLicense.computeIfAbsent(policy.id(), id -> new ArrayList<>()).add(decision.policyFacts(policy));
                    }
                }
            }
            byLicense.forEach(ruleset.sessions()::decideAll);
        } catch (RuntimeException e) {
            // A rule failed: decided alone, each profile fails or not as it would have, and the others' findings start afresh.
            return profiles.stream().map(profile -> alone(ruleset, profile)).toList();
        }
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i) != null) {
                results.set(i, new Result(pending.get(i).verdict().verdict(), null));
            }
        }
        return results;
    }

    private static Result alone(Ruleset ruleset, UsageProfile profile) {
        try {
            return new Result(DecisionEngine.evaluate(ruleset, profile), null);
        } catch (UnknownIdException | InvalidProfileException e) {
            return new Result(null, e);
        }
    }
}
