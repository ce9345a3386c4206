package ai.licensing.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriTest {

    private static final Tri YES = Tri.of(true, "a");
    private static final Tri NO = Tri.of(false, "b");
    private static final Tri UNKNOWN_C = Tri.of(null, "c");
    private static final Tri UNKNOWN_D = Tri.of(null, "d");

    @Test
    void orIsTrueWhenEitherIsTrueEvenIfTheOtherIsUnknown() {
        Tri share = UNKNOWN_C.or(YES);
        assertTrue(share.isTrue());
        assertEquals(Set.of(), share.missing());
    }

    @Test
    void orOfFalseAndUnknownNamesOnlyTheUnknownFact() {
        Tri share = NO.or(UNKNOWN_C);
        assertTrue(share.isUnknown());
        assertEquals(Set.of("c"), share.missing());
    }

    @Test
    void andIsFalseWhenEitherIsFalseEvenIfTheOtherIsUnknown() {
        Tri both = UNKNOWN_C.and(NO);
        assertTrue(both.isFalse());
        assertEquals(Set.of("b"), both.facts());
    }

    @Test
    void andOfTwoUnknownsNamesBoth() {
        Tri both = UNKNOWN_C.and(UNKNOWN_D);
        assertEquals(Set.of("c", "d"), both.missing());
        assertTrue(UNKNOWN_C.and(YES).isUnknown());
        assertEquals(Set.of("c"), UNKNOWN_C.and(YES).missing());
    }

    @Test
    void notKeepsUnknownUnknown() {
        assertTrue(UNKNOWN_C.not().isUnknown());
        assertTrue(YES.not().isFalse());
        assertTrue(NO.not().isTrue());
    }

    @Test
    void factsOfTheOperandsThatDecideAreKeptInOrder() {
        assertEquals(java.util.List.of("a", "e"), java.util.List.copyOf(YES.or(Tri.of(true, "e")).facts()));
        assertEquals(java.util.List.of("b", "f"), java.util.List.copyOf(NO.or(Tri.of(false, "f")).facts()));
        assertEquals(java.util.List.of("a"), java.util.List.copyOf(YES.or(YES).facts()));
        assertEquals(Set.of("a"), NO.or(YES).facts());
        assertTrue(YES.and(Tri.of(true, "e")).isTrue());
        assertEquals(Set.of("a", "e"), YES.and(Tri.of(true, "e")).facts());
        assertEquals(Set.of("c", "d"), UNKNOWN_C.or(UNKNOWN_D).missing());
    }
}
