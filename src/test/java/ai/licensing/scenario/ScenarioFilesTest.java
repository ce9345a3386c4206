package ai.licensing.scenario;

import ai.licensing.engine.CompiledRulesCache;
import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.Consequences;
import ai.licensing.engine.DecisionBatch;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.SourceError;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.SameDecisions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario file in scenarios/ runs as one dynamic test per scenario, against the rules in rules-drl/: as a load
 * serves them (consequences interpreted), as the service serves them once it has compiled their consequences, and
 * both as a later start reads them back from the compiled rules cache, and as a start on a folder that differs from
 * the cache's compile in its shared file and eight licenses reads them (those files compiled and merged into it). And
 * every scenario's profile, decided together with all the others (as {@code evaluate} decides its input), gets the
 * verdict it gets alone.
 */
class ScenarioFilesTest {

    private static final Path RULES_DIR = Path.of("rules-drl");
    private static final Ruleset RULES = RulesetLoader.load(RULES_DIR);
    private static final ScenarioReader READER = new ScenarioReader();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicNode> everyScenarioFilePasses() throws IOException {
        Ruleset compiled = compiled(RULES);
        return Stream.of(DynamicContainer.dynamicContainer("interpreted consequences", everyScenario(RULES)),
                DynamicContainer.dynamicContainer("compiled consequences", everyScenario(compiled)),
                DynamicContainer.dynamicContainer("interpreted consequences, read from the cache", everyScenario(readBack(Consequences.INTERPRETED))),
                DynamicContainer.dynamicContainer("compiled consequences, read from the cache", everyScenario(readBack(Consequences.COMPILED))),
                DynamicContainer.dynamicContainer("read from the compile of a version that differs in its shared file and eight licenses, those merged into it", everyScenario(readNear())));
    }

    @Test
    void everyScenarioProfileDecidedTogetherWithTheOthersGetsItsVerdictAlone() {
        List<UsageProfile> profiles = new ArrayList<>(ScenarioReader.find(List.of(Path.of("scenarios"))).stream()
                .flatMap(file -> READER.read(file).stream()).map(Scenario::profile).toList());
        Collections.shuffle(profiles, new Random(20_261_201L));
        for (Ruleset rules : List.of(RULES, compiled(RULES))) {
            List<DecisionBatch.Result> together = DecisionBatch.evaluate(rules, profiles);
            for (int i = 0; i < profiles.size(); i++) {
                DecisionBatch.Result result = together.get(i);
                if (result.refused() == null) {
                    assertEquals(SameDecisions.comparable(DecisionEngine.evaluate(rules, profiles.get(i))),
                            SameDecisions.comparable(result.verdict()), profiles.get(i).toString());
                } else {
                    UsageProfile refused = profiles.get(i);
                    RuntimeException alone = assertThrows(RuntimeException.class, () -> DecisionEngine.evaluate(rules, refused));
                    assertEquals(alone.getMessage(), result.refused().getMessage());
                }
            }
        }
    }

    private static Ruleset compiled(Ruleset rules) {
        List<SourceError> errors = new ArrayList<>();
        return ConsequenceCompiler.compile(rules, errors).orElseThrow(() -> new AssertionError(errors));
    }

    /** The rules as a start reads them from the cache a service (that keeps this form) wrote on an earlier start. */
    private static Ruleset readBack(Consequences kept) throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(dir.resolve("cache-" + kept), kept);
        Ruleset first = RulesetLoader.load(Fixtures.copyFolder(RULES_DIR, dir.resolve("first-" + kept)), cache);
        if (kept == Consequences.COMPILED) {
            compiled(first);
        }
        cache.awaitWrite();
        Ruleset read = RulesetLoader.load(Fixtures.copyFolder(RULES_DIR, dir.resolve("later-" + kept)), cache);
        assertTrue(read.compiledFromCache(), "read from the cache");
        assertEquals(kept, read.consequences());
        return read;
    }

    /**
     * The rules as a start on a folder whose files differ in the shared file and eight licenses (four with purpose tables)
     * reads them: the cache's compile of the folder as it was, with those files compiled and merged into it (a
     * ConfigMap's edit after the image was built).
     */
    private static Ruleset readNear() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(dir.resolve("cache-near"), Consequences.COMPILED);
        compiled(RulesetLoader.load(Fixtures.copyFolder(RULES_DIR, dir.resolve("before-edits")), cache));
        cache.awaitWrite();
        Path edited = Fixtures.copyFolder(RULES_DIR, dir.resolve("edited"));
        for (String file : List.of("catalog.drl", "llama-3.1-community.drl", "gemma-terms.drl", "openai-services.drl",
                "creativeml-openrail-m.drl", "mit.drl", "deepseek-license.drl", "qwen-license.drl", "apache-2.0.drl")) {
            Files.writeString(edited.resolve(file), "\n// edited after the compile was kept\n", StandardOpenOption.APPEND);
        }
        Ruleset near = RulesetLoader.load(edited, cache);
        assertTrue(near.compiledFromCache(), "the other licenses read from the cache");
        return near;
    }

    private static Stream<DynamicNode> everyScenario(Ruleset rules) {
        List<Path> files = ScenarioReader.find(List.of(Path.of("scenarios")));
        assertFalse(files.isEmpty(), "scenarios/ holds no scenario files");
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                READER.read(file).stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
                    ScenarioResult result = ScenarioRunner.run(rules, scenario);
                    assertTrue(result.passed(), result::explain);
                }))));
    }
}
