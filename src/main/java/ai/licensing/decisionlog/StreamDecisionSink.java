package ai.licensing.decisionlog;

import ai.licensing.json.JsonBytes;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decisions written to something that is not a regular file: {@code /dev/stdout} (the container log), a named
 * pipe, a socket. It is only appended to: never read (reading one's own stdout pipe blocks forever), never
 * truncated, never rotated, so decisions cannot be looked up, listed or replayed from it.
 */
public final class StreamDecisionSink implements DecisionStore {

    private final Path path;
    private final OutputStream out;
    /** The lines of the batch being appended, reused from one batch to the next. */
    private final JsonBytes lines = new JsonBytes(4096);

    public StreamDecisionSink(Path path) throws IOException {
        this.path = path;
        this.out = new FileOutputStream(path.toFile(), true);
    }

    @Override
    public synchronized void append(List<DecisionEntry> batch) throws IOException {
        lines.clear();
        DecisionRecordJson.lines(batch, lines);
        // One write, so records of a batch are not interleaved with other output of the process.
        lines.writeTo(out);
        out.flush();
    }

    @Override
    public boolean searchable() {
        return false;
    }

    @Override
    public Optional<DecisionRecord> find(String decisionId) {
        return Optional.empty();
    }

    @Override
    public DecisionPage query(DecisionQuery query) {
        throw new UnsupportedOperationException(path + " is a stream; its decisions cannot be listed");
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return 0;
    }

    @Override
    public String description() {
        return path + " (a stream: written, never read)";
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
