package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.testing.Eventually;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar quarkus-run.jar serve} as an operator types it: {@code Main} takes the {@code serve} command, the
 * rules folder named by {@code -Dlicensing.rules.dir} is compiled at start-up, and the service answers with it; a
 * restart on the same rules reads their compile from the cache the first start wrote.
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
        Process service = serve(dir, rules, port, log);
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
            stop(service);
        }
        assertTrue(Files.readString(log).contains("Listening on: http://127.0.0.1:" + port), Files.readString(log));
    }

    @Test
    void aRestartOnTheSameRulesReadsTheirCompileFromTheCacheAndAnswersAlike(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Path cache = dir.resolve("cache");
        HttpClient http = HttpClient.newHttpClient();
        List<String> profiles = List.of("{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":900000000}}",
                "{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":1000},\"use\":{\"commercial\":true}}",
                "{\"model\":\"open-7b\",\"use\":{\"commercial\":true},\"modification\":{\"redistributesWeights\":true}}");

        int port = Ports.free();
        Path firstLog = dir.resolve("first.log");
        Process first = serve(dir, rules, port, firstLog);
        List<JsonNode> firstAnswers;
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            Readiness.await(http, first, base, Duration.ofSeconds(90), () -> read(firstLog));
            assertFalse(get(http, base.resolve("/v1/rules")).path("fromCache").asBoolean(), "nothing kept before the first start");
            firstAnswers = answers(http, base, profiles);
            Eventually.await("the compiled consequences kept in the cache", Duration.ofSeconds(90), () -> entries(cache) == 1);
        } finally {
            stop(first);
        }

        port = Ports.free();
        Path laterLog = dir.resolve("later.log");
        Process later = serve(dir, rules, port, laterLog);
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            Readiness.await(http, later, base, Duration.ofSeconds(90), () -> read(laterLog));
            assertTrue(Files.readString(laterLog).contains("Read the compiled"), read(laterLog));
            assertEquals("compiled", get(http, base.resolve("/v1/rules")).path("consequences").asText(), "served compiled from the start");
            assertEquals(firstAnswers, answers(http, base, profiles));
            Eventually.await("the files compiled again after the start from the cache", Duration.ofSeconds(90),
                    () -> !getQuietly(http, base.resolve("/v1/rules")).path("fromCache").asBoolean(true));
            assertEquals(firstAnswers, answers(http, base, profiles));
        } finally {
            stop(later);
        }
    }

    @Test
    void aServiceStartsFromTheCompileItsImageShipsForTheSameRules(@TempDir Path dir) throws Exception {
        Path shipped = dir.resolve("precompiled");
        Process precompile = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "precompile",
                "--rules", RulesCopy.into(dir.resolve("image-rules")).toString(), "--into", shipped.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("precompile.log").toFile()).start();
        assertEquals(0, precompile.waitFor(), read(dir.resolve("precompile.log")));

        int port = Ports.free();
        Path log = dir.resolve("service.log");
        Process service = serve(dir, RulesCopy.into(dir.resolve("mounted-rules")), port, log,
                "-Dlicensing.rules.cache-shipped-dir=" + shipped);
        try {
            Readiness.await(HttpClient.newHttpClient(), service, URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(90), () -> read(log));
            assertTrue(Files.readString(log).contains("Read the compiled"), read(log));
        } finally {
            stop(service);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar quarkus-run.jar serve} on a copy of the rules, with its decision log and cache in {@code dir}. */
    private static Process serve(Path dir, Path rules, int port, Path log, String... options) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java(),
                "-Dlicensing.rules.dir=" + rules.toAbsolutePath(), "-Dlicensing.decision-log.path=" + dir.resolve("decisions.jsonl"),
                "-Dlicensing.rules.cache-dir=" + dir.resolve("cache"),
                "-Dlicensing.rules.watch=false", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "serve"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void stop(Process service) throws InterruptedException {
        service.destroy();
        if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            service.destroyForcibly();
        }
    }

    private static JsonNode getQuietly(HttpClient http, URI uri) {
        try {
            return get(http, uri);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long entries(Path cache) {
        try (var files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".rules")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** What decides each verdict (not its id, time or version). */
    private static List<JsonNode> answers(HttpClient http, URI base, List<String> profiles) throws Exception {
        List<JsonNode> answers = new java.util.ArrayList<>();
        for (String profile : profiles) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/evaluations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode verdict = JSON.readTree(response.body());
            answers.add(JSON.createArrayNode().add(verdict.path("verdict")).add(verdict.path("clauses")).add(verdict.path("missingFacts")));
        }
        return answers;
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
