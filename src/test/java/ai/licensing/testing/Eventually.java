package ai.licensing.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for something a background thread does (a reload), polling, and fails after a deadline. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns how long it took. */
    public static Duration await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > deadline.toNanos()) {
                fail("not within " + deadline.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
