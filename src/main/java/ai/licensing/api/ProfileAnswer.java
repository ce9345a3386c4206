package ai.licensing.api;

import ai.licensing.engine.DecisionBatch;
import ai.licensing.engine.UnknownIdException;
import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.UsageProfile;
import ai.licensing.model.Verdict;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The answer to one profile among many (an element of a batch, a line of {@code evaluate} input): its verdict,
 * or the problem document a single request would have got, so that one bad profile never fails the others.
 */
public final class ProfileAnswer {

    /** One element among many: its profile (null when it is not one) and its answer, a verdict or a problem. */
    public record Element(UsageProfile profile, Object answer) {
    }

    private ProfileAnswer() {
    }

    /**
     * The answers to {@code count} elements, in their order: {@code parse} reads element i (a problem when it is not a
     * profile), and the profiles are decided together by {@code decide} ({@link DecisionBatch#evaluate}, timed or not);
     * a profile the engine refused gets the problem a single request would have got. Error paths start at {@code root}.
     */
    public static List<Element> together(int count, IntFunction<UsageProfile> parse, IntFunction<String> root,
                                         Function<List<UsageProfile>, List<DecisionBatch.Result>> decide) {
        List<Element> read = new ArrayList<>(count);
        List<UsageProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                UsageProfile profile = parse.apply(i);
                read.add(new Element(profile, null));
                profiles.add(profile);
            } catch (InvalidProfileException | UnknownIdException e) {
                read.add(new Element(null, problem(e, root.apply(i))));
            }
        }
        Iterator<DecisionBatch.Result> results = decide.apply(profiles).iterator();
        List<Element> answered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Element element = read.get(i);
            if (element.profile() == null) {
                answered.add(element);
            } else {
                DecisionBatch.Result result = results.next();
                answered.add(new Element(element.profile(),
                        result.refused() == null ? result.verdict() : problem(result.refused(), root.apply(i))));
            }
        }
        return answered;
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
