package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Compiles the rules and catalog and reports every error as {@code file:line:col: message}; exit 1 on any. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile the rules and catalog; print every error as file:line:col: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rules and catalog compile", "1:any error", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ruleset ruleset = rules.load(spec.commandLine().getErr());
        if (ruleset == null) {
            return 1;
        }
        spec.commandLine().getOut().printf("ok: %d rules in %d files, %d licenses, %d models, version %s%n",
                ruleset.rules().size(), ruleset.files().size(), ruleset.catalog().licenses().size(),
                ruleset.catalog().models().size(), ruleset.version());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
