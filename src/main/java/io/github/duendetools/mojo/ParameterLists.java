package io.github.duendetools.mojo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Comma-separated parameter values, as users type them on the command line. */
final class ParameterLists {
    private ParameterLists() {
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code a=b,c=d} as an ordered map; a malformed pair is an {@link IllegalArgumentException}. */
    static Map<String, String> pairs(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : split(value)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("expected Name=MappedName, got '" + pair + "'");
            }
            result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return result;
    }
}
