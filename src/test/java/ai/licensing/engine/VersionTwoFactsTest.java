package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version 2 facts reach rules through their getters (in {@code when}) and three-valued helpers (in {@code then}). */
class VersionTwoFactsTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("src/test/resources/fixtures/v2-facts"));
    private static final ProfileParser PARSER = new ProfileParser();

    private static Map<String, Effect> clauses(String json) {
        Verdict v = DecisionEngine.evaluate(RULES, PARSER.parse(json));
        return v.clauses().stream().collect(Collectors.toMap(ClauseHit::section, ClauseHit::effect));
    }

    private static Verdict verdict(String json) {
        return DecisionEngine.evaluate(RULES, PARSER.parse(json));
    }

    @Test
    void unknownVersionTwoFactsAreNamedAsMissing() {
        Verdict v = verdict("{\"model\":\"demo-model\"}");
        assertTrue(v.missingFacts().containsAll(List.of("licensee.monthlyRevenueUsd", "licensee.termsAcceptedOn",
                "use.production", "modification.trainedModelKind", "data.sendsSpecialCategoryData",
                "data.optedIntoProviderTraining", "data.sendsPersonalData", "use.deploymentCountries", "licensee.country")),
                v.missingFacts().toString());
        assertTrue(!v.missingFacts().contains("licensee.endUserOnly"), "endUserOnly().isTrue() in when is silent while unknown");
    }

    @Test
    void whenConditionsTestFactsThroughTheirHelpers() {
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"licensee\":{\"endUserOnly\":true}}").get("end-user-only"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"licensee\":{\"endUserOnly\":false}}").get("end-user-only"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"minorsMayAccess\":false}}").get("minors"));
        assertEquals(Effect.OBLIGATION, clauses("{\"model\":\"demo-model\",\"use\":{\"minorsMayAccess\":true}}").get("minors"));
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"use\":{\"minorsMayAccess\":true,\"humanOversight\":false}}").get("minors"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"disclosesAI\":true}}").get("disclosure"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"modification\":{\"trainedModelKind\":\"same-family\"}}").get("trained"));
    }

    @Test
    void thresholdsAndDatesCompareStrictly() {
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"licensee\":{\"monthlyRevenueUsd\":1000}}").get("monthly-revenue"));
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"licensee\":{\"monthlyRevenueUsd\":1001}}").get("monthly-revenue"));
        assertEquals(Effect.REVIEW, clauses("{\"model\":\"demo-model\",\"licensee\":{\"termsAcceptedOn\":\"2025-03-23\"}}").get("terms"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"licensee\":{\"termsAcceptedOn\":\"2025-03-24\"}}").get("terms"));
    }

    @Test
    void flagsCombineThreeValued() {
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"use\":{\"production\":true,\"paidTier\":false}}").get("production"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"production\":true,\"paidTier\":true}}").get("production"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"production\":false}}").get("production"));
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"modification\":{\"trainedModelKind\":\"llm\",\"trainedModelMadeAvailable\":true}}").get("trained"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"modification\":{\"trainedModelKind\":\"classifier\"}}").get("trained"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"data\":{\"sendsSpecialCategoryData\":false,\"optedIntoProviderTraining\":false,\"sendsPersonalData\":false}}").get("data"));
        assertEquals(Effect.REVIEW, clauses("{\"model\":\"demo-model\",\"data\":{\"optedIntoProviderTraining\":true}}").get("data"));
    }

    @Test
    void regionsAndCodesMix() {
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[\"DE\",\"NO\"]}}").get("deploys-in"));
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[\"CH\"]}}").get("deploys-in"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[\"DE\",\"US\"]}}").get("deploys-in"));
        assertEquals(Effect.REVIEW, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[\"DE\",\"US\"]}}").get("deploys-only-in"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[\"DE\",\"FR\"]}}").get("deploys-only-in"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"use\":{\"deploymentCountries\":[]}}").get("deploys-only-in"));
        assertEquals(Effect.DENY, clauses("{\"model\":\"demo-model\",\"licensee\":{\"country\":\"GB\"}}").get("domiciled-in"));
        assertEquals(null, clauses("{\"model\":\"demo-model\",\"licensee\":{\"country\":\"US\"}}").get("domiciled-in"));
    }
}
