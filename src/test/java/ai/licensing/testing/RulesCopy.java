package ai.licensing.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules folders for tests, and copies of them for tests that edit or break rules: the originals are never touched. */
public final class RulesCopy {

    /**
     * Two made-up licenses, three models and the catalog rule: what the engine, reload and command tests run on, so
     * that a lawyer's edit of {@code rules-drl/} never breaks a Java test (the real rules are tested by {@code scenarios/}).
     */
    public static final Path MINIMAL = Path.of("src/test/resources/testdata/rules-minimal");

    private RulesCopy() {
    }

    /** Copies the minimal rules folder into {@code target} (created if needed) and returns it. */
    public static Path into(Path target) throws IOException {
        return Fixtures.copyFolder(MINIMAL, target);
    }

    /** Replaces the first occurrence of {@code text}, failing when it is not there, so no test edits nothing. */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(text), file + " does not contain " + text);
        Files.writeString(file, content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
    }

    /** The 1-based number of the first line of {@code file} that equals {@code line}, so a test never hard-codes one. */
    public static int lineOf(Path file, String line) throws IOException {
        int index = Files.readAllLines(file).indexOf(line);
        assertTrue(index >= 0, file + " has no line " + line);
        return index + 1;
    }
}
