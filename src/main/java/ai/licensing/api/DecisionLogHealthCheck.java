package ai.licensing.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.Locale;

/**
 * Ready includes "decisions can be stored": a replica that cannot reach the shared database would answer every
 * evaluation 503, so it leaves the Service until it can. The file store and {@code none} are always up.
 */
@Readiness
@ApplicationScoped
public class DecisionLogHealthCheck implements HealthCheck {

    private final DecisionLog log;

    public DecisionLogHealthCheck(DecisionLog log) {
        this.log = log;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("decision-log")
                .withData("store", log.kind().name().toLowerCase(Locale.ROOT))
                .withData("location", log.description())
                .withData("queued", log.queued());
        try {
            log.check();
            return health.up().build();
        } catch (IOException e) {
            return health.down().withData("error", e.getMessage()).build();
        }
    }
}
