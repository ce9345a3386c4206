package ai.licensing.model;

import ai.licensing.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static ai.licensing.model.FactType.COUNTRIES;

/**
 * Reads usage profiles strictly: unknown fields, wrong types, coerced scalars, duplicate keys,
 * out-of-range numbers and bad codes are all errors with the JSON path of the field, never a silent "unknown".
 */
public final class ProfileParser {

    private static final ObjectMapper STRICT = Json.profiles();
    private static final PlainProfileReader PLAIN = new PlainProfileReader(STRICT.getFactory());
    /**
     * The facts whose values their Java types do not fully check, with their paths as a violation names them: every
     * profile is checked fact by fact, so these are found once.
     */
    private static final Map<Fact, String> CHECKED = new EnumMap<>(Fact.class);

    static {
        for (Fact fact : Fact.values()) {
            if (fact.type() != FactType.BOOLEAN && fact.type() != FactType.CHOICE) {
                CHECKED.put(fact, "$." + fact.path());
            }
        }
    }

    private final ObjectReader reader = STRICT.readerFor(UsageProfile.class);
    private final ProfileLimits limits;
    private final boolean subjectRequired;

    public ProfileParser() {
        this(ProfileLimits.DEFAULT);
    }

    public ProfileParser(ProfileLimits limits) {
        this(limits, true);
    }

    private ProfileParser(ProfileLimits limits, boolean subjectRequired) {
        this.limits = limits;
        this.subjectRequired = subjectRequired;
    }

    /** A parser for the compare call, which evaluates every catalog model and so needs neither model nor license. */
    public static ProfileParser withoutSubject(ProfileLimits limits) {
        return new ProfileParser(limits, false);
    }

    public UsageProfile parse(byte[] json) {
        if (json == null) {
            throw empty();
        }
        return parse(json, 0, json.length);
    }

    /** The profile in {@code length} bytes from {@code offset} (a line of an input file, read as bytes). */
    public UsageProfile parse(byte[] bytes, int offset, int length) {
        if (length == 0) {
            throw empty();
        }
        Violation encoding = Utf8.problem(bytes, offset, length);
        if (encoding != null) {
            throw new InvalidProfileException(List.of(encoding));
        }
        // Most profiles are plainly valid and read without the mapper's machinery; the rest get its exact problem.
        UsageProfile plain = PLAIN.read(bytes, offset, length);
        return plain != null ? validate(plain) : read(() -> reader.readValue(bytes, offset, length));
    }

    /** A profile already decoded to text: no bytes to check for UTF-8, nothing to encode. */
    public UsageProfile parse(String json) {
        if (json == null || json.isEmpty()) {
            throw empty();
        }
        return read(() -> reader.readValue(json));
    }

    private interface Read {
        UsageProfile profile() throws IOException;
    }

