package ai.licensing.api;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.Utf8;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.List;

/**
 * Reads the body of a batch: a JSON array of at most {@code licensing.limits.batch-size} elements, read as strictly as a single
 * profile (duplicate keys, trailing tokens). Only the array itself is checked here; each element is parsed on
 * its own so that a bad one is answered in place.
 */
final class BatchRequest {

    private static final ObjectReader TREE = ProfileParser.strictMapper().reader();

    private BatchRequest() {
    }

    static JsonNode parse(byte[] body, int maxProfiles) {
        JsonNode root;
        try {
            Violation encoding = Utf8.problem(body);
            if (encoding != null) {
                throw malformed(encoding);
            }
            root = TREE.readTree(body);
        } catch (IOException e) {
            throw malformed(ProfileParser.describe(e));
        }
        if (root == null || !root.isArray()) {
            String found = root == null || root.isMissingNode() ? "an empty body" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            throw new ProblemException(new Problem("about:blank", "Not a batch", 400,
                    "A batch is a JSON array of usage profiles (at most " + maxProfiles + "), not " + found + ".",
                    List.of(new Violation("$", "must be a JSON array of usage profiles")), null));
        }
        if (root.size() > maxProfiles) {
            throw new ProblemException(Problem.of(413, "Batch too large", "The batch holds " + root.size()
                    + " profiles; send at most " + maxProfiles + " per request."));
        }
        return root;
    }

    private static ProblemException malformed(Violation where) {
        return new ProblemException(new Problem("about:blank", "Malformed batch", 400,
                "The batch is not valid JSON at " + where, List.of(where), null));
    }
}
