package ai.licensing.engine;

import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesetPrefetchTest {

    @TempDir
    Path dir;

    @Test
    void theServiceTakesThePrefetchedRulesetOfItsOwnFolderOnce() throws IOException {
        Path rules = RulesCopy.into(dir);
        RulesetPrefetch.start(rules);
        Ruleset prefetched = RulesetPrefetch.load(rules.resolve("../" + rules.getFileName()));
        assertEquals(RulesetLoader.load(rules).version(), prefetched.version());
        assertNotSame(prefetched, RulesetPrefetch.load(rules), "taken once; the next load compiles");
    }

    @Test
    void anotherFolderIsCompiledRatherThanTakenFromThePrefetch() throws IOException {
        Path rules = RulesCopy.into(dir.resolve("a"));
        Path other = RulesCopy.into(dir.resolve("b"));
        Files.writeString(other.resolve("catalog/regions.yaml"), "# any change to a catalog file changes the version\n", java.nio.file.StandardOpenOption.APPEND);
        RulesetPrefetch.start(rules);
        Ruleset loaded = RulesetPrefetch.load(other);
        assertEquals(RulesetLoader.load(other).version(), loaded.version());
        assertTrue(loaded.source().endsWith("b"), loaded.source());
    }

    @Test
    void aPrefetchThatDoesNotCompileFailsTheLoadWithTheLoadersErrors() throws IOException {
        Path rules = RulesCopy.into(dir);
        RulesCopy.replace(rules.resolve("permissive-demo.drl"), "when", "when oops(");
        RulesetPrefetch.start(rules);
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetPrefetch.load(rules));
        assertEquals("permissive-demo.drl", e.errors().get(0).file());
        assertSame(RulesetException.class, e.getClass());
    }
}
