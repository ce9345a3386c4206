package ai.licensing.api;

import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lawyers edit the rules folder of a running service: edits serve within seconds, broken edits never serve. */
@QuarkusTest
@TestProfile(RulesReloadTest.CopyOfRules.class)
class RulesReloadTest {

    /** The service runs on a copy of the minimal test rules that these tests edit. */
    public static class CopyOfRules implements QuarkusTestProfile {

        static final Path DIR = copy();

        private static Path copy() {
            try {
                return RulesCopy.into(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "reload-rules-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Absolute, so that the packaged service RulesReloadIT starts reads the same folder whatever its working directory.
            return Map.of("licensing.rules.dir", DIR.toAbsolutePath().toString());
        }
    }

    private static final Path COMMUNITY = CopyOfRules.DIR.resolve("community-demo.drl");
    private static final Path PERMISSIVE = CopyOfRules.DIR.resolve("permissive-demo.drl");
    private static final String PLATFORM_600M = """
            {"model":"community-70b","licensee":{"type":"company","country":"US","monthlyActiveUsers":600000000},
             "use":{"commercial":true,"purposes":["general-assistant"],"accessMode":"weights","offersAsHostedService":false},
             "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""";

    @TestHTTPResource("/v1/evaluations")
    URI evaluations;

    @Test
    void aLoweredThresholdServesWithinFiveSecondsWithNoFailedRequestDuringTheReload() throws Exception {
        String original = Files.readString(COMMUNITY);
        String before = evaluate(PLATFORM_600M, "ALLOWED").getString("rulesetVersion");
        String decisionId = evaluate(PLATFORM_600M, "ALLOWED").getString("decisionId");
        try (Load load = new Load(evaluations, PLATFORM_600M, 3)) {
            Thread.sleep(300);
            RulesCopy.replace(COMMUNITY, "monthlyActiveUsersAbove( 700000000 )", "monthlyActiveUsersAbove( 500000000 )");
            Duration took = Eventually.await("the lowered threshold denies 600M users", Duration.ofSeconds(5),
                    () -> "DENIED".equals(verdictOf(PLATFORM_600M)));
            System.out.printf("Edit to serving verdict: %d ms (compile %s ms)%n", took.toMillis(),
                    given().get("/v1/rules").path("lastReload.durationMillis"));
            Thread.sleep(300);

            load.stop();
            assertEquals(List.of(), load.failures(), "no request failed during the reload");
            assertTrue(load.answers() > 0);
            String after = given().get("/v1/rules").path("version");
            assertEquals(List.of(), load.mixed(before, after), "every verdict is the one of the version it names");

            given().post("/v1/decisions/" + decisionId + "/replay").then().statusCode(200)
                    .body("changed", equalTo(true))
                    .body("change.oldVerdict", equalTo("ALLOWED"))
                    .body("change.newVerdict", equalTo("DENIED"))
                    .body("change.oldRulesetVersion", equalTo(before))
                    .body("change.newRulesetVersion", equalTo(after))
                    .body("change.clausesAdded.section", equalTo(List.of("2")))
                    .body("change.clausesGone", equalTo(List.of()));
        } finally {
            Files.writeString(COMMUNITY, original);
            Eventually.await("the original rules serve again", Duration.ofSeconds(10), () -> "ALLOWED".equals(verdictOf(PLATFORM_600M)));
        }
    }

    @Test
    void theConsequencesOfEachServedVersionAreCompiledToJavaSoonAfter() throws Exception {
        Eventually.await("the start-up version's consequences compiled", Duration.ofSeconds(60),
                () -> "compiled".equals(given().get("/v1/rules").path("consequences")));
        String original = Files.readString(PERMISSIVE);
        String before = given().get("/v1/rules").path("version");
        try {
            RulesCopy.replace(PERMISSIVE, "gives every recipient a copy of the license.", "gives every recipient the license text.");
            Eventually.await("the edit compiled", Duration.ofSeconds(60), () -> {
                String version = given().get("/v1/rules").path("version");
                return !before.equals(version) && "compiled".equals(given().get("/v1/rules").path("consequences"));
            });
            given().get("/v1/rules").then().statusCode(200).body("consequencesNotCompiled", equalTo(List.of()));
        } finally {
            Files.writeString(PERMISSIVE, original);
            Eventually.await("the original rules serve again", Duration.ofSeconds(10),
                    () -> before.equals(given().get("/v1/rules").path("version")));
        }
    }

    @Test
    void aSyntaxErrorKeepsTheOldVerdictsServingAndRulesReportTheFileAndLine() throws Exception {
        String original = Files.readString(PERMISSIVE);
        // The pattern after "when" is pushed down a line by the inserted one, and the parser stops there.
        int brokenLine = RulesCopy.lineOf(PERMISSIVE, "when") + 2;
        String served = given().get("/v1/rules").path("version");
        try {
            RulesCopy.replace(PERMISSIVE, "when\n", "when\n    $u : Usage( license == \"permissive-demo\"\n");
            Eventually.await("the failed reload is reported", Duration.ofSeconds(10),
                    () -> "failed".equals(given().get("/v1/rules").path("lastReload.outcome")));

            given().get("/v1/rules").then().statusCode(200)
                    .body("version", equalTo(served))
                    .body("watching", equalTo(true))
                    .body("lastReload.at", not(emptyString()))
                    .body("lastReload.serving", equalTo(served))
                    .body("lastReload.errors[0].file", equalTo("permissive-demo.drl"))
                    .body("lastReload.errors[0].line", equalTo(brokenLine))
                    .body("lastReload.errors[0].column", greaterThan(0))
                    .body("lastReload.errors[0].message", containsString("mismatched input"));
            assertEquals(served, evaluate(PLATFORM_600M, "ALLOWED").getString("rulesetVersion"));
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'ruleset' }.data.lastReload", equalTo("failed"))
                    .body("checks.find { it.name == 'ruleset' }.data.lastReloadErrors", containsString("permissive-demo.drl:" + brokenLine + ":"));
        } finally {
            Files.writeString(PERMISSIVE, original);
            Eventually.await("the repaired rules reload", Duration.ofSeconds(10),
                    () -> "ok".equals(given().get("/v1/rules").path("lastReload.outcome")));
        }
    }

    private static io.restassured.path.json.JsonPath evaluate(String profile, String verdict) {
        return given().contentType(ContentType.JSON).body(profile).post("/v1/evaluations")
                .then().statusCode(200).body("verdict", equalTo(verdict)).extract().jsonPath();
    }

    private static String verdictOf(String profile) {
        return given().contentType(ContentType.JSON).body(profile).post("/v1/evaluations").path("verdict");
    }

    /** Threads posting one profile as fast as they can, keeping every answer and every failure. */
    static final class Load implements AutoCloseable {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final HttpClient client = HttpClient.newHttpClient();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final ConcurrentLinkedQueue<JsonNode> answers = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        Load(URI uri, String profile, int threads) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(profile)).build();
            for (int i = 0; i < threads; i++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        send(request);
                    }
                }, "load-" + i);
                thread.start();
                this.threads.add(thread);
            }
        }

        private void send(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    answers.add(JSON.readTree(response.body()));
                } else {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                failures.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        int answers() {
            return answers.size();
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        /** Answers whose verdict does not belong to the version they name (ALLOWED under before, DENIED under after). */
        List<String> mixed(String before, String after) {
            return answers.stream().filter(a -> !Map.of(before, "ALLOWED", after, "DENIED")
                    .getOrDefault(a.path("rulesetVersion").asText(), "?").equals(a.path("verdict").asText()))
                    .map(JsonNode::toString).toList();
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
