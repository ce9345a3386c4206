package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FactsResourceTest {

    @Test
    void factsListTheRegistryWithTypesValuesAndWhoControlsThem() {
        given().when().get("/v1/facts")
                .then().statusCode(200)
                .body("size()", equalTo(ai.licensing.model.Fact.values().length))
                .body("find { it.path == 'modification.trainedModelKind' }.type", equalTo("enum"))
                .body("find { it.path == 'modification.trainedModelKind' }.values",
                        equalTo(List.of("same-family", "llm", "classifier", "other-generative")))
                .body("find { it.path == 'licensee.termsAcceptedOn' }.type", equalTo("date"))
                .body("find { it.path == 'licensee.agreements' }.type", equalTo("string-list"))
                .body("find { it.path == 'licensee.agreements' }.controlled", equalTo(true))
                .body("find { it.path == 'licensee.country' }.controlled", equalTo(false))
                .body("find { it.path == 'use.purposes' }.values.size()", equalTo(34));
    }

    @Test
    void theProfileSchemaIsServed() {
        given().when().get("/v1/schemas/profile.json")
                .then().statusCode(200)
                .body("$id", equalTo("profile.json"))
                .body("properties.use.properties.disclosesAI.type", equalTo(List.of("boolean", "null")))
                .body("properties.licensee.properties.termsAcceptedOn.format", equalTo("date"));
    }
}
