package ai.licensing.api;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.Resolution;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Shows how the catalog reads a model or license name, so teams can check their mappings before they rely on them. */
@Path("/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
public class ResolveResource {

    private final RulesetService rules;

    public ResolveResource(RulesetService rules) {
        this.rules = rules;
    }

    /**
     * @param sent      the name as sent
     * @param matchedBy how it matched; null when it is the canonical id
     * @param license   for a model, the license its rules come from
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Name(String sent, String id, String matchedBy, String license) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(Name model, Name license) {
    }

    @GET
    @Operation(summary = "How a model or license name resolves",
            description = "Either or both of model and license: a catalog id, Hugging Face id, purl, address, Hugging Face "
                    + "license tag, SPDX id, ScanCode key or alias. Answers the canonical id and how it matched; "
                    + "422 with suggestions when nothing matches, 422 listing the matches when several do.")
    public Answer resolve(@QueryParam("model") String model, @QueryParam("license") String license) {
        if (isBlank(model) && isBlank(license)) {
            throw new ProblemException(new Problem("about:blank", "Nothing to resolve", 400,
                    "Send ?model=NAME, ?license=NAME or both.", List.of(new Violation("$.model", "model or license is required")), null));
        }
        Catalog catalog = rules.engine().rules().get().catalog();
        Name modelName = null;
        if (!isBlank(model)) {
            Resolution r = resolved("model", catalog.names().model(model), catalog.modelIds());
            modelName = new Name(model, r.id(), r.matchedBy(), catalog.model(r.id()).orElseThrow().license());
        }
        Name licenseName = null;
        if (!isBlank(license)) {
            Resolution r = resolved("license", catalog.names().license(license), catalog.licenseIds());
            licenseName = new Name(license, r.id(), r.matchedBy(), null);
        }
        return new Answer(modelName, licenseName);
    }

    private static Resolution resolved(String field, Resolution resolution, List<String> knownIds) {
        if (!resolution.resolved()) {
            throw UnknownIdException.unresolved(field, resolution, knownIds);
        }
        return resolution;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
