package ai.licensing.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waiting for a service process the test started: until its readiness check answers 200. */
public final class Readiness {

    private Readiness() {
    }

    /**
     * The body of {@code GET base/q/health/ready} once it answers 200; fails when the process ends first or the time
     * runs out, with {@code why} (its log, or where the log is).
     */
    public static String await(HttpClient http, Process process, URI base, Duration timeout, Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return fail("the service ended with " + process.exitValue() + ": " + why.get());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return ready.body();
                }
            } catch (IOException notListeningYet) {
                // the service is still starting
            }
            Thread.sleep(200);
        }
        return fail("not ready within " + timeout.toSeconds() + " s: " + why.get());
    }
}
