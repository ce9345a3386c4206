package ai.licensing.api;

import ai.licensing.engine.Ruleset;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means a compiled ruleset is serving; the details name its version so replicas can be compared. */
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
        return HealthCheckResponse.named("ruleset").up()
                .withData("version", r.version())
                .withData("rules", r.rules().size())
                .withData("loadedAt", r.loadedAt().toString())
                .build();
    }
}
