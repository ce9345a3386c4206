package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
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
 * Evaluates usage profiles against the current ruleset. The verdict is assembled only from the clauses the
 * rules produced, after the licensee's separate agreements turned the clauses they cover into INFO: strongest
 * effect decides, {@code allowed} follows the verdict, missing facts are the union of what the REVIEW clauses named.
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
        Catalog catalog = ruleset.catalog();
        Model model = profile.model() == null ? null : catalog.model(profile.model()).orElseThrow(() ->
                new UnknownIdException("model", "Unknown model '" + profile.model() + "'.", catalog.modelIds()));
        License license = resolveLicense(catalog, profile, model);
        Agreements agreements = Agreements.of(profile.licenseeOrEmpty().agreements(), ruleset);
        Findings findings = new Findings();
        ruleset.session(license.id()).execute(new Usage(profile, license, model, ruleset, findings, comparisons));
        findings.cover(agreements);
        List<ClauseHit> clauses = findings.clauses();
        Decision decision = clauses.isEmpty() ? Decision.ALLOWED : strongest(clauses).decision();
        Verdict verdict = new Verdict(DecisionIds.next(), Instant.now(), ruleset.version(),
                model == null ? null : model.id(), license.id(), decision, decision.allowed(), clauses, findings.missingFacts());
        return new Evaluation(verdict, Collections.unmodifiableSet(findings.firedRules()),
                Collections.unmodifiableMap(findings.ruleEffects()));
    }

    private static License resolveLicense(Catalog catalog, UsageProfile profile, Model model) {
        if (profile.license() == null) {
            return catalog.license(model.license()).orElseThrow();
        }
        License license = catalog.license(profile.license()).orElseThrow(() ->
                new UnknownIdException("license", "Unknown license '" + profile.license() + "'.", catalog.licenseIds()));
        if (model != null && !model.license().equals(license.id())) {
            throw new UnknownIdException("license", "Model '" + model.id() + "' is licensed under '" + model.license()
                    + "', not '" + license.id() + "'; leave out license or name the model's own.", List.of(model.license()));
        }
        return license;
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
