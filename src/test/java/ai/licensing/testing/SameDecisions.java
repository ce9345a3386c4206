package ai.licensing.testing;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether two ways of deciding give the same verdicts. */
public final class SameDecisions {

    private SameDecisions() {
    }

    /** A verdict without what differs between two evaluations of the same profile: id, time and ruleset version. */
    public static List<Object> comparable(Verdict v) {
        return List.of(v.verdict(), v.clauses(), v.missingFacts(), String.valueOf(v.model()), v.license());
    }

    /** Both rulesets decide {@code count} seeded random profiles over the expected one's models alike. */
    public static void assertDecideAlike(Ruleset expected, Ruleset actual, long seed, int count) {
        RandomProfiles random = new RandomProfiles(seed, expected.catalog().modelIds());
        ProfileParser parser = new ProfileParser();
        for (int i = 0; i < count; i++) {
            var profile = parser.parse(random.next().toString());
            assertEquals(comparable(DecisionEngine.evaluate(expected, profile)), comparable(DecisionEngine.evaluate(actual, profile)),
                    profile.toString());
        }
    }
}
