package ai.licensing.engine.explain;

import ai.licensing.engine.RulesetLoader;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import ai.licensing.model.ProfileLimits;
import ai.licensing.model.ProfileParser;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Explanations against the fixture folder {@code fixtures/explain}: a license with two size thresholds, two duties
 * triggered by sharing, a derivative-name prefix, banned purposes, an EU clause and dated terms. Every change set,
 * answer and threshold is re-checked by evaluating the changed profile ({@link Recheck}).
 */
class ExplainerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/explain");
    private static final Ruleset RULES = RulesetLoader.load(FIXTURE);
    private static final ProfileParser PARSER = new ProfileParser();

    /** Everything settled and harmless; tests override what they are about. */
    private static final String SETTLED = """
            {"model":"growth-model",
             "licensee":{"type":"company","country":"US","monthlyActiveUsers":10,"termsAcceptedOn":"2025-06-01"},
             "use":{"commercial":true,"purposes":["customer-support"],"deploymentCountries":["US"],
                    "accessMode":"weights","offersAsHostedService":false},
             "modification":{"finetunes":false,"redistributesWeights":false}}""";

    private static Explanation explain(Ruleset rules, String json) {
        Explanation e = Explainer.explain(rules, PARSER.parse(json)).explanation();
        Recheck.explanation(rules, json, e);
        return e;
    }

    @Test
    void theFewestChangesThatReachTheBestVerdictComeFirst() {
        String json = SETTLED.replace("\"purposes\":[\"customer-support\"]", "\"purposes\":[\"customer-support\",\"military\"]")
                .replace("\"offersAsHostedService\":false", "\"offersAsHostedService\":true")
                .replace("\"finetunes\":false", "\"finetunes\":true,\"derivativeName\":\"widget\"");
        assertEquals(Decision.DENIED, Explainer.explain(RULES, PARSER.parse(json)).verdict().verdict());

        Explanation e = explain(RULES, json);

        assertEquals(Decision.ALLOWED, e.bestVerdict());
        // Not hosting lifts both sharing duties at once: two changes, where naming and copying take three.
        assertEquals(List.of(Change.to("use.offersAsHostedService", false), Change.remove("use.purposes", "military")),
                e.changes().get(0).set());
        assertTrue(e.changes().stream().anyMatch(s -> s.set().contains(Change.to("modification.derivativeName", "Acme-Base-widget"))),
                "the prefix the rule compares the name with: " + e.changes());
    }

    @Test
    void neverChangesWhoTheLicenseeIs() {
        String json = SETTLED.replace("\"monthlyActiveUsers\":10", "\"monthlyActiveUsers\":500000");

        Explanation e = explain(RULES, json);

        // Above 100000 users only the licensor's separate license helps; the review above 1000 stays.
        assertEquals(Decision.NEEDS_REVIEW, e.bestVerdict());
        assertEquals(List.of(new Explanation.ChangeSet(Decision.NEEDS_REVIEW, List.of(Change.add("licensee.agreements", "growth:2")))),
                e.changes());
    }

    @Test
    void aModelsUsePolicyIsSearchedLikeItsLicense() {
        String json = SETTLED.replace("\"model\":\"growth-model\"", "\"model\":\"open-model-with-policy\"")
                .replace("\"redistributesWeights\":false", "\"redistributesWeights\":false,\"usesOutputsToTrainOtherModels\":true");
        assertEquals(Decision.DENIED, Explainer.explain(RULES, PARSER.parse(json)).verdict().verdict());

        Explanation e = explain(RULES, json);

        // The policy's clause, not the license's, is what stands in the way, and what an agreement would cover.
        assertEquals(Decision.ALLOWED, e.bestVerdict());
        assertEquals(List.of(
                new Explanation.ChangeSet(Decision.ALLOWED, List.of(Change.to("modification.usesOutputsToTrainOtherModels", false))),
                new Explanation.ChangeSet(Decision.ALLOWED, List.of(Change.add("licensee.agreements", "open-policy:2")))),
                e.changes());
    }

    @Test
    void noChangesWhenNothingImprovesTheVerdict() {
        Explanation e = explain(RULES, SETTLED);

        assertEquals(Decision.ALLOWED, e.bestVerdict());
        assertEquals(List.of(), e.changes());
    }

    @Test
    void eachOpenQuestionListsTheVerdictOfEveryAnswer() {
        String json = "{\"model\":\"growth-model\",\"licensee\":{\"type\":\"company\"}}";

        Map<String, Map<Object, Decision>> questions = explain(RULES, json).questions().stream().collect(Collectors.toMap(
                Explanation.Question::fact, q -> q.answers().stream().collect(Collectors.toMap(Explanation.Answer::value, Explanation.Answer::verdict))));

        // Numbers split on each side of every threshold the rules compared them with.
        assertEquals(List.of(1000L, 1001L, 100000L, 100001L), List.copyOf(questions.get("licensee.monthlyActiveUsers").keySet())
                .stream().map(v -> ((Number) v).longValue()).sorted().toList());
        assertEquals(Decision.DENIED, questions.get("licensee.monthlyActiveUsers").get(100001L));
        assertEquals(Decision.DENIED, questions.get("use.purposes").get(List.of("military")));
        assertTrue(questions.get("use.purposes").containsKey(List.of()), questions.get("use.purposes").toString());
        // A region: one country inside it, one outside every region the rules named, and none.
        assertEquals(3, questions.get("use.deploymentCountries").size(), questions.toString());
        assertEquals(Map.of("2024-12-31", Decision.NEEDS_REVIEW, "2025-01-01", Decision.NEEDS_REVIEW).keySet(),
                questions.get("licensee.termsAcceptedOn").keySet());
    }

    @Test
    void thresholdsSayWhereTheVerdictChangesAsTheLicenseeGrows() {
        Explanation e = explain(RULES, SETTLED);

        assertEquals(List.of(
                new Explanation.Threshold("licensee.monthlyActiveUsers", 1000, Decision.NEEDS_REVIEW, List.of("growth:1")),
                new Explanation.Threshold("licensee.monthlyActiveUsers", 100000, Decision.DENIED, List.of("growth:2"))),
                e.thresholds());
    }

    @Test
    void thresholdsComeFromTheRulesAsWritten(@TempDir Path copy) throws IOException {
        for (String file : List.of("growth.drl", "open.drl", "catalog/licenses.yaml", "catalog/models.yaml",
                "catalog/purposes.yaml", "catalog/regions.yaml")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(FIXTURE.resolve(file), copy.resolve(file));
        }
        RulesCopy.replace(copy.resolve("growth.drl"), "monthlyActiveUsersAbove( 1000 )", "monthlyActiveUsersAbove( 2500 )");
        Ruleset edited = RulesetLoader.load(copy);

        Explanation e = explain(edited, SETTLED);

        assertEquals(2500, e.thresholds().get(0).above());
    }

    @Test
    void compareExplainsEveryModel() {
        String json = SETTLED.replace("\"model\":\"growth-model\",", "").replace("\"redistributesWeights\":false", "\"redistributesWeights\":true");

        List<ExplainedVerdict> all = Explainer.compare(RULES, ProfileParser.withoutSubject(ProfileLimits.DEFAULT).parse(json));

        assertEquals(4, all.size());
        for (ExplainedVerdict v : all) {
            Recheck.explanation(RULES, "{\"model\":\"" + v.verdict().model() + "\"," + json.strip().substring(1), v.explanation());
        }
        assertEquals(List.of(Decision.ALLOWED, Decision.ALLOWED, Decision.ALLOWED, Decision.ALLOWED),
                all.stream().map(v -> v.explanation().bestVerdict()).toList());
        // The two growth models share one search; each keeps its own verdict, re-checked above with its own profile.
        assertEquals(List.of("growth-model", "growth-model-large", "open-model", "open-model-with-policy"),
                all.stream().map(v -> v.verdict().model()).sorted().toList());
    }
}
