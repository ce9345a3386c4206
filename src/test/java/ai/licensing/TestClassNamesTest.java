package ai.licensing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every class with tests is named so that the build runs it: {@code *Test} for Surefire ({@code mvn test}),
 * {@code *IT} for Failsafe against the packaged jar ({@code mvn verify}). A class named otherwise is silently
 * skipped, as the property tests once were for a year.
 */
class TestClassNamesTest {

    private static final Pattern HAS_TESTS = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property)\\b");
    private static final Pattern RUN_BY_THE_BUILD = Pattern.compile(".*(Test|IT)\\.java");

    @Test
    void everyClassWithTestsIsNamedForSurefireOrFailsafe() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<String> skipped = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !RUN_BY_THE_BUILD.matcher(f.getFileName().toString()).matches())
                    .filter(TestClassNamesTest::hasTests)
                    .map(Path::toString).sorted().toList();
            assertEquals(List.of(), skipped, "classes with tests that neither Surefire (*Test) nor Failsafe (*IT) runs");
        }
    }

    private static boolean hasTests(Path file) {
        try {
            return HAS_TESTS.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
