package ai.licensing.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A byte that is not UTF-8 is found wherever it sits in the range checked, and named by its offset in that range. */
class Utf8Test {

    private static byte[] ascii(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    @Test
    void anInvalidByteIsFoundAtEveryPositionOfEveryRangeAndNamedByItsOffset() {
        for (int offset = 0; offset < 9; offset++) {
            for (int length = 1; length <= 25; length++) {
                for (int at = 0; at < length; at++) {
                    byte[] bytes = ascii(offset + length + 9);
                    bytes[offset + at] = (byte) 0xFF;
                    Violation v = Utf8.problem(bytes, offset, length);
                    assertNotNull(v, "offset " + offset + ", length " + length + ", at " + at);
                    assertEquals("the body is not UTF-8: invalid byte sequence at byte offset " + at, v.message());
                }
            }
        }
    }

    @Test
    void bytesOutsideTheRangeAreNotRead() {
        byte[] bytes = ascii(32);
        bytes[3] = (byte) 0xFF;
        bytes[20] = (byte) 0xFF;
        assertNull(Utf8.problem(bytes, 4, 16));
        assertNull(Utf8.problem(bytes, 21, 11));
    }

    @Test
    void validMultiByteCharactersAnywherePass() {
        for (int at = 0; at < 17; at++) {
            String text = "a".repeat(at) + "é€😀" + "b".repeat(17 - at);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertNull(Utf8.problem(bytes, 0, bytes.length), text);
        }
        assertNull(Utf8.problem(ascii(64)));
    }
}
