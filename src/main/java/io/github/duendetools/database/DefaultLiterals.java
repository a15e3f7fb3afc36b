package io.github.duendetools.database;

/**
 * How a database's EF Core provider writes the defaults the schema data uses.
 *
 * @param falseValue a false bool
 * @param minDate    DateTime.MinValue
 * @param zeroTime   TimeSpan.Zero
 */
record DefaultLiterals(String falseValue, String minDate, String zeroTime) {
}
