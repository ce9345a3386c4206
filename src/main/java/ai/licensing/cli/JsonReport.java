package ai.licensing.cli;

import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import ai.licensing.scenario.Coverage;
import ai.licensing.scenario.Expectation;
import ai.licensing.scenario.ScenarioResult;
import ai.licensing.scenario.SuiteResult;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/**
 * One JSON document: an object per scenario (what it expected, the full verdict it got, what did not hold),
 * a summary, and the coverage when asked for. Verdicts are written exactly as the API writes them.
 */
final class JsonReport implements TestReport {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(List<Entry> scenarios, Summary summary, Coverage coverage) {
    }

    /** @param verdict null when the profile names an unknown model or license (the reason is in failures) */
    record Entry(String file, int index, String name, boolean passed, Expectation expect, Verdict verdict,
                 List<String> failures, Set<String> firedRules, double seconds) {

        static Entry of(ScenarioResult r) {
            return new Entry(r.scenario().file(), r.scenario().index(), r.scenario().name(), r.passed(),
                    r.scenario().expect(), r.verdict(), r.failures(), r.firedRules(), r.seconds());
        }
    }

    record Summary(long passed, long failed, long total) {
    }

    @Override
    public void write(SuiteResult suite, Coverage coverage, Writer out) throws IOException {
        Document document = new Document(suite.results().stream().map(Entry::of).toList(),
                new Summary(suite.passed(), suite.failed(), suite.results().size()), coverage);
        VerdictJson.writer().withDefaultPrettyPrinter().writeValue(out, document);
        out.write(System.lineSeparator());
        out.flush();
    }
}
