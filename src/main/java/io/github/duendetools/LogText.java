package io.github.duendetools;

/**
 * Text from the user's repository (a path, a value) as a log line or a one-line message may show it. A file name may
 * hold a line break or a terminal escape, and a log line printed with it would split in two: the second half could
 * forge a line of its own ({@code [INFO] BUILD SUCCESS}). Every control character is shown escaped instead.
 */
public final class LogText {
    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escaped != null) {
                    sb.append(escaped);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** How a character is shown, or null when it is shown as it is (a tab too: it cannot start a line). */
    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return null;
            default:
                return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04X", (int) c) : null;
        }
    }
}
