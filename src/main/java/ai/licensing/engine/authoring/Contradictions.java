package ai.licensing.engine.authoring;

import ai.licensing.engine.authoring.RuleText.Constraint;

import java.util.List;
import java.util.Objects;

/** Conditions on one field that no value can meet together: {@code x == true, x == false}; {@code n > 5, n < 3}. */
final class Contradictions {

    private Contradictions() {
    }

    /** Why the conditions (all on one field, each {@code field op literal}) exclude each other, or null. */
    static String of(List<Constraint> conditions) {
        for (int i = 0; i < conditions.size(); i++) {
            for (int j = i + 1; j < conditions.size(); j++) {
                Constraint a = conditions.get(i);
                Constraint b = conditions.get(j);
                if (exclusive(a, b)) {
                    return "'" + a.text().strip() + "' and '" + b.text().strip() + "' cannot both hold";
                }
            }
        }
        return null;
    }

    private static boolean exclusive(Constraint a, Constraint b) {
        if ("==".equals(a.op()) && "==".equals(b.op())) {
            return !Objects.equals(a.literal(), b.literal());
        }
        if ("==".equals(a.op()) && "!=".equals(b.op()) || "!=".equals(a.op()) && "==".equals(b.op())) {
            return Objects.equals(a.literal(), b.literal());
        }
        if (a.literal() instanceof Long x && b.literal() instanceof Long y) {
            return !overlap(a.op(), x, b.op(), y);
        }
        // An ordering comparison is false for null, so it excludes "== null".
        return ordering(a.op()) && b.literal() == null && "==".equals(b.op())
                || ordering(b.op()) && a.literal() == null && "==".equals(a.op());
    }

    private static boolean ordering(String op) {
        return op.startsWith("<") || op.startsWith(">");
    }

    /** Whether some whole number meets both {@code n opA x} and {@code n opB y}. */
    private static boolean overlap(String opA, long x, String opB, long y) {
        long[] a = range(opA, x);
        long[] b = range(opB, y);
        if (a == null || b == null) {
            return true;
        }
        return Math.max(a[0], b[0]) <= Math.min(a[1], b[1]);
    }

    /** The closed range of whole numbers that meet {@code n op v}; null for != (not a range). */
    private static long[] range(String op, long v) {
        return switch (op) {
            case "==" -> new long[]{v, v};
            case "<" -> new long[]{Long.MIN_VALUE, v - 1};
            case "<=" -> new long[]{Long.MIN_VALUE, v};
            case ">" -> new long[]{v + 1, Long.MAX_VALUE};
            case ">=" -> new long[]{v, Long.MAX_VALUE};
            default -> null;
        };
    }
}
