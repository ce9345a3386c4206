package ai.licensing.engine.explain;

import ai.licensing.engine.Comparisons;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates changed versions of one profile, each set of changes once, and keeps every result: whatever an
 * explanation claims about a change comes from one of these evaluations. A budget bounds how many it runs, so an
 * explanation's cost has a ceiling whatever the rules look like. Not thread-safe: one per explanation.
 */
final class Trials {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::key);

    private final Ruleset ruleset;
    private final UsageProfile base;
    private final int budget;
    private final Map<String, Trial> done = new LinkedHashMap<>();
    private final Comparisons seen = Comparisons.recorder();

    Trials(Ruleset ruleset, UsageProfile base, int budget) {
        this.ruleset = ruleset;
        this.base = base;
        this.budget = budget;
    }

    UsageProfile base() {
        return base;
    }

    /** What the rules compared the facts with, over every profile tried so far. */
    Comparisons comparisons() {
        return seen;
    }

    /** The profile as stated (always evaluated, whatever the budget). */
    Trial unchanged() {
        return done.computeIfAbsent("", k -> evaluate(List.of()));
    }

    /** The changed profile's result, or empty once the budget is spent. */
    Optional<Trial> of(Collection<Change> changes) {
        List<Change> set = new ArrayList<>(changes);
        set.sort(ORDER);
        String key = String.join("|", set.stream().map(Change::key).toList());
        Trial known = done.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (done.size() > budget) {
            return Optional.empty();
        }
        Trial trial = evaluate(set);
        done.put(key, trial);
        return Optional.of(trial);
    }

    Collection<Trial> all() {
        return done.values();
    }

    private Trial evaluate(List<Change> set) {
        Comparisons recorded = Comparisons.recorder();
        UsageProfile changed = ProfileEdits.apply(base, set);
        Trial trial = Trial.of(set, DecisionEngine.run(ruleset, changed, recorded), ruleset.rulesByName()::get);
        seen.addAll(recorded);
        return trial;
    }
}
