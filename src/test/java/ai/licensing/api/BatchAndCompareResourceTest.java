package ai.licensing.api;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.VerdictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BatchAndCompareResourceTest {

    private static final String PLATFORM = EvaluationResourceTest.llama2Platform("900000000");
    private static final String SMALL = EvaluationResourceTest.llama2Platform("1000");

    @Inject
    RulesetService rules;

    @Test
    void batchAnswersInOrderWithInvalidElementsAnsweredInPlace() {
        String body = "[" + String.join(",", List.of(
                PLATFORM,
                "{\"model\":\"mixtral-8x7b\"}",
                "{\"model\":\"llama-2-7b\",\"licensee\":{\"monthlyActiveUsers\":-1}}",
                "{\"model\":\"llama-9\"}",
                "\"not a profile\"",
                SMALL,
                "{\"model\":\"llama-2-7b\",\"licensee\":{\"annualRevenueUsd\":99999999999999999999999,\"monthlyActiveUsers\":1.5}}")) + "]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations/batch")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("size()", equalTo(7))
                .body("[0].verdict", equalTo("DENIED"))
                .body("[0].model", equalTo("llama-2-70b-chat"))
                .body("[1].model", equalTo("mixtral-8x7b"))
                .body("[2].status", equalTo(400))
                .body("[2].errors.path", equalTo(List.of("$[2].licensee.monthlyActiveUsers")))
                .body("[2].detail", containsString("$[2].licensee.monthlyActiveUsers"))
                .body("[3].status", equalTo(422))
                .body("[3].errors.path", equalTo(List.of("$[3].model")))
                .body("[3].knownIds", hasItem("llama-2-7b"))
                .body("[4].status", equalTo(400))
                .body("[4].errors.path", equalTo(List.of("$[4]")))
                .body("[5].verdict", equalTo("ALLOWED"))
                .body("[6].status", equalTo(400))
                .body("[6].errors.path[0]", startsWith("$[6].licensee."));
    }

    /** A batch decides its profiles together; each verdict is the one a single evaluation gives, and each is logged. */
    @Test
    void aBatchDecidesEachProfileAsASingleEvaluationWouldAndLogsEachVerdict() throws Exception {
        List<String> models = List.of("llama-2-7b", "gpt-oss-20b", "mixtral-8x7b", "gemma-7b", "llama-2-70b-chat", "gpt-4o");
        List<String> purposes = List.of("military", "customer-support", "research");
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            profiles.add("{\"model\":\"" + models.get(i % models.size()) + "\",\"use\":{\"commercial\":" + (i % 2 == 0)
                    + ",\"purposes\":[\"" + purposes.get(i % purposes.size()) + "\"]}}");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode batch = json.readTree(given().contentType(ContentType.JSON).body("[" + String.join(",", profiles) + "]")
                .when().post("/v1/evaluations/batch").then().statusCode(200).extract().asString());
        assertEquals(profiles.size(), batch.size());
        for (int i = 0; i < profiles.size(); i++) {
            JsonNode alone = json.readTree(given().contentType(ContentType.JSON).body(profiles.get(i))
                    .when().post("/v1/evaluations").then().statusCode(200).extract().asString());
            for (String field : List.of("model", "license", "verdict", "clauses", "missingFacts")) {
                assertEquals(alone.get(field), batch.get(i).get(field), profiles.get(i) + ": " + field);
            }
            given().when().get("/v1/decisions/" + batch.get(i).get("decisionId").asText())
                    .then().statusCode(200).body("verdict.verdict", equalTo(alone.get("verdict").asText()));
        }
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/v1/evaluations/batch")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void moreThan1000ProfilesIs413() {
        String body = "[" + String.join(",", Collections.nCopies(1001, "{\"model\":\"mixtral-8x7b\"}")) + "]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations/batch")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("1000"));
    }

    @Test
    void exactly1000ProfilesAreAnswered() {
        String body = "[" + String.join(",", Collections.nCopies(1000, "{\"model\":\"mixtral-8x7b\"}")) + "]";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluations/batch")
                .then().statusCode(200).body("size()", equalTo(1000));
    }

    @Test
    void aBodyThatIsNotAnArrayIs400() {
        for (String body : List.of(PLATFORM, "", "[{\"model\":\"mixtral-8x7b\"},", "[{\"model\":\"a\",\"model\":\"b\"}]")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/v1/evaluations/batch")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.path", notNullValue());
        }
    }

    @Test
    void compareAnswersOneVerdictPerCatalogModelBestFirst() {
        List<String> verdicts = given().contentType(ContentType.JSON)
                .body("{\"model\":\"ignored\",\"license\":\"ignored too\"," + PLATFORM.substring(PLATFORM.indexOf("\"licensee\"")))
                .when().post("/v1/evaluations/compare")
                .then().statusCode(200)
                .body("size()", equalTo(rules.engine().rules().get().catalog().models().size()))
                .body("model", hasItem("gpt-4o"))
                .body("find { it.model == 'llama-2-70b-chat' }.verdict", equalTo("DENIED"))
                .body("$", everyItem(hasKey("verdict")))
                .body("$", everyItem(hasKey("clauses")))
                .body("$", everyItem(hasKey("missingFacts")))
                .extract().path("verdict");
        List<String> best = List.of("ALLOWED", "CONDITIONAL", "NEEDS_REVIEW", "DENIED");
        for (int i = 1; i < verdicts.size(); i++) {
            assertTrue(best.indexOf(verdicts.get(i - 1)) <= best.indexOf(verdicts.get(i)), "not best first: " + verdicts);
        }
    }

    @Test
    void compareNeedsNoModelButStillRejectsBadInput() {
        given().contentType(ContentType.JSON).body("{\"use\":{\"commercial\":true}}")
                .when().post("/v1/evaluations/compare")
                .then().statusCode(200).body("size()", equalTo(rules.engine().rules().get().catalog().models().size()));
        given().contentType(ContentType.JSON).body("{\"use\":{\"commercial\":\"yes\"}}")
                .when().post("/v1/evaluations/compare")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("$.use.commercial"));
    }

    /** The command line writes verdicts with VerdictJson; the API must write the very same document. */
    @Test
    void theApiWritesVerdictsAsTheCommandLineDoes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode api = (ObjectNode) json.readTree(given().contentType(ContentType.JSON).body(PLATFORM)
                .when().post("/v1/evaluations").then().statusCode(200).extract().asString());
        ObjectNode cli = (ObjectNode) json.readTree(VerdictJson.writer().writeValueAsString(
                rules.engine().evaluate(new ProfileParser().parse(PLATFORM))));
        for (ObjectNode verdict : List.of(api, cli)) {
            assertTrue(verdict.get("evaluatedAt").asText().endsWith("Z"), verdict.toString());
            verdict.remove(List.of("decisionId", "evaluatedAt"));
        }
        assertEquals(cli, api);
        JsonNode first = api.get("clauses").get(0);
        assertEquals("2", first.get("section").asText());
    }
}
