package ai.licensing.api;

import ai.licensing.decisionlog.DecisionWriter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A decision that cannot be stored is not answered: the client gets 503 problem+json with {@code Retry-After}
 * and may send the same profile again (evaluating is free of side effects). Nothing is dropped silently.
 */
public class DecisionLogProblems {

    private static final Logger LOG = Logger.getLogger(DecisionLogProblems.class);
    /** Seconds: a full queue drains in milliseconds once the store keeps up. */
    static final int RETRY_AFTER_FULL = 1;
    /** Seconds: a store that fails usually needs a reconnect or a failover. */
    static final int RETRY_AFTER_FAILED = 5;

    @ServerExceptionMapper
    public Response queueFull(DecisionWriter.QueueFullException e) {
        return unavailable("Decision log busy", "The decision was not given because it could not be queued for the decision log: "
                + e.getMessage() + ". Send the request again.", RETRY_AFTER_FULL);
    }

    @ServerExceptionMapper
    public Response storeFailed(DecisionLogUnavailable e) {
        LOG.warn(e.getMessage());
        return unavailable("Decision log unavailable", "The decision log cannot be written or read now, so no decision is given or "
                + "looked up. Send the request again.", RETRY_AFTER_FAILED);
    }

    private static Response unavailable(String title, String detail, int retryAfterSeconds) {
        Response problem = Problem.of(503, title, detail).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
