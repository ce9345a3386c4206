package ai.licensing.decisionlog;

import java.nio.file.Path;

/** Child process of {@link DecisionLogKillTest}: appends decisions to the log as fast as it can until it is killed. */
public final class AppendUntilKilled {

    private AppendUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        try (DecisionLogFile log = DecisionLogFile.open(Path.of(args[0]))) {
            while (true) {
                log.append(DecisionLogFileTest.decide());
            }
        }
    }
}
