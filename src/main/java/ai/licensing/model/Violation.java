package ai.licensing.model;

/**
 * One bad field of a request.
 *
 * @param path    JSON path of the field, {@code $.licensee.monthlyActiveUsers}, {@code $.use.purposes[2]}
 * @param message what is wrong with it, in words a client developer can act on
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
