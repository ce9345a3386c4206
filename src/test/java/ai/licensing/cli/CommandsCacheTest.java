package ai.licensing.cli;

import ai.licensing.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Commands that decide (evaluate, test, bom) read the compiled rules cache and keep their compile there; validate
 * always compiles. A damaged entry shows which commands read the cache: reading it deletes it and writes it again.
 */
class CommandsCacheTest {

    private static final String CACHE_DIR = "licensing.rules.cache-dir";

    @TempDir
    Path dir;
    private String configured;

    @BeforeEach
    void useOwnCache() {
        configured = System.getProperty(CACHE_DIR);
        System.setProperty(CACHE_DIR, dir.resolve("cache").toString());
    }

    @AfterEach
    void restoreCache() {
        if (configured == null) {
            System.clearProperty(CACHE_DIR);
        } else {
            System.setProperty(CACHE_DIR, configured);
        }
    }

    private List<Path> entries() {
        if (!Files.isDirectory(dir.resolve("cache"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".rules")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // being replaced
        }
    }

    private void evaluate(String copy) throws IOException {
        Path in = Files.writeString(dir.resolve(copy + ".jsonl"), "{\"model\":\"community-70b\",\"licensee\":{\"monthlyActiveUsers\":10}}\n");
        assertEquals(1, Cli.evaluate(Cli.rules(dir.resolve(copy)).toString(), in).size());
    }

    @Test
    void evaluateKeepsItsCompileAndReadsItBackWhileValidateAlwaysCompiles() throws Exception {
        evaluate("first");
        Eventually.await("the compile kept", Duration.ofSeconds(30), () -> entries().size() == 1);
        Path entry = entries().get(0);
        byte[] damaged = Files.readAllBytes(entry);
        damaged[damaged.length - 1] ^= 1;
        Files.write(entry, damaged);

        Cli.Run validate = Cli.run("validate", "--rules", Cli.rules(dir.resolve("second")).toString());
        assertEquals(0, validate.exit(), validate.err());
        assertArrayEquals(damaged, Files.readAllBytes(entry), "validate compiled without reading the cache");

        evaluate("third");
        Eventually.await("the damaged entry read, deleted and written again", Duration.ofSeconds(30),
                () -> Files.isRegularFile(entry) && bytes(entry).length > 0 && !Arrays.equals(damaged, bytes(entry)));
    }
}
