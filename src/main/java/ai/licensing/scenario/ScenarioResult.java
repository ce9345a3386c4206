package ai.licensing.scenario;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Verdict;

import java.util.List;

/** The outcome of one scenario: the verdict it got and each expectation that did not hold. */
public record ScenarioResult(Scenario scenario, Verdict verdict, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The triggered clauses as {@code license:section (EFFECT)}, for failure messages. */
    public List<String> firedClauses() {
        return verdict == null ? List.of() : verdict.clauses().stream().map(c -> c.key() + " (" + c.effect() + ")").toList();
    }

    /** A multi-line explanation of a failure: expected vs actual verdict, the unmet expectations, what fired. */
    public String explain() {
        StringBuilder s = new StringBuilder();
        s.append(scenario.file()).append(" › ").append(scenario.name()).append('\n');
        s.append("  expected ").append(scenario.expect().verdict()).append(", got ")
                .append(verdict == null ? "no verdict" : verdict.verdict()).append('\n');
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
}
