package ai.licensing.cli;

import ai.licensing.scenario.Coverage;
import ai.licensing.scenario.SuiteResult;

import java.io.IOException;
import java.io.Writer;

/** One output format of the {@code test} command. */
interface TestReport {

    /** @param coverage null unless {@code --coverage} was asked for */
    void write(SuiteResult suite, Coverage coverage, Writer out) throws IOException;
}
