package ai.licensing.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs a command in-process, as {@code java -jar … COMMAND} would, with standard output and error captured. */
final class Cli {

    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LicensingCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * A rules folder with the project's catalog and only the named rule files: compiles fast and does not change
     * as rules for other licenses are added.
     */
    static Path rules(Path target, String... drlFiles) {
        Path source = Path.of("rules-drl");
        try {
            Files.createDirectories(target.resolve("catalog"));
            try (Stream<Path> catalog = Files.list(source.resolve("catalog"))) {
                for (Path file : catalog.toList()) {
                    Files.copy(file, target.resolve("catalog").resolve(file.getFileName()));
                }
            }
            for (String drl : drlFiles) {
                Files.copy(source.resolve(drl), target.resolve(drl));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small rules folder plus one rule file of src/test/resources/cli (a rule that does not compile…). */
    static Path rulesWith(Path target, String testRuleFile) {
        Path rules = rules(target, "apache-2.0.drl");
        try {
            Files.copy(resource("cli/" + testRuleFile), rules.resolve(testRuleFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    static Path resource(String path) {
        return Path.of("src/test/resources").resolve(path);
    }
}
