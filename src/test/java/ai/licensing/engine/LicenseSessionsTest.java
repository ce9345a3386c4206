package ai.licensing.engine;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.RandomProfiles;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sessions are reused from one decision to the next, and no decision ever depends on the ones before it. */
class LicenseSessionsTest {

    private static final int PROFILES = 400;

    private final Ruleset ruleset = RulesetLoader.load(RulesCopy.MINIMAL);
    private final List<UsageProfile> profiles = profiles();

    private List<UsageProfile> profiles() {
        RandomProfiles random = new RandomProfiles(20_261_130L, ruleset.catalog().modelIds());
        ProfileParser parser = new ProfileParser();
        List<UsageProfile> list = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            list.add(parser.parse(random.next().toString()));
        }
        return list;
    }


    /** The first profiles, each decided by a ruleset of its own, whose sessions have decided nothing before. */
    private List<List<Object>> eachInAFreshSession(int count) {
        return profiles.subList(0, count).stream().map(p -> SameDecisions.comparable(DecisionEngine.evaluate(RulesetLoader.load(RulesCopy.MINIMAL), p))).toList();
    }

    private List<List<Object>> inTurn(List<UsageProfile> order) {
        return order.stream().map(p -> SameDecisions.comparable(DecisionEngine.evaluate(ruleset, p))).toList();
    }

    @Test
    void aReusedSessionDecidesAsAFreshOneInEitherOrder() {
        assertEquals(eachInAFreshSession(60), inTurn(profiles).subList(0, 60));
        List<UsageProfile> reversed = new ArrayList<>(profiles);
        Collections.reverse(reversed);
        List<List<Object>> backwards = new ArrayList<>(inTurn(reversed));
        Collections.reverse(backwards);
        assertEquals(inTurn(profiles), backwards);
        assertEquals(0, ruleset.sessions().factsInIdleSessions(), "every decision deleted its facts");
    }

    @Test
    void concurrentDecisionsEachGetASessionOfTheirOwn() throws Exception {
        List<List<Object>> sequential = inTurn(profiles);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Object>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(threads.submit(() -> inTurn(profiles)));
            }
            for (Future<List<List<Object>>> run : runs) {
                assertEquals(sequential, run.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
