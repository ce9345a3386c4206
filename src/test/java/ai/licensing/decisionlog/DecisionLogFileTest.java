package ai.licensing.decisionlog;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.SourceError;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionLogFileTest {

    private static final UsageProfile PROFILE = new ProfileParser().parse("""
            {"model":"llama-2-70b-chat","licensee":{"type":"company","monthlyActiveUsers":900000000},
             "use":{"purposes":["general-assistant"]},"modification":{"derivativeName":"line\\nbreak"}}""");

    @TempDir
    Path dir;

    private static final ClauseHit SECTION_2 = new ClauseHit("llama-2-community", "2", "Additional Commercial Terms", Effect.DENY,
            "llama-2-community: licensee above 700M monthly active users", "The licensee has 900000000 monthly active users.",
            "Request a license from Meta before use.", "https://ai.meta.com/llama/license/");

    /** A new decision, made up rather than evaluated, so that writing the log needs no compiled rules. */
    static DecisionRecord decide() {
        Verdict verdict = new Verdict(UUID.randomUUID().toString(), Instant.now(), "sha256:test", PROFILE.model(),
                "llama-2-community", Decision.DENIED, false, List.of(SECTION_2), List.of(), null);
        return DecisionRecord.of(PROFILE, verdict);
    }

    @Test
    void aRecordIsOneLineAndReadsBackWholeAfterReopening() throws IOException {
        Path path = dir.resolve("logs/decisions.jsonl");
        DecisionRecord first = decide();
        DecisionRecord second = decide();
        try (DecisionLogFile log = DecisionLogFile.open(path)) {
            log.append(first);
            log.append(second);
            assertEquals(first, log.find(first.decisionId()).orElseThrow());
        }
        assertEquals(2, Files.readAllLines(path).size(), "a line break inside a value stays escaped");
        try (DecisionLogFile reopened = DecisionLogFile.open(path)) {
            assertEquals(2, reopened.size());
            assertEquals(second, reopened.find(second.decisionId()).orElseThrow());
            assertTrue(reopened.find("no-such-id").isEmpty());
        }
    }

    @Test
    void theIndexHoldsOnlyTheMostRecentDecisionsAndOlderOnesAreReadFromTheFile() throws IOException {
        Path path = dir.resolve("decisions.jsonl");
        List<DecisionRecord> records = new ArrayList<>();
        try (DecisionLogFile log = DecisionLogFile.open(path, 3)) {
            for (int i = 0; i < 7; i++) {
                records.add(decide());
                log.append(records.get(i));
            }
            // A verdict serialized once for the response is logged the same way.
            DecisionRecord spliced = decide();
            log.append(List.of(DecisionEntry.of(spliced, ai.licensing.model.VerdictJson.text(spliced.verdict()))), false);
            records.add(spliced);
            assertEquals(3, log.size(), "bounded, however many decisions were written");
            for (DecisionRecord record : records) {
                assertEquals(record, log.find(record.decisionId()).orElseThrow(), "found, indexed or not");
            }
            assertTrue(log.find(UUID.randomUUID().toString()).isEmpty());
        }
        try (DecisionLogFile reopened = DecisionLogFile.open(path, 3)) {
            assertEquals(3, reopened.size());
            assertEquals(records.get(0), reopened.find(records.get(0).decisionId()).orElseThrow());
            assertEquals(records.get(7), reopened.find(records.get(7).decisionId()).orElseThrow());
        }
    }

    @Test
    void aTornLastLineIsCutOffOnOpenAndAppendingContinuesCleanly() throws IOException {
        Path path = dir.resolve("decisions.jsonl");
        DecisionRecord kept = decide();
        try (DecisionLogFile log = DecisionLogFile.open(path)) {
            log.append(kept);
        }
        long whole = Files.size(path);
        byte[] torn = DecisionRecordJson.line(DecisionEntry.of(decide()));
        Files.write(path, Arrays.copyOf(torn, torn.length / 2), StandardOpenOption.APPEND);

        DecisionRecord next = decide();
        try (DecisionLogFile log = DecisionLogFile.open(path)) {
            assertEquals(whole, Files.size(path), "the torn line is gone");
            assertEquals(1, log.size());
            log.append(next);
            assertEquals(next, log.find(next.decisionId()).orElseThrow());
        }
        List<DecisionRecord> all = readAll(path, new ArrayList<>());
        assertEquals(List.of(kept, next), all);
    }

    @Test
    void readingLeavesTheFileAloneSkipsATornLineAndReportsBadLines() throws IOException {
        Path path = dir.resolve("decisions.jsonl");
        DecisionRecord record = decide();
        byte[] line = DecisionRecordJson.line(DecisionEntry.of(record));
        Files.write(path, line);
        Files.writeString(path, "{\"decisionId\":\"x\",\"profile\":{\"model\":5}}\n{\"half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long size = Files.size(path);

        List<SourceError> errors = new ArrayList<>();
        List<DecisionRecord> records = new ArrayList<>();
        DecisionLogFile.read(path, records::add, errors::add);

        assertEquals(List.of(record), records);
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).line());
        assertEquals(size, Files.size(path));
    }

    /** Every line of the log as a record; fails on any line that is not one. */
    static List<DecisionRecord> readAll(Path path, List<DecisionRecord> into) throws IOException {
        DecisionLogFile.read(path, into::add, error -> {
            throw new AssertionError("not a whole record: " + error);
        });
        return into;
    }
}
