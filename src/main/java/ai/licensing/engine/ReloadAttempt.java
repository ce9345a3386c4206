package ai.licensing.engine;

import ai.licensing.model.SourceError;
import ai.licensing.model.Vocabulary;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one attempt to reload the rules folder. A failed attempt leaves the previous ruleset serving.
 *
 * @param at             when the attempt finished
 * @param version        the version that was compiled (ok) or that failed (the folder's version when read)
 * @param serving        the version serving after the attempt
 * @param durationMillis how long reading and compiling took
 * @param errors         every problem, positioned by file, line and column; empty when ok
 */
public record ReloadAttempt(Instant at, Outcome outcome, String version, String serving, long durationMillis,
                            List<SourceError> errors) {

    public enum Outcome implements Vocabulary {
        OK, FAILED;

        @Override
        public String id() {
            return Vocabulary.idOf(this);
        }
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
