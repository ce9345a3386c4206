package ai.licensing.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a value stands in a catalog file (a list of entries), so that an error about an entry's field points
 * at the line a lawyer has to edit rather than at the file.
 */
final class YamlLines {

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlLines() {
    }

    /**
     * The location of the last string {@code value} (any letter case) inside list entry {@code entry}, which is the
     * one that repeats it when the entry lists it twice; null when not found.
     */
    static JsonLocation find(Path file, int entry, String value) {
        try (JsonParser parser = YAML.createParser(Files.readAllBytes(file))) {
            String wanted = NameIndex.key(value);
            JsonLocation last = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && entryOf(parser.getParsingContext()) == entry
                        && NameIndex.key(parser.getText()).equals(wanted)) {
                    last = parser.currentTokenLocation();
                }
            }
            return last;
        } catch (IOException e) {
            // The file parsed a moment ago; if it cannot be read again the error keeps line 0.
        }
        return null;
    }

    /** The index, in the file's top-level list, of the entry the parser is in; -1 outside the list. */
    private static int entryOf(JsonStreamContext context) {
        JsonStreamContext at = context;
        while (at.getParent() != null && !at.getParent().inRoot()) {
            at = at.getParent();
        }
        // at is now the top-level list (its parent is the root) or the root itself.
        if (at.inArray() && at.getParent() != null && at.getParent().inRoot()) {
            return at.getCurrentIndex();
        }
        return -1;
    }
}
