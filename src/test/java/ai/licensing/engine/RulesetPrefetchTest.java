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
        RulesetPrefetch.start(rules, CompiledRulesCache.NONE);
        Ruleset prefetched = RulesetPrefetch.load(rules.resolve("../" + rules.getFileName()), CompiledRulesCache.NONE);
        assertEquals(RulesetLoader.load(rules).version(), prefetched.version());
        assertNotSame(prefetched, RulesetPrefetch.load(rules, CompiledRulesCache.NONE), "taken once; the next load compiles");
    }

    @Test
    void anotherFolderIsCompiledRatherThanTakenFromThePrefetch() throws IOException {
        Path rules = RulesCopy.into(dir.resolve("a"));
        Path other = RulesCopy.into(dir.resolve("b"));
        Files.writeString(other.resolve("catalog/regions.yaml"), "# any change to a catalog file changes the version\n", java.nio.file.StandardOpenOption.APPEND);
        RulesetPrefetch.start(rules, CompiledRulesCache.NONE);
        Ruleset loaded = RulesetPrefetch.load(other, CompiledRulesCache.NONE);
        assertEquals(RulesetLoader.load(other).version(), loaded.version());
        assertTrue(loaded.source().endsWith("b"), loaded.source());
    }

    @Test
    void aPrefetchWithAnotherCacheIsLoadedAgainWithTheServicesCache() throws IOException {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        CompiledRulesCache configured = CompiledRulesCache.in(dir.resolve("cache"), Consequences.INTERPRETED);
        RulesetPrefetch.start(rules, CompiledRulesCache.NONE);
        RulesetPrefetch.load(rules, configured);
        configured.awaitWrite();
        assertTrue(Files.list(dir.resolve("cache")).anyMatch(f -> f.toString().endsWith(".rules")),
                "the service's own cache keeps the compile");
    }

    @Test
    void aPrefetchThatDoesNotCompileFailsTheLoadWithTheLoadersErrors() throws IOException {
        Path rules = RulesCopy.into(dir);
        RulesCopy.replace(rules.resolve("permissive-demo.drl"), "when", "when oops(");
        RulesetPrefetch.start(rules, CompiledRulesCache.NONE);
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetPrefetch.load(rules, CompiledRulesCache.NONE));
        assertEquals("permissive-demo.drl", e.errors().get(0).file());
        assertSame(RulesetException.class, e.getClass());
    }
}
