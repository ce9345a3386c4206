package ai.licensing.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.List;

/**
 * Every JSON and YAML mapper of the project, configured here and nowhere else, so that a profile sent to the API,
 * a scenario file a lawyer writes, the catalog and a decision log line are held to the same rules:
 * <ul>
 *   <li>a key given twice is an error, never "the last one wins" (a scenario's second {@code verdict:} used to
 *       replace the first without a word);</li>
 *   <li>a field nobody reads is an error, so a misspelt key never silently means "unknown";</li>
 *   <li>nothing may follow the document (a second YAML document, trailing JSON).</li>
 * </ul>
 * Profiles are read stricter still: no type coercion at all ({@code "5"} is not 5, {@code 1.0} is not 1).
 * The one relaxation is {@link #decisionRecords()}, which reads verdicts the service wrote itself, possibly
 * under an older version with fewer fields or a newer one with more.
 */
public final class Json {

    private static final ObjectMapper PROFILES = strictTypes(reading(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());
    private static final ObjectMapper YAML = reading(YAMLMapper.builder()).build();
    private static final ObjectMapper RECORDS = writing(reading(JsonMapper.builder()))
            // Verdicts may gain fields (the contract allows additions); old lines must still read, and new ones in an older service.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    // Reading settings do not change what a mapper writes: the records' mapper writes verdicts as well.
    private static final ObjectWriter VERDICTS = RECORDS.writer();

    private Json() {
    }

    /** The mapper every usage profile goes through (API bodies, batch elements, scenario profiles, input lines). */
    public static ObjectMapper profiles() {
        return PROFILES;
    }

    /** Reads a JSON document as a tree, as strictly as a profile (batch bodies, JSON scenario files). */
    public static ObjectReader jsonTree() {
        return PROFILES.reader();
    }

    /** Reads lawyers' YAML (scenario files, the catalog): duplicate keys, unknown fields and a second document are errors. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** Reads and writes decision log records: strict about duplicate keys, tolerant of verdict fields it does not know. */
    public static ObjectMapper decisionRecords() {
        return RECORDS;
    }

    /** Writes verdicts and the documents around them: one line, instants as ISO-8601 strings. Thread-safe. */
    public static ObjectWriter verdicts() {
        return VERDICTS;
    }

    /** Gives another mapper (Quarkus' REST mapper) the verdict writing settings, so the API and the CLI write alike. */
    public static ObjectMapper configureWriting(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B reading(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B writing(B builder) {
        return builder.addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** No scalar is turned into another type: a count must be a whole JSON number, a flag a JSON boolean. */
    private static ObjectMapper strictTypes(ObjectMapper mapper) {
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Enum, LogicalType.Collection)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // An empty string stays an empty string (and is then rejected by validation where it means nothing).
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        return mapper;
    }
}
