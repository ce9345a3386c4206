package ai.licensing.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers bodies above {@code quarkus.http.limits.max-body-size} with a 413 problem document. Quarkus's own check
 * (route order -2) answers the same status with an empty body, which breaks the contract that every error is
 * problem+json; this one runs just before it. A body sent without a length (chunked) that grows too large is
 * failed by the HTTP layer while it is read; {@link #problemForFailure} gives that failure the same answer.
 */
@Singleton
public class BodySizeLimit {

    /** Just before Quarkus's upload limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;
    private static final int TOO_LARGE = 413;

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        long limit = max.asLongValue();
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > limit) {
                // The body is never read, so the connection cannot be reused for another request.
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                ctx.response().endHandler(done -> ctx.request().connection().close());
                send(ctx, limit);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == TOO_LARGE && !ctx.response().headWritten()) {
                send(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // not ours to judge: the HTTP layer rejects a malformed length itself
        }
    }

    private static void send(RoutingContext ctx, long limit) {
        Problem problem = Problem.of(TOO_LARGE, "Request body too large",
                "The request body is larger than " + limit + " bytes (quarkus.http.limits.max-body-size); send less per request, "
                        + "for example several smaller batches.");
        ctx.response().setStatusCode(TOO_LARGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE.toString())
                .end(Json.encode(problem));
    }
}
