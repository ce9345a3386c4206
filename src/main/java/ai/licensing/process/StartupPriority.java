package ai.licensing.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the JIT's optimizing compiler (C2) from taking CPU from the start of the service. On two cores C2 took about
 * a quarter of a start's CPU compiling code whose speed matters later, not to being ready; at the lowest priority it
 * gets the CPU the start leaves, and the service was ready 0.3–0.6 s sooner (docs/performance.md, lever 24). The
 * quick compiler (C1), which the start does need, keeps its priority. Once the service is ready every other thread
 * of the process is given the compiler's niceness too, because a thread cannot be given a higher priority again
 * without privileges: the threads then share the process's CPU as they did, and only the process as a whole is
 * nicer to others on the same host (a container's share of the CPU does not depend on it).
 */
public final class StartupPriority {

    private static final System.Logger LOG = System.getLogger(StartupPriority.class.getName());

    /** The lowest priority: a thread at it runs when the others at 0 leave a core free. */
    static final int LOWEST = 19;

    /** The name HotSpot gives its optimizing compiler's threads ("C2 CompilerThread0"), as the kernel keeps it (15 characters). */
    private static final String OPTIMIZING_COMPILER = "C2 CompilerThre";

    /** The service process's, once its optimizing compiler yielded to the start; then evened out once it serves. */
    private static volatile StartupPriority yieldedAtStart;

    private final Path threads;
    private final Niceness niceness;
    private volatile boolean yielded;

    StartupPriority(Path threads, Niceness niceness) {
        this.threads = threads;
        this.niceness = niceness;
    }

    /** The service process's, where threads' niceness can be set (Linux, JDK 22 or later); empty elsewhere. */
    public static Optional<StartupPriority> ofThisProcess() {
        return Optional.ofNullable(ThisProcess.PRIORITY);
    }

    /** Made on first use only: a process that never yields never links {@code setpriority}. */
    private static final class ThisProcess {
        static final StartupPriority PRIORITY = Niceness.ofThisJvm()
                .map(niceness -> new StartupPriority(Path.of("/proc/self/task"), niceness)).orElse(null);
    }

    /** As the service starts: this process's optimizing compiler yields, where it can. */
    public static void yieldAtStart() {
        ofThisProcess().filter(StartupPriority::yieldOptimizingCompiler).ifPresent(yielded -> yieldedAtStart = yielded);
    }

    /** Once the service serves: {@link #evenOut} if the compiler yielded at start; nothing otherwise (tests, dev mode, switched off). */
    public static void evenOutAfterStart() {
        StartupPriority yielded = yieldedAtStart;
        if (yielded != null) {
            yieldedAtStart = null;
            yielded.evenOut();
        }
    }

    /**
     * Puts the optimizing compiler's threads at the lowest priority; tells whether any yielded (then {@link #evenOut}
     * must follow, or they would stay behind for good).
     */
    public boolean yieldOptimizingCompiler() {
        boolean any = false;
        for (Path thread : threads()) {
            if (name(thread).startsWith(OPTIMIZING_COMPILER)
                    && niceness.set(Integer.parseInt(thread.getFileName().toString()), LOWEST)) {
                any = true;
            }
        }
        yielded = any;
        return any;
    }

    /**
     * Once the service is ready: every thread of the process at the compiler's niceness, so that the compiler gets its
     * share again. Threads started meanwhile are found by looking again until none is new (a thread inherits the
     * niceness of the thread that starts it). Does nothing unless the compiler yielded; how many threads it set.
     */
    public int evenOut() {
        if (!yielded) {
            return 0;
        }
        yielded = false;
        Set<String> done = new HashSet<>();
        boolean foundNew = true;
        while (foundNew) {
            foundNew = false;
            for (Path thread : threads()) {
                if (done.add(thread.getFileName().toString())) {
                    foundNew = true;
                    niceness.set(Integer.parseInt(thread.getFileName().toString()), LOWEST);
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "Ready: the optimizing compiler ran at niceness {0} during the start; every thread "
                + "of the service now does ({1} threads), so they share the CPU as before", LOWEST, done.size());
        return done.size();
    }

    private List<Path> threads() {
        try (Stream<Path> listed = Files.list(threads)) {
            return listed.filter(thread -> thread.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).strip();
        } catch (IOException threadEnded) {
            return "";
        }
    }
}
