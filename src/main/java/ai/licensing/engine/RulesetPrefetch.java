package ai.licensing.engine;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts compiling the rules folder before the service boots, so that the compile and the start of the HTTP
 * service run side by side instead of one after the other. The service takes the prefetched ruleset only for the
 * folder and compiled rules cache it is configured with; for any other, or when nothing was prefetched, it loads as usual. A file
 * changed in between is picked up by the reloader like any other edit.
 */
public final class RulesetPrefetch {

    private static volatile Pending pending;

    private RulesetPrefetch() {
    }

    private record Pending(Path dir, CompiledRulesCache cache, CompletableFuture<Ruleset> ruleset) {
    }

    public static void start(Path rulesDir, CompiledRulesCache cache) {
        CompletableFuture<Ruleset> ruleset = new CompletableFuture<>();
        Thread compile = new Thread(() -> {
            try {
                ruleset.complete(RulesetLoader.load(rulesDir, cache));
            } catch (RuntimeException | Error e) {
                ruleset.completeExceptionally(e);
            }
        }, "ruleset-prefetch");
        compile.setDaemon(true);
        compile.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        pending = new Pending(normalize(rulesDir), cache, ruleset);
        compile.start();
    }

    /**
     * The prefetched ruleset of this folder and cache (waiting for it if need be), or a fresh load. Errors are the
     * loader's.
     */
    public static Ruleset load(Path rulesDir, CompiledRulesCache cache) {
        Pending taken = pending;
        pending = null;
        if (taken == null) {
            return RulesetLoader.load(rulesDir, cache);
        }
        if (!taken.dir().equals(normalize(rulesDir)) || !taken.cache().sameAs(cache)) {
            // Configured otherwise than the prefetch read it (application.properties): load as configured, once the
            // prefetch is done, and not as a reload of what it compiled, so that the configured cache is the one used.
            taken.ruleset().handle((ruleset, failure) -> null).join();
            KnowledgeBases.forget(taken.dir());
            return RulesetLoader.load(rulesDir, cache);
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
