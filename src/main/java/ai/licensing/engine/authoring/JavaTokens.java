package ai.licensing.engine.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a Java/MVEL expression or block as rule files write them (a consequence, a {@code from} source, a
 * constraint), each with its offset in the file, so checks can read calls and literals and point at them. Comments
 * and whitespace are dropped; string literals carry their unescaped value.
 */
final class JavaTokens {

    enum Kind { IDENT, STRING, NUMBER, PUNCT }

    record Token(Kind kind, String text, int offset) {

        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }
    }

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "->", "::");

    private JavaTokens() {
    }

    /** The tokens of {@code text}, which starts at {@code base} in its file. */
    static List<Token> of(String text, int base) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < n && text.charAt(j) != c) {
                    if (text.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    value.append(text.charAt(j));
                    j++;
                }
                tokens.add(new Token(Kind.STRING, value.toString(), base + i));
                i = Math.min(j + 1, n);
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(i, j), base + i));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, j), base + i));
                i = j;
            } else {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                String op = OPERATORS.contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Kind.PUNCT, op, base + i));
                i += op.length();
            }
        }
        return tokens;
    }

    /** The index of the bracket closing the one at {@code open}; -1 when it is not closed. */
    static int close(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (opens(t)) {
                depth++;
            } else if (closes(t)) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The token ranges ({@code [from, to)}) of the arguments between the bracket at {@code open} and its closing
     * bracket at {@code close}: split at the commas outside nested brackets; an empty argument list has none.
     */
    static List<int[]> arguments(List<Token> tokens, int open, int close) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (opens(t)) {
                depth++;
            } else if (closes(t)) {
                depth--;
            } else if (depth == 0 && t.is(",")) {
                args.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < close) {
            args.add(new int[] {start, close});
        }
        return args;
    }

    private static boolean opens(Token t) {
        return t.is("(") || t.is("[") || t.is("{");
    }

    private static boolean closes(Token t) {
        return t.is(")") || t.is("]") || t.is("}");
    }
}
