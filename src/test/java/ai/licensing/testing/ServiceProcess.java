package ai.licensing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged service as an operator starts it ({@code java [options] -jar quarkus-run.jar serve}) on a rules folder,
 * with its log, decision log and compiled rules cache in a folder of the test's; ready once {@link #start} returns.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonNode readiness;

    private ServiceProcess(Process process, Path log, URI base) throws InterruptedException, IOException {
        this.process = process;
        this.log = log;
        this.base = base;
        this.readiness = JSON.readTree(Readiness.await(http, process, base, Duration.ofSeconds(90), this::log));
    }

    /** The {@code java} of the JVM running the tests: the JDK the project is built and tested with. */
    public static String testedJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the service with {@code java} on {@code rules}, logging to {@code dir/logName}, and waits until it is ready. */
    public static ServiceProcess start(String java, Path dir, Path rules, String logName, String... options)
            throws IOException, InterruptedException {
        return start(java, dir, rules, logName, starting -> { }, options);
    }

    /** The same, handing the process to {@code whileStarting} as soon as it runs, before waiting for it to be ready. */
    public static ServiceProcess start(String java, Path dir, Path rules, String logName, Consumer<Process> whileStarting,
                                       String... options) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = Ports.free();
        List<String> command = new ArrayList<>(List.of(java,
                "-Dlicensing.rules.dir=" + rules.toAbsolutePath(), "-Dlicensing.decision-log.path=" + dir.resolve("decisions.jsonl"),
                "-Dlicensing.rules.cache-dir=" + dir.resolve("cache"),
                "-Dlicensing.rules.watch=false", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "serve"));
        Path log = dir.resolve(logName);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            whileStarting.accept(process);
            return new ServiceProcess(process, log, URI.create("http://127.0.0.1:" + port));
        } catch (AssertionError | IOException | InterruptedException notReady) {
            stop(process);
            throw notReady;
        }
    }

    /** How many compiles the service started in {@code dir} has kept in its compiled rules cache ({@code dir/cache}). */
    public static long cacheEntries(Path dir) {
        try (var files = Files.list(dir.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".rules")).count();
        } catch (IOException notYet) {
            return 0;
        }
    }

    /** The body of the readiness check that answered 200. */
    public JsonNode readiness() {
        return readiness;
    }

    /** The service's process id, for what the kernel shows of it (/proc). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return base.getPort();
    }

    /** {@code GET path}, which must answer 200. */
    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** {@code GET /v1/rules}, for conditions a test waits on (a failure is unchecked). */
    public JsonNode rules() {
        try {
            return get("/v1/rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST path} with a JSON body: the status and the body. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What decides each profile's verdict (not its id, time or version), from {@code POST /v1/evaluations}. */
    public List<JsonNode> answers(List<String> profiles) throws IOException, InterruptedException {
        List<JsonNode> answers = new ArrayList<>();
        for (String profile : profiles) {
            HttpResponse<String> response = post("/v1/evaluations", profile);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode verdict = JSON.readTree(response.body());
            answers.add(JSON.createArrayNode().add(verdict.path("verdict")).add(verdict.path("clauses")).add(verdict.path("missingFacts")));
        }
        return answers;
    }

    /** The service's log so far, for assertions and failure messages. */
    public String log() {
        try {
            return "\n" + Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
