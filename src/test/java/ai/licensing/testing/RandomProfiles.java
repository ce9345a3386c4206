package ai.licensing.testing;

import ai.licensing.model.AccessMode;
import ai.licensing.model.LicenseeType;
import ai.licensing.model.Purpose;
import ai.licensing.model.Vocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Seeded random usage profiles, as the JSON a client would send: every fact is left out (unknown) a quarter of
 * the time, counts cluster around the thresholds licenses use, and the same seed always gives the same profiles.
 * Profiles are JSON, not Java records, so they go through the strict parser like any request and survive new fields.
 */
public final class RandomProfiles {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COUNTRIES = List.of("US", "DE", "FR", "GB", "NO", "CH", "JP", "BR", "IN");
    private static final long[] COUNTS = {0, 999_999, 1_000_000, 1_000_001, 100_000_000, 100_000_001, 700_000_000, 700_000_001};

    /** A profile fact: its dotted path and how to draw a known value for it. */
    public record Fact(String path, Function<SplittableRandom, JsonNode> value) {
        public String group() {
            return path.substring(0, path.indexOf('.'));
        }

        public String field() {
            return path.substring(path.indexOf('.') + 1);
        }
    }

    /** Every fact of the profile the generator states or leaves unknown. */
    public static final List<Fact> FACTS = List.of(
            new Fact("licensee.type", r -> text(pick(r, Vocabulary.ids(LicenseeType.class)))),
            new Fact("licensee.country", r -> text(pick(r, COUNTRIES))),
            new Fact("licensee.monthlyActiveUsers", RandomProfiles::count),
            new Fact("licensee.annualRevenueUsd", RandomProfiles::count),
            new Fact("use.commercial", RandomProfiles::flag),
            new Fact("use.purposes", r -> someOf(r, Vocabulary.ids(Purpose.class), 4)),
            new Fact("use.deploymentCountries", r -> someOf(r, COUNTRIES, 3)),
            new Fact("use.accessMode", r -> text(pick(r, Vocabulary.ids(AccessMode.class)))),
            new Fact("use.offersAsHostedService", RandomProfiles::flag),
            new Fact("modification.finetunes", RandomProfiles::flag),
            new Fact("modification.redistributesWeights", RandomProfiles::flag),
            new Fact("modification.derivativeName", r -> text(pick(r, List.of("Llama-3-acme", "Llama acme", "acme-chat", "Gemma-acme")))),
            new Fact("modification.usesOutputsToTrainOtherModels", RandomProfiles::flag),
            new Fact("compliance.includesLicenseCopy", RandomProfiles::flag),
            new Fact("compliance.displaysAttribution", RandomProfiles::flag),
            new Fact("compliance.passesUseRestrictionsDownstream", RandomProfiles::flag),
            new Fact("compliance.statesModifications", RandomProfiles::flag),
            new Fact("data.sendsPersonalData", RandomProfiles::flag),
            new Fact("data.sendsHealthData", RandomProfiles::flag));

    private final SplittableRandom random;
    private final List<String> models;

    public RandomProfiles(long seed, List<String> models) {
        this.random = new SplittableRandom(seed);
        this.models = models;
    }

    /** The next profile: one of the models, each fact stated three times in four. */
    public ObjectNode next() {
        ObjectNode profile = NODES.objectNode().put("model", pick(random, models));
        for (Fact fact : FACTS) {
            if (random.nextInt(4) > 0) {
                state(profile, fact, fact.value().apply(random));
            }
        }
        return profile;
    }

    /** A known value for {@code fact}, drawn from this generator's sequence. */
    public JsonNode valueOf(Fact fact) {
        return fact.value().apply(random);
    }

    /** A random element of the list. */
    public <T> T pick(List<T> values) {
        return pick(random, values);
    }

    public static boolean isStated(ObjectNode profile, Fact fact) {
        return profile.path(fact.group()).has(fact.field());
    }

    /** A copy of the profile with the fact stated as {@code value}. */
    public static ObjectNode with(ObjectNode profile, Fact fact, JsonNode value) {
        ObjectNode copy = profile.deepCopy();
        state(copy, fact, value);
        return copy;
    }

    private static void state(ObjectNode profile, Fact fact, JsonNode value) {
        JsonNode group = profile.get(fact.group());
        ObjectNode object = group instanceof ObjectNode o ? o : profile.putObject(fact.group());
        object.set(fact.field(), value);
    }

    private static JsonNode flag(SplittableRandom r) {
        return NODES.booleanNode(r.nextBoolean());
    }

    private static JsonNode count(SplittableRandom r) {
        return NODES.numberNode(r.nextBoolean() ? COUNTS[r.nextInt(COUNTS.length)] : r.nextLong(5_000_000_000L));
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    /** Up to {@code max} distinct values, possibly none (a known empty list). */
    private static ArrayNode someOf(SplittableRandom r, List<String> values, int max) {
        List<String> left = new ArrayList<>(values);
        ArrayNode list = NODES.arrayNode();
        for (int n = r.nextInt(max + 1); n > 0; n--) {
            list.add(left.remove(r.nextInt(left.size())));
        }
        return list;
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
