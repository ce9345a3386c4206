package ai.licensing.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JDKs a test can start the packaged service on besides the one the project is tested with. */
public final class Jdks {

    private Jdks() {
    }

    /**
     * The {@code java} of a JDK 25 or later, as the image runs (its AOT cache, the foreign function API): the one named
     * by {@code -Dlicensing.it.aot-java}, or the newest under /usr/lib/jvm.
     */
    public static Optional<String> aotCapable() throws IOException {
        String named = System.getProperty("licensing.it.aot-java", "");
        if (!named.isBlank()) {
            return Optional.of(named);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> majorVersion(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
                    .max(Comparator.comparingInt(Jdks::majorVersion))
                    .map(home -> home.resolve("bin/java").toString());
        }
    }

    private static int majorVersion(Path home) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException noReleaseFile) {
            return 0;
        }
    }
}
