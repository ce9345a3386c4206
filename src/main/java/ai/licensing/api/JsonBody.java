package ai.licensing.api;

import ai.licensing.json.Json;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Utf8;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.List;

/** Reads a request body into a JSON tree as strictly as a single profile (UTF-8, duplicate keys, trailing tokens). */
final class JsonBody {

    private static final ObjectReader TREE = Json.jsonTree();

    private JsonBody() {
    }

    /** @param what the document's name in an error title ("batch", "BOM request") */
    static JsonNode read(byte[] body, String what) {
        try {
            Violation encoding = Utf8.problem(body);
            if (encoding != null) {
                throw malformed(what, encoding);
            }
            return TREE.readTree(body);
        } catch (IOException e) {
            throw malformed(what, ProfileParser.describe(e));
        }
    }

    private static ProblemException malformed(String what, Violation where) {
        return new ProblemException(new Problem("about:blank", "Malformed " + what, 400,
                "The " + what + " is not valid JSON at " + where, List.of(where), null));
    }
}
