package ai.licensing.api;

import ai.licensing.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The postgresql store against a real PostgreSQL server (Flyway makes the schema at start), with the licensee's
 * country masked: decisions are stored, listed and looked up; a decision whose country was masked is not
 * replayed (D7), one without a country to hide is.
 */
@QuarkusTest
@TestProfile(PostgresDecisionLogTest.MaskedCountry.class)
class PostgresDecisionLogTest {

    public static class MaskedCountry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("licensing.decision-log.mask", "licensee.country");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class));
        }
    }

    private static String decide(String profile) {
        return given().contentType(ContentType.JSON).body(profile).post("/v1/evaluations").then().statusCode(200)
                .extract().path("decisionId");
    }

    @Test
    void aDecisionIsStoredWithoutTheMaskedFactAndIsNotReplayedFalsely() {
        String id = decide(EvaluationResourceTest.llama2Platform("900000000"));
        given().get("/v1/decisions/" + id).then().statusCode(200)
                .body("decisionId", equalTo(id))
                .body("profile.licensee.country", nullValue())
                .body("profile.licensee.monthlyActiveUsers", equalTo(900000000))
                .body("masked", equalTo(List.of("licensee.country")))
                .body("verdict.verdict", equalTo("DENIED"));
        given().post("/v1/decisions/" + id + "/replay").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("not replayable: licensee.country masked"));
    }

    @Test
    void aDecisionWithNothingToMaskReplaysAndIsListed() {
        String since = java.time.Instant.now().minusMillis(1).toString();
        String id = decide(EvaluationResourceTest.llama2Platform("900000000").replace("\"country\":\"US\",", ""));
        given().post("/v1/decisions/" + id + "/replay").then().statusCode(200).body("changed", equalTo(false));
        given().queryParam("since", since).queryParam("model", "llama-2-70b-chat").get("/v1/decisions").then().statusCode(200)
                .body("decisions.decisionId", equalTo(List.of(id)))
                .body("decisions[0].masked", equalTo(List.of()))
                .body("next", nullValue());
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'decision-log' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'decision-log' }.data.store", equalTo("postgresql"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }
}
