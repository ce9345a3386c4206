package ai.licensing.engine.explain;

import ai.licensing.model.Effect;
import ai.licensing.model.Fact;
import ai.licensing.model.FactType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * "As you grow": for each number the profile states, the values above it at which the verdict changes, taken
 * from the thresholds the rules compared the number with. Each step is the verdict of the profile with the number
 * just past the threshold; a step is reported when its verdict differs from the step before, with the clauses
 * that appeared or changed their effect there.
 */
final class ThresholdSearch {

    private final Trials trials;

    ThresholdSearch(Trials trials) {
        this.trials = trials;
    }

    List<Explanation.Threshold> run() {
        List<Explanation.Threshold> found = new ArrayList<>();
        Trial base = trials.unchanged();
        for (String path : stated()) {
            long value = ((Number) Fact.byPath(path).orElseThrow().wireValueIn(trials.base())).longValue();
            Trial before = base;
            // Thresholds are read again after every step: a clause reached only at a larger size may compare more.
            NavigableSet<Long> ahead = new TreeSet<>(trials.comparisons().thresholds(path).tailSet(value, true));
            while (!ahead.isEmpty()) {
                long threshold = ahead.pollFirst();
                var trial = trials.of(List.of(Change.to(path, threshold + 1)));
                if (trial.isEmpty()) {
                    break;
                }
                Trial after = trial.get();
                if (after.decision() != before.decision()) {
                    found.add(new Explanation.Threshold(path, threshold, after.decision(), changed(before, after)));
                }
                before = after;
                ahead.addAll(trials.comparisons().thresholds(path).tailSet(threshold, false));
            }
        }
        return found;
    }

    /** The numeric facts the profile states and the rules compared with some threshold. */
    private List<String> stated() {
        List<String> paths = new ArrayList<>();
        for (String path : trials.comparisons().comparedNumbers()) {
            Fact.byPath(path).filter(f -> f.type() == FactType.COUNT)
                    .filter(f -> f.wireValueIn(trials.base()) != null).ifPresent(f -> paths.add(path));
        }
        return paths;
    }

    private static List<String> changed(Trial before, Trial after) {
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, Effect> clause : after.restrictions().entrySet()) {
            if (clause.getValue() != before.restrictions().get(clause.getKey())) {
                clauses.add(clause.getKey());
            }
        }
        for (String gone : before.restrictions().keySet()) {
            if (!after.restrictions().containsKey(gone)) {
                clauses.add(gone);
            }
        }
        return clauses;
    }
}
