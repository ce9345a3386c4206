package ai.licensing.scenario;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scenario file in scenarios/ runs as one dynamic test per scenario, against the rules in rules-drl/. */
class ScenarioFilesTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("rules-drl"));
    private static final ScenarioReader READER = new ScenarioReader();

    @TestFactory
    Stream<DynamicNode> everyScenarioFilePasses() {
        List<Path> files = ScenarioReader.find(List.of(Path.of("scenarios")));
        assertFalse(files.isEmpty(), "scenarios/ holds no scenario files");
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                READER.read(file).stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
                    ScenarioResult result = ScenarioRunner.run(RULES, scenario);
                    assertTrue(result.passed(), result::explain);
                }))));
    }
}
