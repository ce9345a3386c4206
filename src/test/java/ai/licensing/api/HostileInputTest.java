package ai.licensing.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing a client sends may produce a 500: 1,200 generated bad requests (same seed, same requests every run)
 * must each be answered 4xx problem+json that names the problem without leaking the server's insides.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 7;
    private static final int REQUESTS = 1_200;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Signs of server internals in an answer: stack frames, Java class names, paths on the server. */
    private static final Pattern LEAK = Pattern.compile("at ai\\.licensing|/work/|Exception|java\\.|com\\.fasterxml|\\.java:");
    /** Sent as they are: the default charset RestAssured would append is a request of its own, not the one generated. */
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void everyBadRequestIsAProblemNamingItAndTheServiceStillAnswers() {
        List<HostileRequests.Bad> requests = new HostileRequests(SEED).generate(REQUESTS);
        List<String> failures = new ArrayList<>();
        java.util.Map<String, Long> millis = new java.util.TreeMap<>();
        for (HostileRequests.Bad bad : requests) {
            long start = System.nanoTime();
            Response response = send(bad);
            millis.merge(bad.kind(), (System.nanoTime() - start) / 1_000_000, Long::sum);
            String failure = check(bad, response);
            if (failure != null) {
                failures.add(failure + " ← " + bad);
            }
        }
        System.out.println("Milliseconds per kind of bad request: " + millis);
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 25)), failures.size() + " of " + REQUESTS + " answers were wrong");

        given().contentType(ContentType.JSON).body(EvaluationResourceTest.llama2Platform("900000000"))
                .post(HostileRequests.EVALUATE).then().statusCode(200).body("verdict", equalTo("DENIED"));
    }

    private static Response send(HostileRequests.Bad bad) {
        RequestSpecification request = given().config(RAW).body(bad.body());
        if (bad.contentType() != null) {
            request.contentType(bad.contentType());
        }
        return request.post(bad.endpoint());
    }

    /** What is wrong with the answer, or null when it is right. */
    static String check(HostileRequests.Bad bad, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        if (LEAK.matcher(body).find()) {
            return status + " leaks server internals: " + abbreviate(body);
        }
        // A well-formed batch with a bad element answers 200 with that element's own problem (contract, section 3).
        if (status == 200 && bad.endpoint().equals(HostileRequests.BATCH)) {
            return checkElements(bad, body);
        }
        if (status < 400 || status > 499) {
            return "status " + status + ": " + abbreviate(body);
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return status + " with content type '" + response.contentType() + "': " + abbreviate(body);
        }
        return checkProblem(read(body), status, bad.names());
    }

    private static String checkElements(HostileRequests.Bad bad, String body) {
        JsonNode answers = read(body);
        if (answers == null || !answers.isArray() || answers.isEmpty()) {
            return "200 without an answer per element: " + abbreviate(body);
        }
        JsonNode first = answers.get(0);
        return checkProblem(first, first.path("status").asInt(), bad.names());
    }

    private static String checkProblem(JsonNode problem, int status, String names) {
        if (problem == null || problem.path("title").asText().isBlank() || problem.path("detail").asText().isBlank()
                || problem.path("status").asInt() != status || status < 400 || status > 499) {
            return status + " is not a problem document with title, status and detail: " + problem;
        }
        if (names != null && StreamSupport.stream(problem.path("errors").spliterator(), false)
                .noneMatch(e -> e.path("path").asText().startsWith(names))) {
            return status + " does not name " + names + ": " + abbreviate(problem.toString());
        }
        return null;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
