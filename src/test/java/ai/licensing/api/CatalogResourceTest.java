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
                .body("find { it.id == 'llama-3.2-90b-vision' }.provider", equalTo("Meta"));
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
