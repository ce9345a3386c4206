package ai.licensing.api;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.List;

/**
 * Reads the body of a batch: a JSON array of at most {@link #MAX_PROFILES} elements, read as strictly as a single
 * profile (duplicate keys, trailing tokens). Only the array itself is checked here; each element is parsed on
 * its own so that a bad one is answered in place.
 */
final class BatchRequest {

    /** Most profiles per batch request, so one request cannot hold a worker thread for long. */
    static final int MAX_PROFILES = 1000;

    private static final ObjectReader TREE = ProfileParser.strictMapper().reader();

    private BatchRequest() {
    }

    static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = TREE.readTree(body);
        } catch (IOException e) {
            Violation where = ProfileParser.describe(e);
            throw new ProblemException(new Problem("about:blank", "Malformed batch", 400,
                    "The batch is not valid JSON at " + where, List.of(where), null));
        }
        if (root == null || !root.isArray()) {
            String found = root == null || root.isMissingNode() ? "an empty body" : root.getNodeType().name().toLowerCase();
            throw new ProblemException(new Problem("about:blank", "Not a batch", 400,
                    "A batch is a JSON array of usage profiles (at most " + MAX_PROFILES + "), not " + found + ".",
                    List.of(new Violation("$", "must be a JSON array of usage profiles")), null));
        }
        if (root.size() > MAX_PROFILES) {
            throw new ProblemException(Problem.of(413, "Batch too large", "The batch holds " + root.size()
                    + " profiles; send at most " + MAX_PROFILES + " per request."));
        }
        return root;
    }
}
