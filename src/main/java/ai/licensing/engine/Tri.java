package ai.licensing.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
        return combine(List.of(this, other), Value.FALSE, Value.TRUE);
    }

    /** True if either is true; false if both are false; otherwise unknown. */
    public Tri or(Tri other) {
        return combine(List.of(this, other), Value.TRUE, Value.FALSE);
    }

    public Tri not() {
        return switch (value) {
            case TRUE -> new Tri(Value.FALSE, facts);
            case FALSE -> new Tri(Value.TRUE, facts);
            case UNKNOWN -> this;
        };
    }

    /**
     * Kleene logic: any operand with the dominant value decides (and those operands are the reason);
     * all operands with the other value give that value; anything else is unknown, naming the unknown operands.
     */
    private static Tri combine(List<Tri> operands, Value dominant, Value unanimous) {
        Value result = operands.stream().anyMatch(t -> t.value == dominant) ? dominant
                : operands.stream().allMatch(t -> t.value == unanimous) ? unanimous : Value.UNKNOWN;
        Set<String> facts = new LinkedHashSet<>();
        for (Tri t : operands) {
            if (t.value == result) {
                facts.addAll(t.facts);
            }
        }
        return new Tri(result, Collections.unmodifiableSet(facts));
    }

    @Override
    public String toString() {
        return value.name().toLowerCase() + facts;
    }
}
