package ai.licensing.catalog;

import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every identifier family of the shipped catalog resolves, exactly and without regard to case, and nothing else does. */
class NamesTest {

    static Names names;

    @BeforeAll
    static void load() {
        names = CatalogLoader.load(Path.of("rules-drl")).names();
    }

    @ParameterizedTest(name = "model {0} -> {1} by {2}")
    @CsvSource({
            "meta-llama/Llama-2-70b-chat-hf, llama-2-70b-chat, huggingface-id",
            "META-LLAMA/llama-2-70b-CHAT-hf, llama-2-70b-chat, huggingface-id",
            "meta-llama/Meta-Llama-3.1-8B, llama-3.1-8b, huggingface-id",
            "pkg:huggingface/meta-llama/Llama-2-70b-chat-hf, llama-2-70b-chat, purl",
            "pkg:huggingface/tiiuae/falcon-180B@b8cc6a6e7d84d1f3e4d0a4b9f6a0c3c1c5d2e7f0, falcon-180b, purl",
            "pkg:huggingface/Qwen/Qwen2.5-72B-Instruct@ABCDEF1234, qwen2.5-72b, purl",
            "https://huggingface.co/meta-llama/Llama-2-70b-chat-hf, llama-2-70b-chat, url",
            "https://huggingface.co/bigscience/bloom/, bloom-176b, url",
            "https://huggingface.co/tiiuae/falcon-180B/blob/main/LICENSE.txt, falcon-180b, url",
            "https://platform.openai.com/docs/models/gpt-4o, gpt-4o, url",
            "gpt-4o-2024-08-06, gpt-4o, alias",
            "Claude-3-5-Sonnet-Latest, claude-3.5-sonnet, alias",
            "LLAMA-2-70B-CHAT, llama-2-70b-chat, alias",
    })
    void modelNames(String sent, String id, String matchedBy) {
        Resolution r = names.model(sent);
        assertEquals(id, r.id(), r.toString());
        assertEquals(matchedBy, r.matchedBy());
        assertEquals(sent, r.sent());
    }

    @ParameterizedTest(name = "license {0} -> {1} by {2}")
    @CsvSource({
            "Apache-2.0, apache-2.0, spdx",
            "APACHE-2.0, apache-2.0, spdx",
            "MIT, mit, spdx",
            "CC-BY-NC-4.0, cc-by-nc-4.0, spdx",
            "llama2, llama-2-community, hf-tag",
            "llama3, llama-3-community, hf-tag",
            "llama3.1, llama-3.1-community, hf-tag",
            "llama3.2, llama-3.2-community, hf-tag",
            "gemma, gemma-terms, hf-tag",
            "gemma-terms-of-use, gemma-terms, hf-tag",
            "mrl, mistral-research-license, hf-tag",
            "mnpl, mistral-non-production-license, hf-tag",
            "stabilityai-ai-community, stability-community, hf-tag",
            "qwen, qwen-license, hf-tag",
            "deepseek, deepseek-license, hf-tag",
            "llama-2-license-2023, llama-2-community, scancode",
            "LicenseRef-scancode-llama-2-license-2023, llama-2-community, scancode",
            "licenseref-scancode-stable-diffusion-2022-08-22, creativeml-openrail-m, scancode",
            "bigscience-rail-1.0, bigscience-bloom-rail-1.0, scancode",
            "gemma-tou-2024-04-01, gemma-terms, scancode",
            "qwen-2024, qwen-license, scancode",
            "deepseek-la-1.0, deepseek-license, scancode",
            "stability-ai-community-2024, stability-community, scancode",
            "LicenseRef-scancode-llama-3.1-license-2024, llama-3.1-community, scancode",
            "https://ai.meta.com/llama/license, llama-2-community, url",
            "https://mistral.ai/licenses/MRL-0.1.md, mistral-research-license, url",
            "https://mistral.ai/licences/MNPL-0.1.md, mistral-non-production-license, alias",
            "MRL-0.1, mistral-research-license, alias",
            "Falcon 180B TII License, tii-falcon-180b, alias",
            "OpenAI Services Agreement, openai-services, alias",
    })
    void licenseNames(String sent, String id, String matchedBy) {
        Resolution r = names.license(sent);
        assertEquals(id, r.id(), r.toString());
        assertEquals(matchedBy, r.matchedBy());
    }

