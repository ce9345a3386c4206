package ai.licensing.decisionlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Line access to a JSON-lines file by byte offset. Only a line ending in a newline is complete: a last line
 * without one was torn by a crash in the middle of a write and is never handed out.
 */
final class JsonLines {

    private static final int CHUNK = 64 * 1024;

    @FunctionalInterface
    interface LineVisitor {
        /** @param number 1-based line number */
        void line(long offset, int number, byte[] line);
    }

    private JsonLines() {
    }

    /** Visits every complete line in order; returns the offset just past the last complete line. */
    static long scan(Path file, LineVisitor visitor) throws IOException {
        return scan(file, Long.MAX_VALUE, visitor);
    }

    /** The same, but stops reading once a line starting after {@code lastStart} has been reached. */
    static long scan(Path file, long lastStart, LineVisitor visitor) throws IOException {
        long lineStart = 0;
        long position = 0;
        int number = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0 && lineStart <= lastStart; n = in.read(chunk)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, from, i - from);
                        visitor.line(lineStart, ++number, line.toByteArray());
                        line.reset();
                        from = i + 1;
                        lineStart = position + from;
                    }
                }
                line.write(chunk, from, n - from);
                position += n;
            }
        }
        return lineStart;
    }

    /** The line that starts at {@code offset}, without its newline. */
    static byte[] lineAt(FileChannel channel, long offset) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        long position = offset;
        while (channel.read(chunk.clear(), position) > 0) {
            chunk.flip();
            for (int i = 0; i < chunk.limit(); i++) {
                if (chunk.get(i) == '\n') {
                    line.write(chunk.array(), 0, i);
                    return line.toByteArray();
                }
            }
            line.write(chunk.array(), 0, chunk.limit());
            position += chunk.limit();
        }
        throw new IOException("the line at offset " + offset + " has no end");
    }
}
