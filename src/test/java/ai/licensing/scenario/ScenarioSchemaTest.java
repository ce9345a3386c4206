package ai.licensing.scenario;

import ai.licensing.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario JSON Schema that editors check lawyers' YAML with (docs/schemas/scenario.json) accepts every scenario
 * file of the project and rejects what the scenario reader rejects, so an editor's squiggle and the test command agree.
 */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("docs/schemas/scenario.json").toAbsolutePath();
    /** The profile schema the scenario schema refers to; until it is published, a placeholder that takes any object. */
    private static final Path PROFILE_SCHEMA = SCHEMA.resolveSibling("profile.json");
    private static final Path PLACEHOLDER = Path.of("src/test/resources/testdata/profile-schema-placeholder.json").toAbsolutePath();
    private static JsonSchema schema;

    @BeforeAll
    static void load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> {
            if (!Files.exists(PROFILE_SCHEMA)) {
                builder.schemaMappers(mappers -> mappers.mapPrefix(PROFILE_SCHEMA.toUri().toString(), PLACEHOLDER.toUri().toString()));
            }
        });
        schema = factory.getSchema(SchemaLocation.of(SCHEMA.toUri().toString()));
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        byte[] text = Files.readAllBytes(file);
        JsonNode tree = file.toString().endsWith(".json") ? Json.jsonTree().readTree(text) : Json.yaml().readTree(text);
        return schema.validate(tree);
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema.validate(Json.yaml().readTree(yaml));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioFileFollowsTheSchema() {
        List<Path> files = ScenarioReader.find(List.of(Path.of("scenarios")));
        assertTrue(files.size() > 0);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(),
                () -> assertEquals(Set.of(), validate(file), file.toString())));
    }

    @Test
    void aVerdictThatIsNotOneOfTheFourIsMarkedWhereItIs() throws IOException {
        Set<ValidationMessage> errors = validate(Path.of("src/test/resources/cli/invalid/bad-verdict.yaml"));
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals("$[1].expect.verdict")), errors.toString());
    }

    @Test
    void theProfileIsCheckedByThePublishedProfileSchema() throws IOException {
        Assumptions.assumeTrue(Files.exists(PROFILE_SCHEMA), "docs/schemas/profile.json is not published on this branch yet");
        assertTrue(validate("{ name: x, profile: { model: m, licensee: { monthlyActiveUser: 5 } }, expect: { verdict: DENIED } }").stream()
                .anyMatch(e -> e.getInstanceLocation().toString().startsWith("$.profile.licensee")), "an unknown profile field");
    }

    @Test
    void unknownKeysAndMissingPartsAreErrors() throws IOException {
        assertTrue(validate("{ name: x, profile: { model: m }, expect: { verdict: ALLOWED, clause: [ \"a:1\" ] } }").stream()
                .anyMatch(e -> e.getMessage().contains("clause")), "an unknown key in expect");
        assertTrue(validate("{ name: x, profile: { model: m } }").stream()
                .anyMatch(e -> e.getMessage().contains("expect")), "expect is required");
        assertTrue(validate("{ name: x, profile: { model: m }, expect: { verdict: DENIED, clauses: [ \"no-section\" ] } }").stream()
                .anyMatch(e -> e.getInstanceLocation().toString().equals("$.expect.clauses[0]")), "a clause key needs license:section");
        assertEquals(Set.of(), validate("{ name: x, profile: { model: m }, expect: { verdict: DENIED, clauses: [ \"mit:1\" ], missingFacts: [] } }"));
    }
}
