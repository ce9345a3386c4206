package ai.licensing.catalog;

import ai.licensing.model.AccessMode;
import ai.licensing.model.SourceError;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model catalog's references (policies, derivedFrom) and dates are checked when it loads. */
class CatalogLoaderModelsTest {

    @Test
    void theShippedCatalogLoadsWithItsPoliciesAndDerivedModels() {
        Catalog catalog = CatalogLoader.load(Path.of("rules-drl"));
        Model gptOss = catalog.model("gpt-oss-120b").orElseThrow();
        assertEquals(List.of("apache-2.0", "gpt-oss-usage-policy"), gptOss.governingLicenses());
        assertEquals("llama-3.3-70b", catalog.model("deepseek-r1-distill-llama-70b").orElseThrow().derivedFrom());
        assertTrue(catalog.model("llama-4-scout").orElseThrow().huggingface().contains("meta-llama/Llama-4-Scout-17B-16E-Instruct"));
        assertTrue(catalog.models().size() >= 120, "catalog holds " + catalog.models().size() + " models");
    }

    @Test
    void everyModelOfferingWeightsNamesItsHuggingFaceIds() {
        for (Model m : CatalogLoader.load(Path.of("rules-drl")).allModels()) {
            assertTrue(!m.offers(AccessMode.WEIGHTS) || !m.huggingface().isEmpty(), m.id() + " offers weights but names no Hugging Face id");
        }
    }

    @Test
    void anUnknownPolicyAnUnknownBaseModelAndABadDateAreReportedTogether(@TempDir Path dir) throws IOException {
        Path rules = Fixtures.copyFolder(Path.of("rules-drl"), dir);
        Path models = rules.resolve("catalog/models.yaml");
        RulesCopy.replace(models, "policies: [gpt-oss-usage-policy]", "policies: [gpt-oss-policy]");
        RulesCopy.replace(models, "derivedFrom: llama-3.1-8b", "derivedFrom: llama-3.1-9b");
        RulesCopy.replace(models, "released: 2024-12-06", "released: 2024-13-06");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(rules));
        List<String> messages = e.errors().stream().map(SourceError::message).toList();
        assertTrue(messages.contains("model 'gpt-oss-20b' names policy 'gpt-oss-policy', which licenses.yaml does not list"), messages.toString());
        assertTrue(messages.contains("model 'deepseek-r1-distill-llama-8b' is derivedFrom 'llama-3.1-9b', which models.yaml does not list"), messages.toString());
        assertTrue(messages.contains("model 'llama-3.3-70b': released '2024-13-06' is not a YYYY-MM-DD date"), messages.toString());
    }

    @Test
    void aModelMayNotNameItsOwnLicenseAgainAsAPolicy(@TempDir Path dir) throws IOException {
        Path rules = Fixtures.copyFolder(Path.of("rules-drl"), dir);
        RulesCopy.replace(rules.resolve("catalog/models.yaml"), "policies: [gpt-oss-usage-policy]", "policies: [apache-2.0]");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(rules));
        assertTrue(e.errors().stream().anyMatch(err -> err.message().contains("names its license 'apache-2.0' again as a policy")));
    }
}
