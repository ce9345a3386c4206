package ai.licensing.engine.explain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * One change to a fact of the profile: set it {@code to} a value, or {@code add}/{@code remove} one element of a
 * list ({@code licensee.agreements}, {@code use.purposes}). Exactly one of the three is present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String fact, Object to, String add, String remove) {

    public static Change to(String fact, Object value) {
        return new Change(fact, Objects.requireNonNull(value), null, null);
    }

    public static Change add(String fact, String element) {
        return new Change(fact, null, element, null);
    }

    public static Change remove(String fact, String element) {
        return new Change(fact, null, null, element);
    }

    /** Two changes conflict when they set one fact to two values; list edits of one fact combine. */
    boolean conflictsWith(Change other) {
        return fact.equals(other.fact) && (to != null || other.to != null) && !equals(other);
    }

    /** A stable text for ordering and de-duplicating sets of changes. */
    String key() {
        return fact + (to != null ? "=" + to : add != null ? "+" + add : "-" + remove);
    }
}
