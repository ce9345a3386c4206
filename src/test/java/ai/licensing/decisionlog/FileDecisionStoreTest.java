package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file store with a small size limit, so that its decisions are spread over rotated files. */
class FileDecisionStoreTest extends DecisionStoreContractTest {

    /** About ten records per file. */
    private static final long MAX_BYTES = 10 * 700;

    @TempDir
    Path dir;

    @Override
    protected DecisionStore open() throws IOException {
        return FileDecisionStore.open(dir.resolve("decisions.jsonl"), MAX_BYTES, 5, true);
    }

    @Test
    void theFileRotatesBySizeIntoTimestampedFilesThatStaySearchable() throws IOException {
        List<Path> rotated = ((FileDecisionStore) store).rotated();
        // Rotated after a group commit that filled the file: the 35-decision commit, then the 15-decision one.
        assertEquals(2, rotated.size(), rotated.toString());
        for (Path file : rotated) {
            assertTrue(file.getFileName().toString().matches("decisions-\\d{8}T\\d{12}Z\\.jsonl"), file.toString());
            assertTrue(Files.size(file) >= MAX_BYTES, "rotated only once full: " + file);
        }
        assertTrue(Files.size(dir.resolve("decisions.jsonl")) < MAX_BYTES);
    }

    @Test
    void purgeDeletesRotatedFilesWrittenBeforeTheCutoffAndKeepsTheActiveOne() throws IOException {
        List<Path> rotated = ((FileDecisionStore) store).rotated();
        Path oldest = rotated.get(rotated.size() - 1);
        Files.setLastModifiedTime(oldest, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        assertEquals(1, store.purgeBefore(Instant.now().minus(Duration.ofDays(7))));
        assertFalse(Files.exists(oldest));
        assertEquals(rotated.size() - 1, ((FileDecisionStore) store).rotated().size());
        assertTrue(Files.exists(dir.resolve("decisions.jsonl")));
        assertTrue(store.find(written.get(59).record().decisionId()).isPresent());
    }

    @Test
    void aReopenedStoreFindsWhatItsPredecessorWrote() throws IOException {
        store.close();
        store = open();
        DecisionEntry more = Decisions.made("gemma-2-9b", "gemma-terms", Decision.CONDITIONAL, Instant.now());
        store.append(List.of(more));
        assertEquals(more.record(), store.find(more.record().decisionId()).orElseThrow());
        assertEquals(written.get(0).record(), store.find(written.get(0).record().decisionId()).orElseThrow());
    }
}
