package ai.licensing.model;

/** What a triggered clause does to the verdict, strongest first. */
public enum Effect {
    DENY, REVIEW, OBLIGATION, INFO;

    /** The verdict a clause of this effect leads to when it is the strongest one. */
    public Decision decision() {
        return switch (this) {
            case DENY -> Decision.DENIED;
            case REVIEW -> Decision.NEEDS_REVIEW;
            case OBLIGATION -> Decision.CONDITIONAL;
            case INFO -> Decision.ALLOWED;
        };
    }

    public boolean strongerThan(Effect other) {
        return ordinal() < other.ordinal();
    }
}
