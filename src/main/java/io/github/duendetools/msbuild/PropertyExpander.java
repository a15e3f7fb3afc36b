package io.github.duendetools.msbuild;

import java.util.regex.Pattern;

/** Expands {@code $(Name)} references the way MSBuild's evaluator does, for the subset we can know statically. */
final class PropertyExpander {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** What an expansion can see: properties, and the few property functions worth evaluating. */
    interface Scope {
        PropertyValue property(String name);

        /** The value of a property function such as {@code [MSBuild]::GetPathOfFileAbove(...)}, or null if unknown. */
        String function(String expression);

        /** Whether a file or folder exists, for {@code Exists(...)} conditions; null if unknown. */
        default Boolean exists(String path) {
            return null;
        }
    }

    private PropertyExpander() {
    }

    static Expansion expand(String text, Scope scope) {
        if (text.indexOf('$') < 0 && text.indexOf('@') < 0 && text.indexOf('%') < 0) {
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
            } else if (NAME.matcher(inner).matches()) {
                PropertyValue value = scope.property(inner);
                if (value == null) {
                    undefined = first(undefined, inner);
                } else {
                    out.append(value.value());
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
                    out.append(value);
                }
                onlyReference = false;
            }
            i = close + 1;
        }
        PropertyValue whole = onlyReference && referenceCount == 1 ? single : null;
        return new Expansion(out.toString(), problem, undefined, whole, referenceCount > 0);
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
