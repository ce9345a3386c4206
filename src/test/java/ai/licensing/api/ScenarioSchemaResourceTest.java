package ai.licensing.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ScenarioSchemaResourceTest {

    @Test
    void theScenarioSchemaIsServedAsItIsInDocs() throws IOException {
        String served = given().get("/v1/schemas/scenario.json").then().statusCode(200)
                .contentType(ScenarioSchemaResource.MEDIA_TYPE).extract().asString();
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(Path.of("docs/schemas/scenario.json").toFile()), json.readTree(served));
    }
}
