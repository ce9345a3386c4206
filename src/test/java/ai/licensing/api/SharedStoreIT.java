package ai.licensing.api;

import ai.licensing.testing.Ports;
import ai.licensing.testing.PostgresCluster;
import ai.licensing.testing.Readiness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service processes (the packaged jar, started twice) share one PostgreSQL server, configured only through
 * the environment as in a container. A decision made on one is found, listed and replayed on the other, also after
 * the first was killed with {@code kill -9} in the middle of a load: every decision that was answered is in the
 * store (the count of lost acknowledged decisions is written to target/shared-store-it.txt).
 */
class SharedStoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PROFILE = """
            {"model":"llama-2-70b-chat","licensee":{"type":"company","country":"US","monthlyActiveUsers":%d},
             "use":{"commercial":true,"purposes":["general-assistant"],"accessMode":"weights","offersAsHostedService":false},
             "modification":{"finetunes":false,"redistributesWeights":false,"usesOutputsToTrainOtherModels":false}}""";

    private static PostgresCluster postgres;
    private static Replica first;
    private static Replica second;

    /** One packaged service process on its own loopback port. */
    private record Replica(String name, Process process, String base) {

        static Replica start(String name) throws IOException {
            int port = Ports.free();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "replica-" + name + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("LICENSING_RULES_WATCH", "false");
            env.putAll(postgres.serviceEnvironment());
            return new Replica(name, builder.start(), "http://127.0.0.1:" + port);
        }

        void awaitReady() throws InterruptedException {
            Readiness.await(HTTP, process, URI.create(base), Duration.ofMinutes(4), () -> "replica " + name + ", see target/replica-" + name + ".log");
        }
    }

    @BeforeAll
    static void startPostgresAndTwoReplicas() throws Exception {
        postgres = PostgresCluster.start(Path.of("target"));
        first = Replica.start("a");
        second = Replica.start("b");
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (Replica replica : new Replica[] {first, second}) {
            if (replica != null) {
                replica.process.destroy();
                replica.process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void aDecisionMadeOnOneReplicaIsFoundListedAndReplayedOnTheOther_EvenAfterTheFirstIsKilled() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        HttpResponse<String> made = send("POST", first.base + "/v1/evaluations", PROFILE.formatted(900_000_000L));
        assertEquals(200, made.statusCode(), made.body());
        String id = json(made).path("decisionId").asText();

        HttpResponse<String> found = send("GET", second.base + "/v1/decisions/" + id, null);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("DENIED", json(found).at("/verdict/verdict").asText());
        HttpResponse<String> replayed = send("POST", second.base + "/v1/decisions/" + id + "/replay", null);
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertEquals(false, json(replayed).path("changed").asBoolean(true));
        HttpResponse<String> listed = send("GET", second.base + "/v1/decisions?model=llama-2-70b-chat&since=" + since, null);
        assertEquals(id, json(listed).at("/decisions/0/decisionId").asText(), listed.body());

        Set<String> acknowledged = loadUntilKilled(first);
        assertTrue(acknowledged.size() >= 100, "answered before the kill: " + acknowledged.size());

        int lost = 0;
        for (String answered : acknowledged) {
            if (send("GET", second.base + "/v1/decisions/" + answered, null).statusCode() != 200) {
                lost++;
            }
        }
        HttpResponse<String> afterKill = send("POST", second.base + "/v1/decisions/" + id + "/replay", null);
        Files.writeString(Path.of("target/shared-store-it.txt"), "acknowledged before kill -9: " + acknowledged.size()
                + "\nlost: " + lost + "\n");
        assertEquals(0, lost, "acknowledged decisions missing from the store after kill -9");
        assertEquals(200, afterKill.statusCode(), "the first replica's decision replays on the second after the kill");
    }

    /** Four clients send decisions to the replica; it is killed with SIGKILL once some have been answered. */
    private static Set<String> loadUntilKilled(Replica replica) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            long users = 600_000_000L + c;
            running.add(clients.submit(() -> {
                while (true) {
                    try {
                        HttpResponse<String> answer = send("POST", replica.base + "/v1/evaluations", PROFILE.formatted(users));
                        if (answer.statusCode() == 200) {
                            acknowledged.add(json(answer).path("decisionId").asText());
                        }
                    } catch (IOException connectionGone) {
                        if (killed.get()) {
                            return null;
                        }
                    }
                }
            }));
        }
        while (acknowledged.size() < 300) {
            Thread.sleep(20);
        }
        // SIGKILL: no shutdown hook, no queue drain, no connection close.
        new ProcessBuilder("kill", "-9", String.valueOf(replica.process.pid())).start().waitFor();
        killed.set(true);
        replica.process.waitFor(30, TimeUnit.SECONDS);
        for (var client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        return acknowledged;
    }
}
