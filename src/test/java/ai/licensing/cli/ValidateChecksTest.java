package ai.licensing.cli;

import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two slips of issue 13, planted in a fixture folder: {@code validate} names the file, the position and the word. */
class ValidateChecksTest {

    @TempDir
    Path dir;

    @Test
    void theFixtureValidates() throws IOException {
        Cli.Run run = Cli.run("validate", "--rules", Fixtures.copy("checks", dir).toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void d2AMisspeltPurposeFailsValidate() throws IOException {
        Path rules = Fixtures.copy("checks", dir);
        RulesCopy.replace(rules.resolve("alpha.drl"), "\"military, nuclear", "\"militray, nuclear");
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("alpha.drl:11:45: in purposesIn of rule \"alpha: no military, nuclear or espionage use\": "
                + "'militray' is neither a purpose"), run.err());
    }

    @Test
    void d3ARuleCopiedWithItsOldLicenseFailsValidate() throws IOException {
        Path rules = Fixtures.copy("checks", dir);
        String beta = Files.readString(rules.resolve("beta.drl"));
        String copied = beta.substring(beta.indexOf("rule ")).replace("beta: licensee above", "alpha: licensee above");
        Files.writeString(rules.resolve("alpha.drl"), Files.readString(rules.resolve("alpha.drl")) + "\n" + copied);
        Cli.Run run = Cli.run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("alpha.drl:17:5: rule \"alpha: licensee above 100 monthly active users\" has @license(\"beta\") "
                + "but its file is for 'alpha'"), run.err());
    }

    /** {@code validate --strict} on the fixture with one edit that plain {@code validate} accepts; it must exit 3. */
    private Cli.Run strictAfter(String file, String text, String replacement) throws IOException {
        Path rules = Fixtures.copy("checks", dir);
        RulesCopy.replace(rules.resolve(file), text, replacement);
        assertEquals(0, Cli.run("validate", "--rules", rules.toString()).exit());
        Cli.Run run = Cli.run("validate", "--strict", "--rules", rules.toString());
        assertEquals(ValidateCommand.WARNINGS, run.exit());
        return run;
    }

    @Test
    void strictReportsWarningsAndExitsThree() throws IOException {
        Cli.Run run = strictAfter("beta.drl", "Usage( license == \"beta\" )", "Usage( license == \"beta\", commercial == true )");
        assertTrue(run.err().contains("beta.drl:10:36: warning: 'commercial == true' in rule"), run.err());
    }

    @Test
    void strictReportsAThenBlockTheServiceCannotCompileToJava() throws IOException {
        // MVEL reads $u.license as the getter; Java as the private field.
        Cli.Run run = strictAfter("alpha.drl", "$u.deny( \"The stated purpose", "$u.note( \"for \" + $u.license );\n    $u.deny( \"The stated purpose");
        assertTrue(run.err().contains("alpha.drl:5:0: warning: the service cannot compile this then block to Java and runs it interpreted"), run.err());
    }
}
