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
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            List<String> skipped = sources.stream()
                    .filter(f -> !RUN_BY_THE_BUILD.matcher(f.getFileName().toString()).matches())
                    .filter(TestClassNamesTest::hasTests)
                    .filter(f -> !inheritedByARunClass(f, sources))
                    .map(Path::toString).sorted().toList();
            assertEquals(List.of(), skipped, "classes with tests that neither Surefire (*Test) nor Failsafe (*IT) runs");
        }
    }

    /** An abstract class of shared tests (a contract) runs through the {@code *Test} classes that extend it. */
    private static boolean inheritedByARunClass(Path file, List<Path> sources) {
        String name = file.getFileName().toString().replace(".java", "");
        if (!read(file).contains("abstract class " + name)) {
            return false;
        }
        Pattern extending = Pattern.compile("class \\w+ extends " + name + "\\b");
        return sources.stream().filter(f -> RUN_BY_THE_BUILD.matcher(f.getFileName().toString()).matches())
                .anyMatch(f -> extending.matcher(read(f)).find());
    }

    private static boolean hasTests(Path file) {
        return HAS_TESTS.matcher(read(file)).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
