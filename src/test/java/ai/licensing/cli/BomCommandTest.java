package ai.licensing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI gate: exit codes per --fail-on, the three formats, and exit 2 for anything it cannot read. */
class BomCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String rules;
    static String platform = Cli.resource("bom/platform-profile.json").toString();
    static String supportBot = Cli.resource("bom/support-bot-1.5.cdx.json").toString();
    static String spdx = Cli.resource("bom/rag-pipeline.spdx3.jsonld").toString();
    static String small;

    @BeforeAll
    static void files() throws IOException {
        // The gate's answers are about real licenses (Llama 2's user threshold), so it reads the shipped rules.
        rules = "rules-drl";
        small = Files.writeString(dir.resolve("small.json"), """
                {"licensee": {"type": "company", "country": "US", "monthlyActiveUsers": 5000, "annualRevenueUsd": 1000000},
                 "use": {"commercial": true, "purposes": ["customer-support"], "accessMode": "weights", "offersAsHostedService": false}}
                """).toString();
    }

    private static Cli.Run bom(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "bom";
        all[1] = "--rules";
        all[2] = rules;
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void aDeniedModelFailsTheGateAndTheTableNamesEachModel() {
        Cli.Run run = bom("--profile", platform, supportBot);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains(supportBot + ": DENIED"), run.out());
        assertTrue(run.out().matches("(?s).*llama-2-70b-chat \\(Llama-2-70b-chat-hf\\)\\s+llama-2-community\\s+DENIED\\s+llama-2-community:2 .*"), run.out());
        assertTrue(run.out().matches("(?s).*mistral-7b-v0.1 \\(Mistral-7B-v0.1\\)\\s+apache-2.0\\s+\\w+.*"), run.out());
        assertTrue(run.out().contains("gate FAILED: DENIED, --fail-on denied"), run.out());
    }

    @Test
    void failOnSetsTheVerdictThatFails() throws IOException {
        Cli.Run denied = bom("--profile", small, supportBot, "--format", "json");
        JsonNode report = JSON.readTree(denied.out());
        String verdict = report.get("gate").get("verdict").asText();
        assertEquals("DENIED".equals(verdict) ? 1 : 0, denied.exit(), denied.out());
        assertEquals(report.get("gate").get("passed").asBoolean(), denied.exit() == 0);

        // An unresolved model counts as review: it passes a denied gate and fails a review gate.
        Path unknown = Files.writeString(dir.resolve("unknown.cdx.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
                  {"type": "machine-learning-model", "name": "in-house-model", "licenses": [{"license": {"name": "Proprietary"}}]}]}""");
        assertEquals(0, bom("--profile", small, unknown.toString()).exit());
        assertEquals(1, bom("--profile", small, unknown.toString(), "--fail-on", "review").exit());
        assertEquals(1, bom("--profile", small, unknown.toString(), "--fail-on", "conditional").exit());
    }

    @Test
    void jsonHoldsTheAnswerOfEachDocument() throws IOException {
        Cli.Run run = bom("--profile", platform, "--format", "json", supportBot, spdx);
        JsonNode report = JSON.readTree(run.out());
        assertEquals(2, report.get("boms").size());
        JsonNode first = report.get("boms").get(0);
        assertEquals(supportBot, first.get("file").asText());
        JsonNode chat = first.get("components").get(0);
        assertEquals("llama-2-70b-chat", chat.get("model").asText());
        assertEquals("purl", chat.get("resolvedFrom").get("matchedBy").asText());
        assertEquals("DENIED", chat.get("verdict").get("verdict").asText());
        JsonNode ranker = report.get("boms").get(1).get("components").get(2);
        assertTrue(ranker.get("verdict").isNull());
        assertEquals(422, ranker.get("problem").get("status").asInt());
        assertEquals("DENIED", report.get("gate").get("verdict").asText());
        assertEquals("DENIED", report.get("gate").get("failOn").asText());
        assertEquals(1, run.exit());
    }

    @Test
    void junitHasATestcasePerModelAndAFailurePerModelThatFailsTheGate() throws Exception {
        Cli.Run run = bom("--profile", platform, "--format", "junit", "--fail-on", "review", spdx);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element ranker = (Element) cases.item(2);
        assertEquals("rag-team/passage-ranker", ranker.getAttribute("name"));
        assertEquals("NEEDS_REVIEW", ((Element) ranker.getElementsByTagName("failure").item(0)).getAttribute("type"));
        Element llama = (Element) cases.item(0);
        assertEquals("DENIED", ((Element) llama.getElementsByTagName("failure").item(0)).getAttribute("type"));
        assertEquals(1, run.exit());
    }

    @Test
    void unreadableInputExitsTwoNamingFileAndPath() throws IOException {
        Cli.Run missing = bom("--profile", platform, dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path spdx2 = Files.writeString(dir.resolve("old.cdx.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\", \"components\": []}");
        Cli.Run old = bom("--profile", platform, supportBot, spdx2.toString());
        assertEquals(2, old.exit());
        assertTrue(old.err().contains(spdx2 + ": $.specVersion: CycloneDX 1.4 is not read"), old.err());
        assertEquals("", old.out(), "no report when a document cannot be read");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"bomFormat\": ");
        assertEquals(2, bom("--profile", platform, broken.toString()).exit());

        Path named = Files.writeString(dir.resolve("named.json"), "{\"model\": \"llama-2-7b\"}");
        Cli.Run withModel = bom("--profile", named.toString(), supportBot);
        assertEquals(2, withModel.exit());
        assertTrue(withModel.err().contains(named + ": $.model: leave model out"), withModel.err());

        assertEquals(2, bom(supportBot).exit(), "--profile is required");
        assertEquals(2, bom("--profile", platform, "--fail-on", "never", supportBot).exit());
    }

    @Test
    void documentsAreReadAsStrictlyAsTheApiReadsThem() throws IOException {
        // What POST /v1/bom answers 400 the gate must not pass: a key given twice, text after the document, bad UTF-8.
        Path twice = Files.writeString(dir.resolve("twice.cdx.json"), Files.readString(Path.of(supportBot))
                .replaceFirst("\\{", "{\"components\": [], "));
        Cli.Run duplicate = bom("--profile", platform, twice.toString());
        assertEquals(2, duplicate.exit(), duplicate.out() + duplicate.err());
        assertTrue(duplicate.err().contains(twice + ": ") && duplicate.err().toLowerCase().contains("duplicate"), duplicate.err());

        Path trailing = Files.writeString(dir.resolve("trailing.cdx.json"), Files.readString(Path.of(supportBot)) + " {}");
        assertEquals(2, bom("--profile", platform, trailing.toString()).exit());

        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"licensee\": {\"country\": \"D\u00c9\"}}".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run encoding = bom("--profile", latin1.toString(), supportBot);
        assertEquals(2, encoding.exit());
        assertTrue(encoding.err().contains(latin1 + ": "), encoding.err());
    }

    @Test
    void evaluateAcceptsTheNamesOfAHuggingFaceModelCard() throws IOException {
        Path in = Files.write(dir.resolve("aliases.jsonl"), java.util.List.of(
                "{\"model\": \"meta-llama/Llama-2-70b-chat-hf\"}",
                "{\"license\": \"LicenseRef-scancode-llama-2-license-2023\"}",
                "{\"model\": \"meta-llama/Llama-2-70b-chat-h\"}"));
        var answers = Cli.evaluate(rules, in);
        assertEquals("llama-2-70b-chat", answers.get(0).get("model").asText());
        assertEquals("huggingface-id", answers.get(0).get("resolvedFrom").get("matchedBy").asText());
        assertEquals("llama-2-community", answers.get(1).get("license").asText());
        assertEquals("scancode", answers.get(1).get("resolvedFrom").get("matchedBy").asText());
        assertEquals(422, answers.get(2).get("error").get("status").asInt());
        assertEquals("llama-2-70b-chat", answers.get(2).get("error").get("suggestions").get(0).asText());
    }
}
