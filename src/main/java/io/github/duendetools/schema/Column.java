package io.github.duendetools.schema;

import java.util.Arrays;
import java.util.List;

/** One column of the logical model; {@code defaultValue} is a logical value (false, 0, mindate, zerotime) or null. */
public record Column(String name, LogicalType type, boolean nullable, boolean identity, String defaultValue) {

    private static final List<String> DEFAULTS = List.of("false", "0", "mindate", "zerotime");

    /** Parses the data-file syntax {@code "<Name> <type> [null] [identity] [default=<value>]"}. */
    public static Column parse(String spec) {
        String[] parts = spec.trim().split("\\s+");
        if (parts.length < 2) {
            throw new IllegalArgumentException("column '" + spec + "' needs a name and a type");
        }
        boolean nullable = false;
        boolean identity = false;
        String defaultValue = null;
        for (String flag : Arrays.asList(parts).subList(2, parts.length)) {
            if (flag.equals("null")) {
                nullable = true;
            } else if (flag.equals("identity")) {
                identity = true;
            } else if (flag.startsWith("default=") && DEFAULTS.contains(flag.substring(8))) {
                defaultValue = flag.substring(8);
            } else {
                throw new IllegalArgumentException("column '" + spec + "': unknown flag '" + flag + "'");
            }
        }
        return new Column(parts[0], LogicalType.parse(parts[1]), nullable, identity, defaultValue);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, identity, defaultValue);
    }

    public Column withType(LogicalType value) {
        return new Column(name, value, nullable, identity, defaultValue);
    }
}
