package ai.licensing.decisionlog;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.RulesetLoader;
import ai.licensing.json.Json;
import ai.licensing.json.JsonBytes;
import ai.licensing.testing.RandomProfiles;
import ai.licensing.testing.RulesCopy;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** The line as the decision records' mapper writes it: how the log wrote its lines before it wrote them by hand. */
    private static byte[] mappersLine(DecisionEntry entry) throws IOException {
        ObjectMapper mapper = Json.decisionRecords();
        DecisionRecord record = entry.record();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("decisionId", record.decisionId());
            json.writeFieldName("time");
            mapper.writeValue(json, record.time());
            json.writeStringField("rulesetVersion", record.rulesetVersion());
            json.writeFieldName("profile");
            json.writeRawValue(entry.profileJson());
            json.writeFieldName("masked");
            mapper.writeValue(json, record.masked());
            json.writeFieldName("verdict");
            json.writeRawValue(entry.verdictJson());
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Lines written into one buffer, a batch at a time, are the mapper's lines to the byte: decisions on random
     * profiles, with ids, versions and masked paths of every kind of character, times with and without a fraction.
     */
    @Test
    void aBatchsLinesAreTheMappersLinesToTheByte() throws IOException {
        Ruleset rules = RulesetLoader.load(RulesCopy.MINIMAL);
        RandomProfiles profiles = new RandomProfiles(5, rules.catalog().modelIds());
        ProfileParser parser = new ProfileParser();
        Random random = new Random(5);
        String[] texts = {"", "plain", "quote \" and \\ backslash", "line\nbreak\ttab", "née ü – 😀", "\u0001\u001f\u007f", "lone \ud800 surrogate"};
        JsonBytes batch = new JsonBytes(16);
        List<DecisionEntry> entries = new ArrayList<>();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 2_000; i++) {
            UsageProfile profile = parser.parse(profiles.next().toString());
            Verdict decided = DecisionEngine.evaluate(rules, profile);
            Instant time = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            List<String> masked = random.nextBoolean() ? List.of() : List.of(texts[random.nextInt(texts.length)], "licensee.country");
            DecisionRecord record = new DecisionRecord(texts[random.nextInt(texts.length)] + i, time,
                    random.nextInt(10) == 0 ? null : texts[random.nextInt(texts.length)], profile, decided, masked);
            DecisionEntry entry = DecisionEntry.of(record);
            entries.add(entry);
            expected.write(mappersLine(entry));
            assertArrayEquals(mappersLine(entry), DecisionRecordJson.line(entry), record.toString());
        }
        for (int from = 0; from < entries.size(); from += 250) {
            batch.clear();
            List<DecisionEntry> part = entries.subList(from, from + 250);
            int[] lengths = DecisionRecordJson.lines(part, batch);
            for (int i = 0; i < part.size(); i++) {
                assertEquals(DecisionRecordJson.line(part.get(i)).length, lengths[i]);
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            batch.writeTo(written);
            assertArrayEquals(Arrays.copyOfRange(expected.toByteArray(), offset(entries, from), offset(entries, from + 250)), written.toByteArray());
        }
    }

    private static int offset(List<DecisionEntry> entries, int index) {
        return entries.subList(0, index).stream().mapToInt(e -> DecisionRecordJson.line(e).length).sum();
    }
}
