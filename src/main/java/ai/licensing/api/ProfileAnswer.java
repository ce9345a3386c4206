package ai.licensing.api;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.function.Supplier;

/**
 * The answer to one profile among many (an element of a batch, a line of {@code evaluate} input): its verdict,
 * or the problem document a single request would have got, so that one bad profile never fails the others.
 */
public final class ProfileAnswer {

    private ProfileAnswer() {
    }

    /**
     * A {@link Verdict}, or a {@link Problem} (400 invalid, 422 unknown id) whose error paths start at {@code root}.
     *
     * @param profile parses the profile; parsing inside keeps its errors with this profile
     */
    public static Object of(Ruleset ruleset, Supplier<UsageProfile> profile, String root) {
        try {
            return DecisionEngine.evaluate(ruleset, profile.get());
        } catch (InvalidProfileException e) {
            return ProblemMappers.invalid(e, root);
        } catch (UnknownIdException e) {
            return ProblemMappers.unknown(e, root);
        }
    }
}
