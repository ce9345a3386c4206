package ai.licensing.cli;

import ai.licensing.decisionlog.DecisionLogFile;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.RulesCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Llama 2 threshold lowered from 700M to 500M monthly active users changes exactly the profiles in between. */
class DiffCommandTest {

    @TempDir
    static Path dir;
    static Path lowered;
    static Path inputs;
    static String changedDecision;

    private static final String SCENARIOS = """
            - name: 600M users
              profile: %s
              expect: { verdict: ALLOWED }
            - name: 100M users
              profile: %s
              expect: { verdict: ALLOWED }
            - name: 900M users
              profile: %s
              expect: { verdict: DENIED }
            """;

    static String platform(long users) {
        return """
                {"model":"llama-2-70b-chat","licensee":{"type":"company","country":"US","monthlyActiveUsers":%d},
                 "use":{"commercial":true,"purposes":["internal-tools"],"accessMode":"weights","offersAsHostedService":false},
                 "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}"""
                .formatted(users).replace("\n", " ");
    }

    @BeforeAll
    static void rulesAndInputs() throws IOException {
        lowered = RulesCopy.into(dir.resolve("lowered"));
        RulesCopy.replace(lowered.resolve("llama-2-community.drl"), "monthlyActiveUsersAbove( 700000000 )", "monthlyActiveUsersAbove( 500000000 )");
        inputs = Files.createDirectories(dir.resolve("inputs/nested"));
        Files.writeString(inputs.resolve("scenarios.yaml"),
                SCENARIOS.formatted(platform(600_000_000), platform(100_000_000), platform(900_000_000)));
        Ruleset current = RulesetLoader.load(Path.of("rules-drl"));
        try (DecisionLogFile log = DecisionLogFile.open(inputs.resolve("decisions.jsonl"))) {
            for (long users : List.of(650_000_000L, 50_000_000L)) {
                UsageProfile profile = new ProfileParser().parse(platform(users));
                DecisionRecord record = DecisionRecord.of(profile, DecisionEngine.evaluate(current, profile));
                log.append(record);
                changedDecision = changedDecision == null ? record.decisionId() : changedDecision;
            }
        }
    }

    record Run(int exit, String out, String err) {
        List<String> changed() {
            return out.lines().filter(l -> l.contains(" › ")).toList();
        }
    }

    static Run diff(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LicensingCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void listsExactlyTheProfilesThatChangeWithTheirClausesAndACountPerLicense() {
        Run run = diff("--rules", "rules-drl", "--against", lowered.toString(), dir.resolve("inputs").toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                inputs.resolve("decisions.jsonl") + " › " + changedDecision + ": ALLOWED → DENIED",
                inputs.resolve("scenarios.yaml") + " › 600M users: ALLOWED → DENIED"), run.changed());
        assertEquals(2, run.out().lines().filter(l -> l.equals("    + llama-2-community:2 DENY (Additional Commercial Terms)")).count(), run.out());
        assertTrue(run.out().contains("llama-2-community: 2 of 5 profiles change"), run.out());
        assertTrue(run.out().contains("2 of 5 profiles change"), run.out());
    }

    @Test
    void sameRulesChangeNothingAndExitZero() {
        Run run = diff("--rules", "rules-drl", "--against", "rules-drl", dir.resolve("inputs").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(), run.changed());
        assertTrue(run.out().contains("0 of 5 profiles change"), run.out());
    }

    @Test
    void aPathThatDoesNotExistOrRulesThatDoNotCompileExitTwo() throws IOException {
        assertEquals(2, diff("--rules", "rules-drl", "--against", lowered.toString(), dir.resolve("nope").toString()).exit());
        Path broken = RulesCopy.into(dir.resolve("broken"));
        Files.writeString(broken.resolve("apache-2.0.drl"), "rule \"x\" when then");
        Run run = diff("--rules", "rules-drl", "--against", broken.toString(), dir.resolve("inputs").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("apache-2.0.drl"), run.err());
    }
}
