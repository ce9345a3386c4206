package ai.licensing.decisionlog;

import ai.licensing.model.Decision;

import java.time.Instant;

/**
 * Which decisions to list: each criterion that is not null must match. {@code since} is inclusive, {@code until}
 * exclusive; {@code after} continues from a previous page.
 */
public record DecisionQuery(String model, String license, Decision verdict, Instant since, Instant until, int limit,
                            DecisionCursor after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public DecisionQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Every decision, {@code limit} at a time. */
    public static DecisionQuery all(int limit) {
        return new DecisionQuery(null, null, null, null, null, limit, null);
    }

    public DecisionQuery next(DecisionPage page) {
        return new DecisionQuery(model, license, verdict, since, until, limit, DecisionCursor.decode(page.next()));
    }

    boolean matches(DecisionRecord record) {
        return (model == null || model.equals(record.verdict().model()))
                && (license == null || license.equals(record.verdict().license()))
                && (verdict == null || verdict == record.verdict().verdict())
                && (since == null || !record.time().isBefore(since))
                && (until == null || record.time().isBefore(until))
                && (after == null || after.precedes(record));
    }
}
