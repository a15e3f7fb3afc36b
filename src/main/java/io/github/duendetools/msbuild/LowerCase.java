package io.github.duendetools.msbuild;

import java.util.Locale;

/**
 * MSBuild matches element and metadata names case-insensitively; this compares a name with a lower-case
 * ASCII constant exactly as {@code name.toLowerCase(Locale.ROOT).equals(lower)} would, without making
 * the lower-case copy when the name is ASCII (it nearly always is, and evaluation compares names a lot).
 */
final class LowerCase {
    private LowerCase() {
    }

    /** @param lower lower-case ASCII */
    static boolean equals(String name, String lower) {
        int length = name.length();
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                // Lower-casing can change the length or map a non-ASCII letter to an ASCII one (KELVIN SIGN).
                return name.toLowerCase(Locale.ROOT).equals(lower);
            }
            if (i < lower.length()) {
                char lowered = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                if (lowered != lower.charAt(i)) {
                    // Everything before is ASCII, so this is the character at i of the lower-cased name too.
                    return false;
                }
            }
        }
        return length == lower.length();
    }
}