    @Test
    void theCanonicalIdIsNoAlias() {
        Resolution r = names.license("apache-2.0");
        assertEquals("apache-2.0", r.id());
        assertFalse(r.viaAlias());
        assertNull(names.model("llama-2-70b-chat").matchedBy());
    }

    @ParameterizedTest(name = "no match: {0}")
    @CsvSource({
            "meta-llama/Llama-2-70b-chat-h",
            "pkg:huggingface/meta-llama/Llama-2-70b-chat-h",
            "pkg:pypi/meta-llama/Llama-2-70b-chat-hf",
            "https://huggingface.co/datasets/meta-llama/Llama-2-70b-chat-hf",
            "https://example.com/meta-llama/Llama-2-70b-chat-hf",
            "llama-2-70b-cht",
    })
    void nearMissesAreNotMatches(String sent) {
        Resolution r = names.model(sent);
        assertFalse(r.resolved(), r.toString());
        assertFalse(r.ambiguous());
        assertTrue(r.suggestions().size() <= 5);
    }

    @Test
    void suggestionsPutTheClosestFirst() {
        assertEquals("llama-2-70b-chat", names.model("meta-llama/Llama-2-70b-chat-h").suggestions().get(0));
        assertEquals("llama-2-70b-chat", names.model("pkg:huggingface/meta-llama/Llama-2-70b-chat-h@abc").suggestions().get(0));
        assertEquals("llama-2-70b-chat", names.model("llama-2-70b-cht").suggestions().get(0));
        assertEquals("llama-2-community", names.license("llama-2").suggestions().get(0));
    }

    @ParameterizedTest(name = "Hugging Face tag without a counterpart: {0}")
    @CsvSource({"other", "unknown", "openrail", "llama3.3", "NOASSERTION", "cc-by-nc-sa-4.0"})
    void hubTagsWithoutACounterpartStayUnresolved(String tag) {
        assertFalse(names.license(tag).resolved());
    }

    @Test
    void aNameTwoEntriesReachIsAmbiguous(@TempDir Path dir) throws IOException {
        Names two = catalog(dir, """
                - { id: a, name: A, url: "https://example.com/a", category: permissive }
                """, """
                - { id: first, name: First, license: a, accessModes: [weights], huggingface: [org/repo] }
                - { id: second, name: Second, license: a, accessModes: [weights], aliases: ["pkg:huggingface/org/repo"] }
                """).names();
        Resolution exact = two.model("pkg:huggingface/org/repo");
        assertFalse(exact.resolved());
        assertTrue(exact.ambiguous());
        assertEquals(List.of("second", "first"), exact.matches());
        assertEquals("first", two.model("pkg:huggingface/org/repo@1234").id(), "only the repository id names a versioned purl");
    }

    @Test
    void aNameClaimedTwiceIsReportedWithTheSecondEntry(@TempDir Path dir) throws IOException {
        CatalogException e = assertThrows(CatalogException.class, () -> catalog(dir, """
                - { id: a, name: A, url: "https://example.com/a", category: permissive, aliases: [shared] }
                - { id: b, name: B, url: "https://example.com/b", category: permissive, aliases: [SHARED] }
                - { id: c, name: C, url: "https://example.com/c", category: permissive, aliases: [x, x] }
                - { id: d, name: D, url: "https://example.com/A/", category: permissive }
                """, """
                - { id: m, name: M, license: a, accessModes: [weights], huggingface: [org/repo] }
                - { id: n, name: N, license: a, accessModes: [weights], urls: [ORG/REPO] }
                """));
        List<String> errors = e.errors().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "catalog/licenses.yaml:2:83: license 'b' claims the name 'SHARED' (alias), which already names license 'a'; a name may identify one license only",
                "catalog/licenses.yaml:3:86: license 'c' lists 'x' twice as alias",
                "catalog/licenses.yaml:4:26: license 'd' claims the name 'https://example.com/A/' (url), which already names license 'a'; a name may identify one license only",
                "catalog/models.yaml:2:64: model 'n' claims the name 'ORG/REPO' (url), which already names model 'm'; a name may identify one model only"),
                errors);
    }

    /** A catalog of the given licenses and models, beside the project's purposes and regions. */
    private static Catalog catalog(Path dir, String licenses, String models) throws IOException {
        Path rules = RulesCopy.into(dir);
        Files.writeString(rules.resolve("catalog/licenses.yaml"), licenses);
        Files.writeString(rules.resolve("catalog/models.yaml"), models);
        return CatalogLoader.load(rules);
    }
}
