package ai.licensing.api;

import ai.licensing.engine.CompiledRulesCache;
import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.Consequences;
import ai.licensing.engine.CurrentRuleset;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.ReloadAttempt;
import ai.licensing.engine.RulesetPrefetch;
import ai.licensing.engine.RulesetReloader;
import ai.licensing.model.SourceError;
import ai.licensing.process.StartupPriority;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compiles the rules folder once at start-up (a compile error stops the service with file, line and message),
 * hands the engine to the resources and, unless switched off, keeps the served ruleset in step with the folder and
 * compiles each version's consequences to Java once it serves.
 */
@Startup
@Singleton
public class RulesetService {

    private static final Logger LOG = Logger.getLogger(RulesetService.class);

    private final Path rulesDir;
    private final DecisionEngine engine;
    private final RulesetReloader reloader;
    private final ConsequenceCompiler consequences;

    public RulesetService(@ConfigProperty(name = "licensing.rules.dir", defaultValue = "rules-drl") Path rulesDir,
                          @ConfigProperty(name = "licensing.rules.watch", defaultValue = "true") boolean watch,
                          @ConfigProperty(name = "licensing.rules.debounce", defaultValue = "100ms") Duration debounce,
                          @ConfigProperty(name = "licensing.rules.check-interval", defaultValue = "5s") Duration checkInterval,
                          @ConfigProperty(name = "licensing.rules.compile-consequences", defaultValue = "true") boolean compileConsequences,
                          @ConfigProperty(name = "licensing.rules.cache", defaultValue = "true") boolean cache,
                          @ConfigProperty(name = "licensing.rules.cache-dir") Optional<Path> cacheDir,
                          @ConfigProperty(name = "licensing.rules.cache-shipped-dir") Optional<Path> shippedDir) {
        this.rulesDir = rulesDir;
        CompiledRulesCache compiledRules = CompiledRulesCache.configured(cache, cacheDir,
                compileConsequences ? Consequences.COMPILED : Consequences.INTERPRETED, shippedDir);
        CurrentRuleset current = new CurrentRuleset(RulesetPrefetch.load(rulesDir, compiledRules));
        this.engine = new DecisionEngine(current);
        LOG.infof("%s %d rules from %s in %d ms, version %s", current.get().compiledFromCache() ? "Read the compiled" : "Compiled",
                current.get().rules().size(), rulesDir.toAbsolutePath(), current.get().compileTime().toMillis(), current.get().version());
        this.reloader = watch ? new RulesetReloader(rulesDir, current, debounce).start(checkInterval) : null;
        this.consequences = compileConsequences ? new ConsequenceCompiler(current) : null;
        if (consequences != null) {
            onReload(attempt -> {
                if (!attempt.failed()) {
                    consequences.request();
                }
            });
        }
    }

    /**
     * Once the service answers (Quarkus fires this asynchronously): the optimizing compiler gets its share of the CPU
     * again if it yielded to the start, and the consequences are compiled (before, that would slow the last steps of
     * start-up).
     */
    void onceServing(@ObservesAsync HttpServerStart started) {
        StartupPriority.evenOutAfterStart();
        if (consequences != null) {
            consequences.request();
        }
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

    /** Why the serving version's consequences could not be compiled to Java; empty when they could or are not to be. */
    public List<SourceError> consequencesNotCompiled() {
        return consequences == null ? List.of() : consequences.lastFailure();
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
        if (consequences != null) {
            consequences.close();
        }
    }
}
