package ai.licensing.engine;

import ai.licensing.catalog.Model;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Purpose;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.Vocabulary;
import ai.licensing.testing.RandomProfiles;
import ai.licensing.testing.RulesCopy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants every verdict keeps, checked on seeded random profiles for every model of two rulesets: the minimal
 * test rules, and the real rules of {@code rules-drl/} (a real rule that breaks one of these is a defect in that
 * rule, e.g. naming a stated fact as missing). Each property draws {@value #DEFAULT_TRIES} profiles from a fixed
 * seed, so every build checks the same cases; a failure names the seed, the case and the profile as JSON.
 * {@code -Dproperties.seed=N} and {@code -Dproperties.tries=N} explore other or more cases.
 */
class VerdictPropertiesTest {

    private static final int DEFAULT_TRIES = 500;
    private static final long SEED = Long.getLong("properties.seed", 20_261_130L);
    private static final int TRIES = Integer.getInteger("properties.tries", DEFAULT_TRIES);
    private static final ProfileParser PARSER = new ProfileParser();
    private static final Map<Path, Ruleset> RULESETS = new ConcurrentHashMap<>();

    static Stream<Path> rulesets() {
        return Stream.of(RulesCopy.MINIMAL, Path.of("rules-drl"));
    }

    @FunctionalInterface
    interface Property {
        void check(Ruleset rules, ObjectNode profile, RandomProfiles random) throws Exception;
    }

    /** Checks the property on {@code tries} profiles drawn from the seed; a failure says how to replay it. */
    private static void forAll(Path dir, int tries, Property property) {
        Ruleset rules = RULESETS.computeIfAbsent(dir, RulesetLoader::load);
        RandomProfiles random = new RandomProfiles(SEED, rules.catalog().modelIds());
        for (int i = 0; i < tries; i++) {
            ObjectNode profile = random.next();
            try {
                property.check(rules, profile, random);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("Property failed on " + dir + ", seed " + SEED + " (-Dproperties.seed=" + SEED + "), case "
                        + i + ", profile " + profile + ": " + e.getMessage(), e);
            }
        }
    }

    private static Verdict evaluate(Ruleset rules, JsonNode profile) {
        return DecisionEngine.evaluate(rules, PARSER.parse(profile));
    }

    /** How bad a verdict is: ALLOWED 0 … DENIED 3. */
    private static int severity(Verdict v) {
        return v.verdict().ordinal();
    }

    /** What a verdict decides, without its id and time. */
    private static List<Object> decided(Verdict v) {
        return List.of(v.verdict(), v.allowed(), v.model(), v.license(), v.clauses(), v.missingFacts(), v.rulesetVersion());
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void theStrongestEffectDecidesAndClausesAreListedStrongestFirst(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            Verdict v = evaluate(rules, profile);
            List<Effect> effects = v.clauses().stream().map(ClauseHit::effect).toList();
            Effect strongest = effects.stream().min(Enum::compareTo).orElse(Effect.INFO);
            assertEquals(strongest.decision(), v.verdict(), "verdict of clauses " + effects);
            assertEquals(effects.stream().sorted().toList(), effects, "clauses strongest first");
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void allowedExactlyWhenAllowedOrConditional(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            Verdict v = evaluate(rules, profile);
            assertEquals(v.verdict() == Decision.ALLOWED || v.verdict() == Decision.CONDITIONAL, v.allowed(), v.verdict().name());
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void aStatedFactIsNeverMissing(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            for (String missing : evaluate(rules, profile).missingFacts()) {
                assertTrue(profile.at("/" + missing.replace('.', '/')).isMissingNode(), missing + " is stated but listed as missing");
            }
            // Stating one more fact never leaves it missing either.
            RandomProfiles.Fact fact = random.pick(RandomProfiles.FACTS);
            if (!RandomProfiles.isStated(profile, fact)) {
                ObjectNode stated = RandomProfiles.with(profile, fact, random.valueOf(fact));
                assertFalse(evaluate(rules, stated).missingFacts().contains(fact.path()),
                        () -> fact.path() + " was stated (" + stated + ") but is still listed as missing");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void everyMissingFactIsNamedByAReviewClause(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            Verdict v = evaluate(rules, profile);
            for (String missing : v.missingFacts()) {
                assertTrue(v.clauses().stream().anyMatch(c -> c.effect() == Effect.REVIEW && c.reason().contains(missing)),
                        () -> missing + " is missing but no REVIEW clause names it: " + v.clauses());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void addingAPurposeNeverImprovesTheVerdict(Path dir) {
        List<String> purposes = Vocabulary.ids(Purpose.class);
        forAll(dir, TRIES, (rules, profile, random) -> {
            if (!(profile.path("use").get("purposes") instanceof ArrayNode stated) || stated.size() == purposes.size()) {
                return;
            }
            String extra = random.pick(purposes);
            if (stated.toString().contains("\"" + extra + "\"")) {
                return;
            }
            ObjectNode wider = profile.deepCopy();
            ((ArrayNode) wider.get("use").get("purposes")).add(extra);
            Verdict before = evaluate(rules, profile);
            Verdict after = evaluate(rules, wider);
            assertTrue(severity(after) >= severity(before), "adding " + extra + ": " + before.verdict() + " → " + after.verdict());
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void moreUsersOrRevenueNeverImprovesTheVerdict(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            JsonNode licensee = profile.path("licensee");
            if (!licensee.has("monthlyActiveUsers") || !licensee.has("annualRevenueUsd")) {
                return;
            }
            ObjectNode bigger = profile.deepCopy();
            ((ObjectNode) bigger.get("licensee")).put("monthlyActiveUsers", licensee.get("monthlyActiveUsers").asLong() * 2 + 1)
                    .put("annualRevenueUsd", licensee.get("annualRevenueUsd").asLong() * 2 + 1);
            Verdict before = evaluate(rules, profile);
            Verdict after = evaluate(rules, bigger);
            assertTrue(severity(after) >= severity(before), before.verdict() + " → " + after.verdict());
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void theSameProfileGetsTheSameVerdictApartFromIdAndTime(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            Verdict first = evaluate(rules, profile);
            Verdict again = DecisionEngine.evaluate(rules, PARSER.parse(profile.toString()));
            assertEquals(decided(first), decided(again));
            assertNotEquals(first.decisionId(), again.decisionId(), "every decision has its own id");
        });
    }

    /** As {@code evaluate} and batch requests decide: among others, in one run of each license's rules. */
    @ParameterizedTest
    @MethodSource("rulesets")
    void aProfileDecidedTogetherWithOthersGetsTheVerdictItGetsAlone(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            List<UsageProfile> together = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                together.add(PARSER.parse(random.next()));
            }
            int at = random.pick(List.of(0, 3, 7));
            together.add(at, PARSER.parse(profile));
            DecisionBatch.Result result = DecisionBatch.evaluate(rules, together).get(at);
            assertEquals(decided(evaluate(rules, profile)), decided(result.verdict()));
        });
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void theSameVerdictFromManyThreadsAtOnce(Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            forAll(dir, 20, (rules, profile, random) -> {
                List<Object> expected = decided(evaluate(rules, profile));
                List<Future<List<Object>>> results = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    results.add(pool.submit(() -> decided(evaluate(rules, profile))));
                }
                for (Future<List<Object>> result : results) {
                    assertEquals(expected, result.get());
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("rulesets")
    void everyClauseBelongsToTheLicenseOfTheModelOrOneOfItsPolicies(Path dir) {
        forAll(dir, TRIES, (rules, profile, random) -> {
            Verdict v = evaluate(rules, profile);
            Model model = rules.catalog().model(profile.get("model").asText()).orElseThrow();
            assertEquals(model.license(), v.license());
            v.clauses().forEach(c -> assertTrue(model.governingLicenses().contains(c.license()), c.key()));
        });
    }

    /**
     * Adding a rule that denies never makes any verdict better, and keeps every clause the rules gave before: the
     * minimal rules against the same rules plus one DENY rule (commercial use of the community license).
     */
    @Test
    void addingADenyRuleNeverImprovesAVerdict(@TempDir Path dir) throws IOException {
        Path stricter = RulesCopy.into(dir);
        Files.writeString(stricter.resolve("extra-deny.drl"), """
                package licensing;

                import ai.licensing.engine.Usage;

                rule "community-demo: no commercial use"
                    @license("community-demo")
                    @section("9")
                    @title("Non-commercial only")
                when
                    $u : Usage( license == "community-demo" )
                then
                    $u.deny( $u.commercialUse(), "Commercial use is not licensed.", "Use the model non-commercially." );
                end
                """);
        Ruleset stricterRules = RulesetLoader.load(stricter);
        forAll(RulesCopy.MINIMAL, TRIES, (rules, profile, random) -> {
            Verdict before = evaluate(rules, profile);
            Verdict after = evaluate(stricterRules, profile);
            assertTrue(severity(after) >= severity(before), before.verdict() + " → " + after.verdict());
            assertTrue(after.clauses().containsAll(before.clauses()), "clauses kept: " + before.clauses() + " → " + after.clauses());
        });
    }
}
