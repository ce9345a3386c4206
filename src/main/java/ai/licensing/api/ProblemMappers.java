package ai.licensing.api;

import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.Violation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Every error leaves as problem+json; nothing a client sends reaches the client as a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidProfile(InvalidProfileException e) {
        return invalid(e).toResponse();
    }

    /** The problem document for an invalid profile. */
    public static Problem invalid(InvalidProfileException e) {
        return invalid(e, "$");
    }

    /** The same for a profile found at {@code root} of a larger document (a batch element, {@code $[3]}). */
    public static Problem invalid(InvalidProfileException e, String root) {
        List<Violation> violations = e.violations().stream().map(v -> v.under(root)).toList();
        String detail = violations.size() == 1
                ? "Invalid usage profile at " + violations.get(0)
                : "The usage profile has " + violations.size() + " invalid fields: " + violations;
        return new Problem("about:blank", "Invalid usage profile", 400, detail, violations, null);
    }

    @ServerExceptionMapper
    public Response unknownId(UnknownIdException e) {
        return unknown(e).toResponse();
    }

    public static Problem unknown(UnknownIdException e) {
        return unknown(e, "$");
    }

    /** The same for a profile found at {@code root} of a larger document. */
    public static Problem unknown(UnknownIdException e, String root) {
        String title = e.matches().isEmpty() ? "Unknown " + e.field() : "Ambiguous " + e.field();
        return new Problem("about:blank", title, 422,
                e.getMessage() + " Known " + e.field() + " ids are listed in knownIds.",
                List.of(new Violation(root + "." + e.field(), e.getMessage())), e.knownIds(), e.suggestions(), e.matches());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
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
