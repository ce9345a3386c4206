package ai.licensing.api;

import ai.licensing.model.LicenseeType;
import ai.licensing.model.Vocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The OpenAPI document describes the real requests and answers: clients that generate code from {@code /q/openapi}
 * get the usage profile as the request body, the verdict as the answer and the problem document for errors,
 * never "a binary string".
 */
@QuarkusTest
class OpenApiTest {

    private static final String PROFILE = "#/components/schemas/UsageProfile";
    private static final String VERDICT = "#/components/schemas/Verdict";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private JsonNode at(String operation, String path) {
        String[] parts = operation.split(" ");
        JsonNode node = document.path("paths").path(parts[1]).path(parts[0]);
        assertFalse(node.isMissingNode(), operation + " is not in the document");
        return node.at(path);
    }

    /** The schema itself, following a reference to the document's components. */
    private JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? document.at(ref(schema).substring(1)) : schema;
    }

    private static String ref(JsonNode schema) {
        return schema.path("$ref").asText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"post /v1/evaluations", "post /v1/evaluations/compare"})
    void profileInVerdictOut(String operation) {
        JsonNode body = at(operation, "/requestBody/content/application~1json/schema");
        assertEquals(PROFILE, ref(body), body.toString());
        JsonNode ok = at(operation, "/responses/200/content/application~1json/schema");
        assertEquals(VERDICT, operation.endsWith("compare") ? ref(ok.path("items")) : ref(ok), ok.toString());
    }

    @Test
    void batchTakesAnArrayOfProfilesAndAnswersVerdictsOrProblems() {
        JsonNode body = at("post /v1/evaluations/batch", "/requestBody/content/application~1json/schema");
        assertEquals("array", body.path("type").asText(), body.toString());
        assertEquals(PROFILE, ref(body.path("items")), body.toString());
        JsonNode answers = at("post /v1/evaluations/batch", "/responses/200/content/application~1json/schema");
        assertEquals("array", answers.path("type").asText(), answers.toString());
        JsonNode answer = resolve(answers.path("items"));
        assertEquals(List.of(VERDICT, PROBLEM), answer.path("oneOf").findValuesAsText("$ref"), answer.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "post /v1/evaluations,         400", "post /v1/evaluations,         413", "post /v1/evaluations,         415",
            "post /v1/evaluations,         422", "post /v1/evaluations/batch,   400", "post /v1/evaluations/batch,   413",
            "post /v1/evaluations/compare, 400", "get /v1/licenses/{id},        422", "get /v1/decisions/{id},       404",
    })
    void errorsAreProblemDocuments(String operation, String status) {
        JsonNode problem = at(operation, "/responses/" + status + "/content/application~1problem+json/schema");
        assertEquals(PROBLEM, ref(problem), at(operation, "/responses").toString());
    }

    @Test
    void theProfileSchemaUsesTheIdsClientsSend() {
        JsonNode licensee = resolve(document.at("/components/schemas/UsageProfile/properties/licensee"));
        JsonNode type = resolve(licensee.at("/properties/type"));
        assertEquals(Vocabulary.ids(LicenseeType.class), toList(type.path("enum")), type.toString());
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void nothingIsDescribedAsBinary() {
        assertFalse(document.path("paths").toString().contains("\"binary\""), document.path("paths").toString());
    }

    @Test
    void everyOperationDescribesItsAnswer() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                assertFalse(operation.getValue().path("responses").path("200").path("content").isEmpty(),
                        operation.getKey() + " " + path.getKey() + " has no 200 answer: " + operation.getValue())));
    }
}
