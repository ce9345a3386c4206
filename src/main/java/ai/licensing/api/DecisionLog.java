package ai.licensing.api;

import ai.licensing.decisionlog.DecisionEntry;
import ai.licensing.decisionlog.DecisionPage;
import ai.licensing.decisionlog.DecisionQuery;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.decisionlog.DecisionStore;
import ai.licensing.decisionlog.DecisionWriter;
import ai.licensing.decisionlog.ProfileMask;
import ai.licensing.decisionlog.Retention;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The service's decision log ({@code licensing.decision-log.*}). Every endpoint that hands out verdicts passes
 * them through {@link #recorded} and answers only when they are stored. Opened at start-up, so a torn last line
 * is repaired, the index rebuilt or the database reached before the first request.
 */
@Startup
@Singleton
public class DecisionLog {

    private static final Logger LOG = Logger.getLogger(DecisionLog.class);
    /** Most requests one group commit takes; a batch request counts once however many decisions it holds. */
    private static final int MAX_BATCH = 512;

    /** What {@link #entry} gives while the log is off. */
    private static final DecisionEntry NOT_STORED = new DecisionEntry(null, null, null);

    private final DecisionLogConfig.Store kind;
    private final ProfileMask mask;
    private final DecisionStore store;
    private final DecisionWriter writer;
    private final Retention retention;

    public DecisionLog(DecisionLogConfig config, Instance<DataSource> dataSource) {
        this.kind = config.effectiveStore();
        this.mask = ProfileMask.of(config.mask().orElse(List.of()));
        this.store = DecisionLogStores.open(kind, config, dataSource);
        this.writer = store == null ? null : new DecisionWriter(store, config.queueSize(), MAX_BATCH);
        this.retention = store == null || config.retention().isEmpty() ? null
                : Retention.start(store, config.retention().get(), config.purgeInterval());
        LOG.infof("Decision log: %s%s", store == null ? "off (licensing.decision-log.store=none)" : kind.name().toLowerCase(Locale.ROOT)
                + " " + store.description(), retention == null ? "" : ", records older than " + config.retention().get() + " purged");
    }

    public boolean enabled() {
        return store != null;
    }

    /** Whether stored decisions can be read back: not when the log is off or goes to a stream such as /dev/stdout. */
    public boolean searchable() {
        return store != null && store.searchable();
    }

    /** Why decisions cannot be looked up here, for a 404 that says so. */
    public String whyNotSearchable() {
        return store == null
                ? "The decision log is switched off (licensing.decision-log.store=none), so no decision can be looked up."
                : "Decisions are written to " + store.description() + ", which cannot be searched; use the file or postgresql store.";
    }

    public DecisionLogConfig.Store kind() {
        return kind;
    }

    /**
     * The decision as it will be stored: the masked profile, and which masked fields had a value. With the log off
     * nothing is stored, so nothing is masked or written either: {@link #recorded} never reads the entry then.
     */
    public DecisionEntry entry(UsageProfile profile, Verdict verdict, String verdictJson) {
        if (writer == null) {
            return NOT_STORED;
        }
        ProfileMask.Masked masked = mask.apply(profile);
        return DecisionEntry.of(DecisionRecord.of(masked.profile(), verdict, masked.paths()), verdictJson);
    }

    public DecisionEntry entry(UsageProfile profile, Verdict verdict) {
        return writer == null ? NOT_STORED : entry(profile, verdict, VerdictJson.text(verdict));
    }

    /**
     * {@code answer} once the decisions are stored. Never blocks: a full queue throws {@link DecisionWriter.QueueFullException}
     * at once, and a store that fails completes the stage with {@link DecisionLogUnavailable}; both are answered 503.
     */
    public <T> CompletionStage<T> recorded(List<DecisionEntry> entries, T answer) {
        if (writer == null || entries.isEmpty()) {
            return CompletableFuture.completedFuture(answer);
        }
        CompletableFuture<T> answered = new CompletableFuture<>();
        writer.write(entries).whenComplete((stored, failure) -> {
            if (failure == null) {
                answered.complete(answer);
            } else {
                answered.completeExceptionally(new DecisionLogUnavailable(failure));
            }
        });
        return answered;
    }

    public Optional<DecisionRecord> find(String decisionId) {
        if (!searchable()) {
            return Optional.empty();
        }
        try {
            return store.find(decisionId);
        } catch (IOException e) {
            throw new DecisionLogUnavailable(e);
        }
    }

    public DecisionPage query(DecisionQuery query) {
        try {
            return store.query(query);
        } catch (IOException e) {
            throw new DecisionLogUnavailable(e);
        }
    }

    /** Readiness: fails when the store cannot be written now. */
    void check() throws IOException {
        if (store != null) {
            store.check();
        }
    }

    String description() {
        return store == null ? "none" : store.description();
    }

    int queued() {
        return writer == null ? 0 : writer.queued();
    }

    @PreDestroy
    void close() throws IOException, InterruptedException {
        if (retention != null) {
            retention.close();
        }
        if (writer != null) {
            writer.close();
            store.close();
        }
    }
}
