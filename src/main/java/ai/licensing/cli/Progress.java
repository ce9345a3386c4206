package ai.licensing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run on standard error: profiles done, rate, and the time left when the input size
 * is known. On a terminal it rewrites one line in place; into a file or pipe (when asked for) it writes a line
 * now and then; otherwise it stays silent, so scripts capturing standard error see only errors.
 */
final class Progress {

    enum Mode {
        HIDDEN, TERMINAL, LOG;

        /** Shown on a terminal, or elsewhere when asked for. */
        static Mode of(boolean asked, boolean stderrIsTerminal) {
            return stderrIsTerminal ? TERMINAL : asked ? LOG : HIDDEN;
        }
    }

    private static final long TERMINAL_EVERY = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long LOG_EVERY = TimeUnit.SECONDS.toNanos(2);

    private final PrintWriter err;
    private final Mode mode;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long start = System.nanoTime();
    private long shownAt = start;
    private long count;

    /** @param totalBytes the input size, or a negative number when unknown (standard input) */
    Progress(PrintWriter err, Mode mode, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.mode = mode;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    void advance(long profiles) {
        count += profiles;
        long now = System.nanoTime();
        if (now - shownAt >= (mode == Mode.TERMINAL ? TERMINAL_EVERY : LOG_EVERY)) {
            shownAt = now;
            show(String.format(Locale.ROOT, "%,d profiles, %,.0f/s%s", count, rate(now), eta(now)), false);
        }
    }

    void finish() {
        long now = System.nanoTime();
        show(String.format(Locale.ROOT, "done: %,d profiles in %.1f s, %,.0f/s", count, seconds(now), rate(now)), true);
    }

    private void show(String line, boolean last) {
        if (mode == Mode.HIDDEN) {
            return;
        }
        if (mode == Mode.TERMINAL) {
            err.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    private double seconds(long now) {
        return (now - start) / 1e9;
    }

    private double rate(long now) {
        return count / Math.max(seconds(now), 1e-9);
    }

    /** Time left, assuming the rest of the input is read at the pace so far. */
    private String eta(long now) {
        long read = bytesRead.getAsLong();
        if (totalBytes <= 0 || read <= 0) {
            return "";
        }
        long left = Math.round(seconds(now) * Math.max(totalBytes - read, 0) / read);
        return String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60);
    }
}
