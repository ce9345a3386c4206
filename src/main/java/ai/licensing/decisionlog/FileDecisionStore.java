package ai.licensing.decisionlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Decisions in JSON-lines files of one service process: the active file ({@code decisions.jsonl}) and, once it
 * reaches its size limit, rotated files beside it named by the time they were closed
 * ({@code decisions-20261130T150631123456Z.jsonl}), which the retention removes when they are old enough. Lookups
 * find recent decisions through the active file's index and older ones by reading the files; listings read the
 * files, newest first, skipping files closed before the listing's {@code since}.
 */
public final class FileDecisionStore implements DecisionStore {

    private static final String EXTENSION = ".jsonl";
    private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path path;
    private final long maxBytes;
    private final int indexed;
    private final boolean force;
    /** Readers may use the active file at once; the writer takes the write lock only to rotate it. */
    private final ReadWriteLock rotation = new ReentrantReadWriteLock();
    private DecisionLogFile active;

    private FileDecisionStore(Path path, long maxBytes, int indexed, boolean force) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        this.indexed = indexed;
        this.force = force;
        this.active = DecisionLogFile.open(path, indexed);
    }

    /**
     * @param maxBytes the size at which the active file is closed and a new one begins
     * @param indexed  how many recent decisions of the active file are found without reading it
     * @param force    whether each write waits until the device holds it (survives a power cut, not only a crash)
     */
    public static FileDecisionStore open(Path path, long maxBytes, int indexed, boolean force) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the decision log's maximum file size must be positive, not " + maxBytes);
        }
        return new FileDecisionStore(path, maxBytes, indexed, force);
    }

    @Override
    public void append(List<DecisionEntry> batch) throws IOException {
        active.append(batch, force);
        if (active.bytes() >= maxBytes) {
            rotate();
        }
    }

    private void rotate() throws IOException {
        rotation.writeLock().lock();
        try {
            active.close();
            Files.move(path, rotatedName(Instant.now()), StandardCopyOption.ATOMIC_MOVE);
            active = DecisionLogFile.open(path, indexed);
        } finally {
            rotation.writeLock().unlock();
        }
    }

    private Path rotatedName(Instant closedAt) {
        return path.resolveSibling(stem() + "-" + CLOSED_AT.format(closedAt) + EXTENSION);
    }

    private String stem() {
        String name = path.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** The rotated files, newest first (their names sort by the time they were closed). */
    List<Path> rotated() throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        String prefix = stem() + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(EXTENSION) && Files.isRegularFile(f);
            }).sorted(Comparator.reverseOrder()).toList();
        }
    }

    @Override
    public Optional<DecisionRecord> find(String decisionId) throws IOException {
        rotation.readLock().lock();
        try {
            Optional<DecisionRecord> recent = active.find(decisionId);
            if (recent.isPresent()) {
                return recent;
            }
        } finally {
            rotation.readLock().unlock();
        }
        for (Path file : rotated()) {
            Optional<DecisionRecord> old = DecisionLogFile.findIn(file, decisionId);
            if (old.isPresent()) {
                return old;
            }
        }
        return Optional.empty();
    }

    @Override
    public DecisionPage query(DecisionQuery query) throws IOException {
        // The oldest of the best limit + 1 at the head, so that it is the one dropped when a newer match turns up.
        PriorityQueue<DecisionRecord> newest = new PriorityQueue<>(DecisionCursor.NEWEST_FIRST.reversed());
        List<Path> files = new ArrayList<>();
        files.add(path);
        files.addAll(rotated());
        for (Path file : files) {
            if (query.since() != null && file != path && closedBefore(file, query.since())) {
                continue;
            }
            DecisionLogFile.read(file, record -> {
                if (query.matches(record)) {
                    newest.add(record);
                    if (newest.size() > query.limit() + 1) {
                        newest.poll();
                    }
                }
            }, error -> { });
        }
        List<DecisionRecord> page = new ArrayList<>(newest);
        page.sort(DecisionCursor.NEWEST_FIRST);
        return DecisionPage.of(page, query.limit());
    }

    /** Whether the file's last write, hence every decision in it, was before the instant. */
    private static boolean closedBefore(Path file, Instant instant) throws IOException {
        return Files.getLastModifiedTime(file).compareTo(FileTime.from(instant)) < 0;
    }

    /** Deletes the rotated files whose every decision is older than the cutoff; the active file is kept whole. */
    @Override
    public long purgeBefore(Instant cutoff) throws IOException {
        long deleted = 0;
        for (Path file : rotated()) {
            if (closedBefore(file, cutoff) && Files.deleteIfExists(file)) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public String description() {
        return path.toAbsolutePath().toString();
    }

    @Override
    public void close() throws IOException {
        active.close();
    }
}
