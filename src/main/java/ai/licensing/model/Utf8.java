package ai.licensing.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a request body is UTF-8. JSON must be (RFC 8259), and Jackson lets some invalid sequences
 * (overlong forms, lone surrogates) through into strings, so the bytes are checked before they are parsed.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Why the bytes are not UTF-8, or null when they are. */
    public static Violation problem(byte[] body) {
        return problem(body, 0, body.length);
    }

    /** Why {@code length} bytes from {@code offset} are not UTF-8, or null when they are. */
    public static Violation problem(byte[] bytes, int offset, int length) {
        if (isAscii(bytes, offset, length)) {
            return null; // the common case, decided without a decoder
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, length);
        // UTF-8 never decodes to more chars than it has bytes: a small body needs no more room than its size.
        CharBuffer chars = CharBuffer.allocate(Math.max(1, Math.min(length, 8192)));
        while (true) {
            CoderResult result = decoder.decode(input, chars, true);
            if (result.isError()) {
                return new Violation("$", "the body is not UTF-8: invalid byte sequence at byte offset " + (input.position() - offset));
            }
            if (result.isUnderflow()) {
                return null;
            }
            chars.clear();
        }
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
