package io.github.duendetools;

/**
 * A value from the user's files as a message quotes it: whole when short, else a short prefix and the
 * full length, so that a five-megabyte "version" makes a readable one-line error, not a five-megabyte one.
 * Line breaks and other control characters are shown escaped, to keep the message on one line.
 */
public final class Excerpt {
    /** Characters of a value quoted before it is cut. */
    public static final int MAX_QUOTED = 120;

    private Excerpt() {
    }

    /** {@code 'value'}, or {@code 'prefix…' (N characters)} when longer than {@link #MAX_QUOTED}. */
    public static String quoted(String value) {
        if (value == null) {
            return "''";
        }
        boolean cut = value.length() > MAX_QUOTED;
        String shown = escaped(cut ? prefix(value) : value);
        return cut ? "'" + shown + "…' (" + value.length() + " characters)" : "'" + shown + "'";
    }

    /** The value without quotes, cut as {@link #quoted} cuts it. */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_QUOTED) {
            return value == null ? "" : escaped(value);
        }
        return escaped(prefix(value)) + "… (" + value.length() + " characters)";
    }

    /** The first {@link #MAX_QUOTED} characters, one fewer rather than half a surrogate pair. */
    private static String prefix(String value) {
        int end = Character.isHighSurrogate(value.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
        return value.substring(0, end);
    }

    private static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
