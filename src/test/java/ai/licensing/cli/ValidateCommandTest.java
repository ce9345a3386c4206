package ai.licensing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @Test
    void compilingRulesPrintOkAndExitZero(@TempDir Path dir) {
        Cli.Run run = Cli.run("validate", "--rules", Cli.rules(dir, "apache-2.0.drl").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("ok: "), run.out());
    }

    @Test
    void aSyntaxErrorIsPrintedAsFileLineColumnMessageAndExitsOne(@TempDir Path dir) {
        Cli.Run run = Cli.run("validate", "--rules", Cli.rulesWith(dir, "broken.drl").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("broken\\.drl:1[0-3]:[1-9]\\d*: .+")), run.err());
        assertTrue(run.err().lines().filter(l -> !l.endsWith("error(s)")).allMatch(l -> l.matches("[^:]+:\\d+:\\d+: .+")), run.err());
    }

    @Test
    void aRuleNamingALicenseOutsideTheCatalogIsAnError(@TempDir Path dir) {
        Cli.Run run = Cli.run("validate", "--rules", Cli.rulesWith(dir, "unknown-license.drl").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("unknown-license.drl:6:5: rule \"unknown: names a license the catalog does not list\" names license 'gpl-9'"), run.err());
    }

    @Test
    void aMissingRulesFolderIsAnError(@TempDir Path dir) {
        Cli.Run run = Cli.run("validate", "--rules", dir.resolve("nope").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nope:0:0: the rules folder does not exist"), run.err());
    }
}
