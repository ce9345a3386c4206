package ai.licensing.api;

import ai.licensing.model.ProfileSchema;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * JSON Schemas for what clients and lawyers write, generated from the fact registry with the limits this service
 * enforces; {@code docs/schemas/} keeps a copy with the default limits.
 */
@Path("/v1/schemas")
public class SchemasResource {

    private final ObjectNode profile;

    public SchemasResource(RequestLimits limits) {
        this.profile = ProfileSchema.of(limits.profile());
    }

    @GET
    @Path("/profile.json")
    @Produces({"application/schema+json", "application/json"})
    public ObjectNode profile() {
        return profile;
    }
}
