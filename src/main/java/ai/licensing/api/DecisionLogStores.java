package ai.licensing.api;

import ai.licensing.decisionlog.DecisionStore;
import ai.licensing.decisionlog.FileDecisionStore;
import ai.licensing.decisionlog.JdbcDecisionStore;
import ai.licensing.decisionlog.StreamDecisionSink;
import jakarta.enterprise.inject.Instance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the configured decision store. Only the postgresql store asks for the datasource, so the others need no database. */
final class DecisionLogStores {

    private DecisionLogStores() {
    }

    /** The store, or null for {@code none}. */
    static DecisionStore open(DecisionLogConfig.Store kind, DecisionLogConfig config, Instance<DataSource> dataSource) {
        return switch (kind) {
            case NONE -> null;
            case POSTGRESQL -> new JdbcDecisionStore(dataSource.get(), "PostgreSQL (quarkus.datasource)");
            case FILE -> file(config);
        };
    }

    /** A regular file (or one still to be created) is a searchable, rotated store; anything else is a stream, only written. */
    private static DecisionStore file(DecisionLogConfig config) {
        Path path = config.path();
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return new StreamDecisionSink(path);
            }
            return FileDecisionStore.open(path, config.maxFileSize().asLongValue(), config.indexSize(), config.fsync());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the decision log " + path.toAbsolutePath(), e);
        }
    }
}
