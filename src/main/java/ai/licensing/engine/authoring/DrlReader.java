package ai.licensing.engine.authoring;

import ai.licensing.engine.authoring.JavaTokens.Kind;
import ai.licensing.engine.authoring.JavaTokens.Token;
import ai.licensing.engine.authoring.RuleText.Annotation;
import ai.licensing.engine.authoring.RuleText.Arg;
import ai.licensing.engine.authoring.RuleText.Call;
import ai.licensing.engine.authoring.RuleText.Constraint;
import ai.licensing.engine.authoring.RuleText.OtherPattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the rules of a DRL text with Drools' own parser ({@link DrlParser} → {@link PackageDescr} →
 * {@link RuleDescr}), so commented-out rules are not rules and positions are real. Drools keeps conditions, {@code from}
 * sources and consequences as text; their calls and literals are read from {@link JavaTokens}.
 */
final class DrlReader {

    /** The fact types a decision inserts: its usage and the purposes it states. */
    private static final Set<String> ONE_DECISION_FACTS = Set.of("Usage", "StatedPurpose");

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private DrlReader() {
    }

    /** The rules read from the latest text of each file, so that the checks after an edit read only the files that changed. */
    private static final Map<String, Read> LATEST = new ConcurrentHashMap<>();
    /** More files than a rules folder has many times over: renamed files and other folders start the readings again. */
    private static final int MOST_KEPT = 512;

    private record Read(String text, List<RuleText> rules) {
    }

    /** The rules of the source; empty when it does not parse (the compiler reports the syntax error itself). */
    static List<RuleText> read(DrlSource source) {
        Read latest = LATEST.get(source.file());
        if (latest != null && latest.text().equals(source.text())) {
            return latest.rules();
        }
        List<RuleText> rules = List.copyOf(parse(source));
        if (LATEST.size() >= MOST_KEPT) {
            LATEST.clear();
        }
        LATEST.put(source.file(), new Read(source.text(), rules));
        return rules;
    }

