package ai.licensing.scenario;

import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.SourceError;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario file in scenarios/ runs as one dynamic test per scenario, against the rules in rules-drl/: as a load
 * serves them (consequences interpreted) and as the service serves them once it has compiled their consequences.
 */
class ScenarioFilesTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("rules-drl"));
    private static final ScenarioReader READER = new ScenarioReader();

    @TestFactory
    Stream<DynamicNode> everyScenarioFilePasses() {
        List<SourceError> errors = new ArrayList<>();
        Ruleset compiled = ConsequenceCompiler.compile(RULES, errors).orElseThrow(() -> new AssertionError(errors));
        return Stream.of(DynamicContainer.dynamicContainer("interpreted consequences", everyScenario(RULES)),
                DynamicContainer.dynamicContainer("compiled consequences", everyScenario(compiled)));
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
