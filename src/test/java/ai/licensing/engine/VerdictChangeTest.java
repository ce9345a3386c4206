package ai.licensing.engine;

import ai.licensing.model.ClauseHit;
import ai.licensing.model.Decision;
import ai.licensing.model.Effect;
import ai.licensing.model.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictChangeTest {

    private static ClauseHit clause(String section, Effect effect, String reason) {
        return new ClauseHit("mit", section, "Title " + section, effect, "rule " + section, reason, "", "https://example.org");
    }

    private static Verdict verdict(String version, Decision decision, ClauseHit... clauses) {
        return new Verdict("id-" + version, Instant.EPOCH, version, null, "mit", decision, decision.allowed(), List.of(clauses), List.of(), null);
    }

    @Test
    void sameClausesWithOtherReasonsAreNoChange() {
        VerdictChange change = VerdictChange.between(
                verdict("v1", Decision.CONDITIONAL, clause("1", Effect.OBLIGATION, "old words")),
                verdict("v2", Decision.CONDITIONAL, clause("1", Effect.OBLIGATION, "new words")));
        assertFalse(change.changed());
        assertEquals("v1", change.oldRulesetVersion());
        assertEquals("v2", change.newRulesetVersion());
    }

    @Test
    void aClauseWhoseEffectChangedIsGoneWithTheOldEffectAndAddedWithTheNew() {
        ClauseHit obligation = clause("1", Effect.OBLIGATION, "keep the notice");
        ClauseHit denial = clause("1", Effect.DENY, "the notice is removed");
        ClauseHit kept = clause("2", Effect.INFO, "note");
        VerdictChange change = VerdictChange.between(
                verdict("v1", Decision.CONDITIONAL, obligation, kept),
                verdict("v2", Decision.DENIED, denial, kept));
        assertTrue(change.changed());
        assertEquals(Decision.CONDITIONAL, change.oldVerdict());
        assertEquals(Decision.DENIED, change.newVerdict());
        assertEquals(List.of(denial), change.clausesAdded());
        assertEquals(List.of(obligation), change.clausesGone());
    }
}
