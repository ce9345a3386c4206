package ai.licensing.decisionlog;

import ai.licensing.json.JsonBytes;
import ai.licensing.model.SourceError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The decision log: one JSON line per decision, appended, never rewritten. A record is read back whole or not at
 * all, even if the process is killed: each record is one complete line handed to the OS in a single write on an
 * append-only channel, so only the last line can be torn (the kernel may cut a write short when the process is
 * killed), and a last line left without its newline is truncated away when the log is opened. Lookups by decision id go through an in-memory index of the most recent decisions' file offsets,
 * rebuilt on open; an older decision is found by reading the file. The index is bounded so that a service answering
 * thousands of decisions a second for weeks holds the same memory as on its first day. One process writes a log at
 * a time.
 */
public final class DecisionLogFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DecisionLogFile.class.getName());
    private static final int BATCH_BYTES = 64 * 1024;
    /** A buffer a burst grew beyond this is dropped after its batch. */
    private static final int KEPT_BATCH_BYTES = 1024 * 1024;

    private final Path path;
    private final FileChannel appender;
    private final FileChannel reader;
    /** The most recent decisions' offsets, oldest first; guarded by {@code this}. */
    private final RecentOffsets offsets;
    /** One reading of the file for an old decision at a time, however many are asked for at once. */
    private final Object fileLookup = new Object();
    private final DecisionRecordJson json = new DecisionRecordJson();
    /** The lines of the batch being appended, reused from one batch to the next (appends hold the lock). */
    private JsonBytes batch = new JsonBytes(BATCH_BYTES);

    /** How many of the most recent decisions {@link #open(Path)} indexes: ~15 MB of heap. */
    public static final int DEFAULT_INDEXED = 100_000;

    /** Decision id to file offset for the most recent decisions; remembers up to where older ones were dropped. */
    private static final class RecentOffsets extends LinkedHashMap<String, Long> {

        private final int capacity;
        private long droppedThrough = -1;

        RecentOffsets(int capacity) {
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            if (size() <= capacity) {
                return false;
            }
            droppedThrough = eldest.getValue();
            return true;
        }
    }

    private DecisionLogFile(Path path, RecentOffsets offsets) throws IOException {
        this.path = path;
        this.offsets = offsets;
        this.appender = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.reader = FileChannel.open(path, StandardOpenOption.READ);
    }

    /** Opens (or creates) the log, cuts off a torn last line and indexes the most recent records. */
    public static DecisionLogFile open(Path path) throws IOException {
        return open(path, DEFAULT_INDEXED);
    }

    /** @param indexed how many of the most recent decisions are found without reading the file */
    public static DecisionLogFile open(Path path, int indexed) throws IOException {
        if (indexed < 1) {
            throw new IllegalArgumentException("the decision log index must hold at least one decision, not " + indexed);
        }
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        RecentOffsets offsets = new RecentOffsets(indexed);
        if (Files.exists(path)) {
            long end = JsonLines.scan(path, (offset, number, line) -> {
                String id = DecisionRecordJson.decisionId(line);
                if (id == null) {
                    LOG.log(System.Logger.Level.WARNING, path + ":" + number + ": not a decision record; left out of the index");
                } else {
                    offsets.put(id, offset);
                }
            });
            truncateTornLine(path, end);
        }
        return new DecisionLogFile(path, offsets);
    }

    private static void truncateTornLine(Path path, long end) throws IOException {
        long size = Files.size(path);
        if (size > end) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
            LOG.log(System.Logger.Level.WARNING, path + ": removed a torn last line (" + (size - end)
                    + " bytes without a newline, from a write cut short)");
        }
    }

    /** Appends the record as one line. On failure nothing of it stays in the file. */
    public void append(DecisionRecord record) throws IOException {
        append(List.of(DecisionEntry.of(record)), false);
    }

    /**
     * Appends the decisions as one write of whole lines (group commit: whatever the writer found queued), and with
     * {@code force} waits until the device has them. On failure nothing of them stays in the file.
     */
    public synchronized void append(List<DecisionEntry> entries, boolean force) throws IOException {
        batch.clear();
        int[] lengths = DecisionRecordJson.lines(entries, batch);
        try {
            write(entries, lengths, batch.buffer(), force);
        } finally {
            if (batch.size() > KEPT_BATCH_BYTES) {
                batch = new JsonBytes(BATCH_BYTES); // a burst's buffer is not kept for the quiet that follows
            }
        }
    }

    private void write(List<DecisionEntry> entries, int[] lengths, ByteBuffer all, boolean force) throws IOException {
        long start = appender.size();
        try {
            while (all.hasRemaining()) {
                appender.write(all);
            }
            if (force) {
                appender.force(false);
            }
        } catch (IOException e) {
            appender.truncate(start);
            throw e;
        }
        long offset = start;
        for (int i = 0; i < lengths.length; i++) {
            offsets.put(entries.get(i).record().decisionId(), offset);
            offset += lengths[i];
        }
    }

    /** How many bytes the file holds. */
    public long bytes() throws IOException {
        return appender.size();
    }

    public Optional<DecisionRecord> find(String decisionId) throws IOException {
        Long offset;
        long droppedThrough;
        synchronized (this) {
            offset = offsets.get(decisionId);
            droppedThrough = offsets.droppedThrough;
        }
        if (offset == null && droppedThrough >= 0) {
            offset = offsetInFile(decisionId, droppedThrough);
        }
        return offset == null ? Optional.empty() : Optional.of(json.parse(JsonLines.lineAt(reader, offset)));
    }

    /**
     * A decision older than the index: read the part of the file the index no longer covers (ids are unique, so the
     * first match is the one). Nothing is read while the index still holds every decision.
     */
    private Long offsetInFile(String decisionId, long droppedThrough) throws IOException {
        long[] found = {-1};
        synchronized (fileLookup) {
            JsonLines.scan(path, droppedThrough, (offset, number, line) -> {
                if (found[0] < 0 && offset <= droppedThrough && decisionId.equals(DecisionRecordJson.decisionId(line))) {
                    found[0] = offset;
                }
            });
        }
        return found[0] < 0 ? null : found[0];
    }

    /** How many records the index holds: the most recent ones, up to the bound it was opened with. */
    public synchronized int size() {
        return offsets.size();
    }

    public Path path() {
        return path;
    }

    /**
     * Every whole record of a log file, in order, without changing the file (it may belong to a running
     * service). A line that is not a record goes to {@code onError} with its line number; a torn last line is skipped.
     */
    public static void read(Path file, Consumer<DecisionRecord> onRecord, Consumer<SourceError> onError) throws IOException {
        DecisionRecordJson json = new DecisionRecordJson();
        JsonLines.scan(file, (offset, number, line) -> {
            try {
                onRecord.accept(json.parse(line));
            } catch (IllegalArgumentException e) {
                onError.accept(new SourceError(file.toString(), number, 0, e.getMessage()));
            }
        });
    }

    /** The record with the id in a log file no service writes any more (a rotated one), read from its start. */
    static Optional<DecisionRecord> findIn(Path file, String decisionId) throws IOException {
        byte[][] found = {null};
        JsonLines.scan(file, (offset, number, line) -> {
            if (found[0] == null && decisionId.equals(DecisionRecordJson.decisionId(line))) {
                found[0] = line;
            }
        });
        return found[0] == null ? Optional.empty() : Optional.of(new DecisionRecordJson().parse(found[0]));
    }

    @Override
    public void close() throws IOException {
        appender.close();
        reader.close();
    }
}
