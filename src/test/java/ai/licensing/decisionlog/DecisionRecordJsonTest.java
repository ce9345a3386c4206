package ai.licensing.decisionlog;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decision log line: one line of JSON holding the verdict exactly as the response had it, and read back whole. */
class DecisionRecordJsonTest {

    @Test
    void aLineHoldsTheVerdictsJsonAsTheResponseHadItAndReadsBackToTheSameRecord() {
        UsageProfile profile = new ProfileParser().parse("""
                {"model":"m","licensee":{"type":"company","country":"DE"},"use":{"purposes":["research"]}}""");
        Verdict verdict = new Verdict("d-1", Instant.parse("2026-12-01T03:00:00Z"), "sha256:test", "m", "l", Decision.DENIED, false,
                List.of(new ClauseHit("l", "1.a", "Título \"quoted\"", Effect.DENY, "l: rule",
                        "Line one\nline two, née ü, 😀, and a backslash \\ here.", "Ask the licensor – politely.", null)),
                List.of("use.humanOversight"), null);
        DecisionEntry entry = DecisionEntry.of(DecisionRecord.of(profile, verdict, List.of("licensee.country")));
        byte[] line = DecisionRecordJson.line(entry);
        String text = new String(line, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"), text);
        assertEquals(1, text.chars().filter(c -> c == '\n').count(), "exactly one line");
        assertTrue(text.contains(",\"verdict\":" + VerdictJson.text(verdict) + "}"), text);
        DecisionRecord read = new DecisionRecordJson().parse(line);
        assertEquals(entry.record(), read);
    }
}
