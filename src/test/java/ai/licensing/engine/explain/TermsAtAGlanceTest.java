package ai.licensing.engine.explain;

import ai.licensing.engine.RulesetLoader;
import ai.licensing.engine.Ruleset;
import ai.licensing.model.Decision;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Terms at a glance come from the catalog and from evaluating the typical use under the rules. */
class TermsAtAGlanceTest {

    private static final Ruleset RULES = RulesetLoader.load(Path.of("src/test/resources/fixtures/explain"));

    private static TermsAtAGlance of(String license) {
        return TermsAtAGlance.of(RULES.catalog().license(license).orElseThrow(), RULES);
    }

    @Test
    void aSizeLimitIsASeparateLicenseAboveItsThreshold() {
        TermsAtAGlance growth = of("growth");

        assertEquals(List.of(new Explanation.Threshold("licensee.monthlyActiveUsers", 100000, Decision.DENIED, List.of("growth:2"))),
                growth.separateLicenseAbove(), "the review above 1000 users is not a separate license");
        assertEquals(List.of("weights"), growth.access());
        assertTrue(growth.royaltyFree());
        assertFalse(growth.osiApproved());
    }

    @Test
    void obligationsAreCountedOnTheTypicalUse() {
        // The typical use shares nothing, so neither license's sharing duties apply to it.
        assertEquals(0, of("open").typicalObligations());
        assertEquals(Decision.ALLOWED, of("open").typicalVerdict());
        assertEquals(List.of("api", "weights"), of("open").access());
        assertTrue(of("open").osiApproved());
    }
}
