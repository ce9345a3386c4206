package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * Compiles the rules and catalog, runs the authoring checks, and reports every error as {@code file:line:col: message};
 * with {@code --strict} also the style warnings, as {@code file:line:col: warning: message}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile and check the rules and catalog; print every error as file:line:col: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rules and catalog compile and pass every check (with --strict: and no warning)",
                "1:any error", "2:usage error", "3:--strict only: no error, but warnings"})
final class ValidateCommand implements Callable<Integer> {

    /** No error, but warnings under {@code --strict}. */
    static final int WARNINGS = 3;

    @Mixin
    RulesOption rules;

    @Option(names = "--strict", description = "Also report style warnings (mixed idioms, conditions in when that ignore unknown values); exit 3 if any.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ruleset ruleset = rules.load(spec.commandLine().getErr());
        if (ruleset == null) {
            return 1;
        }
        if (strict && !ruleset.warnings().isEmpty()) {
            ruleset.warnings().forEach(w -> spec.commandLine().getErr().println(
                    w.file() + ":" + w.line() + ":" + w.column() + ": warning: " + w.message()));
            spec.commandLine().getErr().printf("%d warning(s)%n", ruleset.warnings().size());
            spec.commandLine().getErr().flush();
            return WARNINGS;
        }
        spec.commandLine().getOut().printf("ok: %d rules in %d files, %d licenses, %d models, version %s%n",
                ruleset.rules().size(), ruleset.files().size(), ruleset.catalog().licenses().size(),
                ruleset.catalog().models().size(), ruleset.version());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
