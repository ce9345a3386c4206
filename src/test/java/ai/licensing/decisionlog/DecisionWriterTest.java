package ai.licensing.decisionlog;

import ai.licensing.model.Decision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionWriterTest {

    /** A store that records each append as one batch, and can be held up or made to fail. */
    private static final class RecordingStore implements DecisionStore {
        final List<List<DecisionEntry>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean fail;

        @Override
        public void append(List<DecisionEntry> batch) throws IOException {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new IOException("disk full");
            }
            batches.add(List.copyOf(batch));
        }

        @Override
        public Optional<DecisionRecord> find(String decisionId) {
            return Optional.empty();
        }

        @Override
        public DecisionPage query(DecisionQuery query) {
            return new DecisionPage(List.of(), null);
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            return 0;
        }

        @Override
        public String description() {
            return "recording store";
        }

        @Override
        public void close() {
        }
    }

    private static List<DecisionEntry> one() {
        return List.of(Decisions.made("gemma-2-9b", "gemma-terms", Decision.ALLOWED, Instant.now()));
    }

    @Test
    void whatQueuesWhileAWriteIsUnderWayIsStoredInOneGroupCommitAndOnlyThenAcknowledged() throws Exception {
        RecordingStore store = new RecordingStore();
        try (DecisionWriter writer = new DecisionWriter(store, 100, 512)) {
            CompletableFuture<Void> first = writer.write(one());
            Thread.sleep(100); // the writer takes the first request and waits in the held-up store
            List<CompletableFuture<Void>> queued = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                queued.add(writer.write(one()));
            }
            assertFalse(first.isDone(), "not acknowledged before the store has it");
            store.release.countDown();
            first.get(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertEquals(2, store.batches.size(), "one write for the first request, one for the 20 queued behind it");
            assertEquals(20, store.batches.get(1).size());
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndDropsNothingItAccepted() throws Exception {
        RecordingStore store = new RecordingStore();
        try (DecisionWriter writer = new DecisionWriter(store, 3, 512)) {
            List<CompletableFuture<Void>> accepted = new ArrayList<>();
            accepted.add(writer.write(one()));
            Thread.sleep(100); // taken by the writer, which is held up
            for (int i = 0; i < 3; i++) {
                accepted.add(writer.write(one()));
            }
            assertThrows(DecisionWriter.QueueFullException.class, () -> writer.write(one()));
            store.release.countDown();
            CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertEquals(4, store.batches.stream().mapToInt(List::size).sum());
        }
    }

    @Test
    void aFailedWriteFailsTheRequestsOfItsBatch() throws Exception {
        RecordingStore store = new RecordingStore();
        store.fail = true;
        store.release.countDown();
        try (DecisionWriter writer = new DecisionWriter(store, 10, 512)) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> writer.write(one()).get(10, TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, failure.getCause());
            assertTrue(store.batches.isEmpty());
        }
    }

    @Test
    void closingWritesWhatIsQueued() throws Exception {
        RecordingStore store = new RecordingStore();
        DecisionWriter writer = new DecisionWriter(store, 10, 512);
        List<CompletableFuture<Void>> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(writer.write(one()));
        }
        store.release.countDown();
        writer.close();
        for (CompletableFuture<Void> future : accepted) {
            assertTrue(future.isDone() && !future.isCompletedExceptionally());
        }
        assertEquals(5, store.batches.stream().mapToInt(List::size).sum());
    }
}
