package ai.licensing.engine;

import ai.licensing.model.SourceError;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesetLoaderTest {

    @TempDir
    Path rules;

    private Path copyOfRules() throws IOException {
        return RulesCopy.into(rules);
    }

    @Test
    void realRulesCompileAndEveryRuleCarriesItsClause() {
        Ruleset ruleset = RulesetLoader.load(Path.of("rules-drl"));
        assertTrue(ruleset.version().matches("sha256:[0-9a-f]{64}"));
        for (RuleMeta rule : ruleset.rules()) {
            assertTrue(rule.line() > 0, rule.name());
            assertTrue(!rule.section().isBlank() && !rule.title().isBlank(), rule.name());
        }
    }

    @Test
    void versionIsStableAndChangesWithAnyFile() throws IOException {
        Path dir = copyOfRules();
        String before = RulesetLoader.load(dir).version();
        assertEquals(before, RulesetLoader.load(dir).version());
        Files.writeString(dir.resolve("catalog/regions.yaml"), "# any change to a catalog file changes the version\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, RulesetLoader.load(dir).version());
    }

    @Test
    void syntaxErrorIsReportedWithFileAndLine() throws IOException {
        Path dir = copyOfRules();
        Path file = dir.resolve("permissive-demo.drl");
        List<String> lines = Files.readAllLines(file);
        int broken = lines.indexOf("when") + 1;
        lines.set(broken, "    $u : Usage( license == \"permissive-demo\" ");
        Files.write(file, lines);
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        SourceError first = e.errors().get(0);
        assertEquals("permissive-demo.drl", first.file());
        assertTrue(first.line() >= broken && first.line() <= broken + 3, "line " + first.line() + " near " + (broken + 1));
    }

    @Test
    void misspeltHelperInThenIsReportedAtCompileTimeOnOneLine() throws IOException {
        Path dir = copyOfRules();
        Path file = dir.resolve("community-demo.drl");
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\\$u\\.duty\\(", "\\$u.dutyy("));
        // The first duty call is in the file's first rule; the error points at that rule.
        int ruleLine = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith("rule ")).findFirst().orElseThrow()) + 1;
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        // The compiler's error on the rule first (an authoring check may name the unknown helper too); each on one line.
        assertTrue(e.errors().stream().allMatch(error -> error.file().equals("community-demo.drl") && !error.message().contains("\n")),
                e.getMessage());
        SourceError error = e.errors().get(0);
        assertEquals(ruleLine, error.line());
        assertTrue(error.message().startsWith("Error in the rule's then block: unable to resolve method")
                && error.message().contains("Usage.dutyy("), error.message());
    }

    @Test
    void ruleWithoutSectionMetadataIsRejected() throws IOException {
        Path dir = copyOfRules();
        Path file = dir.resolve("permissive-demo.drl");
        Files.writeString(file, Files.readString(file).replaceFirst("@section\\(\"4.a\"\\)", ""));
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertTrue(e.errors().get(0).message().contains("@section"), e.getMessage());
        assertEquals("permissive-demo.drl", e.errors().get(0).file());
    }

    @Test
    void ruleNamingAnUnknownLicenseIsRejected() throws IOException {
        Path dir = copyOfRules();
        Path file = dir.resolve("permissive-demo.drl");
        Files.writeString(file, Files.readString(file).replaceFirst("@license\\(\"permissive-demo\"\\)", "@license(\"apache-3.0\")"));
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertTrue(e.getMessage().contains("apache-3.0"), e.getMessage());
    }

    @Test
    void catalogThatDoesNotParseIsReportedWithFileAndLine() throws IOException {
        Path dir = copyOfRules();
        Files.writeString(dir.resolve("catalog/models.yaml"), "- { id: x, name: \"X\"\n- oops: [\n");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertEquals("catalog/models.yaml", e.errors().get(0).file());
        assertTrue(e.errors().get(0).line() > 0);
    }

    @Test
    void catalogAndRuleErrorsAreAllReportedCatalogFirst() throws IOException {
        Path dir = copyOfRules();
        Files.writeString(dir.resolve("catalog/models.yaml"), "- { id: x, name: \"X\"\n- oops: [\n");
        RulesCopy.replace(dir.resolve("permissive-demo.drl"), "when", "when oops(");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertEquals("catalog/models.yaml", e.errors().get(0).file(), e.getMessage());
        assertTrue(e.errors().stream().anyMatch(error -> error.file().equals("permissive-demo.drl")), e.getMessage());
    }

    @Test
    void modelNamingAnUnknownLicenseIsRejected() throws IOException {
        Path dir = copyOfRules();
        Files.writeString(dir.resolve("catalog/models.yaml"),
                "- { id: x, name: X, provider: Y, license: gpl-9, accessModes: [weights], multimodal: false }\n");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertTrue(e.getMessage().contains("gpl-9"), e.getMessage());
    }
}
