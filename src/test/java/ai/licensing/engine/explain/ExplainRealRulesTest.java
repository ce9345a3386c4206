package ai.licensing.engine.explain;

import ai.licensing.engine.RulesetLoader;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import ai.licensing.model.ProfileParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few cases on the shipped rules, the ones the README and the page show: whatever the lawyers' wording, every
 * claim is re-checked by evaluation, and the thresholds and prefixes are the ones the rules compare.
 */
class ExplainRealRulesTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("rules-drl"));
    private static final ProfileParser PARSER = new ProfileParser();

    private static String llama2(long mau) {
        return """
                {"model":"llama-2-70b-chat",
                 "licensee":{"type":"company","country":"US","monthlyActiveUsers":%d,"annualRevenueUsd":90000000000},
                 "use":{"commercial":true,"purposes":["general-assistant"],"accessMode":"weights","offersAsHostedService":false},
                 "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}
                """.formatted(mau);
    }

    private static Explanation explain(String json) {
        Explanation e = Explainer.explain(RULES, PARSER.parse(json)).explanation();
        Recheck.explanation(RULES, json, e);
        return e;
    }

    @Test
    void llama2AsYouGrowPast700MillionUsers() {
        Explanation e = explain(llama2(600_000_000L));

        assertTrue(e.thresholds().contains(new Explanation.Threshold("licensee.monthlyActiveUsers", 700_000_000L,
                Decision.DENIED, java.util.List.of("llama-2-community:2"))), e.thresholds().toString());
    }

    @Test
    void llama2Above700MillionUsersNeedsMetasSeparateLicense() {
        Explanation e = explain(llama2(900_000_000L));

        assertTrue(e.changes().stream().allMatch(s -> s.set().contains(Change.add("licensee.agreements", "llama-2-community:2"))),
                e.changes().toString());
        assertTrue(e.bestVerdict().compareTo(Decision.DENIED) < 0, e.toString());
    }

    @Test
    void llama31DerivativeNamesBeginWithLlama() {
        String json = """
                {"model":"llama-3.1-8b","licensee":{"type":"company","country":"US","monthlyActiveUsers":1000000},
                 "use":{"commercial":true,"purposes":["customer-support"],"accessMode":"weights","offersAsHostedService":true},
                 "modification":{"finetunes":true,"redistributesWeights":true,"derivativeName":"acme-support"}}""";

        Explanation e = explain(json);

        assertTrue(e.changes().stream().anyMatch(s -> s.set().contains(Change.to("modification.derivativeName", "Llama-acme-support"))),
                e.changes().toString());
    }

    @Test
    void anEmptyProfileAsksTheQuestionsThatDecide() {
        String json = "{\"model\":\"llama-2-70b-chat\"}";

        Explanation e = explain(json);

        Explanation.Question users = e.questions().stream().filter(q -> q.fact().equals("licensee.monthlyActiveUsers"))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of(700_000_000L, 700_000_001L), users.answers().stream().map(Explanation.Answer::value).toList());
    }
}
