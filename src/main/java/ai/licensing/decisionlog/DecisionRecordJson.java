package ai.licensing.decisionlog;

import ai.licensing.json.Json;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision record as one line of JSON, and back. JSON escapes line breaks inside strings, so a record is
 * always exactly one line. The profile is read back through the strict profile parser, like any request.
 */
final class DecisionRecordJson {

    private static final ObjectMapper MAPPER = Json.decisionRecords();
    private static final String ID = "decisionId";
    private static final byte[] VERDICT_FIELD = ",\"verdict\":".getBytes(StandardCharsets.US_ASCII);

    private final ProfileParser profiles = new ProfileParser();

    static String profile(UsageProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a profile always serializes", e);
        }
    }

    /** The record's JSON followed by its newline. */
    static byte[] line(DecisionEntry entry) {
        DecisionRecord record = entry.record();
        ByteArrayBuilder out = new ByteArrayBuilder(entry.verdictJson().length() + entry.profileJson().length() + 256);
        // The object stays open: the verdict is added after the generator is done with it.
        try (JsonGenerator json = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)) {
            json.writeStartObject();
            json.writeStringField(ID, record.decisionId());
            json.writeFieldName("time");
            MAPPER.writeValue(json, record.time());
            json.writeStringField("rulesetVersion", record.rulesetVersion());
            json.writeFieldName("profile");
            json.writeRawValue(entry.profileJson());
            json.writeFieldName("masked");
            MAPPER.writeValue(json, record.masked());
        } catch (IOException e) {
            throw new UncheckedIOException("a decision record always serializes", e);
        }
        // The verdict's JSON, most of the line, goes in as bytes: the generator would encode it again char by char,
        // which was half of the decision log's writer thread under load (docs/performance.md).
        out.write(VERDICT_FIELD);
        out.write(entry.verdictJson().getBytes(StandardCharsets.UTF_8));
        out.write('}');
        out.write('\n');
        return out.toByteArray();
    }

    /** Each entry's line, in order. */
    static byte[][] lines(List<DecisionEntry> entries) {
        byte[][] lines = new byte[entries.size()][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(entries.get(i));
        }
        return lines;
    }

    /** The lines one after the other, for a single write. */
    static byte[] joined(byte[][] lines) {
        int length = 0;
        for (byte[] line : lines) {
            length += line.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, all, at, line.length);
            at += line.length;
        }
        return all;
    }

    /** Reads a record; {@link IllegalArgumentException} says what is wrong with a line that is not one. */
    DecisionRecord parse(byte[] line) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a decision record: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject() || !tree.path(ID).isTextual()) {
            throw new IllegalArgumentException("not a decision record: no " + ID);
        }
        return record(tree.get(ID).asText(), tree.get("time"), tree.path("rulesetVersion").asText(null), tree.get("profile"),
                tree.path("masked"), tree.get("verdict"));
    }

    /** A record from its parts as JSON (a database row keeps them in columns). */
    DecisionRecord record(String id, JsonNode time, String rulesetVersion, JsonNode profile, JsonNode masked, JsonNode verdict) {
        try {
            List<String> paths = new ArrayList<>();
            masked.forEach(p -> paths.add(p.asText()));
            return new DecisionRecord(id, MAPPER.treeToValue(time, Instant.class), rulesetVersion, profiles.parse(profile),
                    MAPPER.treeToValue(verdict, Verdict.class), paths);
        } catch (InvalidProfileException e) {
            throw new IllegalArgumentException("its profile is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a decision record: " + e.getMessage(), e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
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
