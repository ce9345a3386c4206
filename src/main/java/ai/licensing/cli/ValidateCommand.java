package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetException;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.SourceError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Compiles the rules and catalog and reports every error as {@code file:line:col: message}; exit 1 on any. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile the rules and catalog; print every error as file:line:col: message.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        try {
            Ruleset ruleset = RulesetLoader.load(rules.resolve());
            System.out.printf("ok: %d rules in %d files, %d licenses, %d models, version %s%n",
                    ruleset.rules().size(), ruleset.files().size(), ruleset.catalog().licenses().size(),
                    ruleset.catalog().models().size(), ruleset.version());
            return 0;
        } catch (RulesetException e) {
            for (SourceError error : e.errors()) {
                System.err.println(error);
            }
            System.err.printf("%d error(s)%n", e.errors().size());
            return 1;
        }
    }
}
