package ai.licensing.cli;

import ai.licensing.engine.PurposeTableCompiler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs a command in-process, as {@code java -jar … COMMAND} would, with standard output and error captured. */
final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Runs {@code evaluate} on a file of profile lines; expects exit 0 and returns each output line parsed. */
    static List<JsonNode> evaluate(String rules, Path in, String... options) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--rules", rules, "--in", in.toString()));
        args.addAll(List.of(options));
        Run run = run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        try {
            List<JsonNode> answers = new ArrayList<>();
            for (String line : run.out().lines().toList()) {
                answers.add(JSON.readTree(line));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                // A license's purpose bans are rows of the table beside its rule file.
                String table = drl.replaceFirst("\\.drl$", PurposeTableCompiler.SUFFIX);
                if (Files.exists(source.resolve(table))) {
                    Files.copy(source.resolve(table), target.resolve(table));
                }
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
