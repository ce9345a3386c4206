package ai.licensing.json;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * JSON written straight into UTF-8 bytes, for a document written so often that a general serializer's set-up per
 * document and escaping per character cost more than the document (a verdict line of {@code evaluate}). Strings
 * come out byte for byte as Jackson's default writer puts them: the quote, the backslash and control characters
 * escaped ({@code \b \t \n \f \r}, else as a backslash, {@code u} and four hex digits), each half of a surrogate
 * pair as such a hex escape, all other text as UTF-8. Not thread-safe.
 */
public final class JsonBytes {

    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] HEX = ascii("0123456789ABCDEF");
    private static final long SECONDS_PER_DAY = 86_400;
    /** The JSON of recurring strings ({@link #recurring}), by identity hash: a few thousand, a few hundred KB at most. */
    private static final Encoded[] RECURRING = new Encoded[4096];
    private static final Instant YEAR_0 = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");
    /** By ASCII character: 0 when it is written as it is, else the letter after its backslash ('u': a hex escape). */
    private static final byte[] ESCAPES = new byte[128];
    /** Eight bytes of an array read as one long, in memory order. */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        Arrays.fill(ESCAPES, 0, 0x20, (byte) 'u');
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private byte[] bytes;
    private int size;

    public JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** A field's name as it precedes its value ({@code "name":}), to be written with {@link #raw}. */
    public static byte[] name(String field) {
        JsonBytes name = new JsonBytes(field.length() + 3);
        name.string(field);
        name.raw(':');
        return name.toByteArray();
    }

    /** Bytes that are JSON already: a {@link #name}, punctuation, a document written elsewhere. */
    public void raw(byte[] json) {
        raw(json, 0, json.length);
    }

    public void raw(byte[] json, int offset, int length) {
        ensure(length);
        System.arraycopy(json, offset, bytes, size, length);
        size += length;
    }

    /** Text that is JSON already (a document written elsewhere), in UTF-8. */
    public void raw(String json) {
        raw(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A comma and a field's {@link #name}: a field after the first of its object. */
    public void nextName(byte[] name) {
        raw(',');
        raw(name);
    }

    /** A list as a JSON array, each item written by {@code item}; or {@code null}. */
    public <T> void array(List<T> items, BiConsumer<T, JsonBytes> item) {
        if (items == null) {
            raw(NULL);
            return;
        }
        raw('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                raw(',');
            }
            item.accept(items.get(i), this);
        }
        raw(']');
    }

    /** One ASCII character of JSON punctuation: {@code { } [ ] , :} */
    public void raw(char punctuation) {
        ensure(1);
        bytes[size++] = (byte) punctuation;
    }

    public void bool(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    public void number(long value) {
        raw(ascii(Long.toString(value)));
    }

    /**
     * An instant as a string, as {@link java.time.format.DateTimeFormatter#ISO_INSTANT} and so Jackson's time module
     * write it ({@code 2026-12-01T05:54:57.030769769Z}: seconds always, then the fraction in groups of three digits as
     * far as it goes), or {@code null}. By hand: the formatter and its objects per call were 3 % of {@code evaluate}.
     */
    public void instant(Instant at) {
        if (at == null) {
            raw(NULL);
            return;
        }
        if (at.isBefore(YEAR_0) || !at.isBefore(YEAR_10000)) {
            string(at.toString()); // written with a sign or more digits: not worth doing by hand
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY));
        int second = (int) Math.floorMod(at.getEpochSecond(), SECONDS_PER_DAY);
        ensure(32);
        bytes[size++] = '"';
        digits(day.getYear(), 4);
        bytes[size++] = '-';
        digits(day.getMonthValue(), 2);
        bytes[size++] = '-';
        digits(day.getDayOfMonth(), 2);
        bytes[size++] = 'T';
        digits(second / 3600, 2);
        bytes[size++] = ':';
        digits(second / 60 % 60, 2);
        bytes[size++] = ':';
        digits(second % 60, 2);
        int nano = at.getNano();
        if (nano != 0) {
            bytes[size++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(nano / 1000, 6);
            } else {
                digits(nano, 9);
            }
        }
        bytes[size++] = 'Z';
        bytes[size++] = '"';
    }

    /** A number of at most {@code count} digits, with leading zeros to fill them. */
    private void digits(int value, int count) {
        for (int i = size + count - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += count;
    }

    /**
     * A string the program holds on to and writes again and again (a clause's title, its rule's name, a license id), or
     * {@code null}: its JSON is kept in a small table shared by every writer, found by the string's identity, so it is
     * encoded and escaped once. Any other string is written as {@link #string} writes it; only the time differs.
     */
    public void recurring(String text) {
        if (text == null) {
            raw(NULL);
            return;
        }
        int slot = System.identityHashCode(text) & (RECURRING.length - 1);
        Encoded known = RECURRING[slot];
        if (known == null || known.text() != text) {
            JsonBytes json = new JsonBytes(text.length() + 2);
            json.string(text);
            known = new Encoded(text, json.toByteArray());
            RECURRING[slot] = known; // two writers racing for a slot only cost one of them an encoding
        }
        raw(known.json());
    }

    /** A string and its JSON. */
    private record Encoded(String text, byte[] json) {
    }

    /** A JSON string, or {@code null}. */
    public void string(String text) {
        if (text == null) {
            raw(NULL);
            return;
        }
        // The JDK encodes an ASCII string by a vectorized check and a copy: as many bytes as chars means ASCII.
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length != text.length()) {
            unicode(text);
            return;
        }
        int start = size;
        raw('"');
        int from = 0; // the first byte not written yet
        for (int at = stopAt(utf8, 0); at < utf8.length; at = stopAt(utf8, at + 1)) {
            if (utf8[at] != '?') {
                raw(utf8, from, at - from);
                escape(utf8[at]);
                from = at + 1;
            } else if (text.charAt(at) != '?') {
                // A lone surrogate, which the JDK encodes as '?': Jackson writes it as a hex escape.
                size = start;
                unicode(text);
                return;
            }
        }
        raw(utf8, from, utf8.length - from);
        raw('"');
    }

    /**
     * Where, from {@code from} on in text of one byte per character, the first character is that JSON escapes or that
     * may stand for a lone surrogate ('?'), or the text's length when there is none. Eight characters are looked at a
     * time: most text has none.
     */
    private static int stopAt(byte[] ascii, int from) {
        int i = from;
        while (i + Long.BYTES <= ascii.length && !anyStop((long) EIGHT.get(ascii, i))) {
            i += Long.BYTES;
        }
        // Fewer than eight left: the eight that end the text hold them (and some already read).
        boolean fewLeft = i < ascii.length && i + Long.BYTES > ascii.length && ascii.length >= Long.BYTES;
        if (fewLeft && !anyStop((long) EIGHT.get(ascii, ascii.length - Long.BYTES))) {
            return ascii.length;
        }
        for (; i < ascii.length; i++) {
            if (ESCAPES[ascii[i]] != 0 || ascii[i] == '?') {
                return i;
            }
        }
        return i;
    }

    /**
     * Whether any of eight ASCII characters is below 0x20, a quote, a backslash or a question mark. Subtracting
     * {@code n} from every byte sets the top bit of exactly the bytes below {@code n} (none has it before; a borrow only
     * spreads upwards from such a byte), and a byte equal to {@code c} is below 1 once xor-ed with {@code c}.
     */
    private static boolean anyStop(long eight) {
        long control = eight - 0x2020202020202020L;
        long quote = (eight ^ 0x2222222222222222L) - 0x0101010101010101L;
        long backslash = (eight ^ 0x5C5C5C5C5C5C5C5CL) - 0x0101010101010101L;
        long question = (eight ^ 0x3F3F3F3F3F3F3F3FL) - 0x0101010101010101L;
        return ((control | quote | backslash | question) & 0x8080808080808080L) != 0;
    }

    /** A string with characters beyond ASCII, a character at a time. */
    private void unicode(String text) {
        raw('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ensure(6);
            if (c < 0x80) {
                if (ESCAPES[c] != 0) {
                    escape(c);
                } else {
                    bytes[size++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        raw('"');
    }

    private void escape(int c) {
        byte letter = ESCAPES[c];
        if (letter == 'u') {
            unicodeEscape(c);
        } else {
            ensure(2);
            bytes[size++] = '\\';
            bytes[size++] = letter;
        }
    }

    private void unicodeEscape(int c) {
        ensure(6);
        bytes[size++] = '\\';
        bytes[size++] = 'u';
        bytes[size++] = HEX[c >> 12 & 0xF];
        bytes[size++] = HEX[c >> 8 & 0xF];
        bytes[size++] = HEX[c >> 4 & 0xF];
        bytes[size++] = HEX[c & 0xF];
    }

    public int size() {
        return size;
    }

    /** What has been written, without copying it first. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** What has been written, without copying it first; valid until the next write or {@link #clear}. */
    public ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes, 0, size);
    }

    /** Empties the buffer to write another document into it, keeping its capacity. */
    public void clear() {
        size = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** What has been written, decoded once into a string (no array of its own first). */
    public String text() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
