package ai.licensing.engine;

import java.util.List;

/** The profile names a model or license the catalog does not have (or a model and a license that disagree). */
public class UnknownIdException extends RuntimeException {

    private final String field;
    private final transient List<String> knownIds;

    public UnknownIdException(String field, String message, List<String> knownIds) {
        super(message);
        this.field = field;
        this.knownIds = List.copyOf(knownIds);
    }

    /** {@code model} or {@code license}. */
    public String field() {
        return field;
    }

    public List<String> knownIds() {
        return knownIds;
    }
}
