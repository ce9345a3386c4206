package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The explain flag on the three evaluation endpoints (contract section 6.3). */
@QuarkusTest
class ExplainResourceTest {

    @Test
    void anExplainedVerdictSaysWhereTheVerdictChangesAsTheLicenseeGrows() {
        given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("600000000"))
                .when().post("/v1/evaluations?explain=true")
                .then().statusCode(200)
                .body("verdict", notNullValue())
                .body("explanation.thresholds.find { it.fact == 'licensee.monthlyActiveUsers' }.above", equalTo(700000000))
                .body("explanation.thresholds.find { it.fact == 'licensee.monthlyActiveUsers' }.verdict", equalTo("DENIED"))
                .body("explanation.thresholds.find { it.fact == 'licensee.monthlyActiveUsers' }.clauses", hasItem("llama-2-community:2"));
    }

    @Test
    void withoutTheFlagTheVerdictIsAsBefore() {
        given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("600000000"))
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("$", not(hasKey("explanation")));
    }

    @Test
    void anExplainValueOtherThanTrueOrFalseIsABadRequest() {
        given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("1"))
                .when().post("/v1/evaluations?explain=yes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].path", equalTo("explain"));
    }

    @Test
    void batchExplainsEachProfileAndAnswersBadOnesInPlace() {
        String body = "[" + EvaluationResourceTest.llama2Platform("900000000") + ",{\"model\":\"no-such-model\"}]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations/batch?explain=true")
                .then().statusCode(200)
                .body("[0].explanation.changes[0].set", hasItem(java.util.Map.of("fact", "licensee.agreements", "add", "llama-2-community:2")))
                .body("[1].status", equalTo(422));
    }

    @Test
    void compareGivesEachModelItsBestReachableVerdict() {
        given().contentType(ContentType.JSON)
                .body("{\"licensee\":{\"type\":\"company\",\"country\":\"US\",\"monthlyActiveUsers\":1000000},\"use\":{\"commercial\":true,\"purposes\":[\"customer-support\"]}}")
                .when().post("/v1/evaluations/compare?explain=true")
                .then().statusCode(200)
                .body("explanation.bestVerdict", everyItem(notNullValue()))
                .body("model", hasItem("llama-2-70b-chat"));
    }
}
