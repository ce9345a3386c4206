package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * D6: with the decision log on /dev/stdout (a pipe here, as in a container) the service starts, answers, and
 * writes each decision there; it never reads its own stdout. Looking a decision up says why it cannot.
 */
@QuarkusTest
@TestProfile(StdoutDecisionLogTest.Stdout.class)
class StdoutDecisionLogTest {

    public static class Stdout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("licensing.decision-log.path", "/dev/stdout");
        }
    }

    @Test
    void decisionsGoToStdoutAndCannotBeLookedUp() {
        String id = given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("900000000"))
                .post("/v1/evaluations").then().statusCode(200).extract().path("decisionId");
        given().get("/v1/decisions/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/dev/stdout"));
        given().get("/v1/decisions").then().statusCode(404).body("detail", containsString("cannot be searched"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'decision-log' }.data.location", containsString("a stream"));
        given().get("/q/health/ready").then().body("status", equalTo("UP"));
    }
}
