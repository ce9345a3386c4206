package ai.licensing.model;

import ai.licensing.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlainProfileReader} reads a profile only when it makes the records the strict mapper makes, and leaves every
 * other one to the mapper. Profiles are made from the fact registry, so every field of every record is exercised, with
 * values of the right type and of wrong ones, unknown and repeated keys, and things after the object.
 */
class PlainProfileReaderTest {

    private static final PlainProfileReader PLAIN = new PlainProfileReader(Json.profiles().getFactory());

    /** What the mapper makes of the text: the profile, or null when it refuses it. */
    private static UsageProfile mapper(String json) {
        try {
            return Json.profiles().readValue(json, UsageProfile.class);
        } catch (Exception refused) {
            return null;
        }
    }

    private static UsageProfile plain(String json) {
        byte[] bytes = (" " + json + " ").getBytes(StandardCharsets.UTF_8);
        return PLAIN.read(bytes, 1, bytes.length - 2); // a range of a larger array, as lines of a file are read
    }

    /** The reader's answer is null or the mapper's, and never a profile the mapper refuses. */
    private static boolean readAlike(String json) {
        UsageProfile plain = plain(json);
        if (plain != null) {
            assertEquals(mapper(json), plain, json);
        }
        return plain != null;
    }

    @Test
    void aPlainProfileWithEveryFactIsReadAsTheMapperReadsIt() {
        StringBuilder json = new StringBuilder();
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            String value = switch (fact.type()) {
                case BOOLEAN -> "true";
                case COUNT -> "42";
                case TEXT, DATE, COUNTRY -> "\"DE\"";
                case CHOICE -> "\"" + fact.allowedValues().get(0) + "\"";
                case CHOICES -> "[\"" + String.join("\",\"", fact.allowedValues().subList(0, 2)) + "\"]";
                case COUNTRIES, TEXTS -> "[\"DE\",\"FR\"]";
            };
            put(groups, fact.path(), value);
        }
        json.append(object(groups));
        UsageProfile read = plain(json.toString());
        assertNotNull(read, json.toString());
        assertEquals(mapper(json.toString()), read);
        for (Fact fact : Fact.values()) {
            assertNotNull(fact.valueIn(read), fact.path());
        }
    }

    @Test
    void randomProfilesAreReadAsTheMapperReadsThemOrLeftToIt() {
        Random random = new Random(23);
        int plain = 0;
        int refusedByMapper = 0;
        int total = 20_000;
        for (int i = 0; i < total; i++) {
            String json = profile(random, random.nextInt(4) == 0);
            if (readAlike(json)) {
                plain++;
            }
            if (mapper(json) == null) {
                refusedByMapper++;
            }
        }
        // Both kinds are exercised: most profiles are read here, and many are the mapper's to refuse.
        assertTrue(plain > total / 2, "read here: " + plain);
        assertTrue(refusedByMapper > total / 10, "refused by the mapper: " + refusedByMapper);
    }

    @Test
    void whatIsNotPlainIsLeftToTheMapper() {
        for (String json : List.of(
                "{\"model\":\"m\",\"model\":\"m\"}",                       // a key twice
                "{\"modell\":\"m\"}",                                        // an unknown key
                "{\"use\":{\"commercial\":\"true\"}}",                       // a string for a flag
                "{\"use\":{\"commercial\":1}}",                              // a number for a flag
                "{\"licensee\":{\"monthlyActiveUsers\":1.0}}",               // a fraction for a count
                "{\"licensee\":{\"monthlyActiveUsers\":\"5\"}}",             // a string for a count
                "{\"licensee\":{\"monthlyActiveUsers\":99999999999999999999}}", // beyond 64 bits
                "{\"licensee\":{\"type\":\"\"}}",                            // an empty id
                "{\"licensee\":{\"type\":\"no-such-type\"}}",                // an unknown id
                "{\"use\":{\"purposes\":\"chat\"}}",                         // a string for a list
                "{\"use\":{\"purposes\":[null]}}",                           // null in a list
                "{\"use\":{\"deploymentCountries\":[\"DE\",3]}}",            // a number in a list of strings
                "{\"use\":[]}",                                              // an array for an object
                "{\"model\":{}}",                                            // an object for a string
                "{\"model\":\"m\"} {}",                                      // a second document
                "{\"model\":\"m\"}x",                                        // something after the object
                "[]", "null", "\"text\"", "{\"model\":\"m\"")) {           // not an object, or not closed
            assertNull(plain(json), json);
        }
    }

    @Test
    void nullsEmptyObjectsAndEscapesAreReadAsTheMapperReadsThem() {
        for (String json : List.of("{}", "{\"model\":null,\"use\":null}", "{\"use\":{}}", "{\"use\":{\"purposes\":[]}}",
                "{\"model\":\"\\u006Cl\\\"ama\\n\"}", "{\"model\":\"llama-\u00E9\u4E2D\uD83D\uDE00\"}", " {\"model\" : \"m\" } ",
                "{\"licensee\":{\"monthlyActiveUsers\":-0,\"annualRevenueUsd\":9223372036854775807}}",
                "{\"use\":{\"accessMode\":\"API\"}}")) {
            assertTrue(readAlike(json) || mapper(json) == null, json);
            assertEquals(mapper(json) != null, plain(json) != null, json);
        }
    }

    /** A profile of random facts, each of its type; {@code broken}: one key, value or ending not as the records have it. */
    private static String profile(Random random, boolean broken) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            if (random.nextInt(3) == 0) {
                put(groups, fact.path(), value(random, fact));
            }
        }
        String json = object(groups);
        if (!broken) {
            return json;
        }
        return switch (random.nextInt(5)) {
            case 0 -> json.replaceFirst("\\{", "{\"unknown\":1,");
            case 1 -> json.replaceFirst("\\{", "{\"model\":\"a\",\"model\":\"b\",");
            case 2 -> json.replace("true", "\"true\"");
            case 3 -> json + (random.nextBoolean() ? " {}" : "]");
            default -> json.replace("\"use\":{", "\"use\":{\"purposes\":[\"chat\",null],");
        };
    }

    private static String value(Random random, Fact fact) {
        List<String> ids = fact.allowedValues();
        return switch (random.nextInt(12) == 0 ? -1 : random.nextInt(4)) {
            case -1 -> "null";
            default -> switch (fact.type()) {
                case BOOLEAN -> random.nextBoolean() ? "true" : "false";
                case COUNT -> random.nextInt(30) == 0 ? List.of("1.5", "\"12\"", "1e3").get(random.nextInt(3))
                        : List.of("0", "-3", "7919", "9223372036854775807").get(random.nextInt(4));
                case TEXT -> text(random);
                case DATE -> List.of("\"2025-02-28\"", "\"2025-02-30\"", "\"25-2-3\"").get(random.nextInt(3));
                case COUNTRY -> List.of("\"DE\"", "\"de\"", "\"XX\"", "\"\"").get(random.nextInt(4));
                case CHOICE -> random.nextInt(8) == 0 ? "\"" + ids.get(0).toUpperCase() + "\"" : random.nextInt(10) == 0 ? "\"nope\""
                        : "\"" + ids.get(random.nextInt(ids.size())) + "\"";
                case CHOICES -> {
                    List<String> chosen = new ArrayList<>();
                    for (int k = random.nextInt(4); k > 0; k--) {
                        chosen.add(random.nextInt(15) == 0 ? "\"unknown-purpose\"" : "\"" + ids.get(random.nextInt(ids.size())) + "\"");
                    }
                    yield "[" + String.join(",", chosen) + "]";
                }
                case COUNTRIES, TEXTS -> random.nextInt(10) == 0 ? "\"DE\"" : "[" + text(random) + (random.nextBoolean() ? ",\"FR\"" : "") + "]";
            };
        };
    }

    /** A string, now and then of another JSON type. */
    private static String text(Random random) {
        return random.nextInt(30) == 0 ? List.of("5", "true", "{}").get(random.nextInt(3))
                : List.of("\"llama-2-70b-chat\"", "\"\"", "\"a \\\"quoted\\\" name\"", "\"\\u00E9t\u00E9 \uD83D\uDE00\"",
                        "\"line\\nbreak\"").get(random.nextInt(5));
    }

    /** Puts a dotted path's value in the group of its first segment (none: the profile's own fields). */
    private static void put(Map<String, Map<String, String>> groups, String path, String value) {
        int dot = path.indexOf('.');
        String group = dot < 0 ? "" : path.substring(0, dot);
        groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(dot < 0 ? path : path.substring(dot + 1), value);
    }

    private static String object(Map<String, Map<String, String>> groups) {
        List<String> fields = new ArrayList<>();
        groups.getOrDefault("", Map.of()).forEach((name, value) -> fields.add("\"" + name + "\":" + value));
        groups.forEach((group, members) -> {
            if (!group.isEmpty()) {
                List<String> inner = new ArrayList<>();
                members.forEach((name, value) -> inner.add("\"" + name + "\":" + value));
                fields.add("\"" + group + "\":{" + String.join(",", inner) + "}");
            }
        });
        return "{" + String.join(",", fields) + "}";
    }
}
