package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.testing.Ports;
import ai.licensing.testing.Readiness;
import ai.licensing.testing.RulesCopy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar quarkus-run.jar serve} as an operator types it: {@code Main} takes the {@code serve} command, the
 * rules folder named by {@code -Dlicensing.rules.dir} is compiled at start-up, and the service answers with it.
 */
class ServeCommandIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serveStartsTheServiceOnTheConfiguredRulesFolder(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Ruleset expected = RulesetLoader.load(rules);
        int port = Ports.free();
        Path log = dir.resolve("service.log");
        Process service = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlicensing.rules.dir=" + rules.toAbsolutePath(), "-Dlicensing.decision-log.path=" + dir.resolve("decisions.jsonl"),
                "-Dlicensing.rules.watch=false", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-jar", JAR.toAbsolutePath().toString(), "serve"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + port);
            JsonNode ready = JSON.readTree(Readiness.await(http, service, base, Duration.ofSeconds(90), () -> read(log)));
            assertTrue(ready.path("checks").findValuesAsText("version").contains(expected.version()), ready.toString());

            JsonNode served = get(http, base.resolve("/v1/rules"));
            assertEquals(expected.version(), served.path("version").asText());
            assertEquals(expected.rules().size(), served.path("rules").size());

            HttpResponse<String> verdict = http.send(HttpRequest.newBuilder(base.resolve("/v1/evaluations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":900000000}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, verdict.statusCode(), verdict.body());
            JsonNode answer = JSON.readTree(verdict.body());
            assertEquals("DENIED", answer.path("verdict").asText(), verdict.body());
            assertEquals(expected.version(), answer.path("rulesetVersion").asText());
        } finally {
            service.destroy();
            if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        assertTrue(Files.readString(log).contains("Listening on: http://127.0.0.1:" + port), Files.readString(log));
    }

    private static String read(Path log) {
        try {
            return "\n" + Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static JsonNode get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
