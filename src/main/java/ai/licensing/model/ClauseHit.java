package ai.licensing.model;

/** One triggered clause of a verdict: which clause, what it does, why, and what would change it. */
public record ClauseHit(
        String license,
        String section,
        String title,
        Effect effect,
        String rule,
        String reason,
        String remedy,
        String url) {

    /** The {@code license:section} key used by scenario files. */
    public String key() {
        return license + ":" + section;
    }
}
