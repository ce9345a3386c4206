package ai.licensing.cli;

import ai.licensing.api.Problem;
import ai.licensing.api.ProfileAnswer;
import ai.licensing.engine.DecisionBatch;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.explain.Explainer;
import ai.licensing.json.JsonBytes;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictWriter;
import ai.licensing.model.VerdictJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Answers a chunk of input lines, one output line per profile line: the verdict as the API writes it, or
 * {@code {"line": N, "error": problem}} for a line that is not a valid profile. Blank lines get no answer.
 * With a {@link Shard}, only the shard's lines are answered and every verdict also carries its input
 * {@code "line"}, so the shards' outputs can be merged back into input order.
 * Thread-safe: the ruleset, parser and writer are shared by every worker.
 */
final class LineEvaluator implements Function<LineChunks.Chunk, LineEvaluator.Answers> {

    /**
     * @param utf8     the answer lines, as UTF-8
     * @param profiles how many lines were profiles (not blank)
     */
    record Answers(JsonBytes utf8, int profiles) {
    }

    /** @param line 1-based line number in the input */
    record LineError(long line, Problem error) {
    }

    private static final ObjectWriter JSON = VerdictJson.writer();
    private static final byte[] LINE = JsonBytes.name("line");
    /** About the size of a verdict line (its clauses carry their reasons), so a chunk's buffer rarely grows. */
    private static final int ANSWER_SIZE = 2048;

    private final Shard shard;
    private final Ruleset ruleset;
    private final boolean explain;
    private final ProfileParser parser = new ProfileParser();

    /** @param explain answer each verdict with its explanation (contract section 6.3) */
    LineEvaluator(Ruleset ruleset, Shard shard, boolean explain) {
        this.shard = shard;
        this.ruleset = ruleset;
        this.explain = explain;
    }

    @Override
    public Answers apply(LineChunks.Chunk chunk) {
        byte[] bytes = chunk.bytes();
        // The lines answered: not blank, and the shard's.
        List<Integer> lines = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            int start = chunk.starts()[i];
            if (!isBlank(bytes, start, chunk.ends()[i] - start) && shard.owns(chunk.firstLine() + i)) {
                lines.add(i);
            }
        }
        IntFunction<UsageProfile> parse = k -> {
            int i = lines.get(k);
            return parser.parse(bytes, chunk.starts()[i], chunk.ends()[i] - chunk.starts()[i]);
        };
        List<Object> answers = explain
                ? IntStream.range(0, lines.size()).mapToObj(k -> ProfileAnswer.of(() -> parse.apply(k),
                        p -> Explainer.explain(ruleset, p), "$", (p, v) -> { })).toList()
                // A chunk's profiles are decided together: the same verdicts, less engine time (DecisionBatch).
                : ProfileAnswer.together(lines.size(), parse, k -> "$", profiles -> DecisionBatch.evaluate(ruleset, profiles))
                        .stream().map(ProfileAnswer.Element::answer).toList();
        JsonBytes text = new JsonBytes(lines.size() * ANSWER_SIZE);
        for (int k = 0; k < lines.size(); k++) {
            write(text, chunk.firstLine() + lines.get(k), answers.get(k));
        }
        return new Answers(text, lines.size());
    }

    private void write(JsonBytes text, long number, Object answer) {
        if (answer instanceof Problem problem) {
            text.raw(json(new LineError(number, problem)));
        } else {
            text.raw('{');
            if (!shard.isWhole()) {
                lineNumber(text, number);
            }
            if (answer instanceof Verdict verdict) {
                // Most answers: written without Jackson, to the same bytes (VerdictWriter).
                VerdictWriter.fields(verdict, text);
                text.raw('}');
            } else {
                byte[] document = json(answer);
                text.raw(document, 1, document.length - 1);
            }
        }
        text.raw('\n');
    }

    /** The input line a shard's answer carries, first among its fields. */
    private static void lineNumber(JsonBytes text, long number) {
        text.raw(LINE);
        text.number(number);
        text.raw(',');
    }

    /** Blank as {@link String#isBlank()} has it; text is decoded only for a line with no ASCII other than white space. */
    private static boolean isBlank(byte[] bytes, int start, int length) {
        boolean nonAscii = false;
        for (int i = start; i < start + length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                nonAscii = true;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return !nonAscii || new String(bytes, start, length, StandardCharsets.UTF_8).isBlank();
    }

    /** Straight to UTF-8: the output is bytes, so text would only be encoded again. */
    private static byte[] json(Object document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