    private UsageProfile read(Read read) {
        try {
            UsageProfile profile = read.profile();
            if (profile == null) {
                throw new InvalidProfileException(List.of(new Violation("$", "a usage profile must be a JSON object, not null")));
            }
            return validate(profile);
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(describe(e)));
        }
    }

    private static InvalidProfileException empty() {
        return new InvalidProfileException(List.of(new Violation("$", "the request body is empty; send a usage profile as a JSON object")));
    }

    /** A profile given as an already parsed tree (a scenario file's {@code profile}, a batch element). */
    public UsageProfile parse(JsonNode tree) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new InvalidProfileException(List.of(new Violation("$", "a usage profile is required")));
        }
        if (!tree.isObject()) {
            throw new InvalidProfileException(List.of(new Violation("$", "a usage profile must be a JSON object, not " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        try {
            return validate(reader.readValue(tree));
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(describe(e)));
        }
    }

    /** Turns a Jackson failure into the field path and a sentence about it. */
    public static Violation describe(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            String path = pathOf(mapping);
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                return new Violation(path, "unknown field '" + unknown.getPropertyName() + "'; known fields here: "
                        + unknown.getKnownPropertyIds());
            }
            // An enum or code that rejected the value says why in its IllegalArgumentException.
            if ((mapping instanceof ValueInstantiationException || mapping instanceof InvalidFormatException)
                    && mapping.getCause() instanceof IllegalArgumentException cause) {
                return new Violation(path, cause.getMessage());
            }
            // Refused coercions (1 for a string, 1.0 for a count) come as InvalidFormatException too; Jackson's own
            // message names Java classes, which mean nothing to a client, so only the expected JSON type is given.
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return new Violation(path, "wrong type: expected " + expected(mismatch.getTargetType()));
            }
            return new Violation(path, firstLine(mapping.getOriginalMessage()));
        }
        if (e instanceof JsonProcessingException processing) {
            String path = "$";
            if (processing.getProcessor() instanceof JsonParser parser) {
                path = fromPointer(parser.getParsingContext().pathAsPointer());
            }
            String where = processing.getLocation() == null ? ""
                    : " (line " + processing.getLocation().getLineNr() + ", column " + processing.getLocation().getColumnNr() + ")";
            return new Violation(path, "malformed JSON: " + firstLine(processing.getOriginalMessage()) + where);
        }
        return new Violation("$", "unreadable request: " + e.getMessage());
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true, false or null";
        }
        if (type == Long.class || type == long.class || type == Integer.class) {
            return "a whole number (at most " + Long.MAX_VALUE + ") or null";
        }
        if (type == String.class) {
            return "a string or null";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a JSON array or null";
        }
        if (type.isEnum() && Vocabulary.class.isAssignableFrom(type)) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Vocabulary) c).id()).toList();
        }
        return "a JSON object or null";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String fromPointer(JsonPointer pointer) {
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append('.').append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }

    /**
     * Checks what types cannot, fact by fact as the registry types them: ranges, codes, dates, nulls and blanks inside
     * lists, sizes, and that a model or license is named.
     */
    public UsageProfile validate(UsageProfile p) {
        List<Violation> bad = new ArrayList<>();
        if (subjectRequired && p.model() == null && p.license() == null) {
            bad.add(new Violation("$.model", "name a model (GET /v1/models) or a license (GET /v1/licenses) to evaluate"));
        }
        for (Map.Entry<Fact, String> fact : CHECKED.entrySet()) {
            Object value = fact.getKey().valueIn(p);
            if (value != null) {
                check(bad, fact.getValue(), fact.getKey().type(), value);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidProfileException(bad);
        }
        return p;
    }

    private void check(List<Violation> bad, String path, FactType type, Object value) {
        switch (type) {
            case COUNT -> checkNonNegative(bad, path, (Long) value);
            case TEXT -> checkLength(bad, path, (String) value);
            case DATE -> checkDate(bad, path, (String) value);
            case COUNTRY -> checkCountry(bad, path, (String) value);
            case CHOICES -> checkList(bad, path, (List<?>) value);
            case COUNTRIES, TEXTS -> {
                List<?> list = (List<?>) value;
                checkList(bad, path, list);
                FactType element = type == COUNTRIES ? FactType.COUNTRY : FactType.TEXT;
                for (int i = 0; i < list.size() && i < limits.maxListLength(); i++) {
                    if (list.get(i) instanceof String text) {
                        checkElement(bad, path + "[" + i + "]", element, text);
                    }
                }
            }
            case BOOLEAN, CHOICE -> {
                // the types say it all (not in CHECKED)
            }
        }
    }

    private void checkElement(List<Violation> bad, String path, FactType type, String text) {
        if (type == FactType.TEXT && text.isBlank()) {
            bad.add(new Violation(path, "must not be empty"));
        } else {
            check(bad, path, type, text);
        }
    }

    /** Strict calendar dates: {@code 2025-02-30} and {@code 2025-2-3} are refused, not read as something else. */
    private static void checkDate(List<Violation> bad, String path, String text) {
        if (!IsoDates.isDate(text)) {
            bad.add(new Violation(path, "'" + text + "' is not a date written YYYY-MM-DD"));
        }
    }

    private void checkNonNegative(List<Violation> bad, String path, Long value) {
        if (value != null && value < 0) {
            bad.add(new Violation(path, "must be 0 or more, was " + value));
        }
    }

    private void checkCountry(List<Violation> bad, String path, String code) {
        String problem = code == null ? null : Countries.problem(code);
        if (problem != null) {
            bad.add(new Violation(path, problem));
        }
    }

    private void checkLength(List<Violation> bad, String path, String value) {
        if (value != null && value.length() > limits.maxStringLength()) {
            bad.add(new Violation(path, "is " + value.length() + " characters long; at most " + limits.maxStringLength() + " are accepted"));
        }
    }

    private void checkList(List<Violation> bad, String path, List<?> list) {
        if (list == null) {
            return;
        }
        if (list.size() > limits.maxListLength()) {
            bad.add(new Violation(path, "has " + list.size() + " entries; at most " + limits.maxListLength() + " are accepted"));
        }
        int i = list.indexOf(null);
        if (i >= 0) {
            bad.add(new Violation(path + "[" + i + "]", "null is not allowed inside a list; leave the whole list out if it is unknown"));
        }
    }
}
