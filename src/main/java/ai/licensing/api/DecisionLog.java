package ai.licensing.api;

import ai.licensing.decisionlog.DecisionLogFile;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.decisionlog.ProfileMask;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;
import ai.licensing.model.VerdictJson;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The service's decision log ({@code licensing.decision-log.*}). Every endpoint that hands out a verdict calls
 * {@link #record}. Opened at start-up, so a torn last line is repaired and the index rebuilt before the first request.
 */
@Startup
@Singleton
public class DecisionLog {

    private static final Logger LOG = Logger.getLogger(DecisionLog.class);

    private final DecisionLogFile file;
    private final ProfileMask mask;

    /**
     * @param mask    dotted profile paths left out of each logged profile ({@code licensee.country,...})
     * @param indexed how many of the most recent decisions are looked up in memory; older ones are read from the file
     */
    public DecisionLog(@ConfigProperty(name = "licensing.decision-log.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "licensing.decision-log.path", defaultValue = "decisions.jsonl") Path path,
                       @ConfigProperty(name = "licensing.decision-log.mask") Optional<List<String>> mask,
                       @ConfigProperty(name = "licensing.decision-log.index-size", defaultValue = "100000") int indexed) {
        this.mask = ProfileMask.of(mask.orElse(List.of()));
        this.file = enabled ? open(path, indexed) : null;
    }

    private static DecisionLogFile open(Path path, int indexed) {
        try {
            DecisionLogFile file = DecisionLogFile.open(path, indexed);
            LOG.infof("Decision log %s: the %d most recent decisions indexed", path.toAbsolutePath(), file.size());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the decision log " + path.toAbsolutePath(), e);
        }
    }

    public boolean enabled() {
        return file != null;
    }

    /**
     * Appends the decision, without the masked profile fields. A log that cannot be written is reported in the service log but does not fail the
     * request: the verdict is still right, and the client still needs it.
     */
    public void record(UsageProfile profile, Verdict verdict) {
        if (file != null) {
            record(profile, verdict, VerdictJson.text(verdict));
        }
    }

    /** The same, with the verdict as the JSON the client got, so it is not written twice. */
    public void record(UsageProfile profile, Verdict verdict, String verdictJson) {
        if (file == null) {
            return;
        }
        try {
            file.append(DecisionRecord.of(mask.apply(profile), verdict), verdictJson);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Decision %s could not be written to the decision log %s", verdict.decisionId(), file.path());
        }
    }

    public Optional<DecisionRecord> find(String decisionId) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return file.find(decisionId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the decision log " + file.path(), e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
