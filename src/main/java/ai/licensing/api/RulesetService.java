package ai.licensing.api;

import ai.licensing.engine.CurrentRuleset;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.RulesetLoader;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * Compiles the rules folder once at start-up (a compile error stops the service with file, line and message)
 * and hands the engine to the resources.
 */
@Startup
@Singleton
public class RulesetService {

    private static final Logger LOG = Logger.getLogger(RulesetService.class);

    private final Path rulesDir;
    private final DecisionEngine engine;

    public RulesetService(@ConfigProperty(name = "licensing.rules.dir", defaultValue = "rules-drl") Path rulesDir) {
        this.rulesDir = rulesDir;
        long start = System.nanoTime();
        CurrentRuleset current = new CurrentRuleset(RulesetLoader.load(rulesDir));
        this.engine = new DecisionEngine(current);
        LOG.infof("Compiled %d rules from %s in %d ms, version %s", current.get().rules().size(),
                rulesDir.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000, current.get().version());
    }

    public DecisionEngine engine() {
        return engine;
    }

    public Path rulesDir() {
        return rulesDir;
    }
}
