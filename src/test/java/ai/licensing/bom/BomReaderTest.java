package ai.licensing.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each shape of bill of materials the service reads, and the paths it names when a document cannot be read. */
class BomReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode fixture(String name) throws IOException {
        return JSON.readTree(Path.of("src/test/resources/bom", name).toFile());
    }

    static BomDocument read(String name) throws IOException {
        return BomReader.read(fixture(name), "$.bom", 1000);
    }

    @Test
    void cycloneDx15FindsNestedModelsAndSkipsOtherComponents() throws IOException {
        BomDocument bom = read("support-bot-1.5.cdx.json");
        assertEquals("CycloneDX 1.5", bom.format());
        assertEquals(List.of("chat-model", "embedder"), bom.components().stream().map(BomComponent::bomRef).toList());
        BomComponent chat = bom.components().get(0);
        assertEquals("meta-llama/Llama-2-70b-chat-hf", chat.qualifiedName());
        assertEquals("pkg:huggingface/meta-llama/Llama-2-70b-chat-hf@e9149a12809580e8602995856f8098ce973d1080", chat.purl());
        assertEquals(List.of(new DeclaredLicense("llama2", "https://huggingface.co/meta-llama/Llama-2-70b-chat-hf/blob/main/LICENSE.txt",
                "$.bom.components[0].licenses[0].license.name", false)), chat.declared());
        BomComponent embedder = bom.components().get(1);
        assertEquals("$.bom.components[1].components[0]", embedder.path());
        assertEquals(List.of(new DeclaredLicense("Apache-2.0", null, "$.bom.components[1].components[0].licenses[0].license.id", true)),
                embedder.declared());
    }

    @Test
    void cycloneDx16WithAHuggingFaceTagInLicenseIdIsRead() throws IOException {
        BomDocument bom = read("owasp-style-1.6.cdx.json");
        assertEquals(3, bom.components().size());
        DeclaredLicense tag = bom.components().get(0).declared().get(0);
        assertEquals("llama3.1", tag.value());
        assertTrue(tag.inSpdxIdField());
        assertEquals("NOASSERTION", bom.components().get(2).declared().get(0).value());
    }

    @Test
    void licenseRefExpressionsAreKeptWhole() throws IOException {
        BomDocument bom = read("licenseref-1.6.cdx.json");
        assertEquals("LicenseRef-scancode-llama-2-license-2023", bom.components().get(0).declared().get(0).value());
        assertEquals("$.bom.components[0].licenses[0].expression", bom.components().get(0).declared().get(0).path());
        assertEquals("Apache-2.0 OR MIT", bom.components().get(1).declared().get(0).value());
        assertNull(bom.components().get(1).purl());
    }

    @Test
    void cycloneDx17MixesLicenseObjectsAndExpressions() throws IOException {
        BomDocument bom = read("mixed-1.7.cdx.json");
        assertEquals("CycloneDX 1.7", bom.format());
        assertEquals(List.of("Apache-2.0", "MIT"), bom.components().get(0).declared().stream().map(DeclaredLicense::value).toList());
        assertEquals(List.of("https://huggingface.co/deepseek-ai/DeepSeek-R1/tree/main"), bom.components().get(1).addresses());
        assertEquals("gpt-4o-2024-08-06", bom.components().get(2).qualifiedName());
    }

    @Test
    void spdx3ReadsAiPackagesWithTheirLicenseRelationships() throws IOException {
        BomDocument bom = read("rag-pipeline.spdx3.jsonld");
        assertEquals("SPDX 3.0.1", bom.format());
        assertEquals(3, bom.components().size());
        BomComponent answerer = bom.components().get(0);
        assertEquals("https://example.org/rag#answerer", answerer.bomRef());
        assertEquals("pkg:huggingface/meta-llama/Meta-Llama-3-8B@62bd457b6fe961a42a631306577e622c83876cb6", answerer.purl());
        assertEquals(List.of(new DeclaredLicense("LicenseRef-meta-llama-3", "https://llama.meta.com/llama3/license/",
                "$.bom['@graph'][6].simplelicensing_licenseExpression", false)), answerer.declared());
        assertEquals("MIT", bom.components().get(1).declared().get(0).value(), "a listed license named by its spdx.org address");
        assertEquals(List.of("https://huggingface.co/deepseek-ai/DeepSeek-R1"), bom.components().get(1).addresses());
        assertEquals("RAG team internal model license", bom.components().get(2).declared().get(0).value());
        assertTrue(bom.components().get(2).addresses().isEmpty(), "NOASSERTION is no address");
    }

    @Test
    void spdx3AlsoReadsModelPackagesWrittenWithJsonLdKeywords() throws IOException {
        JsonNode bom = JSON.readTree("""
                {"@context": ["https://spdx.org/rdf/3.0.1/spdx-context.jsonld"], "@graph": [
                  {"@type": "software_Package", "@id": "urn:x:lib", "name": "numpy", "software_primaryPurpose": "library"},
                  {"@type": "software_Package", "@id": "urn:x:model", "name": "google/gemma-2-9b", "software_primaryPurpose": "model"},
                  {"@type": "Relationship", "@id": "urn:x:r", "from": "urn:x:model", "relationshipType": "hasDeclaredLicense",
                   "to": "urn:x:lic"},
                  {"@type": "expandedlicensing_CustomLicense", "@id": "urn:x:lic", "name": "Gemma Terms of Use"}]}""");
        BomDocument document = BomReader.read(bom, "$", 10);
        assertEquals(1, document.components().size(), "the library is no model");
        BomComponent gemma = document.components().get(0);
        assertEquals("urn:x:model", gemma.bomRef());
        assertEquals(List.of("Gemma Terms of Use"), gemma.declared().stream().map(DeclaredLicense::value).toList());
    }

    @Test
    void theDocumentsSubjectCountsWhenItIsAModel() throws IOException {
        JsonNode bom = JSON.readTree("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6",
                 "metadata": {"component": {"type": "machine-learning-model", "name": "falcon-180B", "group": "tiiuae",
                   "licenses": [{"license": {"name": "unknown"}}]}}}""");
        BomDocument document = BomReader.read(bom, "$", 10);
        assertEquals(1, document.components().size());
        assertEquals("$.metadata.component", document.components().get(0).path());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            []                                                                   | $.bom                                   | not an object
            {"bomFormat": "SPDX"}                                                | $.bom.bomFormat                         | another format
            {"specVersion": "1.6"}                                               | $.bom                                   | no format at all
            {"bomFormat": "CycloneDX", "specVersion": "1.4"}                     | $.bom.specVersion                       | before model components
            {"bomFormat": "CycloneDX", "specVersion": 1.6}                       | $.bom.specVersion                       | version as a number
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": {}}   | $.bom.components                        | components not an array
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [7]}  | $.bom.components[0]                     | a component not an object
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "machine-learning-model", "name": "x", "licenses": [{"license": {}}]}]} | $.bom.components[0].licenses[0].license | a license without id or name
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "machine-learning-model", "name": ["x"]}]} | $.bom.components[0].name | a name that is no string
            {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}       | $.bom['@graph']                         | SPDX without a graph
            {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [{"type": "CreationInfo", "specVersion": "2.3"}]} | $.bom['@graph'][0].specVersion | SPDX 2
            """)
    void unreadableDocumentsNameThePath(String json, String path, String why) throws IOException {
        InvalidBomException e = assertThrows(InvalidBomException.class, () -> BomReader.read(JSON.readTree(json), "$.bom", 1000));
        assertEquals(path, e.violations().get(0).path(), e.violations().toString());
        assertFalse(e.tooLarge());
    }

    @Test
    void moreModelsThanTheLimitIsTooLarge() throws IOException {
        InvalidBomException e = assertThrows(InvalidBomException.class, () -> BomReader.read(fixture("owasp-style-1.6.cdx.json"), "$.bom", 2));
        assertTrue(e.tooLarge());
        assertTrue(e.violations().get(0).message().contains("3 models; at most 2"), e.violations().toString());
    }
}
