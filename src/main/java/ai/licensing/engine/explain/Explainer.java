package ai.licensing.engine.explain;

import ai.licensing.catalog.Model;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explains verdicts (contract section 6.3): evaluates the profile once, recording what the rules compared, then
 * the changed profiles the searches ask for, within a budget of evaluations per verdict.
 */
public final class Explainer {

    /**
     * Evaluations one explanation may run besides the profile itself. The searches need far fewer for today's
     * licenses (see docs/performance.md); the ceiling keeps a pathological rule from making one request slow.
     */
    static final int BUDGET = 400;

    private Explainer() {
    }

    public static ExplainedVerdict explain(Ruleset ruleset, UsageProfile profile) {
        Trials trials = new Trials(ruleset, profile, BUDGET);
        Trial base = trials.unchanged();
        ChangeSearch.Result changes = new ChangeSearch(trials, new Candidates(profile, trials.comparisons()), ruleset.rulesByName()::get).run();
        List<Explanation.Question> questions = new QuestionSearch(trials).run(base.verdict().missingFacts());
        List<Explanation.Threshold> thresholds = new ThresholdSearch(trials).run();
        return new ExplainedVerdict(base.verdict(), new Explanation(changes.best(), changes.sets(), questions, thresholds));
    }

    /** The verdict with only its thresholds ("as you grow"); changes and questions left empty. */
    static ExplainedVerdict thresholds(Ruleset ruleset, UsageProfile profile) {
        Trials trials = new Trials(ruleset, profile, BUDGET);
        Trial base = trials.unchanged();
        return new ExplainedVerdict(base.verdict(), new Explanation(base.decision(), List.of(), List.of(),
                new ThresholdSearch(trials).run()));
    }

    /**
     * Every catalog model explained for one profile, best verdict first (as compare sorts), ties in catalog order.
     * Models under the same license that the rules cannot tell apart (same license, access modes and
     * multimodality) share one search: the first is explained in full, and each other one gets the same
     * explanation only if evaluating its own changed profiles gives every verdict the explanation claims; otherwise
     * it is explained in full as well. Groups are explained in parallel: the ruleset is immutable.
     */
    public static List<ExplainedVerdict> compare(Ruleset ruleset, UsageProfile profile) {
        Map<String, Model> firstOfGroup = new LinkedHashMap<>();
        ruleset.catalog().allModels().forEach(m -> firstOfGroup.putIfAbsent(alike(m), m));
        // First one model of each group, then every other model against its group's explanation, both in parallel.
        Map<String, ExplainedVerdict> firsts = new ConcurrentHashMap<>();
        firstOfGroup.entrySet().parallelStream().forEach(g ->
                firsts.put(g.getKey(), explain(ruleset, profile.forModel(g.getValue().id()))));
        List<ExplainedVerdict> explained = new ArrayList<>(ruleset.catalog().allModels().parallelStream().map(m -> {
            ExplainedVerdict first = firsts.get(alike(m));
            return first.verdict().model().equals(m.id()) ? first : reuse(ruleset, profile.forModel(m.id()), first)
                    .orElseGet(() -> explain(ruleset, profile.forModel(m.id())));
        }).toList());
        explained.sort(Comparator.comparing((ExplainedVerdict e) -> e.verdict().verdict()));
        return explained;
    }

    /** What the rules can tell of a model besides its id: its license, how it is offered, whether it is multimodal. */
    private static String alike(Model model) {
        return model.license() + "|" + model.accessModes() + "|" + model.multimodal();
    }

    /** The other model's explanation, if its own profile and changed profiles give every verdict it claims. */
    private static Optional<ExplainedVerdict> reuse(Ruleset ruleset, UsageProfile profile, ExplainedVerdict other) {
        Trials trials = new Trials(ruleset, profile, BUDGET);
        Trial base = trials.unchanged();
        Explanation e = other.explanation();
        boolean holds = base.decision() == other.verdict().verdict()
                && base.verdict().missingFacts().equals(other.verdict().missingFacts())
                && effects(base.verdict()).equals(effects(other.verdict()))
                && e.changes().stream().allMatch(set -> gives(trials, set.set(), set.verdict()))
                && e.questions().stream().allMatch(q -> q.answers().stream()
                        .allMatch(a -> gives(trials, List.of(Change.to(q.fact(), a.value())), a.verdict())))
                && e.thresholds().stream().allMatch(t -> gives(trials, List.of(Change.to(t.fact(), t.above() + 1)), t.verdict()));
        return holds ? Optional.of(new ExplainedVerdict(base.verdict(), e)) : Optional.empty();
    }

    /** The clauses of a verdict and their effects ({@code license:section=EFFECT}), for comparing two verdicts. */
    private static List<String> effects(Verdict verdict) {
        return verdict.clauses().stream().map(c -> c.key() + "=" + c.effect()).toList();
    }

    private static boolean gives(Trials trials, List<Change> changes, Decision verdict) {
        return trials.of(changes).map(t -> t.decision() == verdict).orElse(false);
    }
}
