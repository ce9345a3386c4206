package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class EvaluationResourceTest {

    /** The contract's section 2 example, with the monthly active users as a parameter. */
    static String llama2Platform(String mau) {
        return """
                {"model":"llama-2-70b-chat",
                 "licensee":{"type":"company","country":"US","monthlyActiveUsers":%s,"annualRevenueUsd":90000000000},
                 "use":{"commercial":true,"purposes":["internal-tools"],"accessMode":"weights","offersAsHostedService":false},
                 "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}
                """.formatted(mau);
    }

    @Test
    void platformAbove700MillionUsersIsDeniedBySection2() {
        given().contentType(ContentType.JSON).body(llama2Platform("900000000"))
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("verdict", equalTo("DENIED"))
                .body("allowed", equalTo(false))
                .body("model", equalTo("llama-2-70b-chat"))
                .body("license", equalTo("llama-2-community"))
                .body("clauses[0].license", equalTo("llama-2-community"))
                .body("clauses[0].section", equalTo("2"))
                .body("clauses[0].effect", equalTo("DENY"))
                .body("clauses[0].reason", containsString("900000000"))
                .body("clauses[0].url", equalTo("https://ai.meta.com/llama/license/"))
                .body("clauses[0].remedy", notNullValue())
                .body("missingFacts", equalTo(java.util.List.of()))
                .body("decisionId", matchesPattern("[0-9a-f-]{36}"))
                .body("evaluatedAt", notNullValue())
                .body("rulesetVersion", startsWith("sha256:"));
    }

    @Test
    void exactly700MillionUsersIsNotOverTheThreshold() {
        given().contentType(ContentType.JSON).body(llama2Platform("700000000"))
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("verdict", equalTo("ALLOWED"))
                .body("clauses.section", not(hasItem("2")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON (path where parsing stopped) | {\"model\": \"llama-2-7b\",       | $.model",
            "wrong type            | {\"model\":\"llama-2-7b\",\"use\":{\"commercial\":\"yes\"}}     | $.use.commercial",
            "unknown field         | {\"model\":\"llama-2-7b\",\"licensee\":{\"monthlyActiveUser\":5}} | $.licensee.monthlyActiveUser",
            "negative MAU          | {\"model\":\"llama-2-7b\",\"licensee\":{\"monthlyActiveUsers\":-1}} | $.licensee.monthlyActiveUsers",
            "unknown purpose       | {\"model\":\"llama-2-7b\",\"use\":{\"purposes\":[\"astrology\"]}} | $.use.purposes[0]",
            "lower-case country    | {\"model\":\"llama-2-7b\",\"licensee\":{\"country\":\"de\"}}  | $.licensee.country",
            "EU as a country       | {\"model\":\"llama-2-7b\",\"licensee\":{\"country\":\"EU\"}}  | $.licensee.country",
            "fractional count      | {\"model\":\"llama-2-7b\",\"licensee\":{\"monthlyActiveUsers\":1.5}} | $.licensee.monthlyActiveUsers",
            "number beyond long    | {\"model\":\"llama-2-7b\",\"licensee\":{\"annualRevenueUsd\":99999999999999999999999}} | $.licensee.annualRevenueUsd",
            "neither model nor license | {\"use\":{\"commercial\":true}}                              | $.model",
    })
    void badInputIsA400ProblemNamingTheField(String what, String body, String path) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("errors.path", hasItem(path));
    }

    @Test
    void emptyBodyIsA400() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).body("model=llama-2-7b")
                .when().post("/v1/evaluations")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void unknownModelIs422WithTheKnownIds() {
        given().contentType(ContentType.JSON).body("{\"model\":\"llama-9\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("knownIds", hasItem("llama-2-70b-chat"))
                .body("detail", containsString("llama-9"));
    }

    @Test
    void unknownLicenseIs422() {
        given().contentType(ContentType.JSON).body("{\"license\":\"gpl-9\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(422).body("knownIds", hasItem("apache-2.0"));
    }

    @Test
    void modelAndLicenseThatDisagreeAre422() {
        given().contentType(ContentType.JSON).body("{\"model\":\"mixtral-8x7b\",\"license\":\"llama-2-community\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(422).body("knownIds", hasItem("apache-2.0"));
    }

    @Test
    void askingForWeightsOfAnApiOnlyModelIsDeniedByTheCatalogClause() {
        given().contentType(ContentType.JSON).body("{\"model\":\"gpt-4o\",\"use\":{\"accessMode\":\"weights\"}}")
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("verdict", equalTo("DENIED"))
                .body("clauses.section", hasItem("catalog.access-mode"))
                .body("clauses.license", everyItem(equalTo("openai-services")));
    }
}
