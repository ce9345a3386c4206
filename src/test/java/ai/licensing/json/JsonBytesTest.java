package ai.licensing.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link JsonBytes} writes is byte for byte what the verdicts' Jackson writer writes for the same value. */
class JsonBytesTest {

    private static String jackson(Object value) {
        try {
            return new String(Json.verdicts().writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String ours(String text) {
        JsonBytes out = new JsonBytes(1);
        out.string(text);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String ours(Instant at) {
        JsonBytes out = new JsonBytes(1);
        out.instant(at);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void everyCharacterOnItsOwnAndAmongAsciiIsWrittenAsJacksonWritesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c);
            assertEquals(jackson(alone), ours(alone), "U+" + Integer.toHexString(c));
            String among = "text before " + (char) c + " and after it";
            assertEquals(jackson(among), ours(among), "U+" + Integer.toHexString(c) + " among ASCII");
        }
    }

    @Test
    void anEscapedCharacterIsFoundAtEveryPositionOfStringsOfEveryLength() {
        for (char escaped : new char[] {'"', '\\', '\n', '\u0000', '\u001F', '\t'}) {
            for (int length = 1; length <= 26; length++) {
                for (int at = 0; at < length; at++) {
                    char[] chars = "abcdefghijklmnopqrstuvwxyz".substring(0, length).toCharArray();
                    chars[at] = escaped;
                    String text = new String(chars);
                    assertEquals(jackson(text), ours(text), "U+" + Integer.toHexString(escaped) + " at " + at + " of " + length);
                }
            }
        }
    }

    @Test
    void charactersNextToEscapeLimitsAreNotEscaped() {
        // One below and one above each escaped byte, so that a wrong borrow in the eight-at-a-time check shows.
        String text = " !#[]\u007F ~ 0123456789 \u0020\u0021\u0023\u005B\u005D abc";
        assertEquals(jackson(text), ours(text));
        assertEquals("\"" + text + "\"", ours(text));
    }

    @Test
    void randomTextOfEveryKindIsWrittenAsJacksonWritesIt() {
        Random random = new Random(19);
        String alphabet = "abc XYZ 019 \"\\/\n\r\t\b\f\u0001\u001F\u007F é ß \u00FF \u0141 \u2028 \u20AC \uFFFD";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    text.appendCodePoint(0x1F600 + random.nextInt(64)); // a surrogate pair
                } else if (kind == 1) {
                    text.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertEquals(jackson(text.toString()), ours(text.toString()), text.toString());
        }
    }

    @Test
    void aRecurringStringIsWrittenAsAnyStringWhicheverStringsShareItsSlot() {
        Random random = new Random(21);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) { // more strings than the table has slots: slots are shared and taken over
            texts.add(i % 3 == 0 ? "title \"" + i + "\"\n" : "rule " + i + (random.nextBoolean() ? " \u00E9" : ""));
        }
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                JsonBytes out = new JsonBytes(1);
                out.recurring(text);
                out.recurring(new String(text)); // equal text, another string
                assertEquals(ours(text) + ours(text), new String(out.toByteArray(), StandardCharsets.UTF_8));
            }
        }
        JsonBytes out = new JsonBytes(1);
        out.recurring(null);
        assertEquals("null", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void nullAndTheEmptyStringAreWrittenAsJacksonWritesThem() {
        assertEquals(jackson(null), ours((String) null));
        assertEquals("\"\"", ours(""));
        assertEquals(jackson(null), ours((Instant) null));
    }

    @Test
    void instantsAreWrittenAsTheTimeModuleWritesThem() {
        Random random = new Random(20);
        long first = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long last = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
        int[] nanos = {0, 1, 7_000, 120_000, 1_000_000, 30_000_000, 999_999_999, 30_769_769, 500_000_000};
        for (int i = 0; i < 50_000; i++) {
            long second = first + (long) (random.nextDouble() * (last - first));
            Instant at = Instant.ofEpochSecond(second, i % 2 == 0 ? nanos[i % nanos.length] : random.nextInt(1_000_000_000));
            assertEquals(jackson(at), ours(at), at.toString());
        }
        for (Instant edge : new Instant[] {Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(first),
                Instant.ofEpochSecond(last, 999_999_999), Instant.parse("2024-02-29T23:59:59.5Z"), Instant.MIN, Instant.MAX,
                Instant.ofEpochSecond(first - 1), Instant.ofEpochSecond(last + 1)}) {
            assertEquals(jackson(edge), ours(edge), edge.toString());
        }
    }

    @Test
    void namesNumbersAndFlagsAreJson() {
        JsonBytes out = new JsonBytes(1);
        out.raw('{');
        out.raw(JsonBytes.name("line"));
        out.number(-42);
        out.raw(',');
        out.raw(JsonBytes.name("a \"name\""));
        out.bool(true);
        out.raw(',');
        out.raw(JsonBytes.name("other"));
        out.bool(false);
        out.raw('}');
        assertEquals("{\"line\":-42,\"a \\\"name\\\"\":true,\"other\":false}", new String(out.toByteArray(), StandardCharsets.UTF_8));
        assertEquals(out.toByteArray().length, out.size());
    }
}
