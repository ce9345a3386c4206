package ai.licensing.decisionlog;

import ai.licensing.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 in the middle of appending: once the log is opened again, it holds whole records only, and all of them. */
class DecisionLogKillTest {

    private static final int RECORDS_BEFORE_KILL = 2000;

    @TempDir
    Path dir;

    @Test
    void aLogWrittenUntilKillNineHoldsOnlyWholeRecords() throws Exception {
        Path path = dir.resolve("decisions.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppendUntilKilled.class.getName(), path.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile()).start();
        try {
            Eventually.await("the child appends " + RECORDS_BEFORE_KILL + " records", Duration.ofSeconds(60),
                    () -> child.isAlive() && lines(path) >= RECORDS_BEFORE_KILL);
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
            child.waitFor();
        }

        // Linux may cut a write short when the process is killed (it checks for a fatal signal between pages), so the
        // last record can be torn on disk; reading skips it and opening the log cuts it off.
        byte[] raw = Files.readAllBytes(path);
        int wholeLength = lastNewline(raw) + 1;
        List<DecisionRecord> records = DecisionLogFileTest.readAll(path, new ArrayList<>());
        assertTrue(records.size() >= RECORDS_BEFORE_KILL, records.size() + " records");
        try (DecisionLogFile reopened = DecisionLogFile.open(path)) {
            assertEquals(records.size(), reopened.size());
            DecisionRecord last = records.get(records.size() - 1);
            assertEquals(last, reopened.find(last.decisionId()).orElseThrow());
        }
        byte[] repaired = Files.readAllBytes(path);
        assertEquals(wholeLength, repaired.length, "the log keeps every whole record and nothing of a torn one");
        assertTrue(Arrays.equals(raw, 0, wholeLength, repaired, 0, wholeLength), "the whole records are left as they were");
    }

    private static int lastNewline(byte[] bytes) {
        int i = bytes.length - 1;
        while (i >= 0 && bytes[i] != '\n') {
            i--;
        }
        return i;
    }

    private static long lines(Path path) {
        try (var lines = Files.lines(path)) {
            return lines.count();
        } catch (IOException e) {
            return 0; // not created yet
        }
    }
}
