package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The retention runs on its own schedule and purges what is older than the period, here from a file store. */
class RetentionTest {

    @TempDir
    Path dir;

    @Test
    void oldClosedFilesArePurgedOnTheScheduleAndRecentOnesKept() throws Exception {
        try (FileDecisionStore store = FileDecisionStore.open(dir.resolve("decisions.jsonl"), 1, 10, false)) {
            // A size limit of one byte closes the file after every write: three closed files.
            for (int i = 0; i < 3; i++) {
                store.append(List.of(Decisions.made("gemma-2-9b", "gemma-terms", Decision.ALLOWED, Instant.now())));
                Thread.sleep(2); // distinct closing times, distinct names
            }
            List<Path> closed = store.rotated();
            assertEquals(3, closed.size());
            Files.setLastModifiedTime(closed.get(2), FileTime.from(Instant.now().minus(Duration.ofDays(40))));
            try (Retention retention = Retention.start(store, Duration.ofDays(30), Duration.ofMillis(50))) {
                ai.licensing.testing.Eventually.await("the 40-day-old file is purged", Duration.ofSeconds(10),
                        () -> !Files.exists(closed.get(2)));
            }
            assertEquals(closed.subList(0, 2), store.rotated());
        }
    }

    @Test
    void aRetentionOrIntervalThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Retention.start(null, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> Retention.start(null, Duration.ofDays(1), Duration.ofSeconds(-1)));
    }
}
