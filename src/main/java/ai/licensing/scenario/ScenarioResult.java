package ai.licensing.scenario;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario: the verdict it got (null when the profile names an unknown model or license),
 * each expectation beyond the verdict that did not hold, and the rules that produced its clauses (for coverage).
 *
 * @param failures unmet clause and missing-fact expectations, or why there is no verdict
 * @param seconds  how long the evaluation took
 */
public record ScenarioResult(Scenario scenario, Verdict verdict, List<String> failures, Set<String> firedRules, double seconds) {

    public boolean passed() {
        return verdict != null && verdict.verdict() == scenario.expect().verdict() && failures.isEmpty();
    }

    /** The triggered clauses as {@code license:section (EFFECT)}, for failure messages. */
    public List<String> firedClauses() {
        return verdict == null ? List.of() : verdict.clauses().stream().map(c -> c.key() + " (" + c.effect() + ")").toList();
    }

    /** One line: expected vs actual verdict, each unmet expectation, and the clauses that fired. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("expected " + scenario.expect().verdict() + ", got " + actual());
        parts.addAll(failures);
        parts.add("fired: " + (firedClauses().isEmpty() ? "(none)" : String.join(", ", firedClauses())));
        return String.join("; ", parts);
    }

    /** A multi-line explanation of a failure: expected vs actual verdict, the unmet expectations, what fired. */
    public String explain() {
        StringBuilder s = new StringBuilder();
        s.append(scenario.file()).append(" › ").append(scenario.name()).append('\n');
        s.append("  expected ").append(scenario.expect().verdict()).append(", got ").append(actual()).append('\n');
        failures.forEach(f -> s.append("  - ").append(f).append('\n'));
        s.append("  fired: ").append(firedClauses().isEmpty() ? "(none)" : String.join(", ", firedClauses())).append('\n');
        if (verdict != null && !verdict.missingFacts().isEmpty()) {
            s.append("  missingFacts: ").append(verdict.missingFacts()).append('\n');
        }
        if (verdict != null) {
            for (ClauseHit hit : verdict.clauses()) {
                s.append("    ").append(hit.key()).append(' ').append(hit.effect()).append(": ").append(hit.reason()).append('\n');
            }
        }
        return s.toString();
    }

    private String actual() {
        return verdict == null ? "no verdict" : verdict.verdict().toString();
    }
}
