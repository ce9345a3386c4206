package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

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
}
