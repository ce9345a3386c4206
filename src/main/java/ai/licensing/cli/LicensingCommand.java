package ai.licensing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each verb is a subcommand class over the same engine. */
@Command(name = "license-decisions",
        mixinStandardHelpOptions = true,
        description = "Licensing decisions for AI models: serve the API, test scenario files, evaluate profiles, validate rules.",
        subcommands = {ServeCommand.class, ValidateCommand.class, DiffCommand.class})
public final class LicensingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line with the exit codes the commands promise (picocli answers usage errors with 2). */
    public static CommandLine commandLine() {
        return new CommandLine(new LicensingCommand());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
