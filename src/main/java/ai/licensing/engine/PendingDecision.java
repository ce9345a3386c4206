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
import java.util.List;

/**
 * One profile's decision while the rules run on it: the model and license it is about, the facts the rules of its
 * license and of the model's extra policies match, and what they found. {@link DecisionEngine} runs it alone,
 * {@link DecisionBatch} beside others; either way {@link #verdict()} assembles the same verdict from the findings.
 */
final class PendingDecision {

    private final Ruleset ruleset;
    private final UsageProfile profile;
    private final Subject subject;
    private final Agreements agreements;
    private final Comparisons comparisons;
    private final Findings findings = new Findings();

    /**
     * @throws UnknownIdException                        the profile names a model or license the catalog lacks
     * @throws ai.licensing.model.InvalidProfileException an agreement names no license or clause of the rules
     */
    PendingDecision(Ruleset ruleset, UsageProfile profile, Comparisons comparisons) {
        this.ruleset = ruleset;
        this.profile = profile;
        this.subject = Subject.of(ruleset.catalog(), profile);
        this.agreements = Agreements.of(profile.licenseeOrEmpty().agreements(), ruleset);
        this.comparisons = comparisons;
    }

    License license() {
        return subject.license();
    }

    /** The facts the rules of the license match. */
    List<Object> licenseFacts() {
        return facts(license());
    }

    /** The extra policies the catalog names for the model (a usage policy beside the license), in catalog order. */
    List<License> policies() {
        Model model = subject.model();
        if (model == null || model.policies().isEmpty()) {
            return List.of();
        }
        return model.policies().stream().map(id -> ruleset.catalog().license(id).orElseThrow()).toList();
    }

    /**
     * Called once the license's rules have run, before the policies' rules: the catalog clauses have spoken for the
     * model's own license, so they are not repeated once per policy.
     */
    void startPolicies() {
        findings.startPolicies();
    }

    /** The facts a policy's rules match: a policy's rules test its own id, so it is evaluated as the license of the same usage. */
    List<Object> policyFacts(License policy) {
        return facts(policy);
    }

    /**
     * The verdict from the clauses the rules produced, after the licensee's separate agreements turned the clauses they
     * cover into INFO: strongest effect decides, {@code allowed} follows the verdict, missing facts are the union of what
     * the REVIEW clauses named. With the rules that produced its clauses (for scenario coverage).
     */
    Evaluation verdict() {
        findings.cover(agreements);
        List<ClauseHit> clauses = findings.clauses();
        Decision decision = clauses.isEmpty() ? Decision.ALLOWED : strongest(clauses).decision();
        Model model = subject.model();
        Verdict verdict = new Verdict(DecisionIds.next(), Instant.now(), ruleset.version(),
                model == null ? null : model.id(), license().id(), decision, decision.allowed(), clauses,
                findings.missingFacts(), subject.resolvedFrom());
        return new Evaluation(verdict, Collections.unmodifiableSet(findings.firedRules()),
                Collections.unmodifiableMap(findings.ruleEffects()));
    }

    /**
     * The usage read against {@code license} and each purpose it states, as the rules match them. The purposes go in
     * last-stated first: a rule fires for its matches in the order they arrive, and a rule reading
     * {@code from $u.purposesIn(…)} has always met the last-stated purpose first, so reasons that join several purposes
     * read as they always have.
     */
    private List<Object> facts(License license) {
        Usage usage = new Usage(profile, license, subject.model(), ruleset, findings, comparisons);
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
