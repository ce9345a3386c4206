package ai.licensing.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small rule folders under src/test/resources/fixtures, copied so a test may edit them. */
public final class Fixtures {

    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    /** Copies the fixture folder {@code name} into {@code target} and returns the copy. */
    public static Path copy(String name, Path target) throws IOException {
        return copyFolder(ROOT.resolve(name), target);
    }

    /** Copies every file below {@code source} into {@code target} (created if needed) and returns it. */
    public static Path copyFolder(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
