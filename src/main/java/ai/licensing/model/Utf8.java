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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        // UTF-8 never decodes to more chars than it has bytes: a small body needs no more room than its size.
        CharBuffer chars = CharBuffer.allocate(Math.max(1, Math.min(body.length, 8192)));
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                return new Violation("$", "the body is not UTF-8: invalid byte sequence at byte offset " + bytes.position());
            }
            if (result.isUnderflow()) {
                return null;
            }
            chars.clear();
        }
    }
}
