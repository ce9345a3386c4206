package ai.licensing.cli;

import ai.licensing.engine.CompiledRulesCache;
import ai.licensing.engine.Consequences;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code precompile} keeps the compile an image ships, and a service on the same rules starts from it. */
class PrecompileCommandTest {

    @TempDir
    Path dir;

    @Test
    void theShippedCompileIsWhatAServiceOnTheSameRulesStartsFrom() throws IOException {
        Path shipped = dir.resolve("precompiled");
        Cli.Run run = Cli.run("precompile", "--rules", Cli.rules(dir.resolve("image-rules")).toString(), "--into", shipped.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("kept the compile of sha256:"), run.out());
        try (Stream<Path> files = Files.list(shipped)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".rules")).count());
        }

        // The rules mounted in the pod: the same files in another folder.
        Ruleset served = RulesetLoader.load(RulesCopy.into(dir.resolve("mounted-rules")),
                CompiledRulesCache.in(dir.resolve("cache"), Consequences.COMPILED).withShipped(shipped));
        assertTrue(served.compiledFromCache());
        assertEquals(Consequences.COMPILED, served.consequences(), "shipped with its then blocks compiled to Java");
    }

    @Test
    void rulesThatDoNotCompileAreReportedAndNothingIsKept() throws IOException {
        Path rules = Cli.rules(dir.resolve("rules"));
        RulesCopy.replace(rules.resolve("permissive-demo.drl"), "when", "when oops(");
        Cli.Run run = Cli.run("precompile", "--rules", rules.toString(), "--into", dir.resolve("precompiled").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("permissive-demo.drl:"), run.err());
        assertTrue(!Files.exists(dir.resolve("precompiled")) || Files.list(dir.resolve("precompiled")).findAny().isEmpty());
    }
}
