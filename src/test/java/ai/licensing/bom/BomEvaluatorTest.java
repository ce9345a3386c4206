package ai.licensing.bom;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.Decision;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileLimits;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.ResolvedFrom;
import ai.licensing.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One profile against every model of each fixture document, with the real rules and catalog. */
class BomEvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProfileParser PARSER = ProfileParser.withoutSubject(ProfileLimits.DEFAULT);

    static Ruleset ruleset;
    static JsonNode platform;

    @BeforeAll
    static void load() throws IOException {
        ruleset = RulesetLoader.load(Path.of("rules-drl"));
        platform = BomReaderTest.fixture("platform-profile.json");
    }

    private final List<Verdict> logged = new ArrayList<>();

    private BomVerdict evaluate(String fixture) throws IOException {
        return new BomEvaluator(PARSER).evaluate(ruleset, platform, BomReaderTest.read(fixture), (p, v) -> logged.add(v));
    }

    /** The verdict the plain evaluation of the same profile gives, so the gate never decides differently. */
    private static Decision direct(String field, String id) {
        ObjectNode profile = platform.deepCopy();
        profile.put(field, id);
        return DecisionEngine.evaluate(ruleset, PARSER.parse(profile)).verdict();
    }

    @Test
    void modelsFoundByPurlAreEvaluatedUnderTheCatalogLicense() throws IOException {
        BomVerdict bom = evaluate("support-bot-1.5.cdx.json");
        ComponentVerdict chat = bom.components().get(0);
        assertEquals("llama-2-70b-chat", chat.model());
        assertEquals("llama-2-community", chat.license());
        assertEquals(ResolvedFrom.model(chat.purl(), "purl"), chat.resolvedFrom());
        assertEquals(List.of("llama2"), chat.declaredLicenses());
        assertNull(chat.licenseMismatch(), "llama2 is the catalog license");
        assertEquals(Decision.DENIED, chat.verdict().verdict(), "above 700M monthly active users");
        assertEquals("mistral-7b-v0.1", bom.components().get(1).model());
        assertEquals(direct("model", "mistral-7b-v0.1"), bom.components().get(1).verdict().verdict());
        assertEquals(Decision.DENIED, bom.verdict());
        assertEquals(2, logged.size(), "each verdict is handed on to be logged");
    }

    @Test
    void aDifferentDeclaredLicenseIsAMismatchNotAnError() throws IOException {
        BomVerdict bom = evaluate("owasp-style-1.6.cdx.json");
        ComponentVerdict qwen = bom.components().get(1);
        assertEquals("qwen2.5-7b", qwen.model());
        assertEquals("apache-2.0", qwen.license());
        assertEquals(List.of(new ComponentVerdict.Mismatch("qwen", "qwen-license")), qwen.licenseMismatch());
        assertEquals(direct("model", "qwen2.5-7b"), qwen.verdict().verdict());
    }

    @Test
    void aHuggingFaceTagInLicenseIdIsReadWithAWarning() throws IOException {
        BomVerdict bom = evaluate("owasp-style-1.6.cdx.json");
        assertEquals("llama-3.1-8b", bom.components().get(0).model());
        assertEquals(List.of("$.bom.components[0].licenses[0].license.id", "$.bom.components[1].licenses[0].license.id"),
                bom.warnings().stream().map(w -> w.path()).toList());
        assertTrue(bom.warnings().get(0).message().contains("'llama3.1' is not an SPDX id"), bom.warnings().get(0).message());
    }

    @Test
    void anUnresolvableModelHasNoVerdictAndCountsAsNeedsReview() throws IOException {
        ComponentVerdict router = evaluate("owasp-style-1.6.cdx.json").components().get(2);
        assertNull(router.verdict());
        assertNull(router.model());
        assertEquals(List.of("NOASSERTION"), router.declaredLicenses());
        assertEquals(422, router.problem().status());
        assertTrue(router.problem().detail().contains("pkg:huggingface/acme-labs/ticket-router@1.0"), router.problem().detail());

        JsonNode onlyUnknown = JSON.readTree("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
                  {"type": "machine-learning-model", "name": "secret-model", "licenses": [{"license": {"name": "Proprietary"}}]}]}""");
        BomVerdict bom = new BomEvaluator(PARSER).evaluate(ruleset, JSON.readTree("{}"), BomReader.read(onlyUnknown, "$", 10), (p, v) -> { });
        assertEquals(Decision.NEEDS_REVIEW, bom.verdict(), "an unknown model is never allowed");
    }

    @Test
    void aModelOutsideTheCatalogIsEvaluatedUnderItsResolvedLicense() throws IOException {
        BomVerdict bom = evaluate("licenseref-1.6.cdx.json");
        ComponentVerdict finetune = bom.components().get(0);
        assertNull(finetune.model());
        assertEquals("llama-2-community", finetune.license());
        assertEquals(ResolvedFrom.license("LicenseRef-scancode-llama-2-license-2023", "scancode"), finetune.resolvedFrom());
        assertEquals(direct("license", "llama-2-community"), finetune.verdict().verdict());

        ComponentVerdict dual = bom.components().get(1);
        assertNull(dual.verdict(), "Apache-2.0 OR MIT: which one binds is a person's call");
        assertEquals(List.of("apache-2.0", "mit"), dual.problem().matches());
    }

    @Test
    void cycloneDx17NamesExternalReferencesAndApiModels() throws IOException {
        BomVerdict bom = evaluate("mixed-1.7.cdx.json");
        ComponentVerdict mixtral = bom.components().get(0);
        assertEquals(ResolvedFrom.model("mistralai/Mixtral-8x7B-v0.1", "huggingface-id"), mixtral.resolvedFrom(), "group/name");
        assertEquals(List.of(new ComponentVerdict.Mismatch("MIT", "mit")), mixtral.licenseMismatch(), "Apache-2.0 matches, MIT does not");
        ComponentVerdict reviewer = bom.components().get(1);
        assertEquals("deepseek-r1", reviewer.model());
        assertEquals("url", reviewer.resolvedFrom().matchedBy());
        ComponentVerdict hosted = bom.components().get(2);
        assertEquals("gpt-4o", hosted.model());
        assertEquals(ResolvedFrom.model("gpt-4o-2024-08-06", "alias"), hosted.resolvedFrom());
    }

    @Test
    void spdx3ModelsResolveByPurlAndAddress() throws IOException {
        BomVerdict bom = evaluate("rag-pipeline.spdx3.jsonld");
        assertEquals("llama-3-8b", bom.components().get(0).model());
        assertNull(bom.components().get(0).licenseMismatch(), "LicenseRef-meta-llama-3 maps to the Llama 3 license address");
        assertEquals("deepseek-r1", bom.components().get(1).model());
        assertEquals(ResolvedFrom.model("DeepSeek-R1", "alias"), bom.components().get(1).resolvedFrom(),
                "the name comes before the address, and is the id in other letter case");
        assertNotNull(bom.components().get(2).problem());
        assertEquals(Decision.DENIED, bom.verdict());
    }

    @Test
    void theProfileMayNotNameAModel() throws IOException {
        ObjectNode named = platform.deepCopy();
        named.put("model", "llama-2-7b");
        BomDocument bom = BomReaderTest.read("support-bot-1.5.cdx.json");
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> new BomEvaluator(PARSER).evaluate(ruleset, named, bom, (p, v) -> { }));
        assertEquals("$.model", e.violations().get(0).path());

        ObjectNode bad = platform.deepCopy();
        ((ObjectNode) bad.get("licensee")).put("monthlyActiveUsers", -1);
        InvalidProfileException invalid = assertThrows(InvalidProfileException.class,
                () -> new BomEvaluator(PARSER).evaluate(ruleset, bad, bom, (p, v) -> { }));
        assertEquals("$.licensee.monthlyActiveUsers", invalid.violations().get(0).path());
    }

    @Test
    void aDocumentWithoutModelsIsAllowed() throws IOException {
        JsonNode empty = JSON.readTree("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.7\", \"components\": []}");
        BomVerdict bom = new BomEvaluator(PARSER).evaluate(ruleset, platform, BomReader.read(empty, "$", 10), (p, v) -> { });
        assertEquals(Decision.ALLOWED, bom.verdict());
        assertTrue(bom.components().isEmpty());
    }

}
