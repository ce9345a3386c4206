package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class DecisionMetricsTest {

    @Test
    void decisionsTimesReloadsAndRulesetVersionAreExported() {
        given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("900000000"))
                .when().post("/v1/evaluations").then().statusCode(200);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(allOf(
                        containsString("licensing_decisions_total{license=\"llama-2-community\",verdict=\"DENIED\"}"),
                        containsString("licensing_decision_time_seconds_bucket{path=\"evaluate\""),
                        containsString("licensing_decision_time_seconds_count{path=\"evaluate\"}"),
                        containsString("licensing_ruleset_reloads_total{outcome=\"failed\"}"),
                        matchesPattern("(?s).*licensing_ruleset\\{version=\"sha256:[0-9a-f]{64}\"} 1\\.0.*")));
    }
}
