package ai.licensing.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema of scenario files, for editors that check lawyers' YAML as they type. The file is
 * {@code docs/schemas/scenario.json}, packaged into the jar as it is; its {@code profile} refers to
 * {@code profile.json}, served beside it.
 */
@Path("/v1/schemas/scenario.json")
public class ScenarioSchemaResource {

    static final String MEDIA_TYPE = "application/schema+json";
    private static final byte[] SCHEMA = read("schemas/scenario.json");

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "JSON Schema of scenario files", description = "Scenario files (YAML or JSON) as the test command reads them.")
    @APIResponse(responseCode = "200", description = "A JSON Schema (draft 2020-12)",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public byte[] scenario() {
        return SCHEMA;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ScenarioSchemaResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not packaged");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
