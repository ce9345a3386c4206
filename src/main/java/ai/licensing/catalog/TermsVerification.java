package ai.licensing.catalog;

/**
 * When and where the text the rules follow was last read against the rules (licenses.yaml {@code verified}).
 *
 * @param on     the date of the reading (YYYY-MM-DD)
 * @param source the copy that was read: a url, or a repository, commit and path
 */
public record TermsVerification(String on, String source) {
}
