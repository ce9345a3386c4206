package ai.licensing.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * D8: the vocabulary must not depend on the JVM's locale. The default locale is fixed when a JVM starts, so the
 * check runs {@link TurkishLocaleProbe} in a second JVM started with {@code -Duser.language=tr -Duser.country=TR}.
 */
class TurkishLocaleTest {

    @Test
    void idsAreTheSameUnderATurkishDefaultLocale() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), TurkishLocaleProbe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertEquals("locale tr\nindividual api [financial-advice, military] classifier\n", out.replace("\r", ""));
    }
}
