package ai.licensing.decisionlog;

import ai.licensing.json.Json;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * A decision record as one line of JSON, and back. JSON escapes line breaks inside strings, so a record is
 * always exactly one line. The profile is read back through the strict profile parser, like any request.
 */
final class DecisionRecordJson {

    private static final ObjectMapper MAPPER = Json.decisionRecords();
    private static final String ID = "decisionId";

    private final ProfileParser profiles = new ProfileParser();

    /** The record's JSON followed by its newline. */
    static byte[] line(DecisionRecord record) {
        return line(record, VerdictJson.text(record.verdict()));
    }

    /** The same, with the verdict already written as JSON (for the response), so it is not written twice. */
    static byte[] line(DecisionRecord record, String verdictJson) {
        ByteArrayBuilder out = new ByteArrayBuilder(verdictJson.length() + 1024);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField(ID, record.decisionId());
            json.writeFieldName("time");
            MAPPER.writeValue(json, record.time());
            json.writeStringField("rulesetVersion", record.rulesetVersion());
            json.writeFieldName("profile");
            MAPPER.writeValue(json, record.profile());
            json.writeFieldName("verdict");
            json.writeRawValue(verdictJson);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a decision record always serializes", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Reads a record; {@link IllegalArgumentException} says what is wrong with a line that is not one. */
    DecisionRecord parse(byte[] line) {
        try {
            JsonNode tree = MAPPER.readTree(line);
            if (tree == null || !tree.isObject() || !tree.path(ID).isTextual()) {
                throw new IllegalArgumentException("not a decision record: no " + ID);
            }
            return new DecisionRecord(tree.get(ID).asText(), MAPPER.treeToValue(tree.get("time"), Instant.class),
                    tree.path("rulesetVersion").asText(null), profiles.parse(tree.get("profile")),
                    MAPPER.treeToValue(tree.get("verdict"), Verdict.class));
        } catch (InvalidProfileException e) {
            throw new IllegalArgumentException("its profile is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a decision record: " + e.getMessage(), e);
        }
    }

    /** Only the decision id, read without building the record (the index is rebuilt from every line at start). */
    static String decisionId(byte[] line) {
        try (JsonParser parser = MAPPER.getFactory().createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (ID.equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
