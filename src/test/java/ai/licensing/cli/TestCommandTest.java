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
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommandTest {

    @TempDir
    static Path dir;
    static String rules;
    static final String FAILING = Cli.resource("cli/failing").toString();

    @BeforeAll
    static void rules() {
        rules = Cli.rules(dir.resolve("rules")).toString();
    }

    @Test
    void passingScenariosExitZeroWithTheSummaryLast() {
        Cli.Run run = Cli.run("test", "--rules", "rules-drl", "scenarios");
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("[1-9]\\d* passed, 0 failed"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("FAIL")), run.out());
    }

    @Test
    void aFailingScenarioIsOneLineWithExpectedActualAndFiredClausesAndExitsOne() {
        Cli.Run run = Cli.run("test", "--rules", rules, FAILING);
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "FAIL " + Path.of(FAILING, "threshold.yaml") + " › Community license at 900M MAU wrongly expected allowed: expected ALLOWED, got DENIED;"
                        + " missing clause: community-demo:1.b.v; unexpected clause: community-demo:2; fired: community-demo:2 (DENY)",
                "2 passed, 1 failed"), run.out().lines().toList());
    }

    @Test
    void anInvalidScenarioFileNamesTheFileAndThePathInsideItAndExitsTwo() {
        Cli.Run run = Cli.run("test", "--rules", rules, Cli.resource("cli/invalid").toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bad-verdict.yaml: $[1].expect.verdict: must be one of ALLOWED, CONDITIONAL, NEEDS_REVIEW, DENIED"), run.err());
        assertTrue(run.err().contains("bad-profile.yaml: $.profile.licensee.monthlyActiveUser: unknown field 'monthlyActiveUser'"), run.err());
        assertTrue(run.err().contains("duplicate-verdict.yaml: $[2].expect.verdict: not valid YAML (line 14, column"), run.err());
        assertTrue(run.err().contains("duplicate-profile-key.json: $[0].profile.licensee.monthlyActiveUsers: not valid JSON (line 2, column"), run.err());
    }

    @Test
    void rulesThatDoNotCompileArePrintedAsFileLineColumnAndExitTwo() {
        Cli.Run run = Cli.run("test", "--rules", Cli.rulesWith(dir.resolve("broken"), "broken.drl").toString(), FAILING);
        assertEquals(2, run.exit());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("broken\\.drl:\\d+:\\d+: .+")), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("test", "--rules", rules).exit(), "no path");
        assertEquals(2, Cli.run("test", "--rules", rules, "--format", "xml", FAILING).exit(), "unknown format");
        Cli.Run missing = Cli.run("test", "--rules", rules, "no-such-folder");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no-such-folder: $: no such file or folder"), missing.err());
    }

    @Test
    void jsonHasOneObjectPerScenarioWithTheVerdictAndASummary() throws Exception {
        Cli.Run run = Cli.run("test", "--rules", rules, "--format", "json", FAILING);
        assertEquals(1, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(3, report.get("scenarios").size());
        JsonNode failed = report.get("scenarios").get(2);
        assertEquals(false, failed.get("passed").asBoolean());
        assertEquals("ALLOWED", failed.get("expect").get("verdict").asText());
        assertEquals("DENIED", failed.get("verdict").get("verdict").asText());
        assertTrue(failed.get("verdict").get("evaluatedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.+Z"), failed.toString());
        assertEquals("missing clause: community-demo:1.b.v", failed.get("failures").get(0).asText());
        assertEquals(2, report.get("summary").get("passed").asInt());
        assertEquals(1, report.get("summary").get("failed").asInt());
        assertTrue(report.path("coverage").isMissingNode(), "coverage only when asked for");
    }

    @Test
    void junitXmlHasASuitePerFileACasePerScenarioAndTheFailureExplained() throws Exception {
        Path out = dir.resolve("report.xml");
        Cli.Run run = Cli.run("test", "--rules", rules, "--format", "junit", "--out", out.toString(), FAILING);
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out(), "the report goes to --out");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("3", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element threshold = (Element) suites.item(1);
        assertTrue(threshold.getAttribute("name").endsWith("threshold.yaml"));
        assertEquals("2", threshold.getAttribute("tests"));
        assertEquals(2, threshold.getElementsByTagName("testcase").getLength());
        Element failure = (Element) threshold.getElementsByTagName("failure").item(0);
        assertEquals("Community license at 900M MAU wrongly expected allowed", ((Element) failure.getParentNode()).getAttribute("name"));
        assertTrue(failure.getAttribute("message").startsWith("expected ALLOWED, got DENIED"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("community-demo:2 DENY: "), failure.getTextContent());
        assertEquals(1, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    void coverageListsPerLicenseTheRulesNoScenarioFired() {
        Cli.Run run = Cli.run("test", "--rules", rules, "--coverage", Cli.resource("cli/failing/open.json").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  permissive-demo +1/2 +50\\.0%")), run.out());
        assertTrue(run.out().contains("    not fired: permissive-demo:4.b \"permissive-demo: modified files carry notices that they were changed\" (permissive-demo.drl:"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  community-demo +0/\\d+ +0\\.0%")), run.out());
        assertEquals("1 passed, 0 failed", run.out().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void coverageInJsonGivesThePercentagePerLicense() throws Exception {
        Cli.Run run = Cli.run("test", "--rules", rules, "--format", "json", "--coverage", Cli.resource("cli/failing/open.json").toString());
        JsonNode permissive = null;
        for (JsonNode license : new ObjectMapper().readTree(run.out()).get("coverage").get("licenses")) {
            permissive = license.get("license").asText().equals("permissive-demo") ? license : permissive;
        }
        assertTrue(permissive != null, run.out());
        assertEquals(50.0, permissive.get("percent").asDouble());
        assertEquals("4.b", permissive.get("notFired").get(0).get("section").asText());
    }
}
