package ai.licensing.model;

/**
 * One bad field of a request.
 *
 * @param path    JSON path of the field, {@code $.licensee.monthlyActiveUsers}, {@code $.use.purposes[2]}
 * @param message what is wrong with it, in words a client developer can act on
 */
public record Violation(String path, String message) {

    /** The same violation for a profile found at {@code root} of a larger document ({@code $[3]}). */
    public Violation under(String root) {
        return new Violation(root + path.substring(1), message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
