package ai.licensing.engine;

import ai.licensing.model.ProfileParser;
import ai.licensing.model.Verdict;
import ai.licensing.testing.Fixtures;
import ai.licensing.testing.RulesCopy;
import ai.licensing.testing.SameDecisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reload compiles only the licenses whose files changed, and decides exactly as a compile of everything would. */
class KnowledgeBasesTest {

    private static final String PERMISSIVE = "permissive-demo.drl";
    private static final String COMMUNITY = "community-demo.drl";

    @TempDir
    Path dir;

    private static String reasonOf(Ruleset ruleset, String license, String section) {
        Verdict verdict = DecisionEngine.evaluate(ruleset, new ProfileParser().parse(
                "{\"license\":\"" + license + "\",\"use\":{\"purposes\":[\"research\"]},\"modification\":{\"redistributesWeights\":true}}"));
        return verdict.clauses().stream().filter(c -> c.section().equals(section)).findFirst().orElseThrow().reason();
    }

    @Test
    void anEditedLicenseIsRecompiledAloneAndTheOthersKeepTheirBase() throws IOException {
        RulesCopy.into(dir);
        Ruleset before = RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve(PERMISSIVE), "gives every recipient a copy of the license.", "gives every recipient the license text.");
        Ruleset after = RulesetLoader.load(dir);

        assertTrue(reasonOf(after, "permissive-demo", "4.a").contains("the license text"));
        assertNotSame(before.sessions().base("permissive-demo"), after.sessions().base("permissive-demo"));
        assertSame(before.sessions().base("community-demo"), after.sessions().base("community-demo"));
        assertEquals(before.rules().stream().map(RuleMeta::name).sorted().toList(), after.rules().stream().map(RuleMeta::name).sorted().toList());
    }

    @Test
    void editedRulesDecideExactlyAsACompileOfEverything(@TempDir Path fresh) throws IOException {
        RulesCopy.into(dir);
        RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve(PERMISSIVE), "$u.duty( $u.distributesWeights(), $u.includesLicenseCopy(),",
                "$u.duty( $u.sharesModel(), $u.includesLicenseCopy(),");
        Ruleset incremental = RulesetLoader.load(dir);
        Ruleset whole = RulesetLoader.load(Fixtures.copyFolder(dir, fresh));
        assertNotSame(incremental.sessions().base("permissive-demo"), incremental.sessions().base("community-demo"));

        SameDecisions.assertDecideAlike(whole, incremental, 20_261_130L, 300);
    }


    @Test
    void aSharedFileChangeRecompilesEveryLicenseIntoOneBase() throws IOException {
        RulesCopy.into(dir);
        Ruleset before = RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve("catalog.drl"), " is not offered for it.", " is not offered for that access mode.");
        Ruleset after = RulesetLoader.load(dir);

        assertNotSame(before.sessions().base("community-demo"), after.sessions().base("community-demo"));
        assertSame(after.sessions().base("permissive-demo"), after.sessions().base("community-demo"));
    }

    @Test
    void aLicenseAddedToTheCatalogRecompilesEverything() throws IOException {
        RulesCopy.into(dir);
        Ruleset before = RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve("catalog/licenses.yaml"), "- id: permissive-demo", "- id: extra-demo\n  name: Extra Demo License\n"
                + "  url: https://licenses.example/extra-demo\n  category: permissive\n  osiApproved: false\n\n- id: permissive-demo");
        Ruleset after = RulesetLoader.load(dir);
        assertNotSame(before.sessions().base("community-demo"), after.sessions().base("community-demo"));
        assertSame(after.sessions().base("extra-demo"), after.sessions().base("community-demo"));
    }

    @Test
    void anErrorInTheEditedFileIsReportedOnItsLine() throws IOException {
        RulesCopy.into(dir);
        RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve(PERMISSIVE), "$u.duty( $u.distributesWeights(),", "$u.duty( $u.distributesWeightz(),");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        int line = RulesCopy.lineOf(dir.resolve(PERMISSIVE), "    $u.duty( $u.distributesWeightz(), $u.includesLicenseCopy(),");
        assertTrue(e.errors().stream().anyMatch(err -> err.file().equals(PERMISSIVE) && err.line() == line), e.errors().toString());
    }

    @Test
    void aRuleNameTakenByAnotherLicenseIsJudgedByACompileOfEverything() throws IOException {
        RulesCopy.into(dir);
        RulesetLoader.load(dir);
        RulesCopy.replace(dir.resolve(PERMISSIVE), "rule \"permissive-demo: recipients of copies get a copy of the license\"",
                "rule \"community-demo: copy of the agreement goes to every recipient\"");
        RulesetException e = assertThrows(RulesetException.class, () -> RulesetLoader.load(dir));
        assertTrue(e.errors().stream().anyMatch(err -> err.message().toLowerCase().contains("duplicate")), e.errors().toString());
        assertTrue(e.errors().stream().noneMatch(err -> err.file().equals(COMMUNITY) && err.line() == 0), e.errors().toString());
    }
}
