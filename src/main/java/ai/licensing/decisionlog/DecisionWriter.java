package ai.licensing.decisionlog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes decisions to the store on one thread of its own, so that no request thread (and no event loop) waits for
 * a disk or a database. Requests queue their decisions in a bounded queue and get a future; the writer takes
 * whatever is queued, stores it in one write or transaction (group commit) and then completes every future of the
 * batch. A request answers only when its future completes, so an answer that was sent is a decision that is
 * stored. A full queue refuses at once ({@link QueueFullException}) rather than block a request thread or drop a
 * decision; a failed write fails the futures of its batch.
 */
public final class DecisionWriter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DecisionWriter.class.getName());

    /** Refused: the queue holds as many requests as it may. The caller answers "try again" (503). */
    public static final class QueueFullException extends RuntimeException {
        public QueueFullException(int capacity) {
            super("the decision store is behind: " + capacity + " requests are waiting to be written");
        }
    }

    private record Pending(List<DecisionEntry> entries, CompletableFuture<Void> written) {
    }

    private final DecisionStore store;
    private final BlockingQueue<Pending> queue;
    private final int capacity;
    private final int maxBatch;
    private final Thread thread;
    private volatile boolean closing;

    /**
     * @param capacity how many requests may wait to be written
     * @param maxBatch how many requests one write takes at most
     */
    public DecisionWriter(DecisionStore store, int capacity, int maxBatch) {
        if (capacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("the decision queue and its batches need room for one request at least");
        }
        this.store = store;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "decision-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues one request's decisions; the future completes once all of them are stored.
     *
     * @throws QueueFullException when the queue is full (nothing was queued)
     */
    public CompletableFuture<Void> write(List<DecisionEntry> entries) {
        if (closing) {
            return CompletableFuture.failedFuture(new IllegalStateException("the decision writer is shutting down"));
        }
        Pending pending = new Pending(entries, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new QueueFullException(capacity);
        }
        return pending.written;
    }

    /** How many requests wait to be written. */
    public int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        List<DecisionEntry> entries = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                batch.forEach(p -> entries.addAll(p.entries));
                store(batch, entries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
                entries.clear();
            }
        }
    }

    private void store(List<Pending> batch, List<DecisionEntry> entries) {
        try {
            store.append(entries);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, entries.size() + " decision(s) could not be stored in " + store.description()
                    + "; their requests are answered 503", e);
            batch.forEach(p -> p.written.completeExceptionally(e));
            return;
        }
        batch.forEach(p -> p.written.complete(null));
    }

    /** Stops taking decisions, writes what is queued (waiting up to the timeout) and stops the thread. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        thread.join(TimeUnit.SECONDS.toMillis(30));
        // A request that queued just as the thread stopped is answered, not left waiting.
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        late.forEach(p -> p.written.completeExceptionally(new IllegalStateException("the decision writer has stopped")));
    }
}
