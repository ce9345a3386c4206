package ai.licensing.api;

import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.InvalidProfileException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json; nothing a client sends reaches the client as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidProfile(InvalidProfileException e) {
        return invalid(e).toResponse();
    }

    /** The problem document for an invalid profile (also used per element of a batch). */
    public static Problem invalid(InvalidProfileException e) {
        String detail = e.violations().size() == 1
                ? "Invalid usage profile at " + e.violations().get(0)
                : "The usage profile has " + e.violations().size() + " invalid fields: " + e.violations();
        return new Problem("about:blank", "Invalid usage profile", 400, detail, e.violations(), null);
    }

    @ServerExceptionMapper
    public Response unknownId(UnknownIdException e) {
        return unknown(e).toResponse();
    }

    public static Problem unknown(UnknownIdException e) {
        return new Problem("about:blank", "Unknown " + e.field(), 422,
                e.getMessage() + " Known " + e.field() + " ids are listed in knownIds.",
                java.util.List.of(new ai.licensing.model.Violation("$." + e.field(), e.getMessage())), e.knownIds());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.of(status, title, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while answering a request", e);
        return Problem.of(500, "Internal Server Error", "The service could not answer this request; it has been logged.").toResponse();
    }
}
