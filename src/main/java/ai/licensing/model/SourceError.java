package ai.licensing.model;

/**
 * A problem in a file a lawyer edits (rule file, catalog, scenario file), positioned so an editor can jump to it.
 *
 * @param file    path relative to the folder it was loaded from
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong
 */
public record SourceError(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
