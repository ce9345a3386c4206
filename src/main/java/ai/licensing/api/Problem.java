package ai.licensing.api;

import ai.licensing.model.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists each bad field by JSON path; {@code knownIds} lists the
 * valid ids when a model or license is unknown, {@code suggestions} the near misses of the name sent, and
 * {@code matches} every catalog entry a name matched when it matched more than one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> errors, List<String> knownIds,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> suggestions,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> matches) {

    public Problem(String type, String title, int status, String detail, List<Violation> errors, List<String> knownIds) {
        this(type, title, status, detail, errors, knownIds, null, null);
    }

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