    private static List<RuleText> parse(DrlSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        LineIndex lines = new LineIndex(source.text());
        List<RuleText> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(read(source, lines, rule));
        }
        return rules;
    }

    private static RuleText read(DrlSource source, LineIndex lines, RuleDescr rule) {
        String text = source.text();
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1) : text.length();
        List<Token> tokens = JavaTokens.of(text.substring(start, end), start);
        int when = indexOf(tokens, "when");
        Map<String, Annotation> meta = annotations(tokens, when < 0 ? tokens.size() : when);
        List<Constraint> constraints = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        String[] usageVar = {null};
        List<PatternDescr> patterns = new ArrayList<>();
        collectPatterns(rule.getLhs(), patterns);
        for (PatternDescr pattern : patterns) {
            if ("Usage".equals(pattern.getObjectType()) && usageVar[0] == null) {
                usageVar[0] = pattern.getIdentifier();
                for (BaseDescr c : pattern.getDescrs()) {
                    if (c instanceof ExprConstraintDescr expr) {
                        int at = lines.offset(expr.getLine(), expr.getColumn());
                        List<Token> conditionTokens = JavaTokens.of(expr.getText(), at);
                        constraints.add(constraint(expr.getText(), conditionTokens, at));
                        calls.addAll(implicitCalls(conditionTokens));
                    }
                }
            }
        }
        List<OtherPattern> others = new ArrayList<>();
        for (PatternDescr pattern : patterns) {
            if (!"Usage".equals(pattern.getObjectType()) && pattern.getSource() == null) {
                others.add(otherPattern(pattern, lines));
            }
            if (pattern.getSource() instanceof FromDescr from) {
                String expr = from.getExpression();
                int at = text.indexOf(expr, lines.offset(Math.max(1, pattern.getLine()), pattern.getColumn()));
                if (at >= 0) {
                    calls.addAll(calls(JavaTokens.of(expr, at), usageVar[0], true));
                }
            }
        }
        int then = indexOf(tokens, "then");
        List<Integer> identityComparisons = new ArrayList<>();
        if (rule.getConsequence() instanceof String consequence && then >= 0) {
            int at = text.indexOf(consequence, tokens.get(then).offset());
            if (at >= 0) {
                List<Token> thenTokens = JavaTokens.of(consequence, at);
                calls.addAll(calls(thenTokens, usageVar[0], false));
                identityComparisons.addAll(identityComparisons(thenTokens));
            }
        }
        return new RuleText(source, lines, rule.getName(), start, meta, usageVar[0], constraints, calls, others,
                rule.getAttributes().keySet().stream().sorted().toList(), identityComparisons, matchesOneFact(rule.getLhs()));
    }

    /**
     * Whether every match of the rule holds exactly one fact of the session, a {@code Usage} or a {@code StatedPurpose}
     * (each belongs to one decision), besides what {@code from} reads off it and {@code eval} tests. Anything else
     * ({@code not}, {@code exists}, {@code or}, {@code accumulate}, a second fact) could join facts of two decisions.
     */
    private static boolean matchesOneFact(AndDescr lhs) {
        int facts = 0;
        for (BaseDescr element : lhs.getDescrs()) {
            if (element instanceof PatternDescr pattern && pattern.getSource() == null) {
                if (!ONE_DECISION_FACTS.contains(pattern.getObjectType())) {
                    return false;
                }
                facts++;
            } else if (!(element instanceof PatternDescr pattern && pattern.getSource() instanceof FromDescr)
                    && !(element instanceof EvalDescr)) {
                return false;
            }
        }
        return facts == 1;
    }

    /**
     * Where {@code ==} or {@code !=} compares two objects: neither side is {@code null}, {@code true}, {@code false},
     * {@code Boolean.TRUE}, {@code Boolean.FALSE} or a number. MVEL compares such operands with {@code equals}, Java by
     * identity, so the same then block would decide differently once consequences are compiled ({@code Consequences}).
     */
    private static List<Integer> identityComparisons(List<Token> tokens) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.is("==") || t.is("!=")) && !endsWithValue(tokens, i - 1) && !startsWithValue(tokens, i + 1)) {
                offsets.add(t.offset());
            }
        }
        return offsets;
    }

    private static boolean endsWithValue(List<Token> tokens, int last) {
        return isValue(tokens, last) || isBooleanConstant(tokens, last - 2);
    }

    private static boolean startsWithValue(List<Token> tokens, int first) {
        return isValue(tokens, first) || isBooleanConstant(tokens, first);
    }

    /** A number, {@code null}, {@code true} or {@code false} at {@code i}. */
    private static boolean isValue(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.kind() == Kind.NUMBER || t.kind() == Kind.IDENT && (t.text().equals("null") || t.text().equals("true") || t.text().equals("false"));
    }

    /** {@code Boolean.TRUE} or {@code Boolean.FALSE} starting at {@code i}. */
    private static boolean isBooleanConstant(List<Token> tokens, int i) {
        return i >= 0 && i + 2 < tokens.size() && tokens.get(i).text().equals("Boolean") && tokens.get(i + 1).is(".")
                && (tokens.get(i + 2).text().equals("TRUE") || tokens.get(i + 2).text().equals("FALSE"));
    }

    private static OtherPattern otherPattern(PatternDescr pattern, LineIndex lines) {
        List<Arg> literals = new ArrayList<>();
        for (BaseDescr c : pattern.getDescrs()) {
            if (c instanceof ExprConstraintDescr expr) {
                List<Token> tokens = JavaTokens.of(expr.getText(), lines.offset(expr.getLine(), expr.getColumn()));
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    if (tokens.get(i).kind() == Kind.IDENT && tokens.get(i).text().equals("in") && tokens.get(i + 1).is("(")) {
                        args(tokens, i + 1).stream().filter(a -> a.literal() != null).forEach(literals::add);
                    }
                }
            }
        }
        return new OtherPattern(pattern.getObjectType(), literals, lines.offset(Math.max(1, pattern.getLine()), pattern.getColumn()));
    }

    private static void collectPatterns(BaseDescr descr, List<PatternDescr> into) {
        if (descr instanceof PatternDescr pattern) {
            into.add(pattern);
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                collectPatterns(child, into);
            }
        }
    }

    private static int indexOf(List<Token> tokens, String keyword) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.IDENT && tokens.get(i).text().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code @name("value")} before {@code when}. */
    private static Map<String, Annotation> annotations(List<Token> tokens, int stop) {
        Map<String, Annotation> meta = new LinkedHashMap<>();
        for (int i = 0; i + 4 < stop + 1 && i + 4 < tokens.size(); i++) {
            if (tokens.get(i).is("@") && tokens.get(i + 1).kind() == Kind.IDENT && tokens.get(i + 2).is("(")
                    && tokens.get(i + 3).kind() == Kind.STRING && tokens.get(i + 4).is(")")) {
                meta.putIfAbsent(tokens.get(i + 1).text(), new Annotation(tokens.get(i + 3).text(), tokens.get(i).offset()));
            }
        }
        return meta;
    }

    /**
     * {@code field op literal}, where the literal is a string, a number, true, false or null. A condition that starts
     * with a helper call ({@code endUserOnly().isTrue()}) has no field: its calls are read by {@link #implicitCalls}.
     */
    private static Constraint constraint(String text, List<Token> tokens, int at) {
        boolean call = tokens.size() > 1 && tokens.get(1).is("(");
        String field = tokens.isEmpty() || tokens.get(0).kind() != Kind.IDENT || call ? null : tokens.get(0).text();
        if (tokens.size() == 3 && field != null && COMPARISONS.contains(tokens.get(1).text())) {
            Token value = tokens.get(2);
            Object literal = switch (value.kind()) {
                case STRING -> value.text();
                case NUMBER -> number(value.text());
                case IDENT -> switch (value.text()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> null;
                };
                case PUNCT -> null;
            };
            boolean simple = literal != null || value.text().equals("null");
            if (simple) {
                return new Constraint(field, tokens.get(1).text(), literal, true, text, at);
            }
        }
        return new Constraint(field, null, null, false, text, at);
    }

    private static Object number(String text) {
        try {
            return Long.parseLong(text.replace("_", "").replaceAll("[lL]$", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /**
     * In a condition of the Usage pattern, the helpers called on the fact itself: {@code domiciledIn( "eu" )} in
     * {@code Usage( domiciledIn( "eu" ).isTrue() )}; a call after a dot ({@code .isTrue()}) is a method of its result.
     */
    private static List<Call> implicitCalls(List<Token> tokens) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i);
            boolean afterDot = i > 0 && tokens.get(i - 1).is(".");
            if (name.kind() == Kind.IDENT && !afterDot && tokens.get(i + 1).is("(")) {
                calls.add(new Call(name.text(), args(tokens, i + 1), name.offset(), true));
            }
        }
        return calls;
    }

    /** Every {@code var.name( args )}, with each argument that is one string literal. */
    private static List<Call> calls(List<Token> tokens, String var, boolean inWhen) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            Token target = tokens.get(i);
            if (target.kind() == Kind.IDENT && target.text().equals(var) && tokens.get(i + 1).is(".")
                    && tokens.get(i + 2).kind() == Kind.IDENT && tokens.get(i + 3).is("(")) {
                calls.add(new Call(tokens.get(i + 2).text(), args(tokens, i + 3), tokens.get(i + 2).offset(), inWhen));
            }
        }
        return calls;
    }

    /** The arguments of the call whose parenthesis is at {@code open}; to the end of the text when it is not closed. */
    private static List<Arg> args(List<Token> tokens, int open) {
        int close = JavaTokens.close(tokens, open);
        List<Arg> args = new ArrayList<>();
        for (int[] arg : JavaTokens.arguments(tokens, open, close < 0 ? tokens.size() : close)) {
            addArg(args, tokens.subList(arg[0], arg[1]));
        }
        return args;
    }

    private static void addArg(List<Arg> args, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        boolean literal = tokens.size() == 1 && tokens.get(0).kind() == Kind.STRING;
        args.add(new Arg(literal ? tokens.get(0).text() : null, tokens.get(0).offset()));
    }
}
