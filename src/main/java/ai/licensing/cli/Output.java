package ai.licensing.cli;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its document: {@code -} (or nothing) for standard output, else a UTF-8 file. */
final class Output {

    static final String STDOUT = "-";

    private Output() {
    }

    /**
     * Closing the writer closes a file but only flushes standard output, which belongs to the caller. Standard
     * output is a PrintWriter, which swallows errors; they are turned back into exceptions so that a long run
     * stops when its reader goes away ({@code evaluate … | head}).
     */
    static Writer open(String target, PrintWriter stdout) throws IOException {
        if (target == null || STDOUT.equals(target)) {
            return new FilterWriter(stdout) {
                @Override
                public void write(String text, int offset, int length) throws IOException {
                    super.write(text, offset, length);
                    if (stdout.checkError()) {
                        throw new IOException("standard output is closed");
                    }
                }

                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        return Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8);
    }

    /**
     * The same target for a command that writes UTF-8 bytes ({@code evaluate}): a file is written as it is; standard
     * output gets the text, so each write must be whole UTF-8 text (whole lines).
     */
    static OutputStream openBytes(String target, PrintWriter stdout) throws IOException {
        if (target == null || STDOUT.equals(target)) {
            Writer text = open(target, stdout);
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] utf8, int offset, int length) throws IOException {
                    text.write(new String(utf8, offset, length, StandardCharsets.UTF_8));
                }

                @Override
                public void close() throws IOException {
                    text.close();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(Path.of(target)), 1 << 16);
    }
}
