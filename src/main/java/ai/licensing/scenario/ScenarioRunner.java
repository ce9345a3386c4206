package ai.licensing.scenario;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Evaluation;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs scenarios against a ruleset and judges each against its expectations (contract section 5). */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    public static ScenarioResult run(Ruleset ruleset, Scenario scenario) {
        long start = System.nanoTime();
        Evaluation evaluation;
        try {
            evaluation = DecisionEngine.run(ruleset, scenario.profile());
        } catch (UnknownIdException e) {
            return new ScenarioResult(scenario, null, List.of(e.getMessage() + " Known: " + e.knownIds()), Set.of(), secondsSince(start));
        }
        Verdict verdict = evaluation.verdict();
        return new ScenarioResult(scenario, verdict, judge(scenario.expect(), verdict), evaluation.firedRules(), secondsSince(start));
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    /** The expectations beyond the verdict itself (clauses, absent clauses, missing facts) that do not hold. */
    public static List<String> judge(Expectation expect, Verdict verdict) {
        List<String> failures = new ArrayList<>();
        Set<String> fired = verdict.clauses().stream().map(ClauseHit::key).collect(Collectors.toSet());
        for (String key : expect.clauses()) {
            if (!fired.contains(key)) {
                failures.add("missing clause: " + key);
            }
        }
        for (String key : expect.absentClauses()) {
            if (fired.contains(key)) {
                failures.add("unexpected clause: " + key);
            }
        }
        if (expect.missingFacts() != null && !expect.missingFacts().equals(Set.copyOf(verdict.missingFacts()))) {
            failures.add("missingFacts: expected " + new TreeSet<>(expect.missingFacts()) + ", got " + verdict.missingFacts());
        }
        return failures;
    }
}
