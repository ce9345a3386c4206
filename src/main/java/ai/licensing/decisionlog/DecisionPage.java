package ai.licensing.decisionlog;

import java.util.List;

/**
 * One page of a decision query, newest first.
 *
 * @param next the cursor of the next page, or null on the last one
 */
public record DecisionPage(List<DecisionRecord> decisions, String next) {

    /** The page from up to {@code limit + 1} matching records, newest first: one more than asked says another page exists. */
    static DecisionPage of(List<DecisionRecord> newestFirst, int limit) {
        if (newestFirst.size() <= limit) {
            return new DecisionPage(List.copyOf(newestFirst), null);
        }
        List<DecisionRecord> page = List.copyOf(newestFirst.subList(0, limit));
        return new DecisionPage(page, DecisionCursor.after(page.get(limit - 1)).encoded());
    }
}
