package ai.licensing.decisionlog;

import ai.licensing.json.Json;
import ai.licensing.json.JsonBytes;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final byte[] DECISION_ID = JsonBytes.name(ID);
    private static final byte[] TIME = JsonBytes.name("time");
    private static final byte[] RULESET_VERSION = JsonBytes.name("rulesetVersion");
    private static final byte[] PROFILE = JsonBytes.name("profile");
    private static final byte[] MASKED = JsonBytes.name("masked");
    private static final byte[] VERDICT = JsonBytes.name("verdict");
    /** A line is about this long (a verdict of 1.6 KB, the profile, the rest). */
    private static final int LINE_SIZE = 3072;

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
        JsonBytes out = new JsonBytes(LINE_SIZE);
        line(entry, out);
        return out.toByteArray();
    }

    /**
     * The records' lines one after the other, written into {@code out} (the writer thread reuses one buffer from batch
     * to batch, so a logged decision costs no array of its own there); each line's length, in order.
     */
    static int[] lines(List<DecisionEntry> entries, JsonBytes out) {
        int[] lengths = new int[entries.size()];
        for (int i = 0; i < lengths.length; i++) {
            int start = out.size();
            line(entries.get(i), out);
            lengths[i] = out.size() - start;
        }
        return lengths;
    }

    /**
     * One record as the decision records' mapper writes it, field by field with {@link JsonBytes} (which writes strings
     * and instants to the same bytes); the profile's and the verdict's JSON, most of the line, go in as they are.
     */
    private static void line(DecisionEntry entry, JsonBytes out) {
        DecisionRecord record = entry.record();
        out.raw('{');
        out.raw(DECISION_ID);
        out.string(record.decisionId());
        out.nextName(TIME);
        out.instant(record.time());
        out.nextName(RULESET_VERSION);
        out.string(record.rulesetVersion());
        out.nextName(PROFILE);
        out.raw(entry.profileJson());
        out.nextName(MASKED);
        out.array(record.masked(), (path, to) -> to.string(path));
        out.nextName(VERDICT);
        out.raw(entry.verdictJson());
        out.raw('}');
        out.raw('\n');
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
