package ai.licensing.engine;

import ai.licensing.model.InvalidProfileException;
import ai.licensing.model.ProfileParser;
import ai.licensing.model.UsageProfile;
import ai.licensing.testing.RandomProfiles;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles decided together get the verdicts each gets alone, whatever else shares the run. */
class DecisionBatchTest {

    private static final ProfileParser PARSER = new ProfileParser();

    @TempDir
    Path dir;

    private static List<UsageProfile> random(Ruleset rules, long seed, int count) {
        RandomProfiles random = new RandomProfiles(seed, rules.catalog().modelIds());
        List<UsageProfile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            profiles.add(PARSER.parse(random.next().toString()));
        }
        return profiles;
    }

    private static List<List<Object>> alone(Ruleset rules, List<UsageProfile> profiles) {
        return profiles.stream().map(p -> SameDecisions.comparable(DecisionEngine.evaluate(rules, p))).toList();
    }

    private static List<List<Object>> together(Ruleset rules, List<UsageProfile> profiles) {
        return DecisionBatch.evaluate(rules, profiles).stream().map(r -> {
            assertNull(r.refused());
            return SameDecisions.comparable(r.verdict());
        }).toList();
    }

    /** In batches of {@code size}, in order. */
    private static List<List<Object>> inBatchesOf(int size, Ruleset rules, List<UsageProfile> profiles) {
        List<List<Object>> all = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i += size) {
            all.addAll(together(rules, profiles.subList(i, Math.min(profiles.size(), i + size))));
        }
        return all;
    }

    @Test
    void profilesDecidedTogetherGetTheVerdictsEachGetsAlone() {
        Ruleset rules = RulesetLoader.load(RulesCopy.MINIMAL);
        assertTrue(rules.sessions().decisionsShareARun(), "every rule of the minimal rules matches one fact");
        List<UsageProfile> profiles = random(rules, 20_261_201L, 400);
        List<List<Object>> expected = alone(rules, profiles);
        assertEquals(expected, together(rules, profiles));
        assertEquals(expected, inBatchesOf(7, rules, profiles));
        List<UsageProfile> reversed = new ArrayList<>(profiles);
        Collections.reverse(reversed);
        List<List<Object>> backwards = new ArrayList<>(together(rules, reversed));
        Collections.reverse(backwards);
        assertEquals(expected, backwards);
        assertEquals(0, rules.sessions().factsInIdleSessions(), "every run deleted its facts");
    }

    @Test
    void aModelsPoliciesAreDecidedTogetherToo() {
        Ruleset rules = RulesetLoader.load(Path.of("src/test/resources/fixtures/policies"));
        List<UsageProfile> profiles = new ArrayList<>();
        for (String model : List.of("with-policy", "without-policy")) {
            for (String purpose : List.of("military", "research")) {
                profiles.add(PARSER.parse("""
                        {"model":"%s","use":{"purposes":["%s"]},"modification":{"redistributesWeights":true}}""".formatted(model, purpose)));
            }
        }
        assertEquals(alone(rules, profiles), together(rules, profiles));
        assertEquals("usage-policy:1", DecisionBatch.evaluate(rules, profiles).get(0).verdict().clauses().get(0).key());
    }

    @Test
    void aProfileTheEngineRefusesIsRefusedAloneAndTheOthersAreDecided() {
        Ruleset rules = RulesetLoader.load(RulesCopy.MINIMAL);
        List<UsageProfile> valid = random(rules, 7L, 4);
        List<UsageProfile> profiles = List.of(valid.get(0), PARSER.parse("{\"model\":\"no-such-model\"}"), valid.get(1),
                PARSER.parse("{\"model\":\"" + rules.catalog().modelIds().get(0) + "\",\"licensee\":{\"agreements\":[\"no-such-license\"]}}"),
                valid.get(2));
        List<DecisionBatch.Result> results = DecisionBatch.evaluate(rules, profiles);
        assertInstanceOf(UnknownIdException.class, results.get(1).refused());
        assertInstanceOf(InvalidProfileException.class, results.get(3).refused());
        assertNull(results.get(1).verdict());
        assertEquals(alone(rules, List.of(valid.get(0), valid.get(1), valid.get(2))),
                together(rules, List.of(profiles.get(0), profiles.get(2), profiles.get(4))));
        assertEquals(SameDecisions.comparable(DecisionEngine.evaluate(rules, valid.get(1))), SameDecisions.comparable(results.get(2).verdict()));
    }

    /**
     * {@code not StatedPurpose( id == "research" )} asks whether the session holds a research purpose: any decision's,
     * were decisions to share a run. So with such a rule each decision runs alone.
     */
    @Test
    void aRuleThatCouldJoinTwoDecisionsMakesEachRunAlone() throws IOException {
        Path folder = RulesCopy.into(dir.resolve("rules"));
        Files.writeString(folder.resolve("community-demo.drl"), """

                rule "community-demo: research stated"
                    @license("community-demo")
                    @section("9")
                    @title("Research")
                when
                    $u : Usage( license == "community-demo" )
                    not ai.licensing.engine.StatedPurpose( id == "research" )
                then
                    $u.note( "No research purpose is stated." );
                end
                """, StandardOpenOption.APPEND);
        Ruleset rules = RulesetLoader.load(folder);
        assertFalse(rules.sessions().decisionsShareARun());
        String model = rules.catalog().modelIds().stream().filter(id -> rules.catalog().model(id).orElseThrow().license().equals("community-demo"))
                .findFirst().orElseThrow();
        List<UsageProfile> profiles = List.of(
                PARSER.parse("{\"model\":\"" + model + "\",\"use\":{\"purposes\":[\"research\"]}}"),
                PARSER.parse("{\"model\":\"" + model + "\",\"use\":{\"purposes\":[\"internal-tools\"]}}"));
        List<List<Object>> expected = alone(rules, profiles);
        assertEquals(expected, together(rules, profiles));
        assertTrue(DecisionBatch.evaluate(rules, profiles).get(1).verdict().clauses().stream().anyMatch(c -> c.section().equals("9")),
                "the profile without research gets the note, though the other one states research");
    }

    @Test
    void aRuleThatFailsFailsTheProfileItFailsAloneAndTheSessionsStayClean() {
        Ruleset rules = RulesetLoader.load(RulesCopy.MINIMAL);
        List<UsageProfile> profiles = random(rules, 11L, 6);
        UsageProfile failing = PARSER.parse("{\"model\":\"" + rules.catalog().modelIds().get(0) + "\",\"licensee\":{\"monthlyActiveUsers\":13}}");
        IllegalStateException failure = new IllegalStateException("a rule failed");
        rules.sessions().listen(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                for (Object fact : event.getMatch().getObjects()) {
                    if (fact instanceof Usage usage && Long.valueOf(13).equals(usage.getMonthlyActiveUsers())) {
                        throw failure;
                    }
                }
            }
        });
        List<UsageProfile> withFailing = new ArrayList<>(profiles);
        withFailing.add(3, failing);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> DecisionBatch.evaluate(rules, withFailing));
        assertSame(failure, rootCause(thrown));
        assertEquals(alone(rules, profiles), together(rules, profiles));
        assertEquals(0, rules.sessions().factsInIdleSessions());
    }

    private static Throwable rootCause(Throwable t) {
        return t.getCause() == null ? t : rootCause(t.getCause());
    }
}
