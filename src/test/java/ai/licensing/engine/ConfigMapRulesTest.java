package ai.licensing.engine;

import ai.licensing.model.Decision;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.ConfigMapVolume;
import ai.licensing.testing.Eventually;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules folder as Kubernetes mounts it (docs/deploy.md): the rule files from one ConfigMap, the catalog from a
 * second one mounted at catalog/, both in the kubelet's {@code ..data} symlink layout.
 */
class ConfigMapRulesTest {

    private static final Path RULES = RulesCopy.MINIMAL;
    /** Allowed under the fixture license's threshold of 700M monthly active users, denied once it is lowered to 500M. */
    private static final UsageProfile PLATFORM_600M = RulesetReloaderTest.PLATFORM_600M;

    @TempDir
    Path work;

    private Path mountRules(Path rules) throws IOException {
        Path mount = work.resolve("deployments/rules-drl");
        ConfigMapVolume.mount(rules, mount);
        ConfigMapVolume.mount(rules.resolve("catalog"), mount.resolve("catalog"));
        return mount;
    }

    @Test
    void theMountedFolderReadsAsTheSameFilesAndCompilesEachRuleOnce() throws IOException {
        Path mount = mountRules(RULES);
        // Hidden files an editor or a Mac leaves beside the rules are not rules either.
        Files.writeString(mount.resolve("._permissive-demo.drl"), "not a rule file");
        Files.writeString(mount.resolve("catalog/.models.yaml.swp"), "not: [a catalog");

        assertEquals(RuleFiles.read(RULES), RuleFiles.read(mount), "same files, same names, same texts");
        Ruleset mounted = RulesetLoader.load(mount);
        Ruleset plain = RulesetLoader.load(RULES);
        assertEquals(plain.rules().size(), mounted.rules().size());
        assertEquals(plain.version(), mounted.version());
    }

    @Test
    void aConfigMapUpdateSwapsDataAtomicallyAndTheNewRulesServe() throws Exception {
        Path edited = RulesCopy.into(work.resolve("edited"));
        Path mount = work.resolve("deployments/rules-drl");
        ConfigMapVolume rules = ConfigMapVolume.mount(RULES, mount);
        ConfigMapVolume catalog = ConfigMapVolume.mount(RULES.resolve("catalog"), mount.resolve("catalog"));
        CurrentRuleset current = new CurrentRuleset(RulesetLoader.load(mount));
        Ruleset first = current.get();
        assertEquals(Decision.ALLOWED, DecisionEngine.evaluate(first, PLATFORM_600M).verdict());

        // An hour between periodic checks: only the folder watch can notice the swap of ..data.
        try (RulesetReloader reloader = new RulesetReloader(mount, current, Duration.ofMillis(200)).start(Duration.ofHours(1))) {
            RulesCopy.replace(edited.resolve("community-demo.drl"), "700000000", "500000000");
            rules.update(edited);
            Eventually.await("the rules of the new ConfigMap version serve", Duration.ofSeconds(30), () -> current.get() != first);
            Ruleset second = current.get();
            assertEquals(Decision.DENIED, DecisionEngine.evaluate(second, PLATFORM_600M).verdict());
            assertEquals(RuleFiles.read(edited).version(), second.version());

            Files.writeString(edited.resolve("catalog/models.yaml"),
                    Files.readString(edited.resolve("catalog/models.yaml")) + "\n# reviewed again\n");
            catalog.update(edited.resolve("catalog"));
            Eventually.await("the catalog of the new ConfigMap version serves", Duration.ofSeconds(30), () -> current.get() != second);
            assertEquals(RuleFiles.read(edited).version(), current.get().version());
            assertNotEquals(second.version(), current.get().version());
            assertTrue(reloader.lastAttempt().orElseThrow().errors().isEmpty(), () -> reloader.lastAttempt().toString());
        }
    }
}
