package ai.licensing.engine.authoring;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClauseGuardsTest {

    private static final ClauseGuards GUARDS = new ClauseGuards(Set.of(
            "deny", "review", "duty", "needsFacts", "note", "sharesModel", "includesLicenseCopy", "domiciledIn", "deploysIn",
            "trainsOtherModelsOnOutputs", "getPaidTier"));

    private static String rule(String when, String then) {
        return "rule \"x: a clause\"\n    @license(\"x\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static String guarded(String when, String then) {
        return GUARDS.addTo(rule(when, then)).lines().filter(l -> l.contains("Usage(")).findFirst().orElseThrow().strip();
    }

    @Test
    void aDutySaysNothingWhenItsTriggerIsFalseOrItIsConfirmed() {
        assertEquals("$u : Usage( license == \"x\" , !( ( sharesModel() ).isFalse() ), !( ( includesLicenseCopy() ).isTrue() ) )",
                guarded("$u : Usage( license == \"x\" )",
                        "$u.duty( $u.sharesModel(), $u.includesLicenseCopy(),\n             \"Pass the license on.\", \"Add it.\" );"));
    }

    @Test
    void aConditionalDenyOrReviewKeepsTheUnknownCase() {
        assertEquals("$u : Usage( license == \"x\" , !( ( trainsOtherModelsOnOutputs() ).isFalse() ) )",
                guarded("$u : Usage( license == \"x\" )", "$u.deny( $u.trainsOtherModelsOnOutputs(), \"No training.\", \"Stop.\" );"));
        assertEquals("$u : Usage( license == \"x\" , !( ( domiciledIn( \"eu\" ).or( deploysIn( \"eu\" ) ) ).isFalse() ) )",
                guarded("$u : Usage( license == \"x\" )",
                        "$u.review( $u.domiciledIn( \"eu\" ).or( $u.deploysIn( \"eu\" ) ), \"Judgment.\", \"Ask.\" );"));
    }

    @Test
    void anIfWithoutElseIsTheGuardItself() {
        assertEquals("$u : Usage( license == \"x\" , ( getPaidTier() == Boolean.FALSE ) )",
                guarded("$u : Usage( license == \"x\" )",
                        "if ( $u.getPaidTier() == Boolean.FALSE ) {\n        $u.review( \"Free tier.\", \"Upgrade.\" );\n    }"));
    }

    @Test
    void rulesThatAlwaysSaySomethingOrHaveAnotherShapeAreLeftAsWritten() {
        String[][] unchanged = {
                {"$u : Usage( license == \"x\" )", "$u.deny( \"Always.\", \"Never.\" );"},
                {"$u : Usage( license == \"x\", purposes == null )", "$u.needsFacts( \"use.purposes\" );"},
                {"$u : Usage( license == \"x\" )",
                        "if ( $u.getPaidTier() == Boolean.FALSE ) {\n $u.review( \"a\", \"b\" );\n } else {\n $u.note( \"c\" );\n }"},
                {"$u : Usage( license == \"x\" )\n    $p : String() from $u.purposesIn( \"weapons\" )", "$u.deny( \"No.\", \"Stop.\" );"},
                {"$u : Usage( license == \"x\" )", "$u.duty( $u.sharesModel(), $u.includesLicenseCopy(), \"a\", \"b\" );\n    $u.note( \"c\" );"},
                // a misspelt helper stays in then, where the compiler reports it on the lawyer's line
                {"$u : Usage( license == \"x\" )", "$u.deny( $u.traimsOtherModels(), \"No training.\", \"Stop.\" );"},
                {"$u : Usage( license == \"x\" )", "$u.deny( $u.sharesModel() // shared\n , \"No.\", \"Stop.\" );"},
                {"$u : Usage( license == \"x\" )", "$u.deny( check( $u ), \"No.\", \"Stop.\" );"},
        };
        for (String[] rule : unchanged) {
            String text = rule(rule[0], rule[1]);
            assertEquals(text, GUARDS.addTo(text), rule[1]);
        }
    }

    @Test
    void everyLineKeepsItsNumber() {
        String text = rule("$u : Usage( license == \"x\" )", "$u.duty( $u.sharesModel(),\n $u.includesLicenseCopy(),\n \"a\",\n \"b\" );")
                + rule("$u : Usage(\n license == \"x\"\n )", "if ( $u.sharesModel()\n .isTrue() ) {\n $u.note( \"c\" );\n }");
        String out = GUARDS.addTo(text);
        assertEquals(text.lines().count(), out.lines().count());
        // the condition spans two lines in then; its guard goes on the line of the pattern's closing parenthesis
        assertTrue(out.lines().toList().contains(" , ( sharesModel() .isTrue() ) )"), out);
    }
}
