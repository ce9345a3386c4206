package ai.licensing.engine;

import ai.licensing.model.SourceError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one purpose table ({@code <license>.purposes.csv}): a policy's purpose restrictions, one row per item, with
 * the columns of {@link Column}. Every slip a lawyer can make in a row is an error at the cell: a missing or unknown
 * column, an empty cell, an unknown effect, purpose or placeholder, a section given two titles, a row written twice.
 */
final class PurposeTable {

    /** The columns, in any order; {@code url} may be left out (the license's url from the catalog is shown). */
    enum Column {
        SECTION, TITLE, PURPOSES, EFFECT, REASON, REMEDY, URL;

        final String header = name().toLowerCase(Locale.ROOT);

        boolean required() {
            return this != URL;
        }
    }

    /** The helpers a row's effect names, as in rule files. */
    static final Set<String> EFFECTS = Set.of("deny", "review", "oblige");

    /** The one placeholder a reason or remedy may hold: the stated purpose the row matched. */
    static final String PURPOSE = "$purpose";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$[A-Za-z]\\w*");

    /**
     * One checked row.
     *
     * @param purposes the purpose and group names as written, in their order
     * @param effect   {@code deny}, {@code review} or {@code oblige}
     * @param url      null when the row gives none
     */
    record Row(int line, String section, String title, List<String> purposes, String effect, String reason,
               String remedy, String url) {
    }

    private final String file;
    private final Set<String> purposeNames;
    private final List<SourceError> errors;

    private PurposeTable(String file, Set<String> purposeNames, List<SourceError> errors) {
        this.file = file;
        this.purposeNames = purposeNames;
        this.errors = errors;
    }

    /**
     * The table's rows, checked; problems go to {@code errors}.
     *
     * @param purposeNames the purpose ids and group names a row may name
     */
    static List<Row> read(String file, String text, Set<String> purposeNames, List<SourceError> errors) {
        return new PurposeTable(file, purposeNames, errors).rows(CsvRows.read(file, text, errors));
    }

    private List<Row> rows(List<CsvRows.Row> csv) {
        if (csv.isEmpty()) {
            errors.add(new SourceError(file, 1, 1, "the table is empty: its first line names the columns "
                    + Arrays.stream(Column.values()).map(c -> c.header).collect(Collectors.joining(","))));
            return List.of();
        }
        Map<Column, Integer> columns = header(csv.get(0));
        if (columns == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Row> firstOfSection = new HashMap<>();
        Map<String, Row> sameItem = new HashMap<>();
        for (CsvRows.Row line : csv.subList(1, csv.size())) {
            Row row = row(line, columns);
            if (row == null) {
                continue;
            }
            Row first = firstOfSection.putIfAbsent(row.section(), row);
            if (first != null && !first.title().equals(row.title())) {
                error(cell(line, columns, Column.TITLE), "section " + row.section() + " is titled \"" + first.title()
                        + "\" in line " + first.line() + ": one section has one title, so write the same title in every row of it");
                continue;
            }
            Row twin = sameItem.putIfAbsent(row.section() + " " + row.purposes(), row);
            if (twin != null) {
                error(cell(line, columns, Column.PURPOSES), "line " + twin.line() + " already gives section " + row.section()
                        + " for the same purposes: merge the two rows or list different purposes");
                continue;
            }
            rows.add(row);
        }
        return rows;
    }

    /** Where each column is; null (with errors) when a column is missing, unknown or repeated. */
    private Map<Column, Integer> header(CsvRows.Row header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            CsvRows.Cell cell = header.cells().get(i);
            String name = cell.text().strip().toLowerCase(Locale.ROOT);
            Column column = Arrays.stream(Column.values()).filter(c -> c.header.equals(name)).findFirst().orElse(null);
            if (column == null) {
                ok = error(cell, "unknown column '" + cell.text().strip() + "'; the columns are " + names(Arrays.asList(Column.values())));
            } else if (columns.putIfAbsent(column, i) != null) {
                ok = error(cell, "column '" + name + "' appears twice");
            }
        }
        List<Column> missing = Arrays.stream(Column.values()).filter(c -> c.required() && !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            ok = error(header.cells().get(0), "missing column" + (missing.size() > 1 ? "s " : " ") + names(missing)
                    + " in the first line, which names the columns");
        }
        return ok ? columns : null;
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(c -> c.header).collect(Collectors.joining(", "));
    }

