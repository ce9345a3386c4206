package ai.licensing.model;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactRegistryTest {

    private static final ProfileParser PARSER = new ProfileParser();

    /** Every leaf of the profile records, as a dotted path. */
    private static Set<String> leaves(Class<?> type, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            if (c.getType().isRecord()) {
                paths.addAll(leaves(c.getType(), path + "."));
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    @Test
    void theRegistryHasExactlyOneEntryPerProfileField() {
        Set<String> registered = new TreeSet<>(Arrays.stream(Fact.values()).map(Fact::path).toList());
        assertEquals(leaves(UsageProfile.class, ""), registered);
    }

    @Test
    void whoTheLicenseeIsIsNotControlled() {
        for (String path : List.of("licensee.type", "licensee.country", "licensee.monthlyActiveUsers",
                "licensee.annualRevenueUsd", "licensee.monthlyRevenueUsd", "licensee.endUserOnly")) {
            assertFalse(Fact.byPath(path).orElseThrow().controlled(), path);
        }
        for (String path : List.of("use.purposes", "licensee.agreements", "compliance.displaysAttribution", "use.disclosesAI")) {
            assertTrue(Fact.byPath(path).orElseThrow().controlled(), path);
        }
    }

    @Test
    void versionTwoFactsAreReadAndEchoed() {
        UsageProfile p = PARSER.parse("""
                {"license":"apache-2.0",
                 "licensee":{"endUserOnly":true,"monthlyRevenueUsd":0,"termsAcceptedOn":"2024-02-29","agreements":["llama-2-community:2","mit"]},
                 "use":{"production":true,"paidTier":false,"minorsMayAccess":true,"humanOversight":false,"disclosesAI":true},
                 "modification":{"trainedModelKind":"other-generative","trainedModelMadeAvailable":true},
                 "data":{"sendsSpecialCategoryData":false,"optedIntoProviderTraining":true}}""");
        assertEquals("other-generative", Fact.TRAINED_MODEL_KIND.wireValueIn(p));
        assertEquals(List.of("llama-2-community:2", "mit"), Fact.AGREEMENTS.valueIn(p));
        assertEquals("2024-02-29", Fact.TERMS_ACCEPTED_ON.valueIn(p));
        assertEquals(true, Fact.DISCLOSES_AI.valueIn(p));
        assertEquals(0L, Fact.MONTHLY_REVENUE.valueIn(p));
    }

    private static List<String> badPaths(String json) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> PARSER.parse(json));
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void versionTwoFactsAreCheckedStrictly() {
        assertEquals(List.of("$.licensee.termsAcceptedOn"), badPaths("{\"license\":\"mit\",\"licensee\":{\"termsAcceptedOn\":\"2025-02-30\"}}"));
        assertEquals(List.of("$.licensee.termsAcceptedOn"), badPaths("{\"license\":\"mit\",\"licensee\":{\"termsAcceptedOn\":\"2025-2-3\"}}"));
        assertEquals(List.of("$.licensee.monthlyRevenueUsd"), badPaths("{\"license\":\"mit\",\"licensee\":{\"monthlyRevenueUsd\":-1}}"));
        assertEquals(List.of("$.licensee.agreements[1]"), badPaths("{\"license\":\"mit\",\"licensee\":{\"agreements\":[\"mit\",\" \"]}}"));
        assertEquals(List.of("$.licensee.agreements[0]"),
                badPaths("{\"license\":\"mit\",\"licensee\":{\"agreements\":[\"" + "x".repeat(300) + "\"]}}"));
        assertEquals(List.of("$.licensee.agreements[1]"), badPaths("{\"license\":\"mit\",\"licensee\":{\"agreements\":[\"mit\",null]}}"));
        assertEquals(List.of("$.modification.trainedModelKind"), badPaths("{\"license\":\"mit\",\"modification\":{\"trainedModelKind\":\"LLM\"}}"));
        assertEquals(List.of("$.use.production"), badPaths("{\"license\":\"mit\",\"use\":{\"production\":\"yes\"}}"));
    }
}
