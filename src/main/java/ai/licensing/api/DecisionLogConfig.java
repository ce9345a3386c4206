package ai.licensing.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where and how decisions are kept ({@code licensing.decision-log.*}); the README's configuration table explains each key. */
@ConfigMapping(prefix = "licensing.decision-log")
public interface DecisionLogConfig {

    /** The stores: a JSON-lines file per service process, a PostgreSQL database shared by every replica, or nothing. */
    enum Store { FILE, POSTGRESQL, NONE }

    /** {@code false} is the same as {@code store=none} (the key of version 1). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("file")
    Store store();

    /** The file store's active file, or a stream such as {@code /dev/stdout}. */
    @WithDefault("decisions.jsonl")
    Path path();

    /** The file store: size at which the active file is closed and a new one begins. */
    @WithDefault("100M")
    MemorySize maxFileSize();

    /** The file store: whether each group commit waits for the device (power-cut safe), not only for the OS. */
    @WithDefault("true")
    boolean fsync();

    /** The file store: how many recent decisions are found in memory. */
    @WithDefault("100000")
    int indexSize();

    Optional<List<String>> mask();

    /** Requests whose decisions may wait to be written; when full, new decisions are answered 503. */
    @WithDefault("10000")
    int queueSize();

    /** Decisions older than this are purged; empty keeps them all. */
    Optional<Duration> retention();

    @WithDefault("1h")
    Duration purgeInterval();

    default Store effectiveStore() {
        return enabled() ? store() : Store.NONE;
    }
}
