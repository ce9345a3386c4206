package ai.licensing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String rules;

    @BeforeAll
    static void rules() {
        rules = Cli.rules(dir.resolve("rules")).toString();
    }

    static String profile(String model, long mau) {
        return "{\"model\":\"" + model + "\",\"licensee\":{\"type\":\"company\",\"country\":\"US\",\"monthlyActiveUsers\":" + mau + "},"
                + "\"use\":{\"commercial\":true,\"purposes\":[\"general-assistant\"],\"accessMode\":\"weights\",\"offersAsHostedService\":false},"
                + "\"modification\":{\"finetunes\":false,\"redistributesWeights\":false,\"usesOutputsToTrainOtherModels\":false}}";
    }

    private static List<JsonNode> evaluate(List<String> lines, String... options) throws IOException {
        return Cli.evaluate(rules, Files.write(Files.createTempFile(dir, "profiles", ".jsonl"), lines), options);
    }

    @Test
    void badLinesInTheMiddleAreAnsweredInPlaceWithTheirLineNumber() throws IOException {
        List<JsonNode> answers = evaluate(List.of(
                profile("community-70b", 900_000_000L),
                "",
                "{\"model\": \"open-7b\",",
                profile("open-7b", 5),
                "   ",
                "{\"model\":\"open-7b\",\"licensee\":{\"monthlyActiveUser\":5}}",
                "{\"model\":\"community-9\"}",
                profile("community-hosted", 5)));
        assertEquals(6, answers.size(), "blank lines get no answer");
        assertEquals("DENIED", answers.get(0).get("verdict").asText());
        assertEquals("community-70b", answers.get(0).get("model").asText());

        assertEquals(3, answers.get(1).get("line").asInt());
        assertEquals(400, answers.get(1).get("error").get("status").asInt());
        assertEquals("$.model", answers.get(1).get("error").get("errors").get(0).get("path").asText());

        assertEquals("open-7b", answers.get(2).get("model").asText());

        assertEquals(6, answers.get(3).get("line").asInt());
        assertEquals("$.licensee.monthlyActiveUser", answers.get(3).get("error").get("errors").get(0).get("path").asText());

        assertEquals(7, answers.get(4).get("line").asInt());
        assertEquals(422, answers.get(4).get("error").get("status").asInt());
        assertTrue(answers.get(4).get("error").get("knownIds").size() > 0);

        assertEquals("community-hosted", answers.get(5).get("model").asText());
    }

    @Test
    void windowsLineEndsAnswerAsNewlinesDo() throws IOException {
        Path crlf = Files.write(Files.createTempFile(dir, "crlf", ".jsonl"),
                (profile("community-70b", 900_000_000L) + "\r\n\r\n" + profile("open-7b", 5) + "\r\n").getBytes(StandardCharsets.UTF_8));
        List<JsonNode> answers = Cli.evaluate(rules, crlf);
        assertEquals(List.of("DENIED", "ALLOWED"), answers.stream().map(a -> a.path("verdict").asText()).toList());
    }

    @Test
    void aLineThatIsNotUtf8IsAnsweredWithWhereItsBadByteIs() throws IOException {
        byte[] bad = "{\"model\":\"open-7b\",\"licensee\":{\"country\":\"x\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);
        Path in = Files.createTempFile(dir, "latin1", ".jsonl");
        Files.write(in, bad);
        Files.write(in, ("\n" + profile("open-7b", 5) + "\n").getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        List<JsonNode> answers = Cli.evaluate(rules, in);
        assertEquals(1, answers.get(0).path("line").asInt());
        assertEquals("the body is not UTF-8: invalid byte sequence at byte offset 43",
                answers.get(0).path("error").path("errors").get(0).path("message").asText(), answers.get(0).toString());
        assertEquals("open-7b", answers.get(1).path("model").asText());
    }

    @Test
    void verdictsAreWrittenAsTheApiWritesThem() throws IOException {
        JsonNode verdict = evaluate(List.of(profile("community-70b", 900_000_000L))).get(0);
        assertEquals(List.of("decisionId", "evaluatedAt", "rulesetVersion", "model", "license", "verdict", "allowed", "clauses", "missingFacts"),
                iterable(verdict.fieldNames()));
        assertTrue(verdict.get("evaluatedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), verdict.toString());
        assertEquals("2", verdict.get("clauses").get(0).get("section").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void orderIsKeptAcrossManyChunksEvaluatedInParallel() throws IOException {
        List<String> models = List.of("community-70b", "open-7b", "community-hosted");
        List<String> lines = IntStream.range(0, 3_000).mapToObj(i -> i % 97 == 0 ? "not json"
                : profile(models.get(i % models.size()), i)).toList();
        List<JsonNode> answers = evaluate(lines);
        assertEquals(lines.size(), answers.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i % 97 == 0) {
                assertEquals(i + 1, answers.get(i).get("line").asInt());
            } else {
                assertEquals(models.get(i % models.size()), answers.get(i).get("model").asText(), "line " + (i + 1));
            }
        }
    }

    @Test
    void progressIsShownOnStandardErrorWhenAskedFor() throws IOException {
        Path in = Files.write(dir.resolve("two.jsonl"), List.of(profile("community-70b", 1), profile("open-7b", 1)));
        Path out = dir.resolve("two-verdicts.jsonl");
        Cli.Run run = Cli.run("evaluate", "--rules", rules, "--in", in.toString(), "--out", out.toString(), "--progress");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(2, Files.readAllLines(out).size());
        assertTrue(run.err().matches("(?s).*done: 2 profiles in .+ s, .+/s\\R"), run.err());
        assertEquals("", Cli.run("evaluate", "--rules", rules, "--in", in.toString()).err(), "no progress unless asked or on a terminal");
    }

    @Test
    void usageAndCompileErrorsExitTwo() {
        Cli.Run missing = Cli.run("evaluate", "--rules", rules, "--in", dir.resolve("missing.jsonl").toString());
        assertEquals(2, missing.exit());
        assertEquals("evaluate: no such file: " + dir.resolve("missing.jsonl") + System.lineSeparator(), missing.err());
        assertEquals(2, Cli.run("evaluate", "--rules", rules, "--nope").exit());
        Cli.Run run = Cli.run("evaluate", "--rules", Cli.rulesWith(dir.resolve("broken"), "broken.drl").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("broken\\.drl:\\d+:\\d+: .+")), run.err());
    }

    @Test
    void explainAddsWhereTheVerdictChangesAsTheLicenseeGrows() throws IOException {
        List<JsonNode> answers = evaluate(List.of(profile("community-70b", 600_000_000L)), "--explain");

        JsonNode threshold = answers.get(0).path("explanation").path("thresholds").get(0);
        assertEquals("licensee.monthlyActiveUsers", threshold.path("fact").asText());
        assertEquals(700_000_000L, threshold.path("above").asLong());
        assertEquals("DENIED", threshold.path("verdict").asText());
    }
}
