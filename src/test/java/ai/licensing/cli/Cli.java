package ai.licensing.cli;

import ai.licensing.testing.RulesCopy;
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
     * A copy of the minimal test rules (two made-up licenses): compiles fast, and a lawyer's edit of rules-drl/
     * never changes what these tests see.
     */
    static Path rules(Path target) {
        try {
            return RulesCopy.into(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small rules folder plus one rule file of src/test/resources/cli (a rule that does not compile…). */
    static Path rulesWith(Path target, String testRuleFile) {
        Path rules = rules(target);
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
