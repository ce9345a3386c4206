package ai.licensing.cli;

import ai.licensing.testing.Eventually;
import ai.licensing.testing.Jdks;
import ai.licensing.testing.Ports;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static ai.licensing.testing.ServiceProcess.testedJava;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image's AOT training run ({@code src/main/docker/aot-train.sh}, as the Dockerfile runs it) on the packaged jar:
 * on a JDK 25 ({@link Jdks#aotCapable}) it leaves an AOT cache that a later start must be able to use ({@code -XX:AOTMode=on} refuses to start
 * otherwise), and that service answers exactly as the service on the JDK the project is tested with. The JDK 25 is
 * {@code -Dlicensing.it.aot-java} or the newest JDK 25+ under /usr/lib/jvm.
 */
class AotCacheIT {

    private static final Path TRAIN = Path.of("src/main/docker/aot-train.sh");
    private static final Path TRAINING = Path.of("src/main/docker/aot-training.http");
    private static final List<String> PROFILES = List.of("{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":900000000}}",
            "{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":1000},\"use\":{\"commercial\":true}}",
            "{\"model\":\"open-7b\",\"use\":{\"commercial\":true},\"modification\":{\"redistributesWeights\":true}}",
            "{\"model\":\"open-7b\"}");

    @Test
    void aServiceStartedFromTheTrainedCacheAnswersAsTheTestedOne(@TempDir Path dir) throws Exception {
        Optional<String> java25 = Jdks.aotCapable();
        assumeTrue(java25.isPresent(), "no JDK 25 or later: set -Dlicensing.it.aot-java=/path/to/bin/java");
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Path cache = dir.resolve("app.aot");

        Training training = train(dir, cache, java25.get(), "-Dlicensing.rules.dir=" + rules.toAbsolutePath(),
                "-jar", ServiceProcess.JAR.toAbsolutePath().toString(), "serve");
        assertEquals(0, training.exit, training.output);
        assertTrue(training.output.contains("trained the AOT cache " + cache), training.output);
        assertTrue(Files.size(cache) > 0);

        // Both services share one compiled rules cache folder, as replicas on two JDKs may during a rollout: the JDK 25
        // one must compile for itself (unless the tests run on it too), since compiled consequences are class files of
        // the JDK that compiled them.
        List<JsonNode> tested;
        try (ServiceProcess service = ServiceProcess.start(testedJava(), dir, rules, "tested.log")) {
            tested = service.answers(PROFILES);
            Eventually.await("the tested JDK's compile kept in the cache", Duration.ofSeconds(90), () -> ServiceProcess.cacheEntries(dir) == 1);
        }
        Path classes = dir.resolve("classes.log");
        try (ServiceProcess service = ServiceProcess.start(java25.get(), dir, rules, "aot.log",
                "-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-Xlog:class+load=info:file=" + classes)) {
            boolean sameJvm = Path.of(java25.get()).toRealPath().equals(Path.of(testedJava()).toRealPath());
            assertEquals(sameJvm, service.log().contains("Read the compiled"),
                    "a compile is read by the JVM that made it, and only by it: " + service.log());
            assertEquals(tested, service.answers(PROFILES));
            Eventually.await("the consequences compiled to Java on the AOT start too", Duration.ofSeconds(90),
                    () -> "compiled".equals(service.rules().path("consequences").asText()));
        }
        // AOTMode=on only insists on the JDK's part of the cache: the application's part is dropped without a word
        // when the class path differs from the training run's, so check that Drools and the engine came from it.
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("org.drools.mvel.MVELConstraint source: shared objects file"), "Drools from the cache");
        assertTrue(loaded.contains("ai.licensing.engine.DecisionEngine source: shared objects file"), "the engine from the cache");
    }

    @Test
    void aTrainingRunWhoseServiceCannotStartFailsAndShowsItsLog(@TempDir Path dir) throws Exception {
        Training training = train(dir, dir.resolve("app.aot"), testedJava(), "-jar", dir.resolve("missing.jar").toString());
        assertNotEquals(0, training.exit, training.output);
        assertTrue(training.output.contains("the service stopped before readiness"), training.output);
        assertTrue(Files.notExists(dir.resolve("app.aot")));
    }

    private record Training(int exit, String output) {
    }

    private static Training train(Path dir, Path cache, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", TRAIN.toString(), cache.toString(), TRAINING.toString()));
        line.addAll(List.of(command));
        Path output = dir.resolve("training.log");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("AOT_TRAIN_PORT", Integer.toString(Ports.free()));
        builder.environment().put("AOT_TRAIN_TIMEOUT", "120");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Training(process.isAlive() ? -1 : process.exitValue(), Files.readString(output));
    }
}
