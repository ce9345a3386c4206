package ai.licensing.engine.authoring;

import ai.licensing.engine.authoring.JavaTokens.Kind;
import ai.licensing.engine.authoring.JavaTokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ai.licensing.engine.authoring.JavaTokens.arguments;
import static ai.licensing.engine.authoring.JavaTokens.close;

/**
 * Adds to each rule, for the compiler only, the condition under which its {@code then} can conclude anything, so a
 * rule that cannot apply to a usage is never activated. Lawyers write a clause's condition as a three-valued helper
 * argument in {@code then} ({@code $u.duty( $u.sharesModel(), $u.includesLicenseCopy(), … )}) or as an {@code if}
 * around it; activating and running such a rule only to find that it says nothing was about half of the firings
 * of a decision (docs/performance.md). The guard is exactly the helper's own "says nothing" case, so a verdict
 * cannot change:
 * <ul>
 *   <li>{@code deny(c, …)} and {@code review(c, …)} say nothing when {@code c} is false: guard {@code !c.isFalse()},
 *       which keeps the unknown case (it concludes REVIEW naming the facts);</li>
 *   <li>{@code duty(t, c, …)} says nothing when {@code t} is false or {@code c} is true: guard
 *       {@code !t.isFalse(), !c.isTrue()};</li>
 *   <li>{@code if ( x ) { … }} with no {@code else} and nothing after it does nothing unless {@code x}: guard {@code x}.</li>
 * </ul>
 * Only a rule whose {@code when} is the one {@code Usage} pattern and whose {@code then} has one of those shapes gets
 * a guard, and only when every call in it is a {@code Usage} helper or a {@link ai.licensing.engine.Tri} method (so a
 * misspelt helper is still reported in {@code then}, where the lawyer wrote it). The guard goes on the line of the
 * pattern's closing parenthesis, so every line number the compiler reports stays the lawyer's.
 */
public final class ClauseGuards {

    private static final Set<String> TRI_METHODS = Set.of("isTrue", "isFalse", "isUnknown", "and", "or", "not");

    /** The guards of rules written against {@code Usage}, whose helpers the checks know. */
    public static final ClauseGuards FOR_USAGE = new ClauseGuards(RuleChecks.HELPERS);

    private final Set<String> helpers;

    /** @param helpers the names of the public methods rules may call on the usage */
    public ClauseGuards(Set<String> helpers) {
        this.helpers = Set.copyOf(helpers);
    }

