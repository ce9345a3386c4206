package ai.licensing.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A three-valued fact: true, false or unknown, together with the profile facts (dotted paths) that decided it.
 * Unknown never silently becomes false: combining facts keeps track of which inputs are still unknown,
 * so a rule can name exactly the facts that would change its outcome.
 */
public final class Tri {

    private enum Value { TRUE, FALSE, UNKNOWN }

    private final Value value;
    private final Set<String> facts;

    private Tri(Value value, Set<String> facts) {
        this.value = value;
        this.facts = facts;
    }

    /** A profile field: null is unknown. */
    public static Tri of(Boolean known, String fact) {
        return new Tri(known == null ? Value.UNKNOWN : known ? Value.TRUE : Value.FALSE, Set.of(fact));
    }

    /** {@link #of} for each value of a fact, made once: the flags rules read on every decision. */
    static Tri[] ofEach(String fact) {
        return new Tri[] {of(Boolean.TRUE, fact), of(Boolean.FALSE, fact), of(null, fact)};
    }

    /** The one of {@link #ofEach} for a value. */
    static Tri pick(Tri[] each, Boolean known) {
        return known == null ? each[2] : known ? each[0] : each[1];
    }

    /** A known answer about the given facts. */
    public static Tri known(boolean answer, String... facts) {
        return new Tri(answer ? Value.TRUE : Value.FALSE, Set.of(facts));
    }

    public static Tri unknown(String... facts) {
        return new Tri(Value.UNKNOWN, Set.of(facts));
    }

    public boolean isTrue() {
        return value == Value.TRUE;
    }

    public boolean isFalse() {
        return value == Value.FALSE;
    }

    public boolean isUnknown() {
        return value == Value.UNKNOWN;
    }

    /** The facts that decided this value: for an unknown value, the facts still unknown. */
    public Set<String> facts() {
        return facts;
    }

    /** The facts that must be stated before this value is known; empty when it is known. */
    public Set<String> missing() {
        return isUnknown() ? facts : Set.of();
    }

    /** False if either is false; true if both are true; otherwise unknown. */
    public Tri and(Tri other) {
        return combine(other, Value.FALSE, Value.TRUE);
    }

    public Tri or(Tri other) {
        return combine(other, Value.TRUE, Value.FALSE);
    }

    public Tri not() {
        return switch (value) {
            case TRUE -> new Tri(Value.FALSE, facts);
            case FALSE -> new Tri(Value.TRUE, facts);
            case UNKNOWN -> this;
        };
    }

    /**
     * {@code dominant} if either operand is, {@code unanimous} if both are, else unknown; the facts are those of the
     * operands that have the result's value. Every rule evaluates a few of these per decision, so an operand that
     * alone carries the result is returned as it is.
     */
    private Tri combine(Tri other, Value dominant, Value unanimous) {
        Value result = value == dominant || other.value == dominant ? dominant
                : value == unanimous && other.value == unanimous ? unanimous : Value.UNKNOWN;
        if (other.value != result || other.facts.equals(facts)) {
            return this.value == result ? this : other;
        }
        if (value != result) {
            return other;
        }
        Set<String> union = new LinkedHashSet<>(facts);
        union.addAll(other.facts);
        return new Tri(result, Collections.unmodifiableSet(union));
    }

    @Override
    public String toString() {
        return value.name().toLowerCase(java.util.Locale.ROOT) + facts;
    }
}
