package ai.licensing.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A folder laid out exactly as the kubelet mounts a ConfigMap volume: the files live in a hidden timestamped
 * folder ({@code ..2026_11_30_15_04_05.000000001/}), {@code ..data} is a symlink to it, and every file is a
 * symlink {@code x.drl -> ..data/x.drl}. An update writes a new timestamped folder, points a new symlink
 * {@code ..data_tmp} at it and renames that over {@code ..data} (one atomic rename), then removes the old folder.
 */
public final class ConfigMapVolume {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("'..'yyyy_MM_dd_HH_mm_ss.");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path mount;

    private ConfigMapVolume(Path mount) {
        this.mount = mount;
    }

    /** Mounts the regular files directly in {@code source} (a ConfigMap is flat: no subfolders) at {@code mount}. */
    public static ConfigMapVolume mount(Path source, Path mount) throws IOException {
        Files.createDirectories(mount);
        ConfigMapVolume volume = new ConfigMapVolume(mount);
        Path data = volume.writeVersion(source);
        Files.createSymbolicLink(mount.resolve("..data"), data.getFileName());
        for (Path file : files(data)) {
            Files.createSymbolicLink(mount.resolve(file.getFileName()), Path.of("..data").resolve(file.getFileName()));
        }
        return volume;
    }

    /** What {@code kubectl apply} of a changed ConfigMap does to every mount of it (the file names stay the same). */
    public void update(Path source) throws IOException {
        Path old = Files.readSymbolicLink(mount.resolve("..data"));
        Path data = writeVersion(source);
        Path tmp = mount.resolve("..data_tmp");
        Files.createSymbolicLink(tmp, data.getFileName());
        Files.move(tmp, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> files = Files.list(mount.resolve(old))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(mount.resolve(old));
    }

    private Path writeVersion(Path source) throws IOException {
        Path data = mount.resolve(LocalDateTime.now().format(STAMP) + String.format("%09d", SEQUENCE.incrementAndGet()));
        Files.createDirectory(data);
        for (Path file : files(source)) {
            Files.copy(file, data.resolve(file.getFileName()));
        }
        return data;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
