package ai.licensing.engine;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts compiling the rules folder before the service boots, so that the compile and the start of the HTTP
 * service run side by side instead of one after the other. The service takes the prefetched ruleset only for the
 * folder it is configured with; for any other folder, or when nothing was prefetched, it compiles as usual. A file
 * changed in between is picked up by the reloader like any other edit.
 */
public final class RulesetPrefetch {

    private static volatile Pending pending;

    private RulesetPrefetch() {
    }

    private record Pending(Path dir, CompletableFuture<Ruleset> ruleset) {
    }

    public static void start(Path rulesDir) {
        CompletableFuture<Ruleset> ruleset = new CompletableFuture<>();
        Thread compile = new Thread(() -> {
            try {
                ruleset.complete(RulesetLoader.load(rulesDir));
            } catch (RuntimeException | Error e) {
                ruleset.completeExceptionally(e);
            }
        }, "ruleset-prefetch");
        compile.setDaemon(true);
        compile.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        pending = new Pending(normalize(rulesDir), ruleset);
        compile.start();
    }

    /** The prefetched ruleset of this folder (waiting for it if need be), or a fresh compile. Errors are the loader's. */
    public static Ruleset load(Path rulesDir) {
        Pending taken = pending;
        pending = null;
        if (taken == null || !taken.dir().equals(normalize(rulesDir))) {
            return RulesetLoader.load(rulesDir);
        }
        try {
            return taken.ruleset().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path normalize(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
