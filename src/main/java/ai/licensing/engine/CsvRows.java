package ai.licensing.engine;

import ai.licensing.model.SourceError;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table the way spreadsheets save it as CSV (RFC 4180): cells separated by commas, or by semicolons when
 * the header line uses those (spreadsheets in many European locales do); a cell in double quotes may hold the
 * separator, line breaks and doubled quotes ({@code ""}). Every cell keeps the line and column where it starts, so a
 * problem in a table is reported where the lawyer wrote it. Rows whose cells are all blank are skipped.
 */
final class CsvRows {

    /**
     * @param quoted whether the cell was written in double quotes (its text then starts one column further right)
     */
    record Cell(String text, int line, int column, boolean quoted) {

        /** The column where character {@code index} of the text sits, when no line break comes before it. */
        int columnOf(int index) {
            return column + (quoted ? 1 : 0) + index;
        }
    }

    record Row(int line, List<Cell> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    private final String file;
    private final String text;
    private final char separator;
    private final List<SourceError> errors;
    private int at;
    private int line = 1;
    private int column = 1;

    private CsvRows(String file, String text, List<SourceError> errors) {
        this.file = file;
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        this.text = normalised.startsWith("\uFEFF") ? normalised.substring(1) : normalised;
        this.separator = separatorOf(this.text);
        this.errors = errors;
    }

    /** The rows of a table, header included; a malformed cell is added to {@code errors} and ends the reading. */
    static List<Row> read(String file, String text, List<SourceError> errors) {
        return new CsvRows(file, text, errors).rows();
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (at < text.length()) {
            int rowLine = line;
            List<Cell> cells = new ArrayList<>();
            do {
                Cell cell = cell();
                if (cell == null) {
                    return rows;
                }
                cells.add(cell);
            } while (next(separator));
            next('\n');
            Row row = new Row(rowLine, cells);
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Consumes {@code c} if it comes next. */
    private boolean next(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            advance();
            return true;
        }
        return false;
    }

    private void advance() {
        if (text.charAt(at++) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private Cell cell() {
        int startLine = line;
        int startColumn = column;
        StringBuilder value = new StringBuilder();
        if (!next('"')) {
            while (at < text.length() && text.charAt(at) != separator && text.charAt(at) != '\n') {
                value.append(text.charAt(at));
                advance();
            }
            return new Cell(value.toString(), startLine, startColumn, false);
        }
        while (true) {
            if (at >= text.length()) {
                errors.add(new SourceError(file, startLine, startColumn, "the quoted cell starting here is never closed: add the closing \""));
                return null;
            }
            if (next('"')) {
                if (!next('"')) {
                    break;
                }
                value.append('"');
            } else {
                value.append(text.charAt(at));
                advance();
            }
        }
        if (at < text.length() && text.charAt(at) != separator && text.charAt(at) != '\n') {
            errors.add(new SourceError(file, line, column, "text after the closing quote of a cell: put the whole cell in quotes, and write a quote inside it as \"\""));
            return null;
        }
        return new Cell(value.toString(), startLine, startColumn, true);
    }
}
