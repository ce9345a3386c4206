package ai.licensing.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy of the real rules folder for tests that edit or break rules: rules-drl/ itself is never touched. */
public final class RulesCopy {

    private static final Path RULES = Path.of("rules-drl");

    private RulesCopy() {
    }

    /** Copies rules-drl/ into {@code target} (created if needed) and returns it. */
    public static Path into(Path target) throws IOException {
        return Fixtures.copyFolder(RULES, target);
    }

    /** Replaces the first occurrence of {@code text}, failing when it is not there, so no test edits nothing. */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertTrue(content.contains(text), file + " does not contain " + text);
        Files.writeString(file, content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
    }
}
