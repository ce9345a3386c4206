package ai.licensing.api;

import ai.licensing.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Bad requests, generated from a seed so every run sends the same ones: broken JSON, wrong types and
 * out-of-range values at every field, oversize and deeply nested documents, bytes that are not UTF-8,
 * duplicate keys and wrong content types.
 */
final class HostileRequests {

    static final String EVALUATE = "/v1/evaluations";
    static final String BATCH = "/v1/evaluations/batch";
    static final String COMPARE = "/v1/evaluations/compare";
    static final String JSON = "application/json";

    /**
     * One request.
     *
     * @param names a JSON path the answer must name (the bad field), or null when the whole body is bad
     */
    record Bad(String kind, String endpoint, String contentType, byte[] body, String names) {

        @Override
        public String toString() {
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return kind + " " + endpoint + " (" + contentType + ", " + body.length + " bytes): " + text;
        }
    }

    /** A place the generator may write a value, and the kind of value the field takes. */
    private record Field(String path, Kind kind) {
    }

    private enum Kind { BOOLEAN, STRING, COUNT, ENUM, COUNTRY, PURPOSES, COUNTRIES, OBJECT }

    /** Every field of the contract's profile, so each one is hit with each kind of wrong value. */
    private static final List<Field> FIELDS = List.of(
            new Field("model", Kind.STRING), new Field("license", Kind.STRING),
            new Field("licensee", Kind.OBJECT), new Field("licensee.type", Kind.ENUM),
            new Field("licensee.country", Kind.COUNTRY), new Field("licensee.monthlyActiveUsers", Kind.COUNT),
            new Field("licensee.annualRevenueUsd", Kind.COUNT),
            new Field("use", Kind.OBJECT), new Field("use.commercial", Kind.BOOLEAN),
            new Field("use.purposes", Kind.PURPOSES), new Field("use.deploymentCountries", Kind.COUNTRIES),
            new Field("use.accessMode", Kind.ENUM), new Field("use.offersAsHostedService", Kind.BOOLEAN),
            new Field("modification", Kind.OBJECT), new Field("modification.finetunes", Kind.BOOLEAN),
            new Field("modification.redistributesWeights", Kind.BOOLEAN),
            new Field("modification.derivativeName", Kind.STRING),
            new Field("modification.usesOutputsToTrainOtherModels", Kind.BOOLEAN),
            new Field("compliance", Kind.OBJECT), new Field("compliance.includesLicenseCopy", Kind.BOOLEAN),
            new Field("compliance.displaysAttribution", Kind.BOOLEAN),
            new Field("compliance.passesUseRestrictionsDownstream", Kind.BOOLEAN),
            new Field("compliance.statesModifications", Kind.BOOLEAN),
            new Field("data", Kind.OBJECT), new Field("data.sendsPersonalData", Kind.BOOLEAN),
            new Field("data.sendsHealthData", Kind.BOOLEAN));

