package ai.licensing.model;

import java.util.List;

/** The request is not a valid usage profile; carries every bad field found. */
public class InvalidProfileException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidProfileException(List<Violation> violations) {
        super(violations.size() == 1
                ? "Invalid usage profile: " + violations.get(0)
                : "Invalid usage profile, " + violations.size() + " problems: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
