package ai.licensing.api;

import ai.licensing.model.Violation;

import java.util.List;

/**
 * The {@code explain} query parameter of the evaluation endpoints: absent or {@code false} answers verdicts,
 * {@code true} adds each verdict's explanation. Anything else is a 400 naming the parameter, rather than a
 * silently plain answer to a client that asked for more.
 */
final class ExplainFlag {

    private ExplainFlag() {
    }

    static boolean parse(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ProblemException(new Problem("about:blank", "Invalid query parameter", 400,
                "explain is true or false, not '" + value + "'.",
                List.of(new Violation("explain", "must be true or false")), null));
    }
}