    private static final List<String> NOT_A_BOOLEAN = List.of("\"true\"", "1", "0", "\"yes\"", "[]", "{}", "1.5", "[true]");
    private static final List<String> NOT_A_STRING = List.of("1", "true", "[]", "{}", "1.5", "[\"llama-2-70b-chat\"]", "-0");
    private static final List<String> NOT_A_COUNT = List.of("\"12\"", "true", "[]", "{}", "-1", "-0.5", "1.0", "1.5",
            "1e30", "1E3", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999",
            "1e400", "-1e-400", "12.000000000000000001");
    private static final List<String> NOT_AN_ENUM = List.of("\"Company\"", "\"robot\"", "\"\"", "1", "true", "[]", "{}",
            "\"WEIGHTS\"", "\"api \"");
    private static final List<String> NOT_A_COUNTRY = List.of("\"de\"", "\"us\"", "\"XX\"", "\"EU\"", "\"DEU\"", "\"\"",
            "\"D\"", "\"D1\"", "\"??\"", "49", "true", "[]", "{}", "\" DE\"");
    private static final List<String> NOT_PURPOSES = List.of("\"research\"", "{}", "1", "true", "[null]", "[1]",
            "[\"unknown-purpose\"]", "[\"Research\"]", "[[]]", "[{}]", "[\"research\",null]", "[\"\"]");
    private static final List<String> NOT_COUNTRIES = List.of("\"DE\"", "{}", "1", "[null]", "[\"de\"]", "[\"EU\"]",
            "[\"DE\",\"xx\"]", "[1]", "[[\"DE\"]]", "[\"DEU\"]");
    private static final List<String> NOT_AN_OBJECT = List.of("[]", "\"x\"", "1", "true", "[{}]", "{\"unknown\":1}");
    private static final Map<Kind, List<String>> WRONG = Map.of(Kind.BOOLEAN, NOT_A_BOOLEAN, Kind.STRING, NOT_A_STRING,
            Kind.COUNT, NOT_A_COUNT, Kind.ENUM, NOT_AN_ENUM, Kind.COUNTRY, NOT_A_COUNTRY, Kind.PURPOSES, NOT_PURPOSES,
            Kind.COUNTRIES, NOT_COUNTRIES, Kind.OBJECT, NOT_AN_OBJECT);
    private static final List<String> NOT_A_DOCUMENT = List.of("null", "1", "\"x\"", "true", "   ", "{", "}", "[",
            "{\"model\":}", "{'model':'x'}", "{model:\"x\"}", "{\"model\":\"x\",}", "{\"model\" \"x\"}", "NaN",
            "{\"model\":\"llama-2-70b-chat\"} {}", "{\"model\":\"llama-2-70b-chat\"}]", "\uFEFF{\"model\":1}", "/* */{}", "{\"a\":1e99999}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/yaml", "text/csv", "application/octet-stream");
    private static final String[] GARBAGE = {"{", "}", "[", "]", ",", ":", "\"", "\\", "x", "-", "0", "\u0000", "\n"};

