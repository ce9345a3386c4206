package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** licensee.agreements over HTTP: a covered clause is INFO; an id the rules do not know is a 400 with its path. */
@QuarkusTest
class AgreementsResourceTest {

    private static String platform(String agreements) {
        return """
                {"model":"llama-2-70b","licensee":{"type":"company","country":"US","monthlyActiveUsers":900000000,"agreements":%s},
                 "use":{"commercial":true,"purposes":["internal-tools"],"accessMode":"weights","offersAsHostedService":false},
                 "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}"""
                .formatted(agreements);
    }

    @Test
    void aLicenseFromMetaCoversSectionTwo() {
        given().contentType(ContentType.JSON).body(platform("[\"llama-2-community:2\"]"))
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("verdict", equalTo("ALLOWED"))
                .body("clauses.find { it.section == '2' }.effect", equalTo("INFO"))
                .body("clauses.find { it.section == '2' }.reason", startsWith("Covered by your separate agreement (llama-2-community:2)"));
    }

    @Test
    void anUnknownAgreementIsA400NamingItsEntry() {
        given().contentType(ContentType.JSON).body(platform("[\"llama-2-community:2\", \"llama-2-community:9\"]"))
                .when().post("/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", hasItem("$.licensee.agreements[1]"));
    }

    @Test
    void inABatchThePathStartsAtTheProfile() {
        given().contentType(ContentType.JSON).body("[" + platform("[]") + "," + platform("[\"no-such-license\"]") + "]")
                .when().post("/v1/evaluations/batch")
                .then().statusCode(200)
                .body("[1].errors.path", hasItem("$[1].licensee.agreements[0]"));
    }
}
