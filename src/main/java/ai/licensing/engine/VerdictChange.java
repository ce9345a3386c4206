package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Verdict;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two verdicts for the same profile, typically under two ruleset versions. A clause is
 * the same when its license, section and effect are: a clause whose effect changed is gone with its old effect
 * and added with its new one. Reasons are prose and do not count.
 */
public record VerdictChange(Decision oldVerdict, Decision newVerdict, String oldRulesetVersion, String newRulesetVersion,
                            List<ClauseHit> clausesAdded, List<ClauseHit> clausesGone) {

    public static VerdictChange between(Verdict before, Verdict after) {
        return new VerdictChange(before.verdict(), after.verdict(), before.rulesetVersion(), after.rulesetVersion(),
                onlyIn(after.clauses(), before.clauses()), onlyIn(before.clauses(), after.clauses()));
    }

    /** The clauses of {@code these} that {@code others} does not have. */
    private static List<ClauseHit> onlyIn(List<ClauseHit> these, List<ClauseHit> others) {
        Set<String> present = others.stream().map(VerdictChange::identity).collect(Collectors.toSet());
        return these.stream().filter(c -> !present.contains(identity(c))).toList();
    }

    private static String identity(ClauseHit clause) {
        return clause.key() + " " + clause.effect();
    }

    public boolean changed() {
        return oldVerdict != newVerdict || !clausesAdded.isEmpty() || !clausesGone.isEmpty();
    }
}