    /** One line of the table as a row, or null (with errors) when a cell is wrong. */
    private Row row(CsvRows.Row line, Map<Column, Integer> columns) {
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (line.cells().size() > width) {
            CsvRows.Cell extra = line.cells().get(width);
            error(extra, "this row has " + line.cells().size() + " cells and the first line names " + width
                    + " columns: a comma in a text needs the whole cell in double quotes");
            return null;
        }
        int before = errors.size();
        Map<Column, String> values = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            String value = index < line.cells().size() ? line.cells().get(index).text().strip() : "";
            if (value.isEmpty() && column.required()) {
                error(cell(line, columns, column), "the " + column.header + " is empty");
            }
            values.put(column, value);
        });
        String effect = values.get(Column.EFFECT).toLowerCase(Locale.ROOT);
        if (!effect.isEmpty() && !EFFECTS.contains(effect)) {
            error(cell(line, columns, Column.EFFECT), "unknown effect '" + values.get(Column.EFFECT)
                    + "'; write deny, review or oblige");
        }
        List<String> purposes = purposes(cell(line, columns, Column.PURPOSES));
        placeholders(cell(line, columns, Column.REASON));
        placeholders(cell(line, columns, Column.REMEDY));
        if (errors.size() > before) {
            return null;
        }
        String url = values.getOrDefault(Column.URL, "");
        return new Row(line.line(), values.get(Column.SECTION), values.get(Column.TITLE), purposes, effect,
                values.get(Column.REASON), values.get(Column.REMEDY), url.isEmpty() ? null : url);
    }

    /** The purpose and group names of a cell, each checked against the vocabulary and catalog/purposes.yaml. */
    private List<String> purposes(CsvRows.Cell cell) {
        List<String> names = new ArrayList<>();
        int from = 0;
        for (String part : cell.text().split(",", -1)) {
            String name = part.strip();
            int column = cell.columnOf(from + part.indexOf(name));
            from += part.length() + 1;
            if (name.isEmpty()) {
                continue;
            }
            if (!purposeNames.contains(name)) {
                errors.add(new SourceError(file, cell.line(), column, "unknown purpose or purpose group '" + name
                        + "': use a purpose id of the contract's vocabulary or a group of catalog/purposes.yaml"));
            }
            names.add(name);
        }
        return names;
    }

    /** A {@code $word} other than {@code $purpose} is a typo that would otherwise reach the client as text. */
    private void placeholders(CsvRows.Cell cell) {
        Matcher m = PLACEHOLDER.matcher(cell.text());
        while (m.find()) {
            if (!m.group().equals(PURPOSE)) {
                errors.add(new SourceError(file, cell.line(), cell.columnOf(m.start()), "unknown placeholder '" + m.group()
                        + "'; the only placeholder is " + PURPOSE + " (the stated purpose the row matched)"));
            }
        }
    }

    /** The cell of a column; a cell the row leaves out is reported at the row's last cell. */
    private static CsvRows.Cell cell(CsvRows.Row line, Map<Column, Integer> columns, Column column) {
        int index = columns.get(column);
        if (index < line.cells().size()) {
            return line.cells().get(index);
        }
        CsvRows.Cell last = line.cells().get(line.cells().size() - 1);
        return new CsvRows.Cell("", last.line(), last.column() + last.text().length(), false);
    }

    private boolean error(CsvRows.Cell cell, String message) {
        errors.add(new SourceError(file, cell.line(), cell.column(), message));
        return false;
    }
}
