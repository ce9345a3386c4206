package ai.licensing.engine;

import ai.licensing.catalog.Catalog;
import ai.licensing.model.Purpose;
import ai.licensing.model.SourceError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns each purpose table ({@code <license>.purposes.csv}) into rule text that Drools compiles with the rule
 * files. The rule of a row sits on the row's own line of the generated text, and the text carries the table's file
 * name, so everything Drools or the loader reports about a generated rule (errors, a rule's file and line in
 * {@code GET /v1/rules}) points at the lawyer's row. A row becomes (on one line):
 * <pre>
 * rule "llama-2-community: aup.2.b weapons" @license("llama-2-community") @section("aup.2.b") @title("…") @url("…") salience 1
 * when StatedPurpose( license == "llama-2-community", $purpose : id, id in ( "weapons" ), $u : usage )
 * then $u.deny( "The stated purpose '" + $purpose + "' is prohibited…", "Remove this purpose…" ); end
 * </pre>
 * Groups are read into their purposes here, and each stated purpose is a {@link StatedPurpose} fact, so a row is
 * matched by the network instead of by an expression evaluated on every decision. It fires once per matching
 * purpose, as {@code $purpose : String() from $u.purposesIn( "…" )} does in a hand-written rule. Rows fire before the
 * license's rule files (salience 1; rule files use none), so where a row and a rule share a clause the row's reason
 * reads first whatever order the files were compiled in.
 */
public final class PurposeTableCompiler {

    /** A table's file name is the license id followed by this. */
    public static final String SUFFIX = ".purposes.csv";

    private PurposeTableCompiler() {
    }

    /**
     * The generated rule text of every table, by the table's path; a table with a problem adds it to {@code errors}
     * and gives no rules. Without a catalog (it failed to load, already an error) names cannot be checked, so
     * nothing is generated.
     */
    public static Map<String, String> compile(Map<String, String> tables, Catalog catalog, List<SourceError> errors) {
        Map<String, String> drl = new LinkedHashMap<>();
        if (catalog == null) {
            return drl;
        }
        PurposeGroups groups = new PurposeGroups(catalog.purposeGroups());
        Set<String> purposeNames = new HashSet<>(catalog.purposeGroups().keySet());
        Arrays.stream(Purpose.values()).map(Purpose::id).forEach(purposeNames::add);
        tables.forEach((file, text) -> {
            String license = licenseOf(file);
            if (catalog.license(license).isEmpty()) {
                errors.add(new SourceError(file, 1, 1, "the file name says this is the table of license '" + license
                        + "', which catalog/licenses.yaml does not list: name it <license id>" + SUFFIX));
                return;
            }
            int before = errors.size();
            List<PurposeTable.Row> rows = PurposeTable.read(file, text, purposeNames, errors);
            if (errors.size() == before) {
                drl.put(file, rules(license, rows, groups));
            }
        });
        return drl;
    }

    private static String licenseOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** Line 1 (the header's line) declares the package; each row's rule is on the row's line. */
    private static String rules(String license, List<PurposeTable.Row> rows, PurposeGroups groups) {
        StringBuilder drl = new StringBuilder("package " + RulesetLoader.PACKAGE + "; import " + Usage.class.getName() + "; import "
                + StatedPurpose.class.getName() + ";");
        int line = 1;
        for (PurposeTable.Row row : rows) {
            drl.append("\n".repeat(row.line() - line));
            line = row.line();
            drl.append(rule(license, row, groups));
        }
        return drl.append('\n').toString();
    }

    private static String rule(String license, PurposeTable.Row row, PurposeGroups groups) {
        String purposes = String.join(", ", row.purposes());
        String ids = String.join(", ", groups.expand(purposes).stream().map(PurposeTableCompiler::quoted).toList());
        return "rule " + quoted(license + ": " + row.section() + " " + purposes)
                + " @license(" + quoted(license) + ") @section(" + quoted(row.section()) + ") @title(" + quoted(row.title()) + ")"
                + (row.url() == null ? "" : " @url(" + quoted(row.url()) + ")") + " salience 1"
                + " when StatedPurpose( license == " + quoted(license) + ", $purpose : id, id in ( " + ids + " ), $u : usage )"
                + " then $u." + row.effect() + "( " + template(row.reason()) + ", " + template(row.remedy()) + " ); end";
    }

    /** Text with {@code $purpose} as an expression joining the quoted parts and the matched purpose. */
    private static String template(String text) {
        List<String> pieces = new ArrayList<>();
        String[] parts = text.split(Pattern.quote(PurposeTable.PURPOSE), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pieces.add(PurposeTable.PURPOSE);
            }
            if (!parts[i].isEmpty()) {
                pieces.add(quoted(parts[i]));
            }
        }
        return pieces.isEmpty() ? quoted("") : String.join(" + ", pieces);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
