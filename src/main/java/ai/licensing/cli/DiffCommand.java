package ai.licensing.cli;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetException;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.engine.VerdictChange;
import ai.licensing.model.ClauseHit;
import ai.licensing.model.SourceError;
import ai.licensing.model.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Shows what a rule change does before it goes live: evaluates the scenarios and logged decisions under PATH with
 * the old and the new rules and lists every profile whose verdict or clauses change, then a count per license.
 * Decisions can also come from the service's PostgreSQL store ({@code --store}). A decision logged with masked
 * fields is listed as not replayable rather than evaluated. Exit 0: nothing changes; 1: something changes; 2: a
 * ruleset, file or profile could not be read or evaluated.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "List every scenario or logged decision under PATH whose verdict or clauses differ between two rules folders.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--against", paramLabel = "NEW_DIR", required = true, description = "The changed rules folder.")
    Path against;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files (.yaml, .yml, .json), decision logs (.jsonl) or folders of them.")
    List<Path> paths = List.of();

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Also every decision in the service's PostgreSQL store, e.g. jdbc:postgresql://db:5432/licensing "
                    + "(user and password from QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD, as the service reads them, "
                    + "or ?user=…&password=… in the URL).")
    String store;

    /** Per license, how many profiles were evaluated and how many of them changed. */
    private final Map<String, Integer> evaluated = new TreeMap<>();
    private final Map<String, Integer> changed = new TreeMap<>();
    private int errors;
    private int notReplayable;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Ruleset before = load(rules.resolve());
        Ruleset after = load(against);
        if (before == null || after == null) {
            return 2;
        }
        if (paths.isEmpty() && store == null) {
            spec.commandLine().getErr().println("diff: give a PATH, --store, or both");
            return 2;
        }
        new ProfileSources().read(paths, source -> compare(before, after, source, out), this::error);
        if (store != null) {
            try {
                ProfileSources.readStore(StoreInput.open(store), source -> compare(before, after, source, out), this::error);
            } catch (IllegalArgumentException e) {
                error(new SourceError(store, 0, 0, "not a PostgreSQL JDBC URL: " + e.getMessage()));
            }
        }
        summarize(out, before, after);
        return errors > 0 ? 2 : changed.isEmpty() ? 0 : 1;
    }

    private Ruleset load(Path dir) {
        try {
            return RulesetLoader.load(dir);
        } catch (RulesetException e) {
            e.errors().forEach(error -> spec.commandLine().getErr().println(dir + ": " + error));
            errors++;
            return null;
        }
    }

    private void compare(Ruleset before, Ruleset after, ProfileSources.Source source, PrintWriter out) {
        if (source.notReplayable() != null) {
            // Evaluating what is left of a masked profile would report changes that only the missing facts make.
            notReplayable++;
            out.printf("%s › %s: %s%n", source.file(), source.name(), source.notReplayable());
            return;
        }
        Verdict old;
        Verdict now;
        try {
            old = DecisionEngine.evaluate(before, source.profile());
            now = DecisionEngine.evaluate(after, source.profile());
        } catch (UnknownIdException e) {
            error(new SourceError(source.file(), 0, 0, source.name() + ": " + e.getMessage()));
            return;
        }
        evaluated.merge(now.license(), 1, Integer::sum);
        VerdictChange change = VerdictChange.between(old, now);
        if (!change.changed()) {
            return;
        }
        changed.merge(now.license(), 1, Integer::sum);
        out.printf("%s › %s: %s → %s%n", source.file(), source.name(), change.oldVerdict(), change.newVerdict());
        change.clausesAdded().forEach(c -> out.println("    + " + describe(c)));
        change.clausesGone().forEach(c -> out.println("    - " + describe(c)));
    }

    private static String describe(ClauseHit clause) {
        return clause.key() + " " + clause.effect() + " (" + clause.title() + ")";
    }

    private void error(SourceError error) {
        errors++;
        spec.commandLine().getErr().println(error);
    }

    private void summarize(PrintWriter out, Ruleset before, Ruleset after) {
        changed.forEach((license, count) -> out.printf("%s: %d of %d profiles change%n", license, count, evaluated.get(license)));
        out.printf("%d of %d profiles change (%s → %s)%s%s%n", total(changed), total(evaluated), before.version(), after.version(),
                notReplayable > 0 ? "; " + notReplayable + " not replayable (masked)" : "",
                errors > 0 ? "; " + errors + " error(s)" : "");
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
