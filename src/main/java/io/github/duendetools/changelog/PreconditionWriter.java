package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.OracleColumnRebuild;
import io.github.duendetools.database.RowCount;
import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Preconditions that let a changeset recognise a database EF Core already migrated ("already applied": the
 * changeset is marked ran), and the guard that refuses to shorten a column that holds longer values.
 *
 * <p>Every check reads the database's own catalog with exactly the names the changeset's DDL uses. Liquibase's
 * {@code tableExists}/{@code columnExists}/{@code indexExists} fold the case of a schema name on some databases
 * (H2 upper-cases it) and cannot see a column's length or type, so they are not used.
 *
 * <p>The changesets ask Liquibase to test these checks in update-sql too, so that a live update-sql prints what update
 * would run. Liquibase's offline update-sql has no connection to run a {@code sqlCheck} on and fails if it reaches
 * one; every check is therefore preceded by {@link #offlineRun}, which passes only there, so that offline every
 * changeset prints its SQL, as it did before.
 */
final class PreconditionWriter {

    private final NameMapper names;

    PreconditionWriter(NameMapper names) {
        this.names = names;
    }

    String tableExists(String table) {
        return perDialect("1", d -> tableCount(d, names.table(table)));
    }

    String tableMissing(String table) {
        return perDialect("0", d -> tableCount(d, names.table(table)));
    }

    String columnExists(String table, String column) {
        return perDialect("1", d -> columnCount(d, table, column, null));
    }

    String columnMissing(String table, String column) {
        return perDialect("0", d -> columnCount(d, table, column, null));
    }

    /**
     * As {@link #columnMissing}, but on MariaDB the check first waits for an {@code ALTER TABLE} still copying the
     * table. A client killed during such an ALTER leaves it running to completion on the server; a rerun that looked
     * meanwhile would find the column missing and run the same ALTER again, which fails with a duplicate column. The
     * {@code FOR UPDATE} read (of no row) takes the table's shared-write metadata lock, which waits for the copy.
     */
    String columnMissingOnceAltersFinish(String table, String column) {
        StringBuilder sb = new StringBuilder();
        for (Dialect d : Dialect.values()) {
            String sql = columnCount(d, table, column, null);
            for (Database db : Database.family(d)) {
                String dbms = db.shortName();
                sb.append(onDbms(dbms, "0", !"mariadb".equals(dbms) ? sql : sql + " AND NOT EXISTS (SELECT 1 FROM "
                        + names.qualified(table, d) + " WHERE 1 = 0 FOR UPDATE)"));
            }
        }
        return sb.toString();
    }

    String indexExists(String table, List<String> columns) {
        return perDialect("1", d -> indexCount(d, table, names.index(table, columns, d)));
    }

    String indexMissing(String table, List<String> columns) {
        return perDialect("0", d -> indexCount(d, table, names.index(table, columns, d)));
    }

    /** Fails (the changeset is marked ran) when the string column already has {@code length} characters. */
    String lengthNotYet(String table, String column, int length) {
        // SQLite keeps no length: nothing to change, see notOn(SQLITE).
        return perDialect("0", d -> d == Dialect.SQLITE ? null
                : columnCount(d, table, column, Database.of(d).lengthIs(length)));
    }

    /** Fails (the changeset is marked ran) when the column is already a 64-bit integer. */
    String bigintNotYet(String table, String column) {
        return perDialect("0", d -> d == Dialect.SQLITE ? null : columnCount(d, table, column, Database.of(d).isBigint()));
    }

    /** Fails on the given dialect: for changes its DDL cannot express, which are therefore marked ran there. */
    static String notOn(Dialect d) {
        return "<or><not><dbms type=\"" + d.dbms() + "\"/></not>" + offlineRun(d.dbms()) + "</or>";
    }

    /**
     * Passes only in Liquibase's offline update-sql for {@code dbms} (url {@code offline:<dbms>}), whose product name
     * is "Offline " and the short name; a live database never has that name, so update and a live update-sql go on
     * to the checks that follow it.
     */
    static String offlineRun(String dbms) {
        return "<changeLogPropertyDefined property=\"database.databaseProductName\" value=\"Offline " + dbms + "\"/>";
    }

    /** The table can be read, checked with the changeset's own quoting; a missing table is an error. */
    String tableReadable(String table) {
        return perDialect("0", d -> "SELECT COUNT(*) FROM " + names.qualified(table, d) + " WHERE 1 = 0");
    }

    /**
     * Raises a database error, whose text carries the number of values longer than {@code max}, when there are any.
     * It must be an error, not a failed check: a failed check marks the changeset ran (the database EF already
     * migrated), an error halts. Liquibase cannot put a number into its own message, so the database's conversion
     * error quotes ours. MySQL has no statement that raises an error with a computed text, and Oracle's conversion
     * error does not quote the value: there the run halts without the count.
     */
    String lengthGuard(String table, String column, int max) {
        List<Dialect> all = java.util.Arrays.stream(Dialect.values()).filter(d -> d != Dialect.SQLITE).toList();
        return guard(table, column, all, " rows longer than " + max + " characters; shorten them first",
                (d, c) -> Database.of(d).lengthFunction() + "(" + c + ") > " + max);
    }

    /**
     * As {@link #lengthGuard}, for a conversion to {@code to}: raises an error quoting the number of values outside
     * the new type's range (only {@code uint} has a range narrower than the released type's), so that no value is
     * ever clipped.
     */
    String rangeGuard(String table, String column, LogicalType to, List<Dialect> on) {
        if (to.kind() != LogicalType.Kind.UINT) {
            return "";
        }
        return guard(table, column, on, Database.UINT_PROBLEM, (d, c) -> Database.uintOutOfRange(c));
    }

    /** For each database of the dialects {@code on} (MariaDB before MySQL), the check that stops with a count. */
    private String guard(String table, String column, List<Dialect> on, String problem,
                         java.util.function.BiFunction<Dialect, String, String> offending) {
        StringBuilder sb = new StringBuilder();
        String label = names.table(table) + "." + column + ": ";
        for (Dialect d : on) {
            List<Database> family = new java.util.ArrayList<>(Database.family(d));
            java.util.Collections.reverse(family);
            for (Database db : family) {
                RowCount offenders = new RowCount("COUNT(*)", " FROM " + names.qualified(table, d) + " WHERE "
                        + offending.apply(d, db.quote(column)));
                sb.append(onDbms(db.shortName(), "ok", db.stopQuery(offenders, label, problem)));
            }
        }
        return sb.toString();
    }

    /**
     * Passes (the correction runs) while the column still has the type the released changeset created, given as
     * each database spells it; fails (marked ran) once it has another, which is EF Core's.
     */
    String typeStill(String table, String column, Map<Dialect, SqlType> releasedTypes) {
        StringBuilder sb = new StringBuilder();
        releasedTypes.forEach((d, type) -> {
            String sql = columnCount(d, table, column, Database.of(d).typeCondition(type));
            for (Database db : Database.family(d)) {
                sb.append(onDbms(db.shortName(), "1", sql));
            }
        });
        return sb.toString();
    }

    /**
     * Oracle, for a conversion by a new column ({@link OracleColumnRebuild}): passes (the changeset runs) while the
     * column still has the released type, while the new column exists (a run stopped between two steps), or while the
     * column is nullable but should not be (a run stopped before its last step); fails (marked ran) otherwise.
     */
    String oracleRebuildPending(String table, String column, SqlType releasedType, String temporary, boolean nullable) {
        return onDbms(Dialect.ORACLE.dbms(), "1", Database.oracle().rebuildPending(names.schema(), names.table(table),
                column, releasedType, temporary, nullable));
    }

    /**
     * PostgreSQL only: fails (the changeset is marked ran) when a valid index of that name exists. An index that a
     * cancelled {@code CREATE INDEX CONCURRENTLY} left invalid does not count: the changeset drops and rebuilds it.
     */
    String postgresValidIndexMissing(String logicalTable, String index) {
        return onlyOn("postgresql", "0",
                Database.postgres().validIndexCount(names.schema(), names.table(logicalTable), index));
    }

    /** PostgreSQL only: fails (the changeset is marked ran) once {@code column} is the table's primary key. */
    String postgresNotYetPrimaryKey(String logicalTable, String column) {
        return onlyOn("postgresql", "0", postgresPrimaryKeyCount(logicalTable, column));
    }

    /** MySQL and MariaDB only: the query must return {@code expected}. */
    String mysqlOnly(String expected, String sql) {
        return perDialect(expected, d -> d == Dialect.MYSQL ? sql : null);
    }

    /** PostgreSQL only: fails (the changeset is marked ran) unless {@code sql} returns 1. */
    String postgresTrue(String sql) {
        return onlyOn("postgresql", "1", sql);
    }

    /** H2 only: fails (the changeset is marked ran) once {@code column} is the table's primary key. */
    String h2NotYetPrimaryKey(String logicalTable, String column) {
        return onlyOn("h2", "0", Database.h2().primaryKeyCount(names.schema(), names.table(logicalTable), column));
    }

    /**
     * For a changeset that runs on {@code dbms} alone: the query must return {@code expected}, except in an offline
     * run, where nothing can be asked.
     */
    private static String onlyOn(String dbms, String expected, String sql) {
        return "<or>" + offlineRun(dbms) + "<sqlCheck expectedResult=\"" + expected + "\">" + Xml.text(sql)
                + "</sqlCheck></or>\n";
    }

    /** How many primary keys of the table include {@code column}: 0 or 1. */
    String postgresPrimaryKeyCount(String logicalTable, String column) {
        return Database.postgres().primaryKeyCount(names.schema(), names.table(logicalTable), column);
    }

    /** For each dialect with a query: on its databases, the query must return {@code expected}. */
    private static String perDialect(String expected, Function<Dialect, String> query) {
        StringBuilder sb = new StringBuilder();
        for (Dialect d : Dialect.values()) {
            String sql = query.apply(d);
            if (sql == null) {
                continue;
            }
            for (Database db : Database.family(d)) {
                sb.append(onDbms(db.shortName(), expected, sql));
            }
        }
        return sb.toString();
    }

    private static String onDbms(String dbms, String expected, String sql) {
        return "<or><not><dbms type=\"" + dbms + "\"/></not>" + offlineRun(dbms) + "<sqlCheck expectedResult=\""
                + expected + "\">" + Xml.text(sql) + "</sqlCheck></or>\n";
    }

    private String tableCount(Dialect d, String table) {
        return Database.of(d).tableCount(names.schema(), table);
    }

    private String columnCount(Dialect d, String logicalTable, String column, String condition) {
        return Database.of(d).columnCount(names.schema(), names.table(logicalTable), column, condition);
    }

    private String indexCount(Dialect d, String logicalTable, String index) {
        return Database.of(d).indexCount(names.schema(), names.table(logicalTable), index);
    }

    /** {@code s} as the inside of a SQL string literal. */
    static String literal(String s) {
        return Database.literal(s);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
