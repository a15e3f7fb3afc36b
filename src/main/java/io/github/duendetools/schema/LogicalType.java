package io.github.duendetools.schema;

import java.util.Locale;

/**
 * A column type as the Duende entity model states it (CLR type plus max length), independent of any database.
 * {@link TypeMapper} turns it into the type EF Core's provider would create.
 */
public record LogicalType(Kind kind, int length) {

    public enum Kind { STRING, STRING_MAX, STRING_KEY, BOOL, INT, LONG, DATETIME, TIMESPAN, GUID, DOUBLE }

    /** Parses {@code string(200)}, {@code string(max)}, {@code string(key)}, {@code bool}, {@code int}, ... */
    public static LogicalType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("string(") && t.endsWith(")")) {
            String arg = t.substring(7, t.length() - 1);
            if (arg.equals("max")) {
                return new LogicalType(Kind.STRING_MAX, 0);
            }
            if (arg.equals("key")) {
                return new LogicalType(Kind.STRING_KEY, 0);
            }
            return new LogicalType(Kind.STRING, Integer.parseInt(arg));
        }
        return switch (t) {
            case "bool" -> new LogicalType(Kind.BOOL, 0);
            case "int" -> new LogicalType(Kind.INT, 0);
            case "long" -> new LogicalType(Kind.LONG, 0);
            case "datetime" -> new LogicalType(Kind.DATETIME, 0);
            case "timespan" -> new LogicalType(Kind.TIMESPAN, 0);
            case "guid" -> new LogicalType(Kind.GUID, 0);
            case "double" -> new LogicalType(Kind.DOUBLE, 0);
            default -> throw new IllegalArgumentException("unknown logical type '" + text + "'");
        };
    }
}
