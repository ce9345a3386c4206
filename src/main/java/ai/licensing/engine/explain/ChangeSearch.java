package ai.licensing.engine.explain;

import ai.licensing.engine.RuleMeta;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.Fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the smallest sets of changes that reach the best verdict the licensee can reach.
 *
 * <p>A verdict is the strongest of its clauses, a clause the strongest of its rules, and each rule reads only a
 * few facts. So the search works rule by rule: for each rule that restricts the use it tries changes to the facts
 * that rule reads (candidate pruning), one change, then two, then three (breadth-first by size), and stops at the
 * first size that lifts the rule (early stop). The per-rule fixes are then combined into sets for the whole
 * profile, smallest first.
 * Every set tried, per clause or combined, is a real evaluation of the changed profile ({@link Trials}); the answer
 * is read off those evaluations only, so a set is never claimed to reach a verdict it was not seen to reach.
 */
final class ChangeSearch {

    static final int MAX_SETS = 5;
    /** Changes tried together for one rule; rules in today's licenses need at most two. */
    private static final int MAX_PER_CLAUSE = 3;
    /** Partial combinations kept while the per-clause fixes are combined. */
    private static final int BEAM = 12;

    /** Fewest changes first; of equal size, fewest separate agreements (each a negotiation), then a stable order. */
    private static final Comparator<List<Change>> SMALLEST_FIRST = Comparator.<List<Change>>comparingInt(List::size)
            .thenComparingLong(set -> set.stream().filter(c -> c.fact().equals(Fact.AGREEMENTS.path())).count())
            .thenComparing(set -> String.join("|", set.stream().map(Change::key).toList()));

    private final Trials trials;
    private final Candidates candidates;
    private final Function<String, RuleMeta> rules;
    private final String license;

    /** @param rules what each rule, by name, says about itself (its clause, the facts it reads) */
    ChangeSearch(Trials trials, Candidates candidates, Function<String, RuleMeta> rules) {
        this.trials = trials;
        this.candidates = candidates;
        this.rules = rules;
        this.license = trials.unchanged().verdict().license();
    }

    record Result(Decision best, List<Explanation.ChangeSet> sets) {
    }

    Result run() {
        Trial base = trials.unchanged();
        Map<String, List<Trial>> tried = new LinkedHashMap<>();
        for (Map.Entry<String, Effect> rule : base.rules().entrySet()) {
            tried.put(rule.getKey(), explore(rule.getKey(), optionsFor(rules.apply(rule.getKey()), rule.getValue())));
        }
        Decision target = Decision.ALLOWED;
        for (Map.Entry<String, List<Trial>> rule : tried.entrySet()) {
            Decision best = base.decisionOf(rule.getKey());
            for (Trial t : rule.getValue()) {
                best = better(best, t.decisionOf(rule.getKey()));
            }
            target = worse(target, best);
        }
        combine(base, tried, target);
        return pick(base);
    }

    private List<Change> optionsFor(RuleMeta rule, Effect effect) {
        List<Change> options = new ArrayList<>();
        for (String fact : rule.reads()) {
            options.addAll(candidates.forFact(fact));
        }
        // A separate agreement is what a licensor grants where its terms deny the use; a REVIEW waits for an answer
        // (see the questions) or a lawyer, not for an agreement. Catalog clauses are no licensor's to grant.
        if (effect == Effect.DENY && !RuleMeta.EVERY_LICENSE.equals(rule.license())) {
            options.addAll(candidates.agreementFor(rule.clauseKey(license)));
        }
        return options;
    }

    /** Breadth-first over the rule's options, by set size, until a size lifts the rule or the budget is spent. */
    private List<Trial> explore(String rule, List<Change> options) {
        List<Trial> seen = new ArrayList<>();
        for (int size = 1; size <= Math.min(MAX_PER_CLAUSE, options.size()); size++) {
            List<List<Change>> sets = new ArrayList<>();
            subsets(options, size, 0, new ArrayList<>(), sets);
            boolean lifted = false;
            for (List<Change> set : sets) {
                var trial = trials.of(set);
                if (trial.isEmpty()) {
                    return seen;
                }
                seen.add(trial.get());
                lifted |= trial.get().decisionOf(rule) == Decision.ALLOWED;
            }
            if (lifted) {
                break;
            }
        }
        return seen;
    }

