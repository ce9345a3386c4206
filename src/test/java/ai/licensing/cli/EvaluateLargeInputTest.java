package ai.licensing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * 200,000 generated profiles through {@code evaluate}, checked line by line against the input without holding
 * either in memory. Slow, so outside the normal suite: {@code mvn -B test -Dgroups=slow -DexcludedGroups=}.
 * Throughput and peak RSS of the packaged jar: {@code scripts/evaluate-benchmark.sh}.
 */
@Tag("slow")
class EvaluateLargeInputTest {

    private static final int PROFILES = 200_000;

    @Test
    void answersEveryLineInOrder(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("profiles.jsonl");
        Path out = dir.resolve("verdicts.jsonl");
        Process generate = new ProcessBuilder("scripts/generate-profiles.sh", Integer.toString(PROFILES))
                .redirectOutput(in.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertEquals(0, generate.waitFor());

        long start = System.nanoTime();
        Cli.Run run = Cli.run("evaluate", "--in", in.toString(), "--out", out.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, run.exit(), run.err());

        long answers = checkInOrder(in, out);
        System.out.printf("evaluate: %,d answers in %.1f s (rule compilation included), %,.0f profiles/s%n",
                answers, seconds, answers / seconds);
    }

    /** Walks input and output together: each non-blank input line has its answer, for the same model or line. */
    private static long checkInOrder(Path in, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long answers = 0;
        try (BufferedReader input = Files.newBufferedReader(in); BufferedReader output = Files.newBufferedReader(out)) {
            long number = 0;
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode answer = json.readTree(output.readLine());
                answers++;
                if (answer.has("error")) {
                    assertEquals(number, answer.get("line").asLong());
                } else {
                    assertEquals(json.readTree(line).get("model"), answer.get("model"), "line " + number);
                }
            }
            assertNull(output.readLine(), "more answers than profiles");
        }
        return answers;
    }
}
