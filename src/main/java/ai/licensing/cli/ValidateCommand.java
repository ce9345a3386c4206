package ai.licensing.cli;

import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.SourceError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Compiles the rules and catalog, runs the authoring checks, and reports every error as {@code file:line:col: message};
 * with {@code --strict} also the style warnings, as {@code file:line:col: warning: message}, and each consequence the
 * service could not compile to Java (it would run it interpreted: the same verdict, slower).
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

    @Option(names = "--strict", description = "Also report style warnings (mixed idioms, conditions in when that ignore unknown values) "
            + "and then blocks that do not compile as Java (the service runs those interpreted: same verdicts, slower); exit 3 if any.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ruleset ruleset = rules.compile(spec.commandLine().getErr());
        if (ruleset == null) {
            return 1;
        }
        List<SourceError> warnings = strict ? warnings(ruleset) : List.of();
        if (!warnings.isEmpty()) {
            warnings.forEach(w -> spec.commandLine().getErr().println(
                    w.file() + ":" + w.line() + ":" + w.column() + ": warning: " + w.message()));
            spec.commandLine().getErr().printf("%d warning(s)%n", warnings.size());
            spec.commandLine().getErr().flush();
            return WARNINGS;
        }
        spec.commandLine().getOut().printf("ok: %d rules in %d files, %d licenses, %d models, version %s%n",
                ruleset.rules().size(), ruleset.files().size(), ruleset.catalog().licenses().size(),
                ruleset.catalog().models().size(), ruleset.version());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The style warnings, then the consequences that do not compile as Java. */
    private static List<SourceError> warnings(Ruleset ruleset) {
        List<SourceError> warnings = new ArrayList<>(ruleset.warnings());
        List<SourceError> notJava = new ArrayList<>();
        ConsequenceCompiler.compile(ruleset, notJava);
        notJava.forEach(e -> warnings.add(new SourceError(e.file(), e.line(), e.column(), "the service cannot compile this then block "
                + "to Java and runs it interpreted (same verdicts, slower): " + e.message())));
        return warnings;
    }
}
