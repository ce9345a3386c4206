package ai.licensing.engine;

/**
 * One purpose the profile states, inserted beside the {@link Usage} so that the rules of a purpose table match it
 * in the network ({@code StatedPurpose( license == "…", id in ( … ) )}): the license literal is hashed, and a row
 * costs nothing for a profile that does not state one of its purposes. Reading the list with
 * {@code from $u.purposesIn(…)} instead evaluated every row's expression on every decision.
 */
public final class StatedPurpose {

    private final String license;
    private final String id;

    StatedPurpose(String license, String id) {
        this.license = license;
        this.id = id;
    }

    /** The license being evaluated, so a row of one license's table never sees another's decisions. */
    public String getLicense() {
        return license;
    }

    /** The purpose id of the vocabulary. */
    public String getId() {
        return id;
    }
}
