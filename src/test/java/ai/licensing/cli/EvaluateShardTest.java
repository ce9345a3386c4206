package ai.licensing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evaluate --shard INDEX/COUNT}: the shards' outputs together are the unsharded output, in order by line. */
class EvaluateShardTest {

    @TempDir
    static Path dir;
    static String rules;
    static Path input;

    @BeforeAll
    static void input() throws IOException {
        rules = Cli.rules(dir.resolve("rules")).toString();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(i % 97 == 5 ? "" : i % 89 == 3 ? "{\"model\":\"nope\"}"
                    : EvaluateCommandTest.profile(i % 2 == 0 ? "community-70b" : "open-7b", 699_999_990L + i * 13L % 20));
        }
        input = Files.write(dir.resolve("profiles.jsonl"), lines);
    }

    private static List<JsonNode> run(String... extra) {
        return Cli.evaluate(rules, input, extra);
    }

    /** What decides an answer: the line and the verdict without its per-decision id and time. */
    private static JsonNode decided(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove(List.of("decisionId", "evaluatedAt"));
        return copy;
    }

    @Test
    void shardsTogetherEqualTheWholeRunInLineOrder() throws IOException {
        List<JsonNode> whole = run();
        int count = 3;
        List<JsonNode> merged = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            List<JsonNode> shard = run("--shard", index + "/" + count);
            for (JsonNode answer : shard) {
                long line = answer.path("line").asLong();
                assertEquals(index, (line - 1) % count, "shard " + index + " answered line " + line);
            }
            merged.addAll(shard);
        }
        merged.sort(Comparator.comparingLong(a -> a.path("line").asLong()));
        assertEquals(whole.size(), merged.size());
        for (int i = 0; i < whole.size(); i++) {
            ObjectNode withoutLine = (ObjectNode) decided(merged.get(i));
            if (!whole.get(i).has("line")) {
                withoutLine.remove("line");
            }
            assertEquals(decided(whole.get(i)), withoutLine, "answer " + i);
        }
    }

    @Test
    void badShardIsAUsageError() {
        for (String bad : List.of("3/3", "-1/2", "1", "a/b", "0/0")) {
            Cli.Run run = Cli.run("evaluate", "--rules", rules, "--in", input.toString(), "--shard", bad);
            assertEquals(2, run.exit(), bad);
            assertTrue(run.err().contains("INDEX/COUNT"), run.err());
        }
    }
}
