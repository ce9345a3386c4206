package ai.licensing.api;

import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answer to one profile among many (an element of a batch, a line of {@code evaluate} input): its verdict,
 * or the problem document a single request would have got, so that one bad profile never fails the others.
 */
public final class ProfileAnswer {

    private ProfileAnswer() {
    }

    /**
     * A {@link Verdict} (or an explained one), or a {@link Problem} (400 invalid, 422 unknown id) whose error paths
     * start at {@code root}.
     *
     * @param profile parses the profile; parsing inside keeps its errors with this profile
     * @param decide  evaluates the parsed profile (the service also times it)
     * @param decided told of each verdict with its profile (the service logs it)
     */
    public static <V> Object of(Supplier<UsageProfile> profile, Function<UsageProfile, V> decide, String root,
                                BiConsumer<UsageProfile, V> decided) {
        try {
            UsageProfile parsed = profile.get();
            V verdict = decide.apply(parsed);
            decided.accept(parsed, verdict);
            return verdict;
        } catch (InvalidProfileException | UnknownIdException e) {
            return problem(e, root);
        }
    }

    /** The problem document for a profile the parser or the engine refused (400 invalid, 422 unknown id). */
    public static Problem problem(RuntimeException refused, String root) {
        if (refused instanceof InvalidProfileException e) {
            return ProblemMappers.invalid(e, root);
        }
        if (refused instanceof UnknownIdException e) {
            return ProblemMappers.unknown(e, root);
        }
        throw refused;
    }
}
