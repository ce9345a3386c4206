package ai.licensing.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request limits and the decision-log mask follow configuration, and every limit is a problem+json answer. */
@QuarkusTest
@TestProfile(ConfiguredLimitsTest.SmallLimits.class)
class ConfiguredLimitsTest {

    static final Path LOG = Path.of("target/decisions-masked.jsonl");

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "64K",
                    "licensing.limits.batch-size", "3",
                    "licensing.limits.max-list-length", "2",
                    "licensing.limits.max-string-length", "20",
                    "licensing.decision-log.path", LOG.toString(),
                    "licensing.decision-log.mask", "licensee.country, modification.derivativeName");
        }
    }

    private static final String PROFILE = HostileRequests.profile(null, null);

    @Test
    void aBodyAboveTheConfiguredSizeIs413ProblemJson() {
        String big = HostileRequests.profile("modification.derivativeName", "\"" + "x".repeat(70_000) + "\"");
        given().contentType(ContentType.JSON).body(big).post("/v1/evaluations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("title", equalTo("Request body too large"))
                .body("detail", containsString("65536"));
    }

    @Test
    void aBatchAboveTheConfiguredSizeIs413() {
        String batch = "[" + String.join(",", Collections.nCopies(4, PROFILE)) + "]";
        given().contentType(ContentType.JSON).body(batch).post("/v1/evaluations/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 3"));
        given().contentType(ContentType.JSON).body("[" + PROFILE + "," + PROFILE + "," + PROFILE + "]")
                .post("/v1/evaluations/batch").then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void listsAndStringsAboveTheConfiguredLengthsAre400WithTheirPath() {
        given().contentType(ContentType.JSON).body(HostileRequests.profile("use.deploymentCountries", "[\"DE\",\"FR\",\"US\"]"))
                .post("/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("$.use.deploymentCountries"))
                .body("errors[0].message", containsString("at most 2"));
        given().contentType(ContentType.JSON).body(HostileRequests.profile("modification.derivativeName", "\"acme-chat-twenty-one-characters\""))
                .post("/v1/evaluations/compare").then().statusCode(400)
                .body("errors[0].path", equalTo("$.modification.derivativeName"))
                .body("errors[0].message", containsString("at most 20"));
    }

    @Test
    void theDecisionLogLeavesOutTheMaskedFields() throws Exception {
        String id = given().contentType(ContentType.JSON).body(PROFILE).post("/v1/evaluations")
                .then().statusCode(200).extract().path("decisionId");
        String line = Files.readAllLines(LOG).stream().filter(l -> l.contains(id)).findFirst().orElseThrow();
        JsonNode profile = new ObjectMapper().readTree(line).get("profile");
        assertNull(profile.at("/licensee/country").textValue(), line);
        assertNull(profile.at("/modification/derivativeName").textValue(), line);
        assertEquals("company", profile.path("licensee").path("type").asText(), "unmasked fields stay");
        assertTrue(line.contains("\"finetunes\":true"), line);
        given().get("/v1/decisions/" + id).then().statusCode(200)
                .body("profile.licensee.country", equalTo(null))
                .body("rulesetVersion", startsWith("sha256:"));
    }
}