    /** The rule file's text with a guard added to every rule that can have one. */
    public String addTo(String drl) {
        List<Token> tokens = JavaTokens.of(drl, 0);
        List<Insertion> insertions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (keyword(tokens, i, "when")) {
                int then = next(tokens, i + 1, "then");
                int end = then < 0 ? -1 : next(tokens, then + 1, "end");
                if (end < 0) {
                    break;
                }
                guard(drl, tokens, i + 1, then, end).ifPresent(insertions::add);
                i = end;
            }
        }
        StringBuilder out = new StringBuilder(drl);
        for (int k = insertions.size() - 1; k >= 0; k--) {
            out.insert(insertions.get(k).offset(), insertions.get(k).text());
        }
        return out.toString();
    }

    private record Insertion(int offset, String text) {
    }

    /** The guard of one rule, whose condition is {@code tokens[from, then)} and consequence {@code (then, end)}. */
    private java.util.Optional<Insertion> guard(String drl, List<Token> tokens, int from, int then, int end) {
        // The condition: "$u : Usage( … )" and nothing else.
        if (then - from < 5 || tokens.get(from).kind() != Kind.IDENT || !tokens.get(from + 1).is(":")
                || !tokens.get(from + 2).text().equals("Usage") || !tokens.get(from + 3).is("(")
                || close(tokens, from + 3) != then - 1) {
            return java.util.Optional.empty();
        }
        String usage = tokens.get(from).text();
        List<String> conditions = conditions(drl, tokens, usage, then + 1, end);
        if (conditions.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean empty = then - 1 == from + 4;
        return java.util.Optional.of(new Insertion(tokens.get(then - 1).offset(), (empty ? " " : ", ") + String.join(", ", conditions) + " "));
    }

    /** What must hold for the consequence {@code tokens[from, end)} to conclude anything; empty when it has no known shape. */
    private List<String> conditions(String drl, List<Token> tokens, String usage, int from, int end) {
        if (from < end && tokens.get(from).kind() == Kind.IDENT && tokens.get(from).text().equals("if") && tokens.get(from + 1).is("(")) {
            int closeCondition = close(tokens, from + 1);
            int closeBlock = closeCondition < 0 || !tokens.get(closeCondition + 1).is("{") ? -1 : close(tokens, closeCondition + 1);
            if (closeBlock != end - 1) {
                return List.of();
            }
            String condition = expression(drl, tokens, usage, from + 2, closeCondition);
            return condition == null ? List.of() : List.of("( " + condition + " )");
        }
        // "$u.helper( a, b, … );" and nothing else
        if (end - from < 6 || !tokens.get(from).text().equals(usage) || !tokens.get(from + 1).is(".")
                || !tokens.get(from + 3).is("(") || close(tokens, from + 3) != end - 2 || !tokens.get(end - 1).is(";")) {
            return List.of();
        }
        String helper = tokens.get(from + 2).text();
        List<int[]> args = arguments(tokens, from + 3, end - 2);
        if ((helper.equals("deny") || helper.equals("review")) && args.size() == 3) {
            String condition = expression(drl, tokens, usage, args.get(0)[0], args.get(0)[1]);
            return condition == null ? List.of() : List.of("!( ( " + condition + " ).isFalse() )");
        }
        if (helper.equals("duty") && args.size() == 4) {
            String trigger = expression(drl, tokens, usage, args.get(0)[0], args.get(0)[1]);
            String confirmed = expression(drl, tokens, usage, args.get(1)[0], args.get(1)[1]);
            return trigger == null || confirmed == null ? List.of()
                    : List.of("!( ( " + trigger + " ).isFalse() )", "!( ( " + confirmed + " ).isTrue() )");
        }
        return List.of();
    }

    /**
     * The expression {@code tokens[from, to)} as a condition of the usage's own pattern: {@code $u.} dropped, on one
     * line; {@code null} when it holds anything but calls of helpers and of Tri methods on their results, or comments.
     */
    private String expression(String drl, List<Token> tokens, String usage, int from, int to) {
        if (from >= to) {
            return null;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean call = t.kind() == Kind.IDENT && i + 1 < to && tokens.get(i + 1).is("(");
            boolean afterDot = i > from && tokens.get(i - 1).is(".");
            boolean onUsage = afterDot && i > from + 1 && tokens.get(i - 2).text().equals(usage);
            if (t.kind() == Kind.IDENT && t.text().equals(usage) && !(i + 1 < to && tokens.get(i + 1).is("."))) {
                return null;
            }
            if (call && (onUsage ? !helpers.contains(t.text()) : !afterDot || !TRI_METHODS.contains(t.text()))) {
                return null;
            }
        }
        int start = tokens.get(from).offset();
        int stop = tokens.get(to).offset();
        StringBuilder text = new StringBuilder();
        int copied = start;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT && t.text().equals(usage)) {
                text.append(drl, copied, t.offset());
                copied = tokens.get(i + 1).offset() + 1;
            }
        }
        text.append(drl, copied, stop);
        String condition = text.toString().strip();
        if (condition.contains("//") || condition.contains("/*")) {
            return null;
        }
        return condition.replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean keyword(List<Token> tokens, int i, String word) {
        Token t = tokens.get(i);
        return t.kind() == Kind.IDENT && t.text().equals(word) && (i == 0 || !tokens.get(i - 1).is("."));
    }

    private static int next(List<Token> tokens, int from, String word) {
        for (int i = from; i < tokens.size(); i++) {
            if (keyword(tokens, i, word)) {
                return i;
            }
        }
        return -1;
    }
}
