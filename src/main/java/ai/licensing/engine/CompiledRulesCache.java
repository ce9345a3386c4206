package ai.licensing.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compiled rules kept on disk, so that a service restarted on a rules folder it has compiled before serves without
 * compiling it again (start-up). An entry is found only by everything that decides what a compile produces: the
 * folder's content ({@link Ruleset#version()}), this build of the service (its classes, which add the guards and
 * define the facts and helpers) and the Drools it runs. An entry that was damaged, written by someone else, or that
 * Drools cannot read back is not used: the folder is compiled as if there were none, so an entry can make a start
 * faster and never change what it answers. Entries are written after a compile of the whole folder, in the
 * background, through a temporary file renamed into place; the most recent few are kept. Read-only folders of
 * shipped entries (an image's compile of its own rules) are read, under the same checks, when the cache has none.
 * An entry's header also says what it was compiled from, license by license ({@link RuleContents}): a start on a
 * folder that differs from a kept compile in a few licenses reads every other license from it ({@link #nearest}) and
 * compiles those few, as a reload compiles an edit.
 */
public final class CompiledRulesCache {

    /** No cache: every load compiles. */
    public static final CompiledRulesCache NONE = new CompiledRulesCache(null, Consequences.INTERPRETED, List.of());

    private static final System.Logger LOG = System.getLogger(CompiledRulesCache.class.getName());
    /** Changes whenever what an entry holds changes shape. */
    private static final String FORMAT = "license-decisions compiled rules, format 2";
    static final byte[] MAGIC = "LDRULES2".getBytes(StandardCharsets.US_ASCII);
    /** Far more than the header of a folder of hundreds of licenses needs; a longer one is not this cache's. */
    private static final int MOST_HEADER_BYTES = 1 << 20;
    private static final int DIGEST_LENGTH = 32;
    /** Entries kept: a few versions, so that going back to a recent one is fast too. */
    private static final int KEPT = 4;
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = EnumSet.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    /** What compiled rules are made of; anything else in an entry refuses it before it is built (a planted entry). */
    private static final List<String> ALLOWED = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.", "ai.licensing.");
    /** The names this cache gives its files: the only ones it ever deletes. */
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}\\.rules");
    private static final String TEMPORARY_PREFIX = "entry-";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Pattern TEMPORARY_NAME = Pattern.compile("entry-[0-9]+\\.tmp");
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rules-cache-write");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // A command that exits right after a compile (test, bom) still leaves its entry for the next run.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WRITER.shutdown();
            try {
                WRITER.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rules-cache-write-finish"));
    }

    private final Path dir;
    private final Consequences kept;
    private final List<Path> shipped;
    /** Shipped entries that could not be used: the cache's own folder keeps a compile of their version instead. */
    private final Set<Path> passedOver = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    private CompiledRulesCache(Path dir, Consequences kept, List<Path> shipped) {
        this.dir = dir;
        this.kept = kept;
        this.shipped = shipped;
    }

    /**
     * A cache in this folder (created, readable and writable only by this user, when first written) that keeps the
     * compiles whose consequences run this way: the form a service serves for good (compiled, unless it does not
     * compile them), so that a start does not spend its CPU writing what will soon be replaced.
     */
    public static CompiledRulesCache in(Path dir, Consequences kept) {
        return new CompiledRulesCache(dir.toAbsolutePath().normalize(), kept, List.of());
    }

    /**
     * The cache a service or command is configured with: none when {@code enabled} is false, else in {@code dir} (the
     * {@link #defaultFolder()} when absent) keeping compiles whose consequences run {@code kept}, and reading the
     * entries shipped in {@code shipped} when present.
     */
    public static CompiledRulesCache configured(boolean enabled, Optional<Path> dir, Consequences kept, Optional<Path> shipped) {
        if (!enabled) {
            return NONE;
        }
        CompiledRulesCache cache = in(dir.orElseGet(CompiledRulesCache::defaultFolder), kept);
        return shipped.map(cache::withShipped).orElse(cache);
    }

    /**
     * The same cache, also reading the entries shipped in this read-only folder (an image's compile of its own rules,
     * written by {@code precompile}) when it has none of its own; a shipped entry is never written or deleted.
     */
    public CompiledRulesCache withShipped(Path folder) {
        if (dir == null) {
            return this;
        }
        List<Path> folders = new ArrayList<>(shipped);
        folders.add(folder.toAbsolutePath().normalize());
        return new CompiledRulesCache(dir, kept, List.copyOf(folders));
    }

    /** Whether this is the same cache keeping the same compiles and reading the same shipped ones. */
    public boolean sameAs(CompiledRulesCache other) {
        return Objects.equals(dir, other.dir) && kept == other.kept && shipped.equals(other.shipped);
    }

    /** The folder the service keeps its cache in unless configured otherwise: one per user, in the temporary folder. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "license-decisions-rules-" + System.getProperty("user.name", "user"));
    }

    /**
     * The packages compiled from this version of a folder, read with {@code loader}; empty when there is no usable
     * entry (none, damaged, not this user's, or not readable by this Drools), with the reason logged.
     */
    Optional<List<KiePackage>> read(String version, Consequences consequences, ClassLoader loader) {
        if (dir == null) {
            return Optional.empty();
        }
        // Its own folder first, then the shipped ones; a stream stops at the first usable entry.
        return Stream.concat(Stream.of(dir), shipped.stream())
                .map(folder -> open(folder, entry(folder, version, consequences)))
                .flatMap(Optional::stream)
                .filter(kept -> kept.header().consequences() == consequences)
                .map(kept -> kept.packages(loader)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The kept compile nearest to a folder of these contents, that this build made: the fewest files that differ (the
     * shared files, and each license whose files differ or that it did not have), {@code nearEnough} by what differs,
     * its consequences compiled rather than not where two are as near. Empty when none is that near; a damaged one
     * found on the way is dealt with as {@link #read} does. {@code wanted} is asked only when this build has kept
     * compiles to compare them with.
     */
    Optional<Near> nearest(Supplier<RuleContents> wanted, Predicate<RuleContents.Difference> nearEnough) {
        if (dir == null) {
            return Optional.empty();
        }
        List<Candidate> ours = new ArrayList<>();
        Stream.concat(Stream.of(dir), shipped.stream()).forEach(folder -> entries(folder).forEach(entry ->
                headerOf(entry).filter(header -> header.build().equals(ThisBuild.KEY) && !passedOver.contains(entry))
                        .ifPresent(header -> ours.add(new Candidate(folder, entry, header, null)))));
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        RuleContents contents = wanted.get();
        List<Candidate> candidates = new ArrayList<>();
        ours.forEach(kept -> Optional.of(contents.differenceFrom(kept.header().contents())).filter(nearEnough)
                .ifPresent(difference -> candidates.add(new Candidate(kept.folder(), kept.entry(), kept.header(), difference))));
        candidates.sort(Comparator.comparingInt((Candidate candidate) -> candidate.difference().size())
                .thenComparing(candidate -> candidate.header().consequences() != Consequences.COMPILED));
        // Chosen by a header not yet checked against the entry's digest; what is used is checked, and must say the same.
        return candidates.stream()
                .map(candidate -> open(candidate.folder(), candidate.entry())
                        .filter(kept -> kept.header().equals(candidate.header()))
                        .map(kept -> new Near(candidate.difference(), kept)))
                .flatMap(Optional::stream).findFirst();
    }

    /** An entry as its unchecked header describes it, and what differs from the folder's files by that header. */
    private record Candidate(Path folder, Path entry, Header header, RuleContents.Difference difference) {
    }

    /**
     * A kept compile of another version of a folder, near enough to serve every file but those that differ.
     *
     * @param difference the files that differ from the folder's: to be compiled, not read from here
     * @param kept       the entry, its digest checked
     */
    record Near(RuleContents.Difference difference, Kept kept) {

        Path entry() {
            return kept.entry;
        }

        /** Its packages, read with {@code loader}; empty when Drools cannot read them back (the entry is then dealt with). */
        Optional<List<KiePackage>> packages(ClassLoader loader) {
            return kept.packages(loader);
        }
    }

    /**
     * What an entry says it holds: the build that compiled it (this service, Drools and the JVM), how its consequences
     * run and what it was compiled from.
     */
    record Header(String build, Consequences consequences, RuleContents contents) {

        private static final String BUILD_LINE = "build ";
        private static final String CONSEQUENCES_LINE = "consequences ";

        byte[] bytes() {
            return (BUILD_LINE + build + "\n" + CONSEQUENCES_LINE + consequences.name() + "\n" + contents.text())
                    .getBytes(StandardCharsets.UTF_8);
        }

        static Optional<Header> parse(String text) {
            String[] lines = text.split("\n", 3);
            if (lines.length < 3 || !lines[0].startsWith(BUILD_LINE) || !lines[1].startsWith(CONSEQUENCES_LINE)) {
                return Optional.empty();
            }
            Optional<Consequences> consequences = Arrays.stream(Consequences.values())
                    .filter(c -> c.name().equals(lines[1].substring(CONSEQUENCES_LINE.length()))).findFirst();
            return consequences.flatMap(c -> RuleContents.parse(lines[2])
                    .map(contents -> new Header(lines[0].substring(BUILD_LINE.length()), c, contents)));
        }
    }

    /** The files of an entry whose digest was checked: its header, and its packages still to be read. */
    final class Kept {
        private final Path folder;
        private final Path entry;
        private final byte[] bytes;
        private final int packagesAt;
        private final Header header;

        private Kept(Path folder, Path entry, byte[] bytes, int packagesAt, Header header) {
            this.folder = folder;
            this.entry = entry;
            this.bytes = bytes;
            this.packagesAt = packagesAt;
            this.header = header;
        }

        Header header() {
            return header;
        }

        Optional<List<KiePackage>> packages(ClassLoader loader) {
            List<KiePackage> packages = new ArrayList<>();
            try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes, packagesAt, bytes.length - packagesAt), loader)) {
                in.setObjectInputFilter(CompiledRulesCache::allowed);
                for (Object pkg : (Object[]) in.readObject()) {
                    packages.add((KiePackage) pkg);
                }
                if (folder.equals(dir)) {
                    Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis())); // recently used: kept longest
                }
                return Optional.of(packages);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                return discard(folder, entry, e.toString());
            }
        }
    }

    /** An entry whose owner, permissions, digest and header are as this cache writes them; empty otherwise, with the reason logged. */
    private Optional<Kept> open(Path folder, Path entry) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            String unsafe = unsafe(folder, entry);
            if (unsafe != null) {
                LOG.log(System.Logger.Level.WARNING, "Compiled rules cache entry {0} not used: {1}", entry, unsafe);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(entry);
            int header = MAGIC.length + DIGEST_LENGTH;
            if (bytes.length < header + Integer.BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !Arrays.equals(bytes, MAGIC.length, header, digest(bytes, header), 0, DIGEST_LENGTH)) {
                return discard(folder, entry, "it is damaged");
            }
            int length = ByteBuffer.wrap(bytes, header, Integer.BYTES).getInt();
            int packagesAt = header + Integer.BYTES + length;
            Optional<Header> says = length < 0 || packagesAt > bytes.length ? Optional.empty()
                    : Header.parse(new String(bytes, header + Integer.BYTES, length, StandardCharsets.UTF_8));
            if (says.isEmpty() || !says.get().build().equals(ThisBuild.KEY)) {
                return discard(folder, entry, "its header is not this build's");
            }
            return Optional.of(new Kept(folder, entry, bytes, packagesAt, says.get()));
        } catch (IOException | RuntimeException e) {
            return discard(folder, entry, e.toString());
        }
    }

    /** The header an entry starts with, read without checking the entry (to choose among entries); empty if none. */
    private static Optional<Header> headerOf(Path entry) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(entry, LinkOption.NOFOLLOW_LINKS))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            in.skipNBytes(DIGEST_LENGTH);
            int length = in.readInt();
            if (!Arrays.equals(magic, MAGIC) || length < 0 || length > MOST_HEADER_BYTES) {
                return Optional.empty();
            }
            return Header.parse(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The entries of a folder, most recently used first. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ENTRY_NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Deletes an entry of the cache's own folder that cannot be used, so that the next compile writes it again; a
     * shipped entry is only passed over (its folder is read-only).
     */
    private <T> Optional<T> discard(Path folder, Path entry, String why) {
        if (!folder.equals(dir)) {
            LOG.log(System.Logger.Level.WARNING, "Shipped compiled rules {0} not used: {1}", entry, why);
            passedOver.add(entry);
            return Optional.empty();
        }
        LOG.log(System.Logger.Level.WARNING, "Compiled rules cache entry {0} not used, and deleted: {1}", entry, why);
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "Could not delete {0}: {1}", entry, e.toString());
        }
        return Optional.empty();
    }

    /**
     * Keeps these packages, compiled from this version of a folder with these consequences, in the background; a
     * failure is logged and forgotten.
     */
    void write(String version, Consequences consequences, RuleContents contents, Collection<KiePackage> packages) {
        if (dir == null || consequences != kept || Files.isRegularFile(entry(dir, version, consequences))
                || shipped.stream().map(folder -> entry(folder, version, consequences))
                        .anyMatch(entry -> Files.isRegularFile(entry) && !passedOver.contains(entry))) {
            return; // an entry still there is one that was read back whole, or has not been tried
        }
        Object[] compiled = packages.toArray();
        try {
            lastWrite = CompletableFuture.runAsync(() -> {
                try {
                    writeNow(entry(dir, version, consequences), new Header(ThisBuild.KEY, consequences, contents), compiled);
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Compiled rules not cached in {0}: {1} (starts will compile; "
                            + "licensing.rules.cache=false turns the cache off)", dir, e.toString());
                }
            }, WRITER);
        } catch (RejectedExecutionException e) {
            // the process is exiting: nothing more is written
        }
    }

    /** Whether the cache's own folder holds the compile of this version with its consequences run this way. */
    public boolean holds(String version, Consequences consequences) {
        return dir != null && Files.isRegularFile(entry(dir, version, consequences));
    }

    /** Waits for the entry being written, if any. */
    public void awaitWrite() {
        lastWrite.join();
    }

    private void writeNow(Path entry, Header header, Object[] packages) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
        byte[] says = header.bytes();
        new DataOutputStream(payload).writeInt(says.length);
        payload.write(says);
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(packages);
        }
        byte[] bytes = payload.toByteArray();
        createFolder();
        String unsafe = unsafe(dir);
        if (unsafe != null) {
            throw new IOException(unsafe);
        }
        Path temporary = Files.createTempFile(dir, TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
        try {
            try (var out = Files.newOutputStream(temporary)) {
                out.write(MAGIC);
                out.write(digest(bytes, 0));
                out.write(bytes);
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        pruneOldest();
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.getParent())) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Deletes all but the {@link #KEPT} most recent entries, and the temporary files of writes cut short over an hour ago. */
    private void pruneOldest() throws IOException {
        List<Path> entries;
        List<Path> abandoned;
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            entries = all.stream().filter(f -> ENTRY_NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
            abandoned = all.stream().filter(f -> TEMPORARY_NAME.matcher(f.getFileName().toString()).matches() && modified(f) < anHourAgo).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
        for (Path old : abandoned) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Why these files cannot be trusted to be this service's own, or null. On POSIX file systems each must be itself
     * (not a symbolic link, which could lead reads, writes and deletions anywhere), belong to the service's user and
     * be writable by no one else.
     */
    private static String unsafe(Path... paths) throws IOException {
        for (Path path : paths) {
            if (!posix(path)) {
                continue;
            }
            if (Files.isSymbolicLink(path)) {
                return path + " is a symbolic link";
            }
            if (!Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS).equals(ProcessUser.UID)) {
                return path + " belongs to another user";
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            permissions.retainAll(WRITABLE_BY_OTHERS);
            if (!permissions.isEmpty()) {
                return path + " is writable by other users";
            }
        }
        return null;
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null
                && path.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    /** The entry of a folder version: named by a digest of the version, this build and Drools, so nothing else finds it. */
    private static Path entry(Path folder, String version, Consequences consequences) {
        String key = ThisBuild.KEY + "\n" + version + "\n" + consequences;
        return folder.resolve(HexFormat.of().formatHex(digest(key.getBytes(StandardCharsets.UTF_8), 0)) + ".rules");
    }

    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        return ALLOWED.stream().anyMatch(name::startsWith) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** The SHA-256 of {@code bytes} from {@code from} on. */
    static byte[] digest(byte[] bytes, int from) {
        MessageDigest digest = RuleFiles.sha256();
        digest.update(bytes, from, bytes.length - from);
        return digest.digest();
    }

    /**
     * This build and the entries' format, as entries are named and headed by it: entries of other builds are never
     * used, even when near. Computed when first needed: a process without a cache never reads its own jar for it.
     */
    private static final class ThisBuild {
        static final String KEY = HexFormat.of().formatHex(digest((FORMAT + "\n" + BuildIdentity.VALUE).getBytes(StandardCharsets.UTF_8), 0));
    }

    /** This process's user id, which every entry and the cache folder must belong to. */
    private static final class ProcessUser {
        static final Object UID = uid();

        private static Object uid() {
            try {
                Path self = Path.of("/proc/self"); // Linux: owned by the process's user, nothing to write
                if (Files.isDirectory(self)) {
                    return Files.getAttribute(self, "unix:uid");
                }
                Path probe = Files.createTempFile("license-decisions-uid", ".probe");
                try {
                    return Files.getAttribute(probe, "unix:uid");
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException | UnsupportedOperationException e) {
                return -1;
            }
        }
    }
}
