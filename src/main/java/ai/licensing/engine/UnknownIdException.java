package ai.licensing.engine;

import ai.licensing.catalog.Resolution;

import java.util.List;

/**
 * The profile names a model or license the catalog does not have, a name that several catalog entries claim, or a
 * model and a license that disagree.
 */
public class UnknownIdException extends RuntimeException {

    private final String field;
    private final transient List<String> knownIds;
    private final transient List<String> suggestions;
    private final transient List<String> matches;

    public UnknownIdException(String field, String message, List<String> knownIds) {
        this(field, message, knownIds, List.of(), List.of());
    }

    private UnknownIdException(String field, String message, List<String> knownIds, List<String> suggestions, List<String> matches) {
        super(message);
        this.field = field;
        this.knownIds = List.copyOf(knownIds);
        this.suggestions = List.copyOf(suggestions);
        this.matches = List.copyOf(matches);
    }

    /** For a name that resolved to no entry (with the near misses) or to several (with each of them). */
    public static UnknownIdException unresolved(String field, Resolution resolution, List<String> knownIds) {
        if (resolution.ambiguous()) {
            return new UnknownIdException(field, "The " + field + " name '" + resolution.sent() + "' matches "
                    + resolution.matches().size() + " catalog entries: " + String.join(", ", resolution.matches())
                    + "; send the id of the one you mean.", knownIds, List.of(), resolution.matches());
        }
        String hint = resolution.suggestions().isEmpty() ? ""
                : " Did you mean " + String.join(", ", resolution.suggestions()) + "?";
        return new UnknownIdException(field, "Unknown " + field + " '" + resolution.sent() + "'." + hint,
                knownIds, resolution.suggestions(), List.of());
    }

    /** {@code model} or {@code license}. */
    public String field() {
        return field;
    }

    public List<String> knownIds() {
        return knownIds;
    }

    /** Near misses of an unknown name, best first (at most five). */
    public List<String> suggestions() {
        return suggestions;
    }

    /** Every catalog entry a name matched, when it matched more than one. */
    public List<String> matches() {
        return matches;
    }
}
