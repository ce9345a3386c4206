package ai.licensing.engine;

import ai.licensing.catalog.License;
import ai.licensing.catalog.Model;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates usage profiles against the current ruleset: the license of the model and then the extra policies the
 * catalog names for it (a usage policy beside the license), whose clauses carry the policy's id in their
 * {@code license}. The verdict is assembled only from the clauses the rules produced, after the licensee's
 * separate agreements turned the clauses they cover into INFO: strongest effect decides, {@code allowed} follows
 * the verdict, missing facts are the union of what the REVIEW clauses named.
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
        Subject subject = Subject.of(ruleset.catalog(), profile);
        Model model = subject.model();
        License license = subject.license();
        Agreements agreements = Agreements.of(profile.licenseeOrEmpty().agreements(), ruleset);
        Findings findings = new Findings();
        ruleset.sessions().decide(license.id(), facts(new Usage(profile, license, model, ruleset, findings, comparisons), license));
        if (model != null && !model.policies().isEmpty()) {
            findings.startPolicies();
            // A policy's rules test its own id, so each policy is evaluated as the license of the same usage.
            for (String policyId : model.policies()) {
                License policy = ruleset.catalog().license(policyId).orElseThrow();
                ruleset.sessions().decide(policy.id(), facts(new Usage(profile, policy, model, ruleset, findings, comparisons), policy));
            }
        }
        findings.cover(agreements);
        List<ClauseHit> clauses = findings.clauses();
        Decision decision = clauses.isEmpty() ? Decision.ALLOWED : strongest(clauses).decision();
        Verdict verdict = new Verdict(DecisionIds.next(), Instant.now(), ruleset.version(),
                model == null ? null : model.id(), license.id(), decision, decision.allowed(), clauses, findings.missingFacts(), subject.resolvedFrom());
        return new Evaluation(verdict, Collections.unmodifiableSet(findings.firedRules()),
                Collections.unmodifiableMap(findings.ruleEffects()));
    }

    /**
     * The usage and each purpose it states, as the rules match them. The purposes go in last-stated first: a rule
     * fires for its matches in the order they arrive, and a rule reading {@code from $u.purposesIn(…)} has always
     * met the last-stated purpose first, so reasons that join several purposes read as they always have.
     */
    private static List<Object> facts(Usage usage, License license) {
        List<String> purposes = usage.getPurposes() == null ? List.of() : usage.getPurposes();
        List<Object> facts = new ArrayList<>(purposes.size() + 1);
        facts.add(usage);
        for (int i = purposes.size() - 1; i >= 0; i--) {
            facts.add(new StatedPurpose(usage, license.id(), purposes.get(i)));
        }
        return facts;
    }

    private static Effect strongest(List<ClauseHit> clauses) {
        Effect strongest = Effect.INFO;
        for (ClauseHit hit : clauses) {
            if (hit.effect().strongerThan(strongest)) {
                strongest = hit.effect();
            }
        }
        return strongest;
    }
}
