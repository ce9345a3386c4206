package ai.licensing.engine.explain;

import ai.licensing.engine.DecisionEngine;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import ai.licensing.model.Fact;
import ai.licensing.model.ProfileParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-checks an explanation the way a client would: edits the profile's JSON as each change or answer says, parses
 * it with the service's own parser and evaluates it. Independent of the explainer's own profile edits, so a wrong
 * edit there fails here.
 */
final class Recheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProfileParser PARSER = new ProfileParser();

    private Recheck() {
    }

    static Decision verdictOf(Ruleset rules, String profileJson, List<Change> changes) {
        ObjectNode profile = read(profileJson);
        for (Change change : changes) {
            String[] path = change.fact().split("\\.");
            ObjectNode group = profile.has(path[0]) ? (ObjectNode) profile.get(path[0]) : profile.putObject(path[0]);
            if (change.to() != null) {
                group.set(path[1], JSON.valueToTree(change.to()));
                continue;
            }
            ArrayNode list = group.has(path[1]) ? (ArrayNode) group.get(path[1]) : group.putArray(path[1]);
            if (change.add() != null) {
                list.add(change.add());
            }
            for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
                if (it.next().asText().equals(change.remove())) {
                    it.remove();
                }
            }
        }
        return DecisionEngine.evaluate(rules, PARSER.parse(profile.toString())).verdict();
    }

    /** Every change set, question answer and threshold of the explanation gives the verdict it claims. */
    static void explanation(Ruleset rules, String profileJson, Explanation e) {
        assertTrue(e.changes().size() <= ChangeSearch.MAX_SETS, e.changes().toString());
        int previousSize = 0;
        for (Explanation.ChangeSet set : e.changes()) {
            assertEquals(e.bestVerdict(), set.verdict(), set.toString());
            assertEquals(set.verdict(), verdictOf(rules, profileJson, set.set()), "re-evaluated: " + set);
            assertTrue(set.set().stream().allMatch(c -> Fact.byPath(c.fact()).orElseThrow().controlled()),
                    "only facts the licensee controls: " + set);
            assertTrue(set.set().size() >= previousSize, "fewest first: " + e.changes());
            previousSize = set.set().size();
            for (Explanation.ChangeSet other : e.changes()) {
                assertTrue(other == set || !set.set().containsAll(other.set()), "no set holds another: " + e.changes());
            }
        }
        for (Explanation.Question q : e.questions()) {
            for (Explanation.Answer a : q.answers()) {
                assertEquals(a.verdict(), verdictOf(rules, profileJson, List.of(Change.to(q.fact(), a.value()))),
                        "re-evaluated: " + q.fact() + " = " + a.value());
            }
        }
        for (Explanation.Threshold t : e.thresholds()) {
            assertEquals(t.verdict(), verdictOf(rules, profileJson, List.of(Change.to(t.fact(), t.above() + 1))),
                    "re-evaluated just above: " + t);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
