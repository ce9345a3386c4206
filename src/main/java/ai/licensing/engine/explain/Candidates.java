package ai.licensing.engine.explain;

import ai.licensing.engine.Comparisons;
import ai.licensing.model.Fact;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The single changes worth trying for a fact the licensee controls (the fact registry says which): the other
 * answers of a yes/no or a choice, the values on each side of a threshold the rules compared it with, a name that
 * begins with the prefix a clause asks for, each stated purpose or country a clause named dropped, and the separate
 * agreement that covers a clause. Never a fact that says who the licensee is, and never "unknown": a change is
 * something one can do.
 */
final class Candidates {

    private final UsageProfile profile;
    private final Comparisons comparisons;

    Candidates(UsageProfile profile, Comparisons comparisons) {
        this.profile = profile;
        this.comparisons = comparisons;
    }

    List<Change> forFact(String path) {
        return Fact.byPath(path).filter(Fact::controlled).filter(f -> f != Fact.AGREEMENTS).map(this::forFact).orElse(List.of());
    }

    /** Obtaining a separate agreement that covers the clause ({@code license:section}), unless the profile holds it. */
    List<Change> agreementFor(String clause) {
        boolean held = Fact.AGREEMENTS.wireValueIn(profile) instanceof List<?> list && list.contains(clause);
        return held ? List.of() : List.of(Change.add(Fact.AGREEMENTS.path(), clause));
    }

    private List<Change> forFact(Fact fact) {
        Object stated = fact.wireValueIn(profile);
        List<Change> changes = new ArrayList<>();
        switch (fact.type()) {
            case BOOLEAN -> List.of(true, false).forEach(value -> addUnlessStated(changes, fact, value, stated));
            case CHOICE -> fact.allowedValues().forEach(value -> addUnlessStated(changes, fact, value, stated));
            case COUNT -> comparisons.thresholds(fact.path()).forEach(t -> {
                addUnlessStated(changes, fact, t, stated);
                addUnlessStated(changes, fact, t + 1, stated);
            });
            case TEXT -> {
                // The comparison rules make on a controlled text is "begins with": put the prefix before the stated name.
                String name = stated == null ? "model" : stated.toString();
                for (Set<String> group : comparisons.operands(fact.path())) {
                    group.forEach(prefix -> changes.add(Change.to(fact.path(), prefix.replace(' ', '-') + "-" + name)));
                }
            }
            case CHOICES, COUNTRIES -> {
                if (stated instanceof List<?> list) {
                    list.stream().map(Object::toString).filter(e -> namedBy(fact, e))
                            .forEach(e -> changes.add(Change.remove(fact.path(), e)));
                }
            }
            default -> {
                // Dates, countries and free lists that the licensee controls have no change the rules suggest.
            }
        }
        return changes;
    }

    /** Whether a rule compared the list with a group holding this element (a purpose a clause names…). */
    private boolean namedBy(Fact fact, String element) {
        return comparisons.operands(fact.path()).stream().anyMatch(g -> g.contains(element));
    }

    private static void addUnlessStated(List<Change> changes, Fact fact, Object value, Object stated) {
        if (!value.equals(stated)) {
            changes.add(Change.to(fact.path(), value));
        }
    }

    static boolean controlled(String path) {
        return Fact.byPath(path).map(Fact::controlled).orElse(false);
    }
}
