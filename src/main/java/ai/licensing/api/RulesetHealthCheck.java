package ai.licensing.api;

import ai.licensing.engine.ReloadAttempt;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.SourceError;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.stream.Collectors;

/**
 * Ready means a compiled ruleset is serving; the details name its version so replicas can be compared. A failed
 * reload keeps the service ready (the previous ruleset still serves) but shows the errors, so it is not missed.
 */
@Readiness
@ApplicationScoped
public class RulesetHealthCheck implements HealthCheck {

    private final RulesetService rules;

    public RulesetHealthCheck(RulesetService rules) {
        this.rules = rules;
    }

    @Override
    public HealthCheckResponse call() {
        Ruleset r = rules.engine().rules().get();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("ruleset").up()
                .withData("version", r.version())
                .withData("rules", r.rules().size())
                .withData("loadedAt", r.loadedAt().toString());
        rules.lastReload().ifPresent(reload -> describe(health, reload));
        return health.build();
    }

    private static void describe(HealthCheckResponseBuilder health, ReloadAttempt reload) {
        health.withData("lastReload", reload.outcome().id()).withData("lastReloadAt", reload.at().toString());
        if (reload.failed()) {
            health.withData("lastReloadErrors", reload.errors().stream().map(SourceError::toString).collect(Collectors.joining("\n")));
        }
    }
}
