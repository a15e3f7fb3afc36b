package io.github.duendetools.changelog;

import io.github.duendetools.schema.Dialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Statements that stop a rollback before its first change when rows break a constraint it restores, with a message
 * naming the table, the column and the number of rows. Liquibase commits each changeset's rollback on its own, so a
 * rollback that failed halfway left a half-rolled-back store; these run at the start of the rollback instead.
 *
 * <p>Each database needs its own way to fail with a computed text: PostgreSQL, MariaDB, SQL Server and Oracle raise it
 * from a block; H2 and SQLite have no blocks, so a conversion that cannot succeed quotes the text in its error (H2's
 * cast to a number, SQLite's JSON path). MySQL has neither a block outside stored programs nor such an error: there the
 * rollback stops before its first change too, but with "Subquery returns more than 1 row" instead of the count.
 */
final class RollbackGuard {

    private static final String STOPPED = "Rollback stopped before any change: ";

    private final NameMapper names;

    RollbackGuard(NameMapper names) {
        this.names = names;
    }

    /** The statements that check {@code c} on dialect {@code d}'s databases. */
    List<DbmsStatement> statements(Dialect d, RestoredConstraint c) {
        String count = countQuery(d, c);
        String[] text = message(c);
        String before = PreconditionWriter.literal(text[0]);
        String after = PreconditionWriter.literal(text[1]);
        return switch (d) {
            case POSTGRESQL -> List.of(new DbmsStatement(d.dbms(), "DO $guard$\n"
                    + "DECLARE n bigint := (" + count + ");\n"
                    + "BEGIN\n"
                    + "    IF n > 0 THEN\n"
                    + "        RAISE EXCEPTION USING MESSAGE = '" + before + "' || n || '" + after + "';\n"
                    + "    END IF;\n"
                    + "END\n"
                    + "$guard$"));
            case MYSQL -> List.of(
                    new DbmsStatement("mariadb", "BEGIN NOT ATOMIC DECLARE n BIGINT DEFAULT (" + count + "); "
                            + "DECLARE m VARCHAR(500) DEFAULT CONCAT('" + before + "', n, '" + after + "'); "
                            + "IF n > 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m; END IF; END"),
                    new DbmsStatement("mysql", "SELECT CASE WHEN (" + count + ") = 0 THEN 'ok' ELSE (SELECT '"
                            + before + "N" + after + "' UNION ALL SELECT 'halt') END"));
            case MSSQL -> List.of(new DbmsStatement(d.dbms(), "DECLARE @n bigint = (" + count + ");\n"
                    + "IF @n > 0\n"
                    + "BEGIN\n"
                    + "    DECLARE @m nvarchar(2048) = CONCAT(N'" + before + "', @n, N'" + after + "');\n"
                    + "    THROW 50000, @m, 1;\n"
                    + "END"));
            case ORACLE -> List.of(new DbmsStatement(d.dbms(), "DECLARE\n"
                    + "    n NUMBER;\n"
                    + "BEGIN\n"
                    + "    SELECT (" + count + ") INTO n FROM DUAL;\n"
                    + "    IF n > 0 THEN\n"
                    + "        RAISE_APPLICATION_ERROR(-20000, '" + before + "' || n || '" + after + "');\n"
                    + "    END IF;\n"
                    + "END;"));
            case H2 -> List.of(new DbmsStatement(d.dbms(), "SELECT CASE WHEN n = 0 THEN 'ok' ELSE CAST(CAST('"
                    + before + "' || n || '" + after + "' AS INTEGER) AS VARCHAR(20)) END FROM (SELECT (" + count
                    + ") AS n) guard"));
            case SQLITE -> List.of(new DbmsStatement(d.dbms(), "SELECT CASE WHEN n = 0 THEN 'ok' ELSE json_extract('{}', '"
                    + before + "' || n || '" + after + "') END FROM (SELECT (" + count + ") AS n)"));
        };
    }

    /** How many rows break the constraint. */
    private String countQuery(Dialect d, RestoredConstraint c) {
        String t = names.qualified(c.table(), d);
        List<String> cols = c.columns().stream().map(d::quote).toList();
        return switch (c.kind()) {
            case NOT_NULL -> "SELECT COUNT(*) FROM " + t + " WHERE " + cols.get(0) + " IS NULL";
            // Rows with NULL in a column are not duplicates: unique indexes let them be (SQL Server's EF filters them).
            // "copies", not "n": the blocks that read this count into a variable n must not see two of them.
            case UNIQUE -> "SELECT COALESCE(SUM(copies), 0) FROM (SELECT COUNT(*) AS copies FROM " + t + " WHERE "
                    + cols.stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" AND "))
                    + " GROUP BY " + String.join(", ", cols) + " HAVING COUNT(*) > 1) dup";
            case NARROWER -> "SELECT COUNT(*) FROM " + t + " WHERE " + cols.get(0) + " > " + Integer.MAX_VALUE
                    + " OR " + cols.get(0) + " < " + Integer.MIN_VALUE;
        };
    }

    /** The message around the row count. No apostrophes: SQLite's error doubles them. */
    private String[] message(RestoredConstraint c) {
        String what = STOPPED + c.columnLabel(names);
        return switch (c.kind()) {
            case NOT_NULL -> new String[] {what + " is NULL in ",
                    " rows, and the rollback makes it NOT NULL again. Fill in or delete those rows, then roll back again."};
            case UNIQUE -> new String[] {what + " has duplicate values in ",
                    " rows, and the rollback makes it unique again. Remove the duplicates, then roll back again."};
            case NARROWER -> new String[] {what + " holds values beyond the 32-bit integer range in ",
                    " rows, and the rollback narrows it to 32 bits again. Delete or renumber those rows, then roll back"
                            + " again."};
        };
    }
}
