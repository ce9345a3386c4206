package ai.licensing.engine.authoring;

/** DRL text to check, with the file it is reported under (a rule file, or a purpose table compiled into rules). */
public record DrlSource(String file, String text) {

    /** A position in the files a lawyer edits. */
    public record Where(String file, int line, int column) {
    }
}
