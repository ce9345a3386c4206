package ai.licensing.engine.explain;

import ai.licensing.model.Decision;

import java.util.List;

/**
 * Where a verdict can go (contract section 6.3): the smallest sets of changes the licensee can make to reach the
 * best verdict it can reach, the verdict each answer to an open question gives, and the sizes at which the
 * verdict changes as the licensee grows. Every verdict named here came from evaluating the changed profile.
 *
 * @param bestVerdict the best verdict reachable by changing facts the licensee controls (the verdict itself when
 *                    no change improves it)
 */
public record Explanation(Decision bestVerdict, List<ChangeSet> changes, List<Question> questions,
                          List<Threshold> thresholds) {

    /** Changes made together, and the verdict the changed profile gets. */
    public record ChangeSet(Decision verdict, List<Change> set) {
    }

    /** A fact the profile leaves unknown, and the verdict each possible answer gives. */
    public record Question(String fact, List<Answer> answers) {
    }

    public record Answer(Object value, Decision verdict) {
    }

    /**
     * Above {@code above}, the verdict becomes {@code verdict}, because of {@code clauses} ({@code license:section}).
     */
    public record Threshold(String fact, long above, Decision verdict, List<String> clauses) {
    }
}
