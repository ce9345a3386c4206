package ai.licensing.engine.explain;

import ai.licensing.engine.RuleMeta;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
        return explain(ruleset, ruleset.rulesByName(), profile);
    }

    private static ExplainedVerdict explain(Ruleset ruleset, Map<String, RuleMeta> rules, UsageProfile profile) {
        Trials trials = new Trials(ruleset, rules, profile, BUDGET);
        Trial base = trials.unchanged();
        ChangeSearch.Result changes = new ChangeSearch(trials, new Candidates(profile, trials.comparisons()), rules::get).run();
        List<Explanation.Question> questions = new QuestionSearch(trials).run(base.verdict().missingFacts());
        List<Explanation.Threshold> thresholds = new ThresholdSearch(trials).run();
        return new ExplainedVerdict(base.verdict(), new Explanation(changes.best(), changes.sets(), questions, thresholds));
    }

    /** The verdict with only its thresholds ("as you grow"); changes and questions left empty. */
    static ExplainedVerdict thresholds(Ruleset ruleset, UsageProfile profile) {
        Trials trials = new Trials(ruleset, ruleset.rulesByName(), profile, BUDGET);
        Trial base = trials.unchanged();
        return new ExplainedVerdict(base.verdict(), new Explanation(base.decision(), List.of(), List.of(),
                new ThresholdSearch(trials).run()));
    }

    /**
     * Every catalog model explained for one profile, best verdict first (as compare sorts), ties in catalog order.
     * The models are explained in parallel: each explanation is independent and the ruleset is immutable.
     */
    public static List<ExplainedVerdict> compare(Ruleset ruleset, UsageProfile profile) {
        Map<String, RuleMeta> rules = ruleset.rulesByName();
        List<ExplainedVerdict> explained = new ArrayList<>(ruleset.catalog().allModels().parallelStream()
                .map(model -> explain(ruleset, rules, profile.forModel(model.id()))).toList());
        explained.sort(Comparator.comparing((ExplainedVerdict e) -> e.verdict().verdict()));
        return explained;
    }
}
