package ai.licensing.engine;

/**
 * One purpose the profile states, inserted beside the {@link Usage} so that the rules of a purpose table match it
 * in the network ({@code StatedPurpose( license == "…", id in ( … ), $u : usage )}): the license literal is hashed,
 * and a row costs nothing for a profile that does not state one of its purposes. Reading the list with
 * {@code from $u.purposesIn(…)} instead evaluated every row's expression on every decision. The purpose carries its
 * usage, so a row is one pattern and needs no join with the Usage fact (a join per row made every decision of a
 * license with a table build and reset a join memory per row: docs/performance.md).
 */
public final class StatedPurpose {

    private final String license;
    private final String id;
    private final Usage usage;

    StatedPurpose(Usage usage, String license, String id) {
        this.usage = usage;
        this.license = license;
        this.id = id;
    }

    /** The usage that states the purpose: the rules conclude through its helpers. */
    public Usage getUsage() {
        return usage;
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
