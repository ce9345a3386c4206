package ai.licensing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

/** Out of the box, HTTP can only read rules and catalog, browsers of other origins get no access, and errors are problems. */
@QuarkusTest
class SecurityDefaultsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, /v1/rules", "POST, /v1/rules", "DELETE, /v1/rules",
            "PUT, /v1/licenses", "POST, /v1/licenses", "DELETE, /v1/licenses",
            "PUT, /v1/licenses/mit", "DELETE, /v1/licenses/mit",
            "PUT, /v1/models", "POST, /v1/models", "DELETE, /v1/models",
            "GET, /v1/evaluations", "DELETE, /v1/decisions/x"})
    void nothingChangesRulesOrCatalogOverHttp(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path)
                .then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405)).body("title", not(emptyOrNullString())).body("detail", not(emptyOrNullString()));
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", not(emptyOrNullString()));
        given().contentType(ContentType.JSON).body("{}").post("/nothing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void corsIsOffUnlessConfigured() {
        given().header("Origin", "https://evil.example").get("/v1/models")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/v1/evaluations").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
