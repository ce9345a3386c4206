package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static ai.licensing.testing.ServiceProcess.testedJava;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar quarkus-run.jar serve} as an operator types it: {@code Main} takes the {@code serve} command, the
 * rules folder named by {@code -Dlicensing.rules.dir} is compiled at start-up, and the service answers with it; a
 * restart on the same rules reads their compile from the cache the first start wrote; a start on the rules an image
 * ships reads the image's compile, and on those rules with catalog.drl and one license edited, merges those into it.
 */
class ServeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serveStartsTheServiceOnTheConfiguredRulesFolder(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Ruleset expected = RulesetLoader.load(rules);
        int port;
        String log;
        try (ServiceProcess service = ServiceProcess.start(testedJava(), dir, rules, "service.log")) {
            port = service.port();
            assertTrue(service.readiness().path("checks").findValuesAsText("version").contains(expected.version()), service.readiness().toString());

            JsonNode served = service.get("/v1/rules");
            assertEquals(expected.version(), served.path("version").asText());
            assertEquals(expected.rules().size(), served.path("rules").size());

            HttpResponse<String> verdict = service.post("/v1/evaluations",
                    "{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":900000000}}");
            assertEquals(200, verdict.statusCode(), verdict.body());
            JsonNode answer = JSON.readTree(verdict.body());
            assertEquals("DENIED", answer.path("verdict").asText(), verdict.body());
            assertEquals(expected.version(), answer.path("rulesetVersion").asText());
            log = service.log();
        }
        assertTrue(log.contains("Listening on: http://127.0.0.1:" + port), log);
    }

    @Test
    void aRestartOnTheSameRulesReadsTheirCompileFromTheCacheAndAnswersAlike(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        List<String> profiles = List.of("{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":900000000}}",
                "{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":1000},\"use\":{\"commercial\":true}}",
                "{\"model\":\"open-7b\",\"use\":{\"commercial\":true},\"modification\":{\"redistributesWeights\":true}}");

        List<JsonNode> firstAnswers;
        try (ServiceProcess first = ServiceProcess.start(testedJava(), dir, rules, "first.log")) {
            assertFalse(first.get("/v1/rules").path("fromCache").asBoolean(), "nothing kept before the first start");
            firstAnswers = first.answers(profiles);
            Eventually.await("the compiled consequences kept in the cache", Duration.ofSeconds(90), () -> ServiceProcess.cacheEntries(dir) == 1);
        }

        try (ServiceProcess later = ServiceProcess.start(testedJava(), dir, rules, "later.log")) {
            assertTrue(later.log().contains("Read the compiled"), later.log());
            assertEquals("compiled", later.get("/v1/rules").path("consequences").asText(), "served compiled from the start");
            assertEquals(firstAnswers, later.answers(profiles));
            Eventually.await("the files compiled again after the start from the cache", Duration.ofSeconds(90),
                    () -> !later.rules().path("fromCache").asBoolean(true));
            assertEquals(firstAnswers, later.answers(profiles));
        }
    }

    @Test
    void aServiceStartsFromTheCompileItsImageShipsForTheSameRules(@TempDir Path dir) throws Exception {
        Path shipped = precompiledImageRules(dir);

        try (ServiceProcess service = ServiceProcess.start(testedJava(), dir, RulesCopy.into(dir.resolve("mounted-rules")), "service.log",
                "-Dlicensing.rules.cache-shipped-dir=" + shipped)) {
            assertTrue(service.log().contains("Read the compiled"), service.log());
        }
    }

    @Test
    void aServiceOnRulesEditedSinceTheImageWasBuiltMergesTheEditedFilesIntoItsCompile(@TempDir Path dir) throws Exception {
        Path shipped = precompiledImageRules(dir);
        Path mounted = RulesCopy.into(dir.resolve("mounted-rules"));
        RulesCopy.replace(mounted.resolve("permissive-demo.drl"), "gives every recipient a copy of the license.",
                "gives every recipient a copy of the license (as edited).");
        RulesCopy.replace(mounted.resolve("catalog.drl"), "is not offered for it.", "is not offered for it (as edited).");

        try (ServiceProcess service = ServiceProcess.start(testedJava(), dir, mounted, "service.log",
                "-Dlicensing.rules.cache-shipped-dir=" + shipped)) {
            assertTrue(service.log().contains("compiled the files that differ from it into it: the shared files and 1 license(s) "
                    + "(permissive-demo)"), service.log());
            assertTrue(service.get("/v1/rules").path("fromCache").asBoolean(), "the other license read from the shipped compile");
            HttpResponse<String> verdict = service.post("/v1/evaluations",
                    "{\"model\":\"open-7b\",\"modification\":{\"redistributesWeights\":true}}");
            assertEquals(200, verdict.statusCode(), verdict.body());
            assertTrue(verdict.body().contains("a copy of the license (as edited)."), "the edited clause serves: " + verdict.body());
            HttpResponse<String> hosted = service.post("/v1/evaluations", "{\"model\":\"open-7b\",\"use\":{\"accessMode\":\"api\"}}");
            assertEquals(200, hosted.statusCode(), hosted.body());
            assertTrue(hosted.body().contains("is not offered for it (as edited)."), "the edited catalog clause serves: " + hosted.body());
        }
    }

    /** What the image's build does: the compile of the rules it carries, kept by {@code precompile}. */
    private static Path precompiledImageRules(Path dir) throws Exception {
        Path shipped = dir.resolve("precompiled");
        Process precompile = new ProcessBuilder(testedJava(), "-jar", ServiceProcess.JAR.toAbsolutePath().toString(), "precompile",
                "--rules", RulesCopy.into(dir.resolve("image-rules")).toString(), "--into", shipped.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("precompile.log").toFile()).start();
        assertEquals(0, precompile.waitFor(), Files.readString(dir.resolve("precompile.log")));
        return shipped;
    }
}
