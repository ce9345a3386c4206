package ai.licensing.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * This build of the service, the Drools it runs and the JVM it runs on, as one digest, for {@link CompiledRulesCache}
 * keys: the bytes of the service's own classes (their jar, or their folder in development), which add the guards and
 * define the facts and helpers the rules call; the names of Drools' and MVEL's jars, which carry their versions; and
 * the JVM's vendor and version, because compiled consequences are class files of the JDK that compiled them and an
 * entry is Java-serialized (replicas on two JDKs may share a cache folder during a rollout).
 */
final class BuildIdentity {

    /** The digest, computed once per process. */
    static final String VALUE = compute();

    private BuildIdentity() {
    }

    private static String compute() {
        try {
            MessageDigest digest = RuleFiles.sha256();
            digest.update(contentOf(codeSource(BuildIdentity.class)));
            for (Class<?> library : new Class<?>[] {org.drools.base.common.DroolsObjectInputStream.class,
                    org.drools.compiler.builder.impl.KnowledgeBuilderImpl.class, org.mvel2.MVEL.class}) {
                digest.update(codeSource(library).getFileName().toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((System.getProperty("java.vm.vendor") + " " + Runtime.version()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            // Without a way to tell builds apart, no entry may be shared between them: one per process.
            return "unknown-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        }
    }

    private static Path codeSource(Class<?> type) throws IOException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            throw new IOException("no code source for " + type.getName(), e);
        }
    }

    private static byte[] contentOf(Path location) throws IOException {
        MessageDigest digest = RuleFiles.sha256();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(location)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return digest.digest();
    }
}
