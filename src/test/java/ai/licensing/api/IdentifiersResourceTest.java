package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Aliases on every endpoint that takes a model or license, GET /v1/resolve, and the BOM gate over HTTP. */
@QuarkusTest
class IdentifiersResourceTest {

    static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/bom", name));
    }

    static String bomRequest(String profile, String bom) {
        return "{\"profile\": " + profile + ", \"bom\": " + bom + "}";
    }

    @Test
    void aHuggingFaceIdIsAnsweredWithTheCanonicalIdAndHowItMatched() {
        given().contentType(ContentType.JSON)
                .body(EvaluationResourceTest.llama2Platform("900000000").replace("\"llama-2-70b-chat\"", "\"meta-llama/Llama-2-70b-chat-hf\""))
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("model", equalTo("llama-2-70b-chat"))
                .body("license", equalTo("llama-2-community"))
                .body("verdict", equalTo("DENIED"))
                .body("resolvedFrom.model", equalTo("meta-llama/Llama-2-70b-chat-hf"))
                .body("resolvedFrom.matchedBy", equalTo("huggingface-id"));
    }

    @Test
    void canonicalIdsCarryNoResolvedFrom() {
        given().contentType(ContentType.JSON).body("{\"license\": \"apache-2.0\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("$", not(hasKey("resolvedFrom")));
    }

    @Test
    void licenseTagsAndSpdxIdsResolve() {
        given().contentType(ContentType.JSON).body("{\"license\": \"llama2\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("license", equalTo("llama-2-community"))
                .body("resolvedFrom.license", equalTo("llama2"))
                .body("resolvedFrom.matchedBy", equalTo("hf-tag"));
        given().contentType(ContentType.JSON).body("{\"model\": \"mistralai/Mistral-7B-v0.1\", \"license\": \"Apache-2.0\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(200)
                .body("model", equalTo("mistral-7b-v0.1"))
                .body("license", equalTo("apache-2.0"))
                .body("resolvedFrom.matchedBy", equalTo("huggingface-id"));
    }

    @Test
    void aNearMissIs422WithSuggestions() {
        given().contentType(ContentType.JSON).body("{\"model\": \"meta-llama/Llama-2-70b-chat-h\"}")
                .when().post("/v1/evaluations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Unknown model"))
                .body("errors[0].path", equalTo("$.model"))
                .body("suggestions[0]", equalTo("llama-2-70b-chat"))
                .body("suggestions.size()", org.hamcrest.Matchers.lessThanOrEqualTo(5));
    }

    @Test
    void batchElementsResolveEachOnTheirOwn() {
        given().contentType(ContentType.JSON)
                .body("[{\"model\": \"pkg:huggingface/google/gemma-2-9b@0123abcd\"}, {\"license\": \"not-a-license-at-all\"}]")
                .when().post("/v1/evaluations/batch")
                .then().statusCode(200)
                .body("[0].model", equalTo("gemma-2-9b"))
                .body("[0].resolvedFrom.matchedBy", equalTo("purl"))
                .body("[1].status", equalTo(422))
                .body("[1].errors[0].path", equalTo("$[1].license"));
    }

    @Test
    void resolveShowsHowANameIsRead() {
        given().queryParam("model", "https://huggingface.co/meta-llama/Llama-2-70b-chat-hf")
                .queryParam("license", "LicenseRef-scancode-llama-2-license-2023")
                .when().get("/v1/resolve")
                .then().statusCode(200)
                .body("model.sent", equalTo("https://huggingface.co/meta-llama/Llama-2-70b-chat-hf"))
                .body("model.id", equalTo("llama-2-70b-chat"))
                .body("model.matchedBy", equalTo("url"))
                .body("model.license", equalTo("llama-2-community"))
                .body("license.id", equalTo("llama-2-community"))
                .body("license.matchedBy", equalTo("scancode"));
        given().queryParam("license", "openrail").when().get("/v1/resolve")
                .then().statusCode(422).body("title", equalTo("Unknown license"));
        given().when().get("/v1/resolve").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBomIsAnsweredPerModelWithEveryField() throws IOException {
        given().contentType(ContentType.JSON).body(bomRequest(fixture("platform-profile.json"), fixture("owasp-style-1.6.cdx.json")))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(200)
                .body("verdict", equalTo("DENIED"))
                .body("components", hasSize(3))
                .body("components[0].bomRef", equalTo("pkg:huggingface/meta-llama/Llama-3.1-8B@1.0"))
                .body("components[0].purl", equalTo("pkg:huggingface/meta-llama/Llama-3.1-8B@1.0"))
                .body("components[0].name", equalTo("Llama-3.1-8B"))
                .body("components[0].declaredLicenses", equalTo(java.util.List.of("llama3.1")))
                .body("components[0].resolvedFrom.matchedBy", equalTo("purl"))
                .body("components[0].model", equalTo("llama-3.1-8b"))
                .body("components[0].license", equalTo("llama-3.1-community"))
                .body("components[0]", hasKey("licenseMismatch"))
                .body("components[0].licenseMismatch", nullValue())
                .body("components[0].verdict.verdict", equalTo("DENIED"))
                .body("components[0].problem", nullValue())
                .body("components[1].licenseMismatch[0].declared", equalTo("qwen"))
                .body("components[1].licenseMismatch[0].license", equalTo("qwen-license"))
                .body("components[2].verdict", nullValue())
                .body("components[2].problem.title", equalTo("Model not in the catalog"))
                .body("warnings[0].path", equalTo("$.bom.components[0].licenses[0].license.id"));
    }

    @Test
    void anSpdx3DocumentIsAnsweredToo() throws IOException {
        given().contentType(ContentType.JSON).body(bomRequest("{}", fixture("rag-pipeline.spdx3.jsonld")))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(200)
                .body("components.model", equalTo(java.util.Arrays.asList("llama-3-8b", "deepseek-r1", null)));
    }

    @Test
    void badRequestsNameTheirPath() throws IOException {
        String bom = fixture("support-bot-1.5.cdx.json");
        given().contentType(ContentType.JSON).body(bomRequest("{\"licensee\": {\"country\": \"EU\"}}", bom))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("$.profile.licensee.country"));
        given().contentType(ContentType.JSON).body(bomRequest("{\"model\": \"llama-2-7b\"}", bom))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).body("errors[0].path", equalTo("$.profile.model"));
        given().contentType(ContentType.JSON).body(bomRequest("{}", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\"}"))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).body("title", equalTo("Invalid bill of materials"))
                .body("errors[0].path", equalTo("$.bom.specVersion"));
        given().contentType(ContentType.JSON).body("{\"profile\": {}, \"bom\": " + bom + ", \"boms\": []}")
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).body("errors[0].path", equalTo("$.boms"));
        given().contentType(ContentType.JSON).body("{\"profile\": {}}")
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).body("errors[0].path", equalTo("$.bom"));
        given().contentType(ContentType.JSON).body("{\"profile\": {}, \"bom\": {\"bomFormat\": ")
                .when().post("/v1/evaluations/bom")
                .then().statusCode(400).body("title", equalTo("Malformed BOM request"));
    }

    @Test
    void moreModelsThanABatchIs413() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            components.append(i == 0 ? "" : ",").append("{\"type\":\"machine-learning-model\",\"name\":\"m").append(i).append("\"}");
        }
        given().contentType(ContentType.JSON)
                .body(bomRequest("{}", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[" + components + "]}"))
                .when().post("/v1/evaluations/bom")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("1001 models; at most 1000"));
    }
}
