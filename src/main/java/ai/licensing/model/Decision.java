package ai.licensing.model;

/** The four verdicts, best first (the order the compare call sorts by). */
public enum Decision {
    ALLOWED, CONDITIONAL, NEEDS_REVIEW, DENIED;

    /** {@code allowed} is true exactly for ALLOWED and CONDITIONAL. */
    public boolean allowed() {
        return this == ALLOWED || this == CONDITIONAL;
    }
}
