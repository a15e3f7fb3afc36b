package io.github.duendetools.schema;

import java.util.Locale;

/**
 * A column type as the Duende entity model states it (CLR type plus max length), independent of any database.
 * {@code database.Database} turns it into the type EF Core's provider would create. {@code uint} and {@code strings}
 * (a {@code List<string>} primitive collection) are CLR types that some providers map natively and others through
 * a conversion, so they are kinds of their own rather than aliases of {@code long} and {@code string(max)}.
 */
public record LogicalType(Kind kind, int length) {

    public enum Kind { STRING, STRING_MAX, STRING_KEY, BOOL, INT, LONG, DATETIME, TIMESPAN, GUID, DOUBLE, UINT, STRING_LIST }

    /** Parses {@code string(200)}, {@code string(max)}, {@code string(key)}, {@code bool}, {@code int}, {@code uint}, {@code strings}, ... */
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
            case "uint" -> new LogicalType(Kind.UINT, 0);
            case "strings" -> new LogicalType(Kind.STRING_LIST, 0);
            default -> throw new IllegalArgumentException("unknown logical type '" + text + "'");
        };
    }

    /** The form {@link #parse} reads: {@code string(200)}, {@code long}, {@code strings}. */
    public String text() {
        return switch (kind) {
            case STRING -> "string(" + length + ")";
            case STRING_MAX -> "string(max)";
            case STRING_KEY -> "string(key)";
            case STRING_LIST -> "strings";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
