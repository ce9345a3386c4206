package ai.licensing.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on a pool of threads and hands the results to a sink in input order.
 * At most {@code window} items are in flight: once the window is full, {@link #submit} waits for the oldest
 * result and writes it, so memory stays bounded however long the input is and a slow sink slows the reader.
 */
final class OrderedParallel<I, O> implements AutoCloseable {

    /** Receives results in input order, on the submitting thread. */
    interface Sink<O> {
        void accept(O result) throws IOException;
    }

    private final ExecutorService pool;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Function<I, O> work;
    private final Sink<O> sink;

    OrderedParallel(int threads, int window, Function<I, O> work, Sink<O> sink) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "evaluate-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.window = window;
        this.work = work;
        this.sink = sink;
    }

    void submit(I item) throws IOException, InterruptedException {
        if (inFlight.size() >= window) {
            drainOldest();
        }
        inFlight.add(pool.submit(() -> work.apply(item)));
    }

    /** Waits for every submitted item and hands on its result. */
    void finish() throws IOException, InterruptedException {
        while (!inFlight.isEmpty()) {
            drainOldest();
        }
    }

    private void drainOldest() throws IOException, InterruptedException {
        try {
            sink.accept(inFlight.poll().get());
        } catch (ExecutionException e) {
            // A failure inside the work is a bug, not bad input (bad input is answered in place): stop the run.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
