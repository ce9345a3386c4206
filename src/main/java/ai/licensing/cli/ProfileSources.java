package ai.licensing.cli;

import ai.licensing.decisionlog.DecisionLogFile;
import ai.licensing.decisionlog.DecisionPage;
import ai.licensing.decisionlog.DecisionQuery;
import ai.licensing.decisionlog.DecisionRecord;
import ai.licensing.decisionlog.DecisionStore;
import ai.licensing.model.SourceError;
import ai.licensing.model.UsageProfile;
import ai.licensing.scenario.Scenario;
import ai.licensing.scenario.ScenarioFileException;
import ai.licensing.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The profiles under some paths: every scenario of the scenario files and every decision of the decision logs
 * ({@code *.jsonl}), each named by its file and its scenario name or decision id. Folders are searched recursively.
 * A file that cannot be read is an error; the other files are still read.
 */
final class ProfileSources {

    /**
     * A profile and where it came from.
     *
     * @param notReplayable why evaluating the profile would not repeat the decision (fields masked in the log), or null
     */
    record Source(String file, String name, UsageProfile profile, String notReplayable) {

        Source(String file, String name, UsageProfile profile) {
            this(file, name, profile, null);
        }

        static Source of(String where, DecisionRecord record) {
            return new Source(where, record.decisionId(), record.profile(), record.notReplayable());
        }
    }

    private final ScenarioReader scenarios = new ScenarioReader();

    void read(List<Path> paths, Consumer<Source> onProfile, Consumer<SourceError> onError) {
        List<Path> files;
        try {
            files = ScenarioReader.find(paths, f -> ScenarioReader.isScenarioFile(f) || isDecisionLog(f));
        } catch (ScenarioFileException e) {
            onError.accept(e.error());
            return;
        }
        for (Path file : files) {
            if (isDecisionLog(file)) {
                readLog(file, onProfile, onError);
            } else {
                readScenarios(file, onProfile, onError);
            }
        }
    }

    private static boolean isDecisionLog(Path file) {
        return file.getFileName().toString().endsWith(".jsonl");
    }

    private void readScenarios(Path file, Consumer<Source> onProfile, Consumer<SourceError> onError) {
        try {
            for (Scenario s : scenarios.read(file)) {
                onProfile.accept(new Source(s.file(), s.name(), s.profile()));
            }
        } catch (ScenarioFileException e) {
            onError.accept(e.error());
        }
    }

    private static void readLog(Path file, Consumer<Source> onProfile, Consumer<SourceError> onError) {
        try {
            DecisionLogFile.read(file, r -> onProfile.accept(Source.of(file.toString(), r)), onError);
        } catch (IOException e) {
            onError.accept(new SourceError(file.toString(), 0, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /** Every decision of a store (the shared database), a thousand at a time, newest first. */
    static void readStore(DecisionStore store, Consumer<Source> onProfile, Consumer<SourceError> onError) {
        DecisionQuery query = DecisionQuery.all(DecisionQuery.MAX_LIMIT);
        try {
            for (DecisionPage page = store.query(query); ; page = store.query(query.next(page))) {
                page.decisions().forEach(r -> onProfile.accept(Source.of(store.description(), r)));
                if (page.next() == null) {
                    return;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            onError.accept(new SourceError(store.description(), 0, 0, "cannot be read: " + e.getMessage()));
        }
    }
}
