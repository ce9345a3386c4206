package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.catalog.CatalogLoader;
import ai.licensing.model.SourceError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A purpose table becomes one rule per row on the row's own line, and every slip in it is an error at its cell. */
class PurposeTableCompilerTest {

    static final Path FIXTURE = Path.of("src/test/resources/tables");
    private static final Catalog CATALOG = CatalogLoader.load(FIXTURE);
    private static final String TABLE = "acme-open.purposes.csv";
    private static final String HEADER = "section,title,purposes,effect,reason,remedy\n";

    private final List<SourceError> errors = new ArrayList<>();

    private Map<String, String> compile(String file, String text) {
        return PurposeTableCompiler.compile(Map.of(file, text), CATALOG, errors);
    }

    private SourceError onlyError(String text) {
        return onlyError(TABLE, text);
    }

    private SourceError onlyError(String file, String text) {
        Map<String, String> drl = compile(file, text);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(drl.isEmpty(), "a table with an error gives no rules");
        return errors.get(0);
    }

    private static void assertAt(SourceError error, int line, int column, String words) {
        assertEquals(TABLE + ":" + line + ":" + column, error.file() + ":" + error.line() + ":" + error.column(), error.toString());
        assertTrue(error.message().contains(words), error.message());
    }

    @Test
    void eachRowIsARuleOnTheRowsOwnLine() throws IOException {
        List<String> lines = compile(TABLE, Files.readString(FIXTURE.resolve(TABLE))).get(TABLE).lines().toList();
        assertEquals(List.of(), errors);
        assertEquals("package licensing; import ai.licensing.engine.Usage; import ai.licensing.engine.StatedPurpose;", lines.get(0));
        assertEquals("rule \"acme-open: aup.1 armed\" @license(\"acme-open\") @section(\"aup.1\") @title(\"Armed use\")"
                + " @url(\"https://example.org/acme/aup\") salience 1"
                + " when StatedPurpose( license == \"acme-open\", $purpose : id, id in ( \"military\", \"weapons\" ), $u : usage )"
                + " then $u.deny( \"The stated purpose '\" + $purpose + \"' is prohibited: no armed use.\","
                + " \"Remove this purpose; \\\"ACME\\\" forbids it.\" ); end", lines.get(1));
        assertTrue(lines.get(2).startsWith("rule \"acme-open: aup.2 medical-advice, legal-advice\""), lines.get(2));
        assertTrue(lines.get(2).contains("needs a professional.\\nA second line of the same cell.\""), lines.get(2));
        assertEquals("", lines.get(3), "the second line of a cell is the second line of its rule's row");
        assertTrue(lines.get(4).startsWith("rule \"acme-open: aup.3 spam\""), lines.get(4));
        assertTrue(lines.get(4).endsWith("then $u.oblige( \"Label bulk messages.\", \"Label them.\" ); end")
                && !lines.get(4).contains("@url"), lines.get(4));
    }

    @Test
    void semicolonsAndAByteOrderMarkAsSpreadsheetsSaveThemReadAlike() {
        String commas = HEADER + "aup.1,Armed use,\"armed, spam\",deny,$purpose is out,Drop it\n";
        String semicolons = "\uFEFF" + HEADER.replace(',', ';') + "aup.1;Armed use;armed, spam;deny;$purpose is out;Drop it\r\n";
        assertEquals(compile(TABLE, commas), compile(TABLE, semicolons));
        assertEquals(List.of(), errors);
    }

    @Test
    void anUnknownPurposeIsReportedAtTheWord() {
        assertAt(onlyError(HEADER + "aup.1,Armed,\"military, militray\",deny,r,m\n"), 2, 24, "unknown purpose or purpose group 'militray'");
    }

    @Test
    void anUnknownEffectIsReportedAtItsCell() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,forbid,r,m\n"), 2, 22, "unknown effect 'forbid'; write deny, review or oblige");
    }

    @Test
    void aMissingColumnIsReportedAtTheHeader() {
        assertAt(onlyError("section,title,purposes,effect,reason\naup.1,Armed,military,deny,r\n"), 1, 1, "missing column remedy");
    }

    @Test
    void aMisspeltColumnIsReportedAtItsName() {
        List<SourceError> found = new ArrayList<>();
        compile(TABLE, "section,title,purposes,effect,reason,remedi\naup.1,Armed,military,deny,r,m\n");
        found.addAll(errors);
        assertEquals(2, found.size(), found.toString());
        assertAt(found.get(0), 1, 38, "unknown column 'remedi'");
        assertAt(found.get(1), 1, 1, "missing column remedy");
    }

    @Test
    void aSectionWithAnotherTitleIsReportedAtTheLaterTitle() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,r,m\naup.1,Weapons,weapons,review,r,m\n"), 3, 7,
                "section aup.1 is titled \"Armed\" in line 2");
    }

    @Test
    void theSameSectionAndPurposesTwiceIsReported() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,r,m\naup.1,Armed,military,review,r,m\n"), 3, 13,
                "line 2 already gives section aup.1 for the same purposes");
    }

    @Test
    void anEmptyCellIsReported() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,,m\n"), 2, 27, "the reason is empty");
    }

    @Test
    void aRowWithFewerCellsNamesTheMissingOne() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,r\n"), 2, 28, "the remedy is empty");
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsReportedAtTheExtraCell() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,no weapons, no war,m\n"), 2, 46, "this row has 7 cells");
    }

    @Test
    void aMisspeltPlaceholderIsReportedAtIt() {
        assertAt(onlyError(HEADER + "aup.1,Armed,military,deny,Purpose $purpse is out,m\n"), 2, 35, "unknown placeholder '$purpse'");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheCellStarts() {
        assertAt(onlyError(HEADER + "aup.1,\"Armed,military,deny,r,m\n"), 2, 7, "never closed");
    }

    @Test
    void aTableNamedForAnUnknownLicenseIsReported() {
        SourceError error = onlyError("acme-closed.purposes.csv", HEADER + "aup.1,Armed,military,deny,r,m\n");
        assertEquals("acme-closed.purposes.csv:1:1", error.file() + ":" + error.line() + ":" + error.column());
        assertTrue(error.message().contains("license 'acme-closed'"), error.message());
    }
}