    private final Random random;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} requests spread over the three evaluation endpoints. */
    List<Bad> generate(int count) {
        List<Bad> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(next());
        }
        return all;
    }

    private Bad next() {
        String endpoint = pick(List.of(EVALUATE, BATCH, COMPARE));
        boolean batch = endpoint.equals(BATCH);
        int choice = random.nextInt(100);
        if (choice < 40) {
            return wrongValue(endpoint, batch);
        }
        if (choice < 55) {
            return broken("truncated", endpoint, this::truncate);
        }
        if (choice < 65) {
            return broken("garbled", endpoint, this::garble);
        }
        if (choice < 70) {
            return broken("not UTF-8", endpoint, this::notUtf8);
        }
        if (choice < 75) {
            return new Bad("not a document", endpoint, JSON, bytes(pick(NOT_A_DOCUMENT)), null);
        }
        if (choice < 80) {
            return new Bad("empty body", endpoint, random.nextBoolean() ? JSON : null, new byte[0], null);
        }
        if (choice < 85) {
            return new Bad("wrong content type", endpoint, pick(WRONG_CONTENT_TYPES), bytes(wrap(batch, profile(null, null))), null);
        }
        if (choice < 89) {
            return duplicateKey(endpoint, batch);
        }
        if (choice < 93) {
            return deeplyNested(endpoint, batch);
        }
        if (choice < 97) {
            return longList(endpoint, batch);
        }
        return hugeString(endpoint, batch);
    }

    private Bad wrongValue(String endpoint, boolean batch) {
        Field field = pick(FIELDS);
        return atField("wrong value", endpoint, batch, field.path(), pick(WRONG.get(field.kind())));
    }

    private Bad atField(String kind, String endpoint, boolean batch, String path, String rawValue) {
        return new Bad(kind, endpoint, JSON, bytes(wrap(batch, profile(path, rawValue))),
                (batch ? "$[0]." : "$.") + path);
    }

    private Bad broken(String kind, String endpoint, Function<byte[], byte[]> damage) {
        boolean batch = endpoint.equals(BATCH);
        return new Bad(kind, endpoint, JSON, damage.apply(bytes(wrap(batch, profile(null, null)))), null);
    }

    private byte[] truncate(byte[] json) {
        return java.util.Arrays.copyOf(json, random.nextInt(json.length - 1));
    }

    /** Inserts garbage until the document is no longer JSON (some insertions land harmlessly inside a string). */
    private byte[] garble(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        String garbled = text;
        while (isJson(garbled)) {
            int at = random.nextInt(text.length());
            garbled = text.substring(0, at) + pick(List.of(GARBAGE)) + pick(List.of(GARBAGE)) + text.substring(at);
        }
        return bytes(garbled);
    }

    private static boolean isJson(String text) {
        try {
            Json.profiles().readTree(text);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Puts bytes that are not UTF-8 (a lone continuation byte, an overlong NUL, 0xFF) inside a string value. */
    private byte[] notUtf8(byte[] json) {
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xC3, '('}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        int at = new String(json, StandardCharsets.UTF_8).indexOf("llama") + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(invalid[random.nextInt(invalid.length)]);
        out.write(json, at, json.length - at);
        return out.toByteArray();
    }

    private Bad duplicateKey(String endpoint, boolean batch) {
        String profile = profile(null, null);
        String key = pick(List.of("\"model\":\"gpt-4o\",", "\"use\":{},", "\"licensee\":null,"));
        String duplicated = "{" + key + profile.substring(1);
        // A batch is read as one document first, so a duplicate key anywhere fails the whole batch.
        return new Bad("duplicate key", endpoint, JSON, bytes(wrap(batch, duplicated)), null);
    }

    private Bad deeplyNested(String endpoint, boolean batch) {
        int depth = pick(List.of(1_001, 5_000, 100_000));
        boolean arrays = random.nextBoolean();
        String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
        if (random.nextBoolean()) {
            return new Bad("deeply nested body", endpoint, JSON, bytes(nested), null);
        }
        Field field = pick(FIELDS);
        return new Bad("deeply nested value", endpoint, JSON, bytes(wrap(batch, profile(field.path(), nested))), null);
    }

    private Bad longList(String endpoint, boolean batch) {
        int length = pick(List.of(301, 5_000, 100_000));
        if (batch && random.nextBoolean()) {
            String profiles = String.join(",", java.util.Collections.nCopies(pick(List.of(1_001, 3_000)), "{}"));
            return new Bad("batch too long", endpoint, JSON, bytes("[" + profiles + "]"), null);
        }
        String path = pick(List.of("use.purposes", "use.deploymentCountries"));
        String entry = path.equals("use.purposes") ? "\"research\"" : "\"DE\"";
        String list = "[" + String.join(",", java.util.Collections.nCopies(length, entry)) + "]";
        return atField("long list", endpoint, batch, path, list);
    }

    private Bad hugeString(String endpoint, boolean batch) {
        int length = pick(List.of(257, 10_000, 1_000_000));
        String path = pick(List.of("model", "licensee.country", "modification.derivativeName", "licensee.type", "use.accessMode"));
        String value = "\"" + "x".repeat(length) + "\"";
        return atField("huge string", endpoint, batch, path, value);
    }

    /** The contract's example profile, with {@code rawValue} at {@code path} when path is not null. */
    static String profile(String path, String rawValue) {
        String base = """
                {"model":"llama-2-70b-chat","license":null,
                 "licensee":{"type":"company","country":"DE","monthlyActiveUsers":12000000,"annualRevenueUsd":25000000},
                 "use":{"commercial":true,"purposes":["customer-support"],"deploymentCountries":["DE","US"],"accessMode":"weights","offersAsHostedService":false},
                 "modification":{"finetunes":true,"redistributesWeights":false,"derivativeName":"acme-chat","usesOutputsToTrainOtherModels":false},
                 "compliance":{"includesLicenseCopy":true,"displaysAttribution":true,"passesUseRestrictionsDownstream":true,"statesModifications":true},
                 "data":{"sendsPersonalData":false,"sendsHealthData":false}}""";
        if (path == null) {
            return base;
        }
        return replaceValue(base, path, rawValue);
    }

    /** Replaces the value at a dotted path of the example, which names every key once per object. */
    private static String replaceValue(String json, String path, String rawValue) {
        String[] keys = path.split("\\.");
        int from = 0;
        for (String key : keys) {
            from = json.indexOf("\"" + key + "\":", from) + key.length() + 3;
        }
        int end = endOfValue(json, from);
        return json.substring(0, from) + rawValue + json.substring(end);
    }

    private static int endOfValue(String json, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }

    private static String wrap(boolean batch, String profile) {
        return batch ? "[" + profile + "]" : profile;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
