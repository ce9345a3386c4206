package ai.licensing.cli;

import ai.licensing.engine.CompiledRulesCache;
import ai.licensing.engine.ConsequenceCompiler;
import ai.licensing.engine.Consequences;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.SourceError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Compiles the rules folder as the service serves it (then blocks compiled to Java) and keeps the compile in a folder,
 * for an image to ship with its rules: a service started on the same rules, by the same build, reads it instead of
 * compiling ({@code licensing.rules.cache-shipped-dir}).
 */
@Command(name = "precompile", mixinStandardHelpOptions = true,
        description = {"Compile the rules as the service serves them and keep the compile in --into, for an image to ship.",
                "A service started on the same rules by the same build, with licensing.rules.cache-shipped-dir naming that folder, "
                        + "reads it instead of compiling."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the compile is kept (or, when a then block is not valid Java, nothing is kept and the service will compile)",
                "1:the rules do not compile or do not pass the checks", "2:usage error, or the folder cannot be written"})
final class PrecompileCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = "--into", paramLabel = "DIR", required = true,
            description = "Folder to keep the compile in (created readable and writable by this user only).")
    Path into;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompiledRulesCache cache = CompiledRulesCache.in(into, Consequences.COMPILED);
        Ruleset ruleset = rules.load(err, cache);
        if (ruleset == null) {
            return 1;
        }
        List<SourceError> notJava = new ArrayList<>();
        if (ConsequenceCompiler.compile(ruleset, notJava).isEmpty()) {
            notJava.forEach(error -> err.println(error + " (not valid Java)"));
            err.println("nothing kept: the service runs these rules with interpreted then blocks, and compiles them at start");
            return 0;
        }
        cache.awaitWrite();
        if (!cache.holds(ruleset.version(), Consequences.COMPILED)) {
            err.println("precompile: could not write " + into.toAbsolutePath() + " (see the warning above)");
            return 2;
        }
        out.printf("kept the compile of %s (%d rules) in %s%n", ruleset.version(), ruleset.rules().size(), into.toAbsolutePath());
        return 0;
    }
}
