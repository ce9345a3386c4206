package ai.licensing.engine.explain;

import ai.licensing.engine.Comparisons;
import ai.licensing.model.UsageProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The single changes worth trying for a fact the licensee controls: the other answers of a yes/no or a choice,
 * the values on each side of a threshold the rules compared it with, a name that begins with the prefix a clause
 * asks for, each stated purpose (or country) a clause named dropped, and the separate agreement that covers a
 * clause. Never a fact that says who the licensee is, and never "unknown": a change is something one can do.
 */
final class Candidates {

    static final String AGREEMENTS = "licensee.agreements";

    private final UsageProfile profile;
    private final Comparisons comparisons;

    Candidates(UsageProfile profile, Comparisons comparisons) {
        this.profile = profile;
        this.comparisons = comparisons;
    }

    List<Change> forFact(String path) {
        if (!controlled(path) || path.equals(AGREEMENTS)) {
            return List.of();
        }
        return ProfileFacts.of(path).map(this::forFact).orElse(List.of());
    }

    /** Obtaining a separate agreement for the clause, where the profile can state one. */
    List<Change> agreementFor(String clause) {
        boolean stated = ProfileFacts.valueOf(profile, ProfileFacts.of(AGREEMENTS).orElseThrow()) instanceof List<?> held
                && held.contains(clause);
        return stated ? List.of() : List.of(Change.add(AGREEMENTS, clause));
    }

    static boolean agreementsKnown() {
        return ProfileFacts.of(AGREEMENTS).isPresent() && controlled(AGREEMENTS);
    }

    private List<Change> forFact(ProfileFacts.Fact fact) {
        Object stated = ProfileFacts.valueOf(profile, fact);
        List<Change> changes = new ArrayList<>();
        switch (fact.kind()) {
            case BOOLEAN -> {
                for (Boolean value : List.of(true, false)) {
                    addUnlessStated(changes, fact, value, stated);
                }
            }
            case CHOICE -> fact.choices().forEach(value -> addUnlessStated(changes, fact, value, stated));
            case NUMBER -> comparisons.thresholds(fact.path()).forEach(t -> {
                addUnlessStated(changes, fact, t, stated);
                addUnlessStated(changes, fact, t + 1, stated);
            });
            case TEXT -> {
                // The only comparison rules make on a text is "begins with": propose the stated name behind the prefix.
                String name = stated == null ? "model" : stated.toString();
                for (Set<String> group : comparisons.operands(fact.path())) {
                    group.forEach(prefix -> changes.add(Change.to(fact.path(), prefix.replace(' ', '-') + "-" + name)));
                }
            }
            case LIST -> {
                if (stated instanceof List<?> list) {
                    list.stream().map(Object::toString).filter(e -> namedBy(fact.path(), e))
                            .forEach(e -> changes.add(Change.remove(fact.path(), e)));
                }
            }
        }
        return changes;
    }

    /** Whether a rule compared the list with a group holding this element (a purpose a clause names…). */
    private boolean namedBy(String path, String element) {
        return comparisons.operands(path).stream().anyMatch(g -> g.contains(element));
    }

    /** Facts about who the licensee is (type, country, size, revenue) are not changes it can make. */
    static boolean controlled(String path) {
        return !path.startsWith("licensee.") || path.equals(AGREEMENTS);
    }

    private static void addUnlessStated(List<Change> changes, ProfileFacts.Fact fact, Object value, Object stated) {
        if (!value.equals(stated)) {
            changes.add(Change.to(fact.path(), value));
        }
    }
}
