package ai.licensing.api;

import ai.licensing.catalog.Catalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CatalogResourceTest {

    /** The catalog and rules the service serves, to compare the answers with (never a hard-coded count of legal content). */
    @Inject
    RulesetService served;

    private Catalog catalog() {
        return served.engine().rules().get().catalog();
    }

    @Test
    void modelsListTheCatalogWithLicenseAndAccessModes() {
        given().when().get("/v1/models")
                .then().statusCode(200)
                .body("size()", equalTo(catalog().models().size()))
                .body("id", equalTo(catalog().modelIds()))
                .body("find { it.id == 'gpt-4o' }.license", equalTo("openai-services"))
                .body("find { it.id == 'gpt-4o' }.accessModes", equalTo(java.util.List.of("api")))
                .body("find { it.id == 'llama-3.2-90b-vision' }.provider", equalTo("Meta"))
                .body("find { it.id == 'gpt-oss-20b' }.policies", equalTo(java.util.List.of("gpt-oss-usage-policy")))
                .body("find { it.id == 'deepseek-r1-distill-llama-8b' }.derivedFrom", equalTo("llama-3.1-8b"))
                .body("find { it.id == 'claude-3.5-sonnet' }.retired", equalTo("2025-10-22"))
                .body("find { it.id == 'llama-3.3-70b' }.released", equalTo("2024-12-06"))
                .body("find { it.id == 'llama-3.3-70b' }.huggingface", equalTo(java.util.List.of("meta-llama/Llama-3.3-70B-Instruct")));
    }

    @Test
    void modelsAreSearchedByNameIdOrHuggingFaceId() {
        given().queryParam("q", "deepseek-ai/DeepSeek-R1-Distill-Qwen").when().get("/v1/models")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("deepseek-r1-distill-qwen-1.5b", "deepseek-r1-distill-qwen-7b",
                        "deepseek-r1-distill-qwen-14b", "deepseek-r1-distill-qwen-32b")));
        given().queryParam("q", "  MAVERICK ").when().get("/v1/models")
                .then().statusCode(200).body("id", equalTo(java.util.List.of("llama-4-maverick")));
    }

    @Test
    void modelsAreFilteredByLicenseIncludingExtraPolicies() {
        given().queryParam("license", "llama-4-community").when().get("/v1/models")
                .then().statusCode(200).body("id", equalTo(java.util.List.of("llama-4-scout", "llama-4-maverick", "llama-guard-4-12b")));
        given().queryParam("license", "gpt-oss-usage-policy").when().get("/v1/models")
                .then().statusCode(200).body("id", equalTo(java.util.List.of("gpt-oss-20b", "gpt-oss-120b")));
    }

    @Test
    void filtersCombineAndProviderIgnoresCase() {
        given().queryParam("provider", "anthropic").queryParam("accessMode", "api").queryParam("q", "opus").when().get("/v1/models")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("claude-3-opus", "claude-opus-4", "claude-opus-4.1", "claude-opus-4.5")));
        given().queryParam("provider", "Anthropic").queryParam("accessMode", "weights").when().get("/v1/models")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownAccessModeIs400WithTheParameterNamed() {
        given().queryParam("accessMode", "telepathy").when().get("/v1/models")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", equalTo(java.util.List.of("query.accessMode")))
                .body("detail", org.hamcrest.Matchers.containsString("'telepathy' is not one of [weights, api]"));
    }

    @Test
    void licensesListEveryLicenseWithCategoryAndOsiFlag() {
        given().when().get("/v1/licenses")
                .then().statusCode(200)
                .body("size()", equalTo(catalog().licenseIds().size()))
                .body("id", equalTo(catalog().licenseIds()))
                .body("find { it.id == 'apache-2.0' }.category", equalTo("permissive"))
                .body("find { it.id == 'apache-2.0' }.osiApproved", equalTo(true))
                .body("find { it.id == 'llama-2-community' }.category", equalTo("open-restricted"));
    }

    @Test
    void oneLicenseListsItsClausesAndTheFactsItsRulesRead() {
        given().when().get("/v1/licenses/llama-2-community")
                .then().statusCode(200)
                .body("url", equalTo("https://ai.meta.com/llama/license/"))
                .body("clauses.section", hasItems("1.b.i", "1.b.iii", "1.b.iv", "1.b.v", "2", "aup.2.a", "catalog.access-mode"))
                .body("clauses.findAll { it.section == '2' }.size()", equalTo(1))
                .body("clauses.find { it.section == '2' }.facts", hasItems("licensee.monthlyActiveUsers", "licensee.endUserOnly"))
                .body("facts", hasItems("licensee.monthlyActiveUsers", "use.purposes", "modification.usesOutputsToTrainOtherModels",
                        "compliance.includesLicenseCopy", "use.accessMode"))
                .body("models", hasItem("llama-2-70b-chat"))
                .body("effective", equalTo("2023-07-18"))
                .body("verified.on", equalTo("2026-11-30"));
    }

    @Test
    void aPolicyListsTheModelsThatNameIt() {
        given().when().get("/v1/licenses/gpt-oss-usage-policy")
                .then().statusCode(200)
                .body("models", equalTo(java.util.List.of("gpt-oss-20b", "gpt-oss-120b")))
                .body("clauses.section", hasItem("policy"));
    }

    @Test
    void unknownLicenseIs422WithKnownIds() {
        given().when().get("/v1/licenses/nope")
                .then().statusCode(422).contentType("application/problem+json").body("knownIds", hasItem("mit"));
    }

    @Test
    void rulesShowVersionFilesAndMetadata() {
        given().when().get("/v1/rules")
                .then().statusCode(200)
                .body("version", startsWith("sha256:"))
                .body("files", hasItems("llama-2-community.drl", "catalog/models.yaml"))
                .body("rules.size()", equalTo(served.engine().rules().get().rules().size()))
                .body("rules.findAll { it.line < 1 || !it.section || !it.title || !it.license }", empty())
                .body("rules.find { it.section == '2' && it.license == 'llama-2-community' }.line", greaterThanOrEqualTo(1));
    }

    @Test
    void readinessReportsTheRulesetVersion() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'ruleset' }.data.version", startsWith("sha256:"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/v1/evaluations"));
    }
}
