package ai.licensing.testing;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, from Debian's {@code postgresql} package ({@code .ci/run} installs it):
 * its own data folder under {@code target/}, a free loopback port, its unix socket in that folder, password
 * authentication over TCP like a real deployment. PostgreSQL refuses to run as root, so when the tests run as root
 * the server runs as the {@code postgres} user ({@code runuser}). Missing binaries fail the test: nothing is skipped.
 */
public final class PostgresCluster implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "decisions-test-" + UUID.randomUUID();

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates and starts a server whose data folder is a new folder under {@code parent}. */
    public static PostgresCluster start(Path parent) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = parent.toAbsolutePath().resolve("postgres-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(data);
        Path passwordFile = data.resolve("password");
        PostgresCluster cluster = new PostgresCluster(binaries(), data.resolve("cluster"), Ports.free(), root);
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (root) {
            run(List.of("chown", "-R", USER, data.toString()));
        }
        cluster.run("initdb", "-D", cluster.data.toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions");
        cluster.run("pg_ctl", "-D", cluster.data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + cluster.port + " -k " + data + " -c listen_addresses=127.0.0.1", "start");
        return cluster;
    }

    /** The newest PostgreSQL installed by Debian's packages (/usr/lib/postgresql/N/bin). */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql (bash .ci/run does)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max((a, b) -> Integer.compare(major(a), major(b)))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under " + root));
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The configuration a service needs to store its decisions here. */
    public Map<String, String> serviceConfig() {
        return Map.of("licensing.decision-log.store", "postgresql", "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", USER, "quarkus.datasource.password", PASSWORD);
    }

    /** The same as environment variables, the way a container gets them. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        serviceConfig().forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return env;
    }

    /** A data source for the database, its decision table created as a service's first start creates it (Flyway). */
    public PGSimpleDataSource migratedDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** Stops the server at once; its data folder stays under target/ for a look after a failure. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }
}
