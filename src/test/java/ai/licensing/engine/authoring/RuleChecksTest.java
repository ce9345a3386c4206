package ai.licensing.engine.authoring;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.CatalogLoader;
import ai.licensing.model.SourceError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each authoring check on a small rule, over the fixture catalog (licenses alpha and beta). */
class RuleChecksTest {

    private static final Catalog CATALOG = CatalogLoader.load(Path.of("src/test/resources/fixtures/checks"));

    private static final String HEADER = "package licensing;\n\nimport ai.licensing.engine.Usage;\n\n";

    /** A rule in alpha.drl: line 5 {@code rule}, 6 metadata, 7 {@code when}, 8 the pattern(s), then {@code then} and its line. */
    private static String rule(String meta, String when, String then) {
        return HEADER + "rule \"alpha: r\"\n" + meta + "\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private static final String META = "    @license(\"alpha\") @section(\"1\") @title(\"One\")";
    private static final String ALPHA = "$u : Usage( license == \"alpha\" )";

    private static RuleChecks.Report check(String file, String drl) {
        return RuleChecks.check(List.of(new DrlSource(file, drl)), CATALOG);
    }

    private static SourceError onlyError(String drl) {
        RuleChecks.Report report = check("alpha.drl", drl);
        assertEquals(1, report.errors().size(), report.errors().toString());
        return report.errors().get(0);
    }

    @Test
    void aCorrectRulePassesAndListsTheFactsItReads() {
        RuleChecks.Report report = check("alpha.drl", rule(META, ALPHA + "\n    $p : String() from $u.purposesIn( \"security\" )",
                "$u.deny( $u.commercialUse(), \"r\", \"m\" );"));
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
        assertEquals(List.of("use.commercial", "use.purposes"), report.rules().get("alpha: r").reads());
        assertEquals(5, report.rules().get("alpha: r").line());
    }

    /** The rules of a file are read once per text (a reload checks again only the files that changed): an edit is seen at once. */
    @Test
    void aFileReadBeforeIsReadAgainOnceItsTextChanges() {
        String correct = rule(META, ALPHA, "$u.deny( \"r\", \"m\" );");
        String misspelt = rule(META, ALPHA + "\n    $p : String() from $u.purposesIn( \"militray\" )", "$u.deny( \"r\", \"m\" );");
        assertEquals(List.of(), check("alpha.drl", correct).errors());
        assertEquals(1, check("alpha.drl", misspelt).errors().size());
        assertEquals(1, check("alpha.drl", misspelt).errors().size());
        assertEquals(List.of(), check("alpha.drl", correct).errors());
    }

    /** Decisions may share a run of the rules only when no match of any rule can hold facts of two decisions. */
    @Test
    void aRuleMatchesOneFactOnlyWhenEachMatchHoldsOneUsageOrOnePurpose() {
        String then = "$u.note( \"r\" );";
        Map<String, Boolean> forms = new LinkedHashMap<>();
        forms.put(ALPHA, true);
        forms.put(ALPHA + "\n    $p : String() from $u.purposesIn( \"security\" )", true);
        forms.put(ALPHA + "\n    eval( $u.getMonthlyActiveUsers() != null )", true);
        forms.put("StatedPurpose( license == \"alpha\", id in ( \"security\" ), $u : usage )", true);
        forms.put(ALPHA + "\n    StatedPurpose( id == \"security\" )", false);
        forms.put(ALPHA + "\n    not StatedPurpose( id == \"security\" )", false);
        forms.put(ALPHA + "\n    exists StatedPurpose( id == \"security\" )", false);
        forms.put("( " + ALPHA + " or $u : Usage( license == \"beta\" ) )", false);
        forms.put(ALPHA + "\n    $n : Number() from accumulate( StatedPurpose( $id : id ), count( $id ) )", false);
        forms.put("$u : Usage( license == \"alpha\" ) from entry-point \"others\"", false);
        forms.put(ALPHA + "\n    $s : String()", false);
        forms.forEach((when, expected) -> {
            RuleChecks.Report report = check("alpha.drl", HEADER + "import ai.licensing.engine.StatedPurpose;\n\n"
                    + rule(META, when, then).substring(HEADER.length()));
            assertEquals(expected, report.rules().get("alpha: r").matchesOneFact(), when);
            assertEquals(expected, report.warnings().stream().noneMatch(w -> w.message().contains("decide their profiles one at a time")), when);
        });
    }

    @Test
    void d2AMisspeltPurposeIsAnErrorNamingFileLineColumnAndWord() {
        SourceError e = onlyError(rule(META, ALPHA + "\n    $p : String() from $u.purposesIn( \"militray, nuclear, espionage\" )",
                "$u.deny( \"r\", \"m\" );"));
        assertEquals("alpha.drl", e.file());
        assertEquals(9, e.line());
        assertEquals(39, e.column(), "the column of the string literal");
        assertTrue(e.message().contains("'militray' is neither a purpose of the vocabulary nor a group"), e.message());
    }

    @Test
    void anUnknownPurposeInAHelperCallInThenIsAnErrorToo() {
        SourceError e = onlyError(rule(META, ALPHA, "$u.deny( $u.hasPurposeIn( \"automated-decision\" ), \"r\", \"m\" );"));
        assertTrue(e.message().contains("in hasPurposeIn of rule \"alpha: r\": 'automated-decision'"), e.message());
        assertEquals(10, e.line());
    }

    @Test
    void d3ARuleCopiedFromAnotherFileWithItsOldLicenseIsAnError() {
        String copied = rule("    @license(\"beta\") @section(\"2\") @title(\"Terms\")", "$u : Usage( license == \"beta\" )",
                "$u.deny( $u.monthlyActiveUsersAbove( 100 ), \"r\", \"m\" );");
        SourceError e = onlyError(copied);
        assertEquals("alpha.drl", e.file());
        assertEquals(6, e.line());
        assertTrue(e.message().contains("has @license(\"beta\") but its file is for 'alpha'"), e.message());
    }

    @Test
    void aLicenseLiteralThatDiffersFromTheRulesLicenseIsAnError() {
        SourceError e = onlyError(rule(META, "$u : Usage( license == \"beta\" )", "$u.note( \"n\" );"));
        assertTrue(e.message().contains("tests license == \"beta\" but its @license is 'alpha'"), e.message());
        assertEquals(8, e.line());
    }

    @Test
    void missingMetadataIsAnError() {
        SourceError e = onlyError(rule("    @license(\"alpha\") @section(\"1\")", ALPHA, "$u.note( \"n\" );"));
        assertTrue(e.message().contains("needs @license, @section and @title"), e.message());
        assertEquals(5, e.line());
    }

    @Test
    void aRuleFileSetsNoSalienceForTableRowsFireFirst() {
        SourceError e = onlyError(rule(META + "\n    salience 10", ALPHA, "$u.note( \"n\" );"));
        assertTrue(e.message().contains("sets salience"), e.message());
        assertEquals(5, e.line());
    }

    @Test
    void aRuleAttributeWhoseStateOutlivesAMatchIsAnError() {
        SourceError e = onlyError(rule(META + "\n    no-loop true", ALPHA, "$u.note( \"n\" );"));
        assertTrue(e.message().contains("sets the attribute 'no-loop'"), e.message());
        assertEquals(5, e.line());
        assertEquals(List.of(), check("alpha.drl", rule(META + "\n    dialect \"mvel\"", ALPHA, "$u.note( \"n\" );")).errors());
    }

    @Test
    void comparingTwoValuesWithEqualsEqualsInThenIsAnErrorForCompiledConsequencesReadItAsIdentity() {
        SourceError e = onlyError(rule(META, ALPHA, "if ( $u.getCountry() == \"US\" ) { $u.note( \"n\" ); }"));
        assertTrue(e.message().contains("compares two values with == or != in then"), e.message());
        assertEquals(10, e.line());
        assertEquals(26, e.column(), "the column of ==");
        assertEquals(List.of(), check("alpha.drl", rule(META, ALPHA, "if ( $u.getCountry() == null || $u.getPaidTier() != Boolean.TRUE "
                + "|| false == $u.getEndUserOnly() || 5 != $u.getMonthlyActiveUsers() ) { $u.note( \"n\" ); }")).errors(),
                "null, true, false, Boolean.TRUE, Boolean.FALSE and numbers compare the same either way");
    }

    @Test
    void oneSectionWithTwoTitlesIsAnError() {
        String two = rule(META, ALPHA, "$u.note( \"n\" );")
                + rule(META.replace("One", "Uno"), ALPHA, "$u.note( \"n\" );").replace(HEADER, "").replace("alpha: r", "alpha: s");
        SourceError e = onlyError(two);
        assertTrue(e.message().contains("section '1' of alpha is titled \"Uno\" here but \"One\" at alpha.drl:6"), e.message());
    }

    @Test
    void factPathsAndVocabularyLiteralsMustBeKnown() {
        assertTrue(onlyError(rule(META, ALPHA, "$u.needsFacts( \"use.purpose\" );")).message()
                .contains("'use.purpose' is not a fact of the registry"));
        assertTrue(onlyError(rule(META, ALPHA, "$u.deny( $u.deploysIn( \"eea, GB\" ), \"r\", \"m\" );")).message()
                .contains("'eea' is neither an ISO 3166-1 alpha-2 country code nor a region"));
        assertTrue(onlyError(rule(META, ALPHA, "$u.deny( $u.licenseeTypeIn( \"company, startup\" ), \"r\", \"m\" );")).message()
                .contains("'startup' is not a licensee type"));
        assertTrue(onlyError(rule(META, "$u : Usage( license == \"alpha\", accessMode == \"API\" )", "$u.note( \"n\" );")).message()
                .contains("'API' is not an access mode"));
        assertTrue(onlyError(rule(META, ALPHA, "$u.deny( $u.trainedModelKindIn( \"llm, image\" ), \"r\", \"m\" );")).message()
                .contains("'image' is not a trained model kind"));
        assertTrue(onlyError(rule(META, ALPHA, "$u.review( $u.termsAcceptedBefore( \"2025-13-01\" ), \"r\", \"m\" );")).message()
                .contains("'2025-13-01' is not a date"));
        assertTrue(onlyError(rule(META, ALPHA, "$u.deny( $u.comercialUse(), \"r\", \"m\" );")).message()
                .contains("Usage has no helper 'comercialUse'"));
        assertTrue(onlyError(rule(META, "$u : Usage( license == \"alpha\", comercial == true )", "$u.note( \"n\" );")).message()
                .contains("Usage has no property 'comercial'"));
    }

    @Test
    void aBareNameThatIsBothAFactAndAHelperIsAnErrorInWhen() {
        assertTrue(onlyError(rule(META, "$u : Usage( license == \"alpha\", endUserOnly == true )", "$u.note( \"n\" );")).message()
                .contains("'endUserOnly' in when names both a fact and its helper"));
        assertEquals(List.of(), check("alpha.drl", rule(META, "$u : Usage( license == \"alpha\", !endUserOnly().isTrue() )",
                "$u.note( \"n\" );")).errors());
    }

    @Test
    void helpersCalledInWhenAreCheckedAndRead() {
        SourceError e = onlyError(rule(META, "$u : Usage( license == \"alpha\", domiciledIn( \"eea\" ).isTrue() )", "$u.note( \"n\" );"));
        assertTrue(e.message().contains("in domiciledIn of rule \"alpha: r\": 'eea' is neither"), e.message());
        RuleChecks.Report ok = check("alpha.drl", rule(META, "$u : Usage( license == \"alpha\", deploysIn( \"eu\" ).or( paidTier() ).isTrue() )",
                "$u.note( \"n\" );"));
        assertEquals(List.of(), ok.errors());
        assertEquals(List.of("use.deploymentCountries", "use.paidTier"), ok.rules().get("alpha: r").reads());
    }

    @Test
    void purposeIdsOfGeneratedTableRulesAreCheckedAndRead() {
        String row = rule(META, ALPHA + "\n    StatedPurpose( license == \"alpha\", $purpose : id, id in ( \"weapons\", \"militray\" ) )",
                "$u.deny( \"r\", \"m\" );");
        RuleChecks.Report report = check("alpha.purposes.csv", row);
        assertEquals(1, report.errors().size(), report.errors().toString());
        assertTrue(report.errors().get(0).message().contains("in StatedPurpose of rule \"alpha: r\": 'militray' is neither"));
        assertEquals(List.of("use.purposes"), report.rules().get("alpha: r").reads());
    }

    @Test
    void regionNamesAndCodesMix() {
        assertEquals(List.of(), check("alpha.drl", rule(META, ALPHA,
                "$u.deny( $u.deploysIn( \"eu, eea-extra, GB\" ).or( $u.domiciledIn( \"CH\" ) ), \"r\", \"m\" );")).errors());
    }

    @Test
    void aRuleThatCanNeverFireIsAnError() {
        assertTrue(onlyError(rule(META.replace("alpha", "gamma"), "$u : Usage( license == \"gamma\" )", "$u.note( \"n\" );"))
                .message().contains("names license 'gamma', which catalog/licenses.yaml does not list"));
        assertTrue(onlyError(rule(META, "$u : Usage( license == \"alpha\", commercial == true, commercial == null )", "$u.note( \"n\" );"))
                .message().contains("can never fire: 'commercial == true' and 'commercial == null' cannot both hold"));
        assertTrue(onlyError(rule(META, "$u : Usage( license == \"alpha\", monthlyActiveUsers > 100, monthlyActiveUsers <= 100 )", "$u.note( \"n\" );"))
                .message().contains("can never fire"));
        assertTrue(onlyError(rule(META, ALPHA + "\n    $p : String() from $u.purposesIn( \" , \" )", "$u.note( \"n\" );"))
                .message().contains("names nothing"));
        assertTrue(onlyError(rule(META, ALPHA + "\n    $p : String() from $u.purposesIn( \"nothing-yet\" )", "$u.note( \"n\" );"))
                .message().contains("names only empty purpose groups"));
    }

    @Test
    void aCompatibleRangeIsNoContradiction() {
        assertEquals(List.of(), check("alpha.drl", rule(META,
                "$u : Usage( license == \"alpha\", monthlyActiveUsers > 100, monthlyActiveUsers <= 101, commercial != false )",
                "$u.note( \"n\" );")).errors());
    }

    @Test
    void aCommentedOutRuleIsNotARule() {
        String drl = HEADER + "/*\nrule \"alpha: old\"\n  @license(\"beta\")\nwhen\n  $u : Usage( license == \"beta\" )\nthen\nend\n*/\n"
                + rule(META, ALPHA, "$u.note( \"n\" );").replace(HEADER, "");
        RuleChecks.Report report = check("alpha.drl", drl);
        assertEquals(List.of(), report.errors());
        assertEquals(List.of("alpha: r"), List.copyOf(report.rules().keySet()));
    }

    @Test
    void strictWarnsAboutAConditionThatIgnoresUnknownValuesAndMixedIdioms() {
        RuleChecks.Report report = check("alpha.drl", rule(META, "$u : Usage( license == \"alpha\", commercial == true )",
                "$u.deny( $u.modifiesModel(), \"r\", \"m\" );"));
        assertEquals(List.of(), report.errors());
        assertEquals(2, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().get(0).message().contains("mixes conditions on facts in when with three-valued helpers"));
        assertTrue(report.warnings().get(1).message().contains("'commercial == true' in rule \"alpha: r\" is false while use.commercial is unknown"));
        assertEquals(8, report.warnings().get(1).line());
    }

    @Test
    void aRuleForTheUnknownCaseSilencesTheWarning() {
        String twins = rule(META, "$u : Usage( license == \"alpha\", commercial == true )", "$u.deny( \"r\", \"m\" );")
                + rule(META, "$u : Usage( license == \"alpha\", commercial == null )", "$u.needsFacts( \"use.commercial\" );")
                .replace(HEADER, "").replace("alpha: r", "alpha: unknown");
        assertEquals(List.of(), check("alpha.drl", twins).warnings());
    }
}
