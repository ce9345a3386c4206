package ai.licensing.engine;

import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates usage profiles against the current ruleset: the license of the model and then the extra policies the
 * catalog names for it (a usage policy beside the license), whose clauses carry the policy's id in their
 * {@code license}. The verdict is assembled only from the clauses the rules produced ({@link PendingDecision}).
 * {@link DecisionBatch} decides many profiles at once, to the same verdicts.
 */
public final class DecisionEngine {

    private final CurrentRuleset rules;

    public DecisionEngine(CurrentRuleset rules) {
        this.rules = rules;
    }

    public CurrentRuleset rules() {
        return rules;
    }

    public Verdict evaluate(UsageProfile profile) {
        return evaluate(rules.get(), profile);
    }

    /** One verdict per catalog model, best first; ties keep catalog order. {@code model}/{@code license} are ignored. */
    public List<Verdict> compare(UsageProfile profile) {
        Ruleset ruleset = rules.get();
        List<Verdict> verdicts = new ArrayList<>();
        for (Model model : ruleset.catalog().allModels()) {
            verdicts.add(evaluate(ruleset, profile.forModel(model.id())));
        }
        verdicts.sort(Comparator.comparing(Verdict::verdict));
        return verdicts;
    }

    public static Verdict evaluate(Ruleset ruleset, UsageProfile profile) {
        return run(ruleset, profile).verdict();
    }

    /** The verdict and the rules that produced its clauses (for scenario coverage). */
    public static Evaluation run(Ruleset ruleset, UsageProfile profile) {
        return run(ruleset, profile, Comparisons.NONE);
    }

    /** As {@link #run(Ruleset, UsageProfile)}, telling {@code comparisons} what the rules compared the facts with. */
    public static Evaluation run(Ruleset ruleset, UsageProfile profile, Comparisons comparisons) {
        PendingDecision decision = new PendingDecision(ruleset, profile, comparisons);
        ruleset.sessions().decide(decision.license().id(), decision.licenseFacts());
        List<License> policies = decision.policies();
        if (!policies.isEmpty()) {
            decision.startPolicies();
            for (License policy : policies) {
                ruleset.sessions().decide(policy.id(), decision.policyFacts(policy));
            }
        }
        return decision.verdict();
    }
}
