package ai.licensing.cli;

import ai.licensing.scenario.Coverage;
import ai.licensing.scenario.ScenarioResult;
import ai.licensing.scenario.SuiteResult;

import java.io.PrintWriter;
import java.io.Writer;

/** Reads like a test runner: one line per failing scenario, the coverage if asked, then {@code N passed, M failed}. */
final class TableReport implements TestReport {

    @Override
    public void write(SuiteResult suite, Coverage coverage, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        for (ScenarioResult failed : suite.results().stream().filter(r -> !r.passed()).toList()) {
            out.printf("FAIL %s › %s: %s%n", failed.scenario().file(), failed.scenario().name(), failed.summary());
        }
        if (coverage != null) {
            CoverageTable.write(coverage, out);
        }
        out.printf("%d passed, %d failed%n", suite.passed(), suite.failed());
        out.flush();
    }
}
