package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import ai.licensing.scenario.Coverage;
import ai.licensing.scenario.Scenario;
import ai.licensing.scenario.ScenarioFileException;
import ai.licensing.scenario.ScenarioReader;
import ai.licensing.scenario.SuiteResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs scenario files like a test suite, in the shape of {@code opa test}. Every file is read before anything
 * runs, so a malformed file stops the run (exit 2) instead of being reported as failing scenarios.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run every scenario file (.yaml, .yml, .json) under the paths against the rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed",
                "2:usage error, unreadable or invalid scenario file, or rules that do not compile"})
final class TestCommand implements Callable<Integer> {

    /** Constants spelled as typed on the command line. */
    enum Format {
        table(new TableReport()), json(new JsonReport()), junit(new JunitReport());

        final TestReport report;

        Format(TestReport report) {
            this.report = report;
        }
    }

    @Mixin
    RulesOption rules;

    @Option(names = "--format", paramLabel = "table|json|junit", defaultValue = "table",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    String out;

    @Option(names = "--coverage", description = "Also report, per license, the rules no scenario fired and the share covered.")
    boolean coverage;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, or folders searched recursively.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ruleset ruleset = rules.load(err);
        if (ruleset == null) {
            return 2;
        }
        Map<String, List<Scenario>> files = read(err);
        if (files == null) {
            return 2;
        }
        SuiteResult suite = SuiteResult.run(ruleset, files);
        Coverage covered = coverage ? Coverage.of(ruleset, suite.results()) : null;
        try (Writer report = Output.open(out, spec.commandLine().getOut())) {
            format.report.write(suite, covered, report);
        } catch (IOException e) {
            err.println("test: cannot write the report: " + IoErrors.describe(e));
            err.flush();
            return 2;
        }
        if (covered != null && format == Format.junit) {
            CoverageTable.write(covered, err);
        }
        return suite.failed() == 0 ? 0 : 1;
    }

    /** Every scenario by file, or null after printing each bad file with the path inside it. */
    private Map<String, List<Scenario>> read(PrintWriter err) {
        ScenarioReader reader = new ScenarioReader();
        Map<String, List<Scenario>> files = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try {
            for (Path file : ScenarioReader.find(paths)) {
                try {
                    files.put(file.toString(), reader.read(file));
                } catch (ScenarioFileException e) {
                    errors.add(e.getMessage());
                }
            }
        } catch (ScenarioFileException e) {
            errors.add(e.getMessage());
        }
        if (errors.isEmpty() && files.isEmpty()) {
            errors.add(paths + ": no scenario files (.yaml, .yml, .json) found");
        }
        errors.forEach(err::println);
        err.flush();
        return errors.isEmpty() ? files : null;
    }
}
