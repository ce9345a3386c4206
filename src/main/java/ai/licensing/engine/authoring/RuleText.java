package ai.licensing.engine.authoring;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One rule as its DRL text says it, read through Drools' own parser descriptors: its metadata, the conditions on
 * the {@code Usage} fact in {@code when}, and every call of a {@code Usage} helper (in a {@code from} source or in
 * {@code then}) with its literal arguments. Offsets are character positions in the source text.
 *
 * @param usageVar the variable bound to the Usage pattern ({@code $u}), or null when the rule has none
 * @param attributes the names of the rule attributes it sets ({@code salience}, {@code no-loop}…), sorted
 * @param identityComparisons where {@code then} compares two objects with {@code ==} or {@code !=}
 * @param matchesOneFact every match holds exactly one {@code Usage} or {@code StatedPurpose} and no other fact
 */
record RuleText(DrlSource source, LineIndex lines, String name, int offset, Map<String, Annotation> meta,
                String usageVar, List<Constraint> constraints, List<Call> calls, List<OtherPattern> patterns,
                List<String> attributes, List<Integer> identityComparisons, boolean matchesOneFact) {

    /** Read once per text of a file and shared by every check of that text ({@code DrlReader}), so never changed once read. */
    RuleText {
        meta = Collections.unmodifiableMap(meta);
        constraints = List.copyOf(constraints);
        calls = List.copyOf(calls);
        patterns = List.copyOf(patterns);
        attributes = List.copyOf(attributes);
        identityComparisons = List.copyOf(identityComparisons);
    }

    /**
     * A pattern on another fact type than Usage ({@code StatedPurpose( …, id in ( "weapons" ) )} in generated table
     * rules), with the string literals of its {@code in ( … )} lists.
     */
    record OtherPattern(String type, List<Arg> inLiterals, int offset) {
    }

    record Annotation(String value, int offset) {
    }

    /**
     * A condition {@code field op literal} on the Usage fact; {@code op} is null when the condition is not of that
     * simple form (then only {@code field} is known).
     */
    record Constraint(String field, String op, Object literal, boolean hasLiteral, String text, int offset) {
    }

    /** A string literal argument of a call (null when the argument is an expression) and where it is. */
    record Arg(String literal, int offset) {
    }

    record Call(String name, List<Arg> args, int offset, boolean inWhen) {
    }

    String metadata(String key) {
        Annotation a = meta.get(key);
        return a == null || a.value().isBlank() ? null : a.value().strip();
    }

    int metadataOffset(String key) {
        Annotation a = meta.get(key);
        return a == null ? offset : a.offset();
    }
}
