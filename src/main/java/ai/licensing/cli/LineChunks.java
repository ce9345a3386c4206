package ai.licensing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits an input into chunks of consecutive lines, kept as bytes: nothing is decoded here, so the workers decode
 * and parse in parallel while one thread only looks for line ends. A line ends at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as {@link java.io.BufferedReader#readLine()} has it, and a last line without an end still counts.
 */
final class LineChunks {

    /** Consecutive input lines, blank ones included so that line numbers stay right: line i is {@code bytes[starts[i], ends[i])}. */
    record Chunk(long firstLine, byte[] bytes, int[] starts, int[] ends) {

        int size() {
            return starts.length;
        }
    }

    private final InputStream in;
    private final int linesPerChunk;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that line end. */
    private boolean afterCarriageReturn;
    private long nextLine = 1;
    /** The size of the last chunk's bytes, so the next one rarely grows. */
    private int lastSize = 1 << 12;

    LineChunks(InputStream in, int linesPerChunk) {
        this(in, linesPerChunk, 1 << 16);
    }

    LineChunks(InputStream in, int linesPerChunk, int bufferSize) {
        this.in = in;
        this.linesPerChunk = linesPerChunk;
        this.buffer = new byte[bufferSize];
    }

    /** The next chunk, or {@code null} when the input has no more lines. */
    Chunk next() throws IOException {
        byte[] bytes = new byte[lastSize];
        int size = 0;
        int[] starts = new int[linesPerChunk];
        int[] ends = new int[linesPerChunk];
        int lines = 0;
        while (lines < linesPerChunk) {
            int start = size;
            boolean ended = false;
            while (!ended && (position < limit || fill())) {
                if (afterCarriageReturn) {
                    afterCarriageReturn = false;
                    if (buffer[position] == '\n') {
                        position++;
                        continue;
                    }
                }
                int end = position;
                while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                    end++;
                }
                int length = end - position;
                if (size + length > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
                }
                System.arraycopy(buffer, position, bytes, size, length);
                size += length;
                if (end < limit) {
                    afterCarriageReturn = buffer[end] == '\r';
                    ended = true;
                    end++;
                }
                position = end;
            }
            if (!ended && size == start) {
                break; // the end of the input, with no last line left
            }
            starts[lines] = start;
            ends[lines] = size;
            lines++;
        }
        if (lines == 0) {
            return null;
        }
        lastSize = Math.max(lastSize, size);
        Chunk chunk = new Chunk(nextLine, bytes, Arrays.copyOf(starts, lines), Arrays.copyOf(ends, lines));
        nextLine += lines;
        return chunk;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
