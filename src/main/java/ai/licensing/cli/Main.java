package ai.licensing.cli;

import ai.licensing.engine.RulesetPrefetch;
import ai.licensing.process.StartupPriority;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Arrays;

/**
 * One jar, several commands, in the shape of {@code opa run/test/eval}: {@code serve} (the default) boots the
 * Quarkus service; every other command runs the engine directly, without starting the HTTP server.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            if (RulesOption.optimizingCompilerYieldsAtStart()) {
                StartupPriority.yieldAtStart();
            }
            RulesetPrefetch.start(RulesOption.configuredDir(), RulesOption.configuredCache(RulesOption.servedConsequences()));
            Quarkus.run(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CliLogging.configure();
        System.exit(LicensingCommand.commandLine().execute(args));
    }
}
