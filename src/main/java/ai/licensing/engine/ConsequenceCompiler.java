package ai.licensing.engine;

import ai.licensing.model.SourceError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Compiles the consequences of the serving ruleset to Java after each load, on a thread of its own, and swaps the
 * result in ({@link Consequences}). A load or reload serves as soon as its interpreted consequences are compiled, so
 * start-up and reloads are not slowed; decisions get about a fifth faster a few seconds later. The compiled version
 * is the same version from the same files: it replaces the interpreted one only while that one is still serving,
 * so a reload in between is never undone. When a consequence is not valid Java, the interpreted one keeps serving
 * (its verdicts are the same) and the reason is logged and kept as {@link #lastFailure()}. A version read from the
 * {@link CompiledRulesCache} at start is compiled again from its files the same way: the cache makes a start ready
 * sooner, and a few seconds later the service serves a compile of its files again; it then runs the compile a
 * reload runs once, which a start from the cache skipped, so that the first reload does not pay for its warm-up.
 */
public final class ConsequenceCompiler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ConsequenceCompiler.class.getName());
    private static final int WARM_UP_COMPILES = 3;

    private final CurrentRuleset current;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rules-compile-consequences");
        thread.setDaemon(true);
        return thread;
    });
    /** A request is waiting to run; further requests until it starts join it (it compiles whatever serves then). */
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile List<SourceError> lastFailure = List.of();
    /** Whether this service has warmed up its reloads: once, after the first version it compiled the consequences of. */
    private final AtomicBoolean reloadsWarmedUp = new AtomicBoolean();

    public ConsequenceCompiler(CurrentRuleset current) {
        this.current = current;
    }

    /** Compiles the consequences of whatever version serves when the worker gets to it, unless they already are (from its files). */
    public void request() {
        if (requested.compareAndSet(false, true)) {
            worker.execute(this::compileServing);
        }
    }

    /** Why the consequences of the last version tried could not be compiled; empty when they could. */
    public List<SourceError> lastFailure() {
        return lastFailure;
    }

    private void compileServing() {
        requested.set(false);
        Ruleset serving = current.get();
        if (serving.sessions().bases().consequencesCompiledFromFiles()) {
            return;
        }
        long start = System.nanoTime();
        try {
            List<SourceError> errors = new ArrayList<>();
            Optional<Ruleset> compiled = compile(serving, errors);
            lastFailure = List.copyOf(errors);
            if (compiled.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, String.format("The consequences of %s stay interpreted (same verdicts, slower): "
                        + "they do not compile as Java:%n%s", serving.version(),
                        errors.stream().map(SourceError::toString).collect(Collectors.joining("\n"))));
            } else if (current.replace(serving, compiled.get())) {
                KnowledgeBases.replace(Path.of(serving.source()), serving.sessions().bases(), compiled.get().sessions().bases());
                LOG.log(System.Logger.Level.INFO, String.format("Compiled the consequences of %s to Java in %d ms; decisions run on them now",
                        serving.version(), (System.nanoTime() - start) / 1_000_000));
                if (reloadsWarmedUp.compareAndSet(false, true)) {
                    warmUpReloads(compiled.get());
                }
            }
        } catch (RuntimeException e) {
            if (worker.isShutdown()) {
                return; // the service is stopping, which interrupted the compile
            }
            // Never let an unexpected failure end the worker: the interpreted version serves, and the next load asks again.
            lastFailure = List.of(new SourceError(serving.source(), 0, 0, e.toString()));
            LOG.log(System.Logger.Level.WARNING, "Compiling the consequences of " + serving.version() + " failed", e);
        }
    }

    /**
     * After a start, the compile a reload runs, {@value #WARM_UP_COMPILES} times and dropped, so that the first reloads do
     * not warm it up: a start from the cache never ran it, and a start that compiled the files ran it once, cold (the JIT
     * needs several compiles: docs/performance.md, lever 15).
     */
    private void warmUpReloads(Ruleset serving) {
        long start = System.nanoTime();
        try {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP_COMPILES && !worker.isShutdown(); i++) {
                long compile = System.nanoTime();
                serving.sessions().bases().warmUpReloads();
                millis.add((System.nanoTime() - compile) / 1_000_000);
            }
            LOG.log(System.Logger.Level.INFO, String.format("Warmed up reloads in %d ms (compiles of %s ms)",
                    (System.nanoTime() - start) / 1_000_000, millis.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        } catch (RuntimeException e) {
            if (!worker.isShutdown()) {
                LOG.log(System.Logger.Level.INFO, "Warming up reloads failed (the first reload will be slower): " + e);
            }
        }
    }

    /**
     * The same version with its consequences compiled to Java from its files; empty with {@code errors} filled when
     * one is not valid Java. A version whose consequences already are compiled from its files is returned as it is.
     */
    public static Optional<Ruleset> compile(Ruleset ruleset, List<SourceError> errors) {
        KnowledgeBases bases = ruleset.sessions().bases();
        if (bases.consequencesCompiledFromFiles()) {
            return Optional.of(ruleset);
        }
        KnowledgeBases compiled = bases.withCompiledConsequences(errors);
        return compiled == null ? Optional.empty() : Optional.of(ruleset.runningIn(ruleset.sessions().over(compiled)));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
