package ai.licensing.decisionlog;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where decisions are kept: a JSON-lines file per service process ({@link FileDecisionStore}), a stream such as
 * {@code /dev/stdout} that is only written ({@link StreamDecisionSink}), or a database shared by every replica
 * ({@link JdbcDecisionStore}). Only the {@link DecisionWriter}'s thread appends.
 */
public interface DecisionStore extends AutoCloseable {

    /** Stores the decisions durably, all in one write or transaction; when it returns, every one of them is kept. */
    void append(List<DecisionEntry> batch) throws IOException;

    /** Whether decisions can be read back (a stream cannot). */
    default boolean searchable() {
        return true;
    }

    Optional<DecisionRecord> find(String decisionId) throws IOException;

    /** The decisions matching the query, newest first, one page at a time. */
    DecisionPage query(DecisionQuery query) throws IOException;

    /** Removes decisions made before {@code cutoff} where the store can; returns how many records or files went. */
    long purgeBefore(Instant cutoff) throws IOException;

    /** Fails when the store cannot be written now (readiness). */
    default void check() throws IOException {
    }

    /** Where the decisions go, for logs and health details. */
    String description();

    @Override
    void close() throws IOException;
}
