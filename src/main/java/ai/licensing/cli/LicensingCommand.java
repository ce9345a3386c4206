package ai.licensing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The top-level command; each verb is a subcommand class over the same engine. */
@Command(name = "license-decisions",
        mixinStandardHelpOptions = true,
        description = "Licensing decisions for AI models: serve the API, test scenario files, evaluate profiles, validate rules, gate AI bills of materials.",
        subcommands = {ServeCommand.class, TestCommand.class, EvaluateCommand.class, ValidateCommand.class, DiffCommand.class,
                BomCommand.class, PrecompileCommand.class})
public final class LicensingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A command line with the exit codes the commands promise (picocli answers usage errors with 2). Output is
     * UTF-8 whatever the platform charset, because verdicts and reports are JSON and XML documents. Standard
     * output is written to its file descriptor rather than through System.out, which hides write errors, so
     * that a command notices when its reader has gone.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new LicensingCommand())
                .setOut(utf8(new FileOutputStream(FileDescriptor.out)))
                .setErr(utf8(System.err));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
