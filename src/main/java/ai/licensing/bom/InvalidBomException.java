package ai.licensing.bom;

import ai.licensing.model.Violation;

import java.util.List;

/** A document that is not a bill of materials this service reads, with the JSON path of each problem. */
public class InvalidBomException extends RuntimeException {

    private final transient List<Violation> violations;
    private final boolean tooLarge;

    InvalidBomException(List<Violation> violations, boolean tooLarge) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
        this.tooLarge = tooLarge;
    }

    static InvalidBomException at(String path, String message) {
        return new InvalidBomException(List.of(new Violation(path, message)), false);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** More model components than one request may evaluate (413 rather than 400). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