    private static void subsets(List<Change> options, int size, int from, List<Change> current, List<List<Change>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < options.size(); i++) {
            Change next = options.get(i);
            if (current.stream().noneMatch(next::conflictsWith)) {
                current.add(next);
                subsets(options, size, i + 1, current, out);
                current.remove(current.size() - 1);
            }
        }
    }

    /**
     * Unions of one smallest fix per rule that the target asks to lift, smallest first, each evaluated. A rule
     * already lifted by the changes chosen for earlier rules adds nothing.
     */
    private void combine(Trial base, Map<String, List<Trial>> tried, Decision target) {
        List<List<Change>> partial = List.of(List.of());
        for (Map.Entry<String, List<Trial>> rule : tried.entrySet()) {
            if (base.decisionOf(rule.getKey()).compareTo(target) <= 0) {
                continue;
            }
            List<List<Change>> fixes = smallestFixes(rule.getKey(), rule.getValue(), target);
            if (fixes.isEmpty()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            List<List<Change>> next = new ArrayList<>();
            for (List<Change> sofar : partial) {
                if (fixes.stream().anyMatch(sofar::containsAll)) {
                    addOnce(next, keys, sofar);
                    continue;
                }
                for (List<Change> fix : fixes) {
                    union(sofar, fix).ifPresent(u -> addOnce(next, keys, u));
                }
            }
            next.sort(SMALLEST_FIRST);
            partial = next.subList(0, Math.min(BEAM, next.size()));
        }
        int reaching = 0;
        for (List<Change> set : partial) {
            if (set.isEmpty() || reaching == MAX_SETS) {
                continue;
            }
            var trial = trials.of(set);
            if (trial.isEmpty()) {
                return;
            }
            reaching += trial.get().decision() == target ? 1 : 0;
        }
    }

    private static List<List<Change>> smallestFixes(String rule, List<Trial> tried, Decision target) {
        int smallest = Integer.MAX_VALUE;
        List<List<Change>> fixes = new ArrayList<>();
        for (Trial t : tried) {
            if (t.decisionOf(rule).compareTo(target) > 0 || t.set().size() > smallest) {
                continue;
            }
            if (t.set().size() < smallest) {
                smallest = t.set().size();
                fixes.clear();
            }
            fixes.add(t.set());
        }
        return fixes;
    }

    private static Optional<List<Change>> union(List<Change> a, List<Change> b) {
        List<Change> union = new ArrayList<>(a);
        for (Change change : b) {
            if (union.contains(change)) {
                continue;
            }
            if (union.stream().anyMatch(change::conflictsWith)) {
                return Optional.empty();
            }
            union.add(change);
        }
        return Optional.of(union);
    }

    private static void addOnce(List<List<Change>> sets, Set<String> keys, List<Change> set) {
        if (keys.add(String.join("|", set.stream().map(Change::key).sorted().toList()))) {
            sets.add(set);
        }
    }

    /**
     * The best verdict any evaluated set of controllable changes reached, and the smallest such sets (none that
     * holds a smaller one), at most {@link #MAX_SETS}. When nothing beats the profile as stated, no set is needed.
     */
    private Result pick(Trial base) {
        Decision best = base.decision();
        for (Trial t : trials.all()) {
            if (controllable(t)) {
                best = better(best, t.decision());
            }
        }
        if (best == base.decision()) {
            return new Result(best, List.of());
        }
        List<List<Change>> reaching = new ArrayList<>();
        for (Trial t : trials.all()) {
            if (controllable(t) && t.decision() == best) {
                reaching.add(t.set());
            }
        }
        reaching.sort(SMALLEST_FIRST);
        List<Explanation.ChangeSet> chosen = new ArrayList<>();
        for (List<Change> set : reaching) {
            if (chosen.size() < MAX_SETS && chosen.stream().noneMatch(c -> set.containsAll(c.set()))) {
                chosen.add(new Explanation.ChangeSet(best, set));
            }
        }
        return new Result(best, chosen);
    }

    private static boolean controllable(Trial t) {
        return !t.set().isEmpty() && t.set().stream().allMatch(c -> Candidates.controlled(c.fact()));
    }

    private static Decision better(Decision a, Decision b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Decision worse(Decision a, Decision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
