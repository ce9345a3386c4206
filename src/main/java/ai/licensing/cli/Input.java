package ai.licensing.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command reads from: {@code -} (or nothing) for standard input, else a file. */
final class Input {

    static final String STDIN = "-";

    private Input() {
    }

    /** Closing the stream closes a file but leaves standard input, which belongs to the caller, open. */
    static InputStream open(String source) throws IOException {
        if (isStdin(source)) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        return Files.newInputStream(Path.of(source));
    }

    /** The size in bytes, or -1 when it is not known in advance (standard input). */
    static long size(String source) throws IOException {
        return isStdin(source) ? -1 : Files.size(Path.of(source));
    }

    private static boolean isStdin(String source) {
        return source == null || STDIN.equals(source);
    }
}
