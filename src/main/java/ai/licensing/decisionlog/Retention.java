package ai.licensing.decisionlog;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Purges decisions older than the retention period from the store, every interval, on a thread of its own. */
public final class Retention implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Retention.class.getName());

    private final DecisionStore store;
    private final Duration keep;
    private final ScheduledExecutorService schedule;

    private Retention(DecisionStore store, Duration keep, Duration every) {
        this.store = store;
        this.keep = keep;
        this.schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "decision-retention");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::purge, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Purges every {@code every}, first after one interval (a restart loop does not purge at each start). */
    public static Retention start(DecisionStore store, Duration keep, Duration every) {
        if (keep.isNegative() || keep.isZero() || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the decision retention and the purge interval must be positive");
        }
        return new Retention(store, keep, every);
    }

    void purge() {
        Instant cutoff = Instant.now().minus(keep);
        try {
            long purged = store.purgeBefore(cutoff);
            if (purged > 0) {
                LOG.log(System.Logger.Level.INFO, "Purged " + purged + " decision record(s) or file(s) from before " + cutoff
                        + " from " + store.description());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not purge old decisions from " + store.description() + "; trying again later", e);
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
