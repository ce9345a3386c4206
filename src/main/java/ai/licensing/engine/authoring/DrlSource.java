package ai.licensing.engine.authoring;

/**
 * DRL text to check, with the file it is reported under. Generated DRL (a purpose table compiled into rules) passes
 * a {@link LineMap} that points each generated line back at the row a lawyer wrote.
 */
public record DrlSource(String file, String text, LineMap lines) {

    /** Where a position of the DRL text is in the files a lawyer edits. */
    public record Where(String file, int line, int column) {
    }

    @FunctionalInterface
    public interface LineMap {
        /** @param line 1-based line of the DRL text; @param column 1-based column */
        Where at(int line, int column);
    }

    /** A rule file as it is on disk: positions are its own. */
    public static DrlSource file(String file, String text) {
        return new DrlSource(file, text, (line, column) -> new Where(file, line, column));
    }
}
