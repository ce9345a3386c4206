package ai.licensing.api;

import ai.licensing.engine.CurrentRuleset;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.ReloadAttempt;
import ai.licensing.engine.RulesetPrefetch;
import ai.licensing.engine.RulesetReloader;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compiles the rules folder once at start-up (a compile error stops the service with file, line and message),
 * hands the engine to the resources and, unless switched off, keeps the served ruleset in step with the folder.
 */
@Startup
@Singleton
public class RulesetService {

    private static final Logger LOG = Logger.getLogger(RulesetService.class);

    private final Path rulesDir;
    private final DecisionEngine engine;
    private final RulesetReloader reloader;

    public RulesetService(@ConfigProperty(name = "licensing.rules.dir", defaultValue = "rules-drl") Path rulesDir,
                          @ConfigProperty(name = "licensing.rules.watch", defaultValue = "true") boolean watch,
                          @ConfigProperty(name = "licensing.rules.debounce", defaultValue = "100ms") Duration debounce,
                          @ConfigProperty(name = "licensing.rules.check-interval", defaultValue = "5s") Duration checkInterval) {
        this.rulesDir = rulesDir;
        CurrentRuleset current = new CurrentRuleset(RulesetPrefetch.load(rulesDir));
        this.engine = new DecisionEngine(current);
        LOG.infof("Compiled %d rules from %s in %d ms, version %s", current.get().rules().size(),
                rulesDir.toAbsolutePath(), current.get().compileTime().toMillis(), current.get().version());
        this.reloader = watch ? new RulesetReloader(rulesDir, current, debounce).start(checkInterval) : null;
    }

    public DecisionEngine engine() {
        return engine;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public boolean watching() {
        return reloader != null;
    }

    /** The last attempt to reload the folder after a change; empty while nothing changed or when not watching. */
    public Optional<ReloadAttempt> lastReload() {
        return reloader == null ? Optional.empty() : reloader.lastAttempt();
    }

    /** Tells {@code listener} of each reload attempt as it finishes; never called when not watching. */
    public void onReload(Consumer<ReloadAttempt> listener) {
        if (reloader != null) {
            reloader.onAttempt(listener);
        }
    }

    @PreDestroy
    void stopWatching() {
        if (reloader != null) {
            reloader.close();
        }
    }
}
