package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.RowCount;
import io.github.duendetools.schema.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Statements that stop a rollback before its first change when rows break a constraint it restores, with a message
 * naming the table, the column and the number of rows. Liquibase commits each changeset's rollback on its own, so a
 * rollback that failed halfway left a half-rolled-back store; these run at the start of the rollback instead.
 *
 * <p>Each database fails with a computed text in its own way ({@code Database.stopStatement}, the same stop the forward
 * guards use): PostgreSQL, MariaDB, SQL Server and Oracle raise it from a block; H2 and SQLite quote it in a
 * conversion's error. MySQL has neither: there the rollback stops before its first change too, but with "Subquery
 * returns more than 1 row" instead of the count.
 */
final class RollbackGuard {

    private static final String STOPPED = "Rollback stopped before any change: ";

    private final NameMapper names;

    RollbackGuard(NameMapper names) {
        this.names = names;
    }

    /**
     * The statements that check {@code c} on dialect {@code d}'s databases. MariaDB's comes before MySQL's, as the
     * released changelogs have them.
     */
    List<DbmsStatement> statements(Dialect d, RestoredConstraint c) {
        String[] text = message(c);
        List<DbmsStatement> out = new ArrayList<>();
        for (Database db : Database.family(d)) {
            out.add(0, new DbmsStatement(db.shortName(), db.stopStatement(countQuery(db, c), text[0], text[1])));
        }
        return out;
    }

    /** How many rows break the constraint. */
    private RowCount countQuery(Database db, RestoredConstraint c) {
        String t = names.qualified(c.table(), db.dialect());
        List<String> cols = c.columns().stream().map(db::quote).toList();
        return switch (c.kind()) {
            case NOT_NULL -> new RowCount("COUNT(*)", " FROM " + t + " WHERE " + cols.get(0) + " IS NULL");
            // Rows with NULL in a column are not duplicates: unique indexes let them be (SQL Server's EF filters them).
            // "copies", not "n": the blocks that read this count into a variable n must not see two of them.
            case UNIQUE -> new RowCount("COALESCE(SUM(copies), 0)", " FROM (SELECT COUNT(*) AS copies FROM " + t
                    + " WHERE " + cols.stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" AND "))
                    + " GROUP BY " + String.join(", ", cols) + " HAVING COUNT(*) > 1) dup");
            case NARROWER -> new RowCount("COUNT(*)", " FROM " + t + " WHERE " + cols.get(0) + " > " + Integer.MAX_VALUE
                    + " OR " + cols.get(0) + " < " + Integer.MIN_VALUE);
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
