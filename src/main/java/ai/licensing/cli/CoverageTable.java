package ai.licensing.cli;

import ai.licensing.engine.RuleMeta;
import ai.licensing.scenario.Coverage;

import java.io.PrintWriter;
import java.util.Locale;

/** Coverage as text: per license, rules fired of rules written, and each rule no scenario fired with its place. */
final class CoverageTable {

    private CoverageTable() {
    }

    static void write(Coverage coverage, PrintWriter out) {
        out.printf(Locale.ROOT, "coverage: %d of %d rules fired by some scenario (%.1f%%)%n", coverage.fired(), coverage.rules(), coverage.percent());
        for (Coverage.LicenseCoverage license : coverage.licenses()) {
            boolean everyLicense = RuleMeta.EVERY_LICENSE.equals(license.license());
            out.printf(Locale.ROOT, "  %-32s %4d/%-4d %5.1f%%%n", everyLicense ? "* (every license)" : license.license(),
                    license.fired(), license.rules(), license.percent());
            for (RuleMeta rule : license.notFired()) {
                out.printf("    not fired: %s \"%s\" (%s:%d)%n", everyLicense ? rule.section() : license.license() + ":" + rule.section(),
                        rule.name(), rule.file(), rule.line());
            }
        }
        out.flush();
    }
}
