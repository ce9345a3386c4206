package ai.licensing.model;

import ai.licensing.json.JsonBytes;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link VerdictWriter} writes the bytes the verdicts' Jackson writer writes, for every shape a verdict takes. The
 * verdicts are made with the records' canonical constructors, so a field added to a verdict stops this test from
 * compiling until it is given a value here, and then fails until the writer writes it.
 */
class VerdictWriterTest {

    private static String jackson(Object document) throws JsonProcessingException {
        return new String(VerdictJson.writer().writeValueAsBytes(document), StandardCharsets.UTF_8);
    }

    private static String ours(Verdict verdict) {
        return VerdictWriter.text(verdict);
    }

    private static ClauseHit clause(Effect effect, String reason) {
        return new ClauseHit("llama-2-community", "1.b.iii", "\"Notice\" file attribution", effect,
                "llama-2-community: distributed copies carry the Notice file", reason,
                "Add the Notice file to every copy you distribute.", "https://ai.meta.com/llama/license/");
    }

    @Test
    void aVerdictWithEveryFieldSetIsWrittenAsJacksonWritesIt() throws JsonProcessingException {
        Verdict verdict = new Verdict("482fc068-363c-4533-a15e-3890f5b6710c", Instant.parse("2026-12-01T05:54:57.030769769Z"),
                "sha256:48a0bb93", "llama-2-70b-chat", "llama-2-community", Decision.NEEDS_REVIEW, false,
                List.of(clause(Effect.REVIEW, "Whether this clause applies depends on modification.trainedModelKind."),
                        clause(Effect.OBLIGATION, "Section 1.b.iii: every copy must carry a \"Notice\" file — “quoted” 😀\n")),
                List.of("modification.trainedModelKind", "use.disclosesAI"),
                new ResolvedFrom("meta-llama/Llama-2-70b-chat-hf", "llama2", "huggingface-id"));
        assertEquals(jackson(verdict), ours(verdict));
    }

    @Test
    void absentAndEmptyPartsAreWrittenAsJacksonWritesThem() throws JsonProcessingException {
        for (ResolvedFrom from : Arrays.asList(null, ResolvedFrom.model("meta-llama/Llama-2-7b", "huggingface-id"),
                ResolvedFrom.license("Apache-2.0", "spdx"), new ResolvedFrom(null, null, null), new ResolvedFrom(null, null, "alias"))) {
            for (List<ClauseHit> clauses : Arrays.asList(null, List.<ClauseHit>of(), Arrays.asList(clause(Effect.INFO, null), null))) {
                for (List<String> missing : Arrays.asList(null, List.<String>of(), Arrays.asList("use.commercial", null))) {
                    Verdict verdict = new Verdict(null, null, null, null, null, null, true, clauses, missing, from);
                    assertEquals(jackson(verdict), ours(verdict));
                }
            }
        }
        ClauseHit empty = new ClauseHit(null, null, null, null, null, null, null, null);
        Verdict verdict = new Verdict("id", Instant.EPOCH, "v", "m", "l", Decision.ALLOWED, true, List.of(empty), List.of(), null);
        assertEquals(jackson(verdict), ours(verdict));
    }

    @Test
    void randomVerdictsAreWrittenAsJacksonWritesThem() throws JsonProcessingException {
        Random random = new Random(7);
        String alphabet = "abcdefghij KLM 0123 .:,;'-_/ \"\\\n\t\u0007 é ü € — “ ” \uFFFD";
        for (int i = 0; i < 3_000; i++) {
            List<ClauseHit> clauses = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                clauses.add(new ClauseHit(text(random, alphabet, 20), text(random, alphabet, 8), text(random, alphabet, 40),
                        Effect.values()[random.nextInt(Effect.values().length)], text(random, alphabet, 60),
                        text(random, alphabet, 300), text(random, alphabet, 200), text(random, alphabet, 40)));
            }
            List<String> missing = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                missing.add(text(random, alphabet, 30));
            }
            Verdict verdict = new Verdict(text(random, alphabet, 36), Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000)),
                    text(random, alphabet, 70), text(random, alphabet, 30), text(random, alphabet, 30),
                    Decision.values()[random.nextInt(Decision.values().length)], random.nextBoolean(), clauses, missing,
                    random.nextBoolean() ? null : ResolvedFrom.model(text(random, alphabet, 40), "alias"));
            assertEquals(jackson(verdict), ours(verdict));
        }
    }

    private static String text(Random random, String alphabet, int longest) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(longest + 1); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void fieldsLeaveOutTheBracesSoThatADocumentCanPutItsOwnFieldsFirst() throws JsonProcessingException {
        Verdict verdict = new Verdict("id", Instant.EPOCH, "v", "m", "l", Decision.DENIED, false, List.of(), List.of(), null);
        JsonBytes out = new JsonBytes(16);
        out.raw('{');
        out.raw(JsonBytes.name("line"));
        out.number(3);
        out.raw(',');
        VerdictWriter.fields(verdict, out);
        out.raw('}');
        assertEquals("{\"line\":3," + jackson(verdict).substring(1), new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void theTextOfAVerdictIsItsBytes() throws JsonProcessingException {
        Verdict verdict = new Verdict("id", Instant.EPOCH, "v", "m", "l", Decision.CONDITIONAL, false,
                List.of(clause(Effect.OBLIGATION, "reason with é")), List.of(), null);
        assertEquals(jackson(verdict), VerdictJson.text(verdict));
    }
}
