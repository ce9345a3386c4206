package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The default file store: decisions stored, looked up, listed and replayed, with no database configured at all. */
@QuarkusTest
class DecisionsResourceTest {

    private static String decide() {
        return given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("900000000"))
                .post("/v1/evaluations").then().statusCode(200).extract().path("decisionId");
    }

    @Test
    void anEvaluationIsLoggedWithItsProfileVerdictAndRulesetVersion() {
        String id = decide();
        given().get("/v1/decisions/" + id).then().statusCode(200)
                .body("decisionId", equalTo(id))
                .body("time", notNullValue())
                .body("rulesetVersion", startsWith("sha256:"))
                .body("profile.licensee.monthlyActiveUsers", equalTo(900000000))
                .body("verdict.decisionId", equalTo(id))
                .body("verdict.verdict", equalTo("DENIED"))
                .body("verdict.clauses[0].section", equalTo("2"));
    }

    @Test
    void replayUnderTheSameRulesChangesNothing() {
        String id = decide();
        given().post("/v1/decisions/" + id + "/replay").then().statusCode(200)
                .body("decisionId", equalTo(id))
                .body("changed", equalTo(false))
                .body("change.oldVerdict", equalTo("DENIED"))
                .body("change.newVerdict", equalTo("DENIED"))
                .body("change.clausesAdded", equalTo(java.util.List.of()))
                .body("change.clausesGone", equalTo(java.util.List.of()))
                .body("logged.decisionId", equalTo(id))
                .body("replayed.decisionId", not(equalTo(id)));
    }

    @Test
    void anUnknownDecisionIsA404Problem() {
        given().get("/v1/decisions/no-such-decision").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-decision"));
        given().post("/v1/decisions/no-such-decision/replay").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theListingPagesThroughMatchingDecisionsNewestFirst() {
        String since = java.time.Instant.now().minusMillis(1).toString();
        String oldest = decide();
        String middle = decide();
        String newest = decide();
        var first = given().queryParam("model", "llama-2-70b-chat").queryParam("verdict", "DENIED").queryParam("since", since)
                .queryParam("limit", 2).get("/v1/decisions").then().statusCode(200).contentType(ContentType.JSON)
                .body("decisions.decisionId", equalTo(java.util.List.of(newest, middle)))
                .body("decisions[0].verdict.verdict", equalTo("DENIED"))
                .body("decisions[0].masked", equalTo(java.util.List.of()))
                .body("next", notNullValue()).extract().<String>path("next");
        given().queryParam("model", "llama-2-70b-chat").queryParam("verdict", "DENIED").queryParam("since", since)
                .queryParam("limit", 2).queryParam("cursor", first).get("/v1/decisions").then().statusCode(200)
                .body("decisions.decisionId", equalTo(java.util.List.of(oldest)))
                .body("next", nullValue());
        given().queryParam("since", since).queryParam("license", "gemma-terms").get("/v1/decisions").then().statusCode(200)
                .body("decisions", equalTo(java.util.List.of()));
    }

    @Test
    void badListingParametersAreA400NamingEachParameter() {
        given().queryParam("verdict", "MAYBE").queryParam("since", "yesterday").queryParam("limit", "0").queryParam("cursor", "###")
                .get("/v1/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItems("verdict", "since", "limit", "cursor"))
                .body("detail", containsString("'MAYBE' is not one of"));
        given().queryParam("since", "2026-11-30T12:00:00Z").queryParam("until", "2026-11-30T11:00:00Z")
                .get("/v1/decisions").then().statusCode(400).body("errors.path", equalTo(java.util.List.of("until")));
        given().queryParam("limit", "1001").get("/v1/decisions").then().statusCode(400).body("errors[0].path", equalTo("limit"));
    }

    @Test
    void theFileStoreIsReadyWithoutAnyDatabase() {
        // No datasource URL is configured for the tests: the service started and serves without one.
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("decision-log"))
                // With no database anywhere, this is UP only because it checks active datasources, and there is none.
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'decision-log' }.data.store", equalTo("file"))
                .body("checks.find { it.name == 'decision-log' }.data.location", containsString("decisions-test.jsonl"));
    }
}
