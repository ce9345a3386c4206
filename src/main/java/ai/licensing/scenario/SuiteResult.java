package ai.licensing.scenario;

import ai.licensing.engine.Ruleset;

import java.util.List;
import java.util.Map;

/** The outcome of running scenario files: per file, in the order given, the result of each of its scenarios. */
public record SuiteResult(List<FileResult> files) {

    public record FileResult(String file, List<ScenarioResult> results) {

        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }

        public double seconds() {
            return results.stream().mapToDouble(ScenarioResult::seconds).sum();
        }
    }

    /** Runs every scenario of every file (file name → its scenarios, in order) against the ruleset. */
    public static SuiteResult run(Ruleset ruleset, Map<String, List<Scenario>> files) {
        return new SuiteResult(files.entrySet().stream()
                .map(f -> new FileResult(f.getKey(), f.getValue().stream().map(s -> ScenarioRunner.run(ruleset, s)).toList()))
                .toList());
    }

    public List<ScenarioResult> results() {
        return files.stream().flatMap(f -> f.results().stream()).toList();
    }

    public long failed() {
        return files.stream().mapToLong(FileResult::failed).sum();
    }

    public long passed() {
        return results().size() - failed();
    }

    public double seconds() {
        return files.stream().mapToDouble(FileResult::seconds).sum();
    }
}
