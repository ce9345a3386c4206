package ai.licensing.engine;

import ai.licensing.model.SourceError;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps {@link CurrentRuleset} in step with the rules folder while the service runs. A change (seen by the
 * folder watch, or by a periodic check of the folder's version where watching misses something) is compiled
 * once the folder has been quiet for the debounce time, so a burst of saves compiles once. Compiling happens
 * on this class's own thread and the result is swapped in whole: no request waits for it, and evaluations in
 * flight finish on the ruleset they took. A folder that does not compile leaves the previous ruleset serving;
 * the failure is logged and kept as {@link #lastAttempt()}.
 */
public final class RulesetReloader implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RulesetReloader.class.getName());

    private final Path dir;
    private final CurrentRuleset current;
    private final Duration debounce;
    private final Function<Path, Ruleset> compiler;
    /** One thread, so checks and compiles never overlap and swaps happen in the order the edits were made. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rules-reload");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    /** The folder version last compiled or tried; only the worker thread touches it. */
    private String lastSeen;
    private volatile ReloadAttempt lastAttempt;
    private final List<Consumer<ReloadAttempt>> listeners = new CopyOnWriteArrayList<>();
    private FolderWatch watch;

    public RulesetReloader(Path dir, CurrentRuleset current, Duration debounce) {
        this(dir, current, debounce, RulesetLoader::load);
    }

    RulesetReloader(Path dir, CurrentRuleset current, Duration debounce, Function<Path, Ruleset> compiler) {
        this.dir = dir.toAbsolutePath();
        this.current = current;
        this.debounce = debounce;
        this.compiler = compiler;
    }

    /** Starts watching the folder, and checking its version every {@code checkInterval} in case a change slips by. */
    public RulesetReloader start(Duration checkInterval) {
        lastSeen = current.get().version();
        watch = FolderWatch.start(dir, this::changed);
        worker.scheduleWithFixedDelay(this::checkVersion, checkInterval.toMillis(), checkInterval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The last reload attempt; empty until the folder first changes. */
    public Optional<ReloadAttempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }

    /** Tells {@code listener} of every reload attempt as it finishes, on the reload thread (metrics count them). */
    public void onAttempt(Consumer<ReloadAttempt> listener) {
        listeners.add(listener);
    }

    /** Something in the folder changed: reload once it has been quiet for the debounce time. */
    synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::reloadIfChanged, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkVersion() {
        if (!folderVersion().equals(lastSeen)) {
            changed();
        }
    }

    /** The version the folder would compile to; an unreadable folder gets a stable marker, so it is tried once, not at every check. */
    private String folderVersion() {
        try {
            return RuleFiles.read(dir).version();
        } catch (RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private void reloadIfChanged() {
        String version = folderVersion();
        if (version.equals(lastSeen)) {
            return; // an edit that changed no rule or catalog file (README, editor swap files), or one already undone
        }
        long start = System.nanoTime();
        try {
            Ruleset next = compiler.apply(dir);
            current.set(next);
            lastSeen = next.version();
            record(ReloadAttempt.Outcome.OK, next.version(), start, List.of());
            LOG.log(System.Logger.Level.INFO, String.format("Reloaded %d rules from %s in %d ms, version %s",
                    next.rules().size(), dir, lastAttempt.durationMillis(), next.version()));
        } catch (RulesetException e) {
            failed(version, start, e.errors());
        } catch (RuntimeException e) {
            // Never let an unexpected failure end the worker: the next edit must still be picked up.
            failed(version, start, List.of(new SourceError(dir.toString(), 0, 0, e.toString())));
        }
    }

    private void failed(String version, long start, List<SourceError> errors) {
        lastSeen = version;
        record(ReloadAttempt.Outcome.FAILED, version, start, errors);
        LOG.log(System.Logger.Level.WARNING, String.format("Reloading %s failed after %d ms; still serving %s:%n%s", dir,
                lastAttempt.durationMillis(), current.get().version(),
                errors.stream().map(SourceError::toString).collect(Collectors.joining("\n"))));
    }

    private void record(ReloadAttempt.Outcome outcome, String version, long start, List<SourceError> errors) {
        lastAttempt = new ReloadAttempt(Instant.now(), outcome, version, current.get().version(),
                (System.nanoTime() - start) / 1_000_000, List.copyOf(errors));
        for (Consumer<ReloadAttempt> listener : listeners) {
            try {
                listener.accept(lastAttempt);
            } catch (RuntimeException e) {
                // A listener must not turn a good reload into a failed one, nor stop the others hearing of it.
                LOG.log(System.Logger.Level.WARNING, "A reload listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        worker.shutdownNow();
    }
}
