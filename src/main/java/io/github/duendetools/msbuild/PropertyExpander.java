package io.github.duendetools.msbuild;

import io.github.duendetools.Excerpt;

/** Expands {@code $(Name)} references the way MSBuild's evaluator does, for the subset we can know statically. */
final class PropertyExpander {
    /**
     * Characters one expanded value may have. MSBuild has no such limit, so forty properties each
     * doubling the one before ({@code $(P1)$(P1)}) would expand to a terabyte: the billion laughs of
     * entities, moved to properties. Real values are paths and lists, thousands of times shorter.
     */
    static final int MAX_VALUE_LENGTH = 1024 * 1024;

    /** What an expansion can see: properties, and the few property functions worth evaluating. */
    interface Scope {
        PropertyValue property(String name);

        /** The value of a property function such as {@code [MSBuild]::GetPathOfFileAbove(...)}, or null if unknown. */
        String function(String expression);

        /** Whether a file or folder exists, for {@code Exists(...)} conditions; null if unknown. */
        default Boolean exists(String path) {
            return null;
        }

        /**
         * Counts {@code characters} produced by expansion against the evaluation's budget.
         *
         * @throws LimitExceeded when the budget is spent
         */
        default void spend(int characters) {
        }
    }

    private PropertyExpander() {
    }

    static Expansion expand(String text, Scope scope) {
        if (!mayReference(text)) {
            return new Expansion(text, null, null, null, false);
        }
        StringBuilder out = new StringBuilder(text.length());
        String problem = null;
        String undefined = null;
        PropertyValue single = null;
        int referenceCount = 0;
        boolean onlyReference = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean reference = (c == '$' || c == '@' || c == '%') && i + 1 < text.length() && text.charAt(i + 1) == '(';
            int close = reference ? closingParen(text, i + 1) : -1;
            if (reference && close < 0) {
                // Each unclosed "$(" reads the rest of the text: a text of nothing else would take quadratic
                // time, so that reading counts against the budget (a closed reference's reading does not
                // overlap the next one's).
                scope.spend(text.length() - i);
            }
            if (close < 0) {
                if (!Character.isWhitespace(c)) {
                    onlyReference = false;
                }
                out.append(c);
                i++;
                continue;
            }
            referenceCount++;
            String inner = text.substring(i + 2, close).strip();
            if (c != '$') {
                problem = first(problem, "item or metadata reference " + text.substring(i, close + 1)
                        + " cannot be evaluated statically");
            } else if (isName(inner)) {
                PropertyValue value = scope.property(inner);
                if (value == null) {
                    undefined = first(undefined, inner);
                } else {
                    append(out, value.value(), text, scope);
                    problem = first(problem, value.problem());
                    undefined = first(undefined, value.undefined());
                    single = value;
                }
            } else {
                String value = scope.function(inner);
                if (value == null) {
                    problem = first(problem, "property function " + text.substring(i, close + 1)
                            + " cannot be evaluated statically");
                } else {
                    append(out, value, text, scope);
                }
                onlyReference = false;
            }
            i = close + 1;
        }
        PropertyValue whole = onlyReference && referenceCount == 1 ? single : null;
        return new Expansion(out.toString(), problem, undefined, whole, referenceCount > 0);
    }

    /** Appends a referenced value, within the limit on one value and the evaluation's budget. */
    private static void append(StringBuilder out, String value, String text, Scope scope) {
        // Every reference costs at least one, so a flood of empty ones is bounded too.
        scope.spend(Math.max(1, value.length()));
        if ((long) out.length() + value.length() > MAX_VALUE_LENGTH) {
            throw new LimitExceeded("expanding " + Excerpt.quoted(text.strip())
                    + " produces more than " + MAX_VALUE_LENGTH + " characters; refusing to go on"
                    + " (properties that double each other?)");
        }
        out.append(value);
    }

    /** The expanded text alone, for callers that need nothing else: then plain text costs nothing. */
    static String value(String text, Scope scope) {
        return mayReference(text) ? expand(text, scope).value() : text;
    }

    private static boolean mayReference(String text) {
        return text.indexOf('$') >= 0 || text.indexOf('@') >= 0 || text.indexOf('%') >= 0;
    }

    /** A property name, {@code [A-Za-z_][A-Za-z0-9_-]*}: anything else in {@code $(...)} is a function. */
    static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    static int closingParen(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}
