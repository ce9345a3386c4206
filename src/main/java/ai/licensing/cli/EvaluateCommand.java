package ai.licensing.cli;

import ai.licensing.engine.Ruleset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.util.concurrent.Callable;

/**
 * Evaluates newline-delimited JSON profiles, in the shape of {@code opa eval} over a stream: verdicts come out in
 * input order, one per line, while every core evaluates. Memory stays constant however long the input: lines are
 * read in chunks and only a few chunks per core are in flight at once.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate newline-delimited JSON usage profiles; write one verdict per line, in input order.",
                "A line that is not a valid profile is answered by {\"line\": N, \"error\": {problem}} and the run goes on; blank lines are skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was answered (invalid lines included)",
                "2:usage error, unreadable input or unwritable output, or rules that do not compile"})
final class EvaluateCommand implements Callable<Integer> {

    /** Lines per task: enough that handing a task to a thread costs little next to evaluating it. */
    private static final int CHUNK = 256;
    /** Chunks in flight per core: enough to keep every core busy while the oldest chunk is written. */
    private static final int CHUNKS_PER_CORE = 4;

    @Mixin
    RulesOption rules;

    @Option(names = "--in", paramLabel = "FILE|-", defaultValue = Input.STDIN,
            description = "Profiles, one JSON object per line (default: standard input).")
    String in;

    @Option(names = "--out", paramLabel = "FILE|-", defaultValue = Output.STDOUT,
            description = "Verdicts, one JSON object per line (default: standard output).")
    String out;

    @Option(names = "--explain", description = "Add to each verdict its explanation: the smallest sets of changes that reach "
            + "the best reachable verdict, the verdict each answer to a missing fact gives, and the sizes at which the verdict changes.")
    boolean explain;

    @Option(names = "--progress", description = "Show progress on standard error even when it is not a terminal.")
    boolean progress;

    @Option(names = "--shard", paramLabel = "INDEX/COUNT", converter = Shard.Converter.class,
            description = "Answer only the lines whose 0-based number modulo COUNT is INDEX (one pod of an Indexed Job); "
                    + "each verdict then carries its input \"line\", so the shards' outputs merge back into input order.")
    Shard shard = Shard.WHOLE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Ruleset ruleset = rules.load(err);
        if (ruleset == null) {
            return 2;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        try (CountingInputStream input = new CountingInputStream(Input.open(in));
             OutputStream output = Output.openBytes(out, spec.commandLine().getOut())) {
            Progress shown = new Progress(err, Progress.Mode.of(progress, Terminal.isStderr()), Input.size(in), input::count);
            try (OrderedParallel<LineChunks.Chunk, LineEvaluator.Answers> pool = new OrderedParallel<>(threads,
                    threads * CHUNKS_PER_CORE, new LineEvaluator(ruleset, shard, explain), answers -> {
                        answers.utf8().writeTo(output);
                        shown.advance(answers.profiles());
                    })) {
                LineChunks chunks = new LineChunks(input, CHUNK);
                for (LineChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    pool.submit(chunk);
                }
                pool.finish();
            }
            shown.finish();
            return 0;
        } catch (IOException e) {
            err.println("evaluate: " + IoErrors.describe(e));
            err.flush();
            return 2;
        }
    }
}
