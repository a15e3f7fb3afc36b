package io.github.duendetools.msbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates MSBuild {@code Condition} attributes with three-valued logic: a part we cannot know
 * statically (a property function, a version comparison) makes the result {@link Truth#UNKNOWN}
 * unless the rest decides it anyway ({@code false and ?} is false). Never guesses.
 */
final class ConditionEvaluator {

    enum Truth {
        TRUE, FALSE, UNKNOWN;

        static Truth of(boolean b) {
            return b ? TRUE : FALSE;
        }

        Truth and(Truth other) {
            if (this == FALSE || other == FALSE) {
                return FALSE;
            }
            return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
        }

        Truth or(Truth other) {
            if (this == TRUE || other == TRUE) {
                return TRUE;
            }
            return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
        }

        Truth not() {
            return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
        }
    }

    /**
     * Parentheses and {@code !} nested in one condition. Each level is a few stack frames of this
     * recursive-descent parser, so an 8 KB condition of nested parentheses would overflow the stack;
     * real conditions nest two or three.
     */
    static final int MAX_DEPTH = 256;

    private enum Kind { STRING, REFERENCE, WORD, OPERATOR, OPEN, CLOSE, COMMA, END }

    private record Token(Kind kind, String text) {
    }

    /** A term's value; {@code known} is false when it depends on something we cannot evaluate. */
    private record Term(String value, boolean known) {
    }

    private final List<Token> tokens;
    private final PropertyExpander.Scope scope;
    private int position;
    /** Parentheses and {@code !} open around the current position. */
    private int depth;

    private ConditionEvaluator(List<Token> tokens, PropertyExpander.Scope scope) {
        this.tokens = tokens;
        this.scope = scope;
    }

    /**
     * An empty or missing condition is true.
     *
     * @throws LimitExceeded when the condition nests deeper than {@link #MAX_DEPTH}
     */
    static Truth evaluate(String condition, PropertyExpander.Scope scope) {
        if (condition == null || condition.isBlank()) {
            return Truth.TRUE;
        }
        try {
            ConditionEvaluator evaluator = new ConditionEvaluator(tokenize(condition), scope);
            Truth result = evaluator.or();
            return evaluator.peek().kind() == Kind.END ? result : Truth.UNKNOWN;
        } catch (IllegalArgumentException syntax) {
            return Truth.UNKNOWN;
        }
    }

    private Truth or() {
        Truth result = and();
        while (isWord("or")) {
            position++;
            result = result.or(and());
        }
        return result;
    }

    private Truth and() {
        Truth result = not();
        while (isWord("and")) {
            position++;
            result = result.and(not());
        }
        return result;
    }

    private Truth not() {
        Token t = peek();
        if (t.kind() == Kind.OPERATOR && t.text().equals("!")) {
            position++;
            enter();
            Truth negated = not().not();
            depth--;
            return negated;
        }
        return primary();
    }

    private Truth primary() {
        Token t = next();
        if (t.kind() == Kind.OPEN) {
            enter();
            Truth inner = or();
            expect(Kind.CLOSE);
            depth--;
            return inner;
        }
        if (t.kind() == Kind.WORD && peek().kind() == Kind.OPEN) {
            return function(t.text());
        }
        Term left = term(t);
        Token op = peek();
        if (op.kind() == Kind.OPERATOR && !op.text().equals("!")) {
            position++;
            Term right = term(next());
            return compare(left, op.text(), right);
        }
        return asBoolean(left);
    }

    private Truth function(String name) {
        expect(Kind.OPEN);
        List<Term> arguments = new ArrayList<>();
        while (peek().kind() != Kind.CLOSE) {
            arguments.add(term(next()));
            if (peek().kind() == Kind.COMMA) {
                position++;
            }
        }
        expect(Kind.CLOSE);
        if (arguments.size() != 1 || !arguments.get(0).known()) {
            return Truth.UNKNOWN;
        }
        String argument = arguments.get(0).value();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "exists": {
                if (argument.isBlank()) {
                    return Truth.FALSE;
                }
                Boolean exists = scope.exists(argument);
                return exists == null ? Truth.UNKNOWN : Truth.of(exists);
            }
            case "hastrailingslash":
                return Truth.of(argument.endsWith("/") || argument.endsWith("\\"));
            default:
                return Truth.UNKNOWN;
        }
    }

    private Term term(Token t) {
        switch (t.kind()) {
            case STRING, REFERENCE: {
                Expansion e = PropertyExpander.expand(t.text(), scope);
                return new Term(e.value(), e.problem() == null);
            }
            case WORD:
                return new Term(t.text(), true);
            default:
                throw new IllegalArgumentException("unexpected " + t.text());
        }
    }

    private static Truth compare(Term left, String op, Term right) {
        if (!left.known() || !right.known()) {
            return Truth.UNKNOWN;
        }
        Double l = number(left.value());
        Double r = number(right.value());
        switch (op) {
            case "==":
                return Truth.of(l != null && r != null ? l.equals(r) : left.value().equalsIgnoreCase(right.value()));
            case "!=":
                return Truth.of(l != null && r != null ? !l.equals(r) : !left.value().equalsIgnoreCase(right.value()));
            default:
                if (l == null || r == null) {
                    return Truth.UNKNOWN;
                }
                return switch (op) {
                    case "<" -> Truth.of(l < r);
                    case ">" -> Truth.of(l > r);
                    case "<=" -> Truth.of(l <= r);
                    case ">=" -> Truth.of(l >= r);
                    default -> Truth.UNKNOWN;
                };
        }
    }

    private static Truth asBoolean(Term term) {
        if (!term.known()) {
            return Truth.UNKNOWN;
        }
        return switch (term.value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> Truth.TRUE;
            case "false", "off", "no" -> Truth.FALSE;
            default -> Truth.UNKNOWN;
        };
    }

    private static Double number(String s) {
        String v = s.strip();
        if (!isDecimal(v)) {
            return null;
        }
        return Double.valueOf(v);
    }

    /** {@code [+-]?(\d+(\.\d*)?|\.\d+)} with ASCII digits: the numbers MSBuild compares as numbers. */
    static boolean isDecimal(String v) {
        int i = 0;
        int length = v.length();
        if (i < length && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
            i++;
        }
        int integerDigits = digitsFrom(v, i);
        i += integerDigits;
        if (i < length && v.charAt(i) == '.') {
            int fractionDigits = digitsFrom(v, i + 1);
            i += 1 + fractionDigits;
            if (integerDigits == 0 && fractionDigits == 0) {
                return false;
            }
        } else if (integerDigits == 0) {
            return false;
        }
        return i == length;
    }

    private static int digitsFrom(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new LimitExceeded("condition nests parentheses or '!' more than " + MAX_DEPTH + " deep");
        }
    }

    private boolean isWord(String word) {
        Token t = peek();
        return t.kind() == Kind.WORD && t.text().equalsIgnoreCase(word);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token t = tokens.get(position);
        if (t.kind() != Kind.END) {
            position++;
        }
        return t;
    }

    private void expect(Kind kind) {
        if (next().kind() != kind) {
            throw new IllegalArgumentException("expected " + kind);
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated string");
                }
                tokens.add(new Token(Kind.STRING, s.substring(i + 1, end)));
                i = end + 1;
            } else if ((c == '$' || c == '@' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int end = PropertyExpander.closingParen(s, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated reference");
                }
                tokens.add(new Token(Kind.REFERENCE, s.substring(i, end + 1)));
                i = end + 1;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "("));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")"));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ","));
                i++;
            } else if (s.startsWith("==", i) || s.startsWith("!=", i) || s.startsWith("<=", i) || s.startsWith(">=", i)) {
                tokens.add(new Token(Kind.OPERATOR, s.substring(i, i + 2)));
                i += 2;
            } else if (c == '<' || c == '>' || c == '!') {
                tokens.add(new Token(Kind.OPERATOR, String.valueOf(c)));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_.-+".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(start, i)));
            } else {
                throw new IllegalArgumentException("unexpected character " + c);
            }
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }
}
