package io.github.duendetools.inspect;

/**
 * One way a live table differs from a generation. {@code breaksChangelogs} marks the differences a changelog step
 * still to run would trip over (its object is missing or not what it changes), as opposed to drift the changelogs
 * run past.
 */
public record Difference(Kind kind, String table, String object, String expected, String actual,
                         boolean breaksChangelogs) {

    public enum Kind {
        MISSING_TABLE, EXTRA_TABLE, MISSING_COLUMN, EXTRA_COLUMN, TYPE, NULLABILITY, IDENTITY, PRIMARY_KEY,
        MISSING_INDEX, EXTRA_INDEX, INDEX, MISSING_FOREIGN_KEY, EXTRA_FOREIGN_KEY, FOREIGN_KEY
    }

    Difference withBreaks(boolean value) {
        return new Difference(kind, table, object, expected, actual, value);
    }

    /** One line: {@code table Clients column Foo: type expected 'x' but was 'y'}. */
    public String describe() {
        String where = "table " + table + (object == null ? "" : " " + object) + ": ";
        return where + switch (kind) {
            case MISSING_TABLE, MISSING_COLUMN, MISSING_INDEX, MISSING_FOREIGN_KEY -> "missing"
                    + (expected == null ? "" : " " + expected);
            case EXTRA_TABLE, EXTRA_COLUMN, EXTRA_INDEX, EXTRA_FOREIGN_KEY -> "not in this generation"
                    + (actual == null ? "" : " " + actual);
            default -> "expected " + expected + " but was " + actual;
        };
    }
}
