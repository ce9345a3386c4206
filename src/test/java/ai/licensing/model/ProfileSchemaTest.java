package ai.licensing.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileSchemaTest {

    private static final Path PUBLISHED = Path.of("docs/schemas/profile.json");

    /**
     * docs/ keeps the schema users' editors read; it must be what the registry generates. Run with
     * {@code -Dschemas.write=true} to rewrite it after changing the registry.
     */
    @Test
    void thePublishedSchemaIsTheGeneratedOne() throws IOException {
        String generated = ProfileSchema.text(ProfileLimits.DEFAULT);
        if (Boolean.getBoolean("schemas.write")) {
            Files.writeString(PUBLISHED, generated);
        }
        assertEquals(generated, Files.readString(PUBLISHED), "regenerate with -Dschemas.write=true");
    }

    @Test
    void everyFactIsDescribedAtItsPath() {
        JsonNode schema = ProfileSchema.of(ProfileLimits.DEFAULT);
        for (Fact fact : Fact.values()) {
            JsonNode node = schema.get("properties");
            String[] keys = fact.path().split("\\.");
            for (int i = 0; i < keys.length - 1; i++) {
                node = node.get(keys[i]).get("properties");
            }
            assertEquals(fact.meaning(), node.get(keys[keys.length - 1]).get("description").asText(), fact.path());
        }
        JsonNode kind = schema.at("/properties/modification/properties/trainedModelKind/enum");
        assertEquals("[\"same-family\",\"llm\",\"classifier\",\"other-generative\",null]", kind.toString());
        assertEquals(false, schema.at("/properties/licensee/additionalProperties").asBoolean());
    }
}
