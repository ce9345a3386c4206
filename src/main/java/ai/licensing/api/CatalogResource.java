package ai.licensing.api;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.Model;
import ai.licensing.catalog.ModelQuery;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.AccessMode;
import ai.licensing.model.Violation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The model and license catalogs, each license with its clauses and the facts its rules read. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final RulesetService rules;

    public CatalogResource(RulesetService rules) {
        this.rules = rules;
    }

    /** The catalog, or the models that match every given filter (the page's model picker searches here). */
    @GET
    @Path("/models")
    public List<Model> models(@QueryParam("q") String q, @QueryParam("license") String license,
                              @QueryParam("provider") String provider, @QueryParam("accessMode") String accessMode) {
        ModelQuery query = new ModelQuery(q, license, provider, accessMode(accessMode));
        return query.in(rules.engine().rules().get().catalog().allModels());
    }

    private static AccessMode accessMode(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return AccessMode.of(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(new Problem("about:blank", "Bad query parameter", 400,
                    "accessMode " + e.getMessage() + ".", List.of(new Violation("query.accessMode", e.getMessage())), null));
        }
    }

    @GET
    @Path("/licenses")
    public List<LicenseView> licenses() {
        Ruleset ruleset = rules.engine().rules().get();
        return ruleset.catalog().licenses().values().stream().map(l -> LicenseView.of(l, ruleset)).toList();
    }

    @GET
    @Path("/licenses/{id}")
    @APIResponse(responseCode = "200", description = "The license with its clauses and the facts its rules read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LicenseView.class)))
    @APIResponse(responseCode = "422", description = "Unknown license: knownIds lists the valid ids",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LicenseView license(@PathParam("id") String id) {
        Ruleset ruleset = rules.engine().rules().get();
        Catalog catalog = ruleset.catalog();
        return catalog.license(id).map(l -> LicenseView.of(l, ruleset))
                .orElseThrow(() -> new UnknownIdException("license", "Unknown license '" + id + "'.", catalog.licenseIds()));
    }
}
