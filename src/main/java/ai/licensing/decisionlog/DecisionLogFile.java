package ai.licensing.decisionlog;

import ai.licensing.model.SourceError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The decision log: one JSON line per decision, appended, never rewritten. A record is written whole or not at
 * all, even if the process is killed: each record is one complete line handed to the OS in a single write on an
 * append-only channel, and a last line left without its newline (a write cut short) is truncated away when the
 * log is opened. Lookups by decision id go through an in-memory index of id to file offset, rebuilt on open.
 * One process writes a log at a time.
 */
public final class DecisionLogFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DecisionLogFile.class.getName());

    private final Path path;
    private final FileChannel appender;
    private final FileChannel reader;
    private final Map<String, Long> offsets;
    private final DecisionRecordJson json = new DecisionRecordJson();

    private DecisionLogFile(Path path, Map<String, Long> offsets) throws IOException {
        this.path = path;
        this.offsets = offsets;
        this.appender = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.reader = FileChannel.open(path, StandardOpenOption.READ);
    }

    /** Opens (or creates) the log, cuts off a torn last line and indexes every record. */
    public static DecisionLogFile open(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Map<String, Long> offsets = new ConcurrentHashMap<>();
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
        write(record.decisionId(), DecisionRecordJson.line(record));
    }

    /** The same, with the record's verdict already written as JSON (the response's), so it is not written twice. */
    public void append(DecisionRecord record, String verdictJson) throws IOException {
        write(record.decisionId(), DecisionRecordJson.line(record, verdictJson));
    }

    private synchronized void write(String decisionId, byte[] record) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(record);
        long start = appender.size();
        try {
            while (line.hasRemaining()) {
                appender.write(line);
            }
        } catch (IOException e) {
            appender.truncate(start);
            throw e;
        }
        offsets.put(decisionId, start);
    }

    public Optional<DecisionRecord> find(String decisionId) throws IOException {
        Long offset = offsets.get(decisionId);
        return offset == null ? Optional.empty() : Optional.of(json.parse(JsonLines.lineAt(reader, offset)));
    }

    /** How many records the index holds. */
    public int size() {
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

    @Override
    public void close() throws IOException {
        appender.close();
        reader.close();
    }
}
