package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import java.util.List;
import java.util.function.Supplier;

/**
 * MySQL, as Pomelo creates its tables (utf8mb4 strings, {@code uint} as {@code int unsigned}). MySQL has no block
 * outside stored programs and no error that quotes a computed text, so its stop is "Subquery returns more than 1
 * row", without the count.
 */
public class MySql extends Database {

    /** Longest string Pomelo keeps as varchar under utf8mb4 before falling back to longtext. */
    private static final int MAX_VARCHAR = 16383;
    private static final String UTF8 = "CHARACTER SET utf8mb4";

    MySql() {
        this("mysql");
    }

    /** For MariaDB, which runs MySQL's changelogs under a name of its own. */
    MySql(String shortName) {
        super(Dialect.MYSQL, shortName, 64, new DefaultLiterals("FALSE", "'0001-01-01 00:00:00'", "'00:00:00'"));
    }

    @Override
    public String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public SqlType type(LogicalType type) {
        int n = type.length();
        SqlType longText = SqlType.named("longtext").followedBy(UTF8);
        return switch (type.kind()) {
            case STRING -> n > MAX_VARCHAR ? longText : SqlType.sized("varchar", n).followedBy(UTF8);
            case STRING_MAX, STRING_LIST -> longText;
            case STRING_KEY -> SqlType.sized("varchar", 255).followedBy(UTF8);
            case BOOL -> SqlType.sized("tinyint", 1);
            case INT -> SqlType.named("int");
            case LONG -> SqlType.named("bigint");
            case DATETIME -> SqlType.sized("datetime", 6);
            case TIMESPAN -> SqlType.sized("time", 6);
            case GUID -> SqlType.sized("char", 36).followedBy("CHARACTER SET ascii");
            case DOUBLE -> SqlType.named("double");
            case UINT -> SqlType.named("int").asUnsigned();
        };
    }

    @Override
    public String columnDefinition(Column c) {
        return nameAndType(c) + nullity(c) + (c.identity() ? " AUTO_INCREMENT" : "") + defaultClause(c);
    }

    /** MySQL needs an index on a foreign key's columns: it refuses to drop the only one. */
    @Override
    public boolean foreignKeyHoldsIndex(boolean anotherIndexServes) {
        return !anotherIndexServes;
    }

    @Override
    public String tableOptions() {
        return " CHARACTER SET=utf8mb4";
    }

    @Override
    public String dropIndex(String table, String name, String qualifiedName) {
        return "ALTER TABLE " + table + " DROP INDEX " + name;
    }

    @Override
    public String dropForeignKey(String table, String name) {
        return "ALTER TABLE " + table + " DROP FOREIGN KEY " + quote(name);
    }

    @Override
    protected String retype(String table, String column, String type) {
        return "ALTER TABLE " + table + " MODIFY " + column + " " + type;
    }

    /** The whole definition: MODIFY drops what it does not repeat. */
    @Override
    public List<String> changeType(String table, Column column) {
        return List.of("ALTER TABLE " + table + " MODIFY " + columnDefinition(column));
    }

    @Override
    public List<String> widenIdentity(String table, String key, String column, LogicalType type) {
        return List.of(retype(table, quote(column), type(type).text()) + " NOT NULL AUTO_INCREMENT");
    }

    /**
     * Pomelo adds Id with DEFAULT 0 and then fails with "Duplicate entry '0'"; AUTO_INCREMENT in the same statement
     * as the new key numbers existing rows instead.
     */
    @Override
    public List<String> moveKey(String table, String key, Column oldKey, Column id, Supplier<List<String>> rebuild) {
        return List.of("ALTER TABLE " + table + " DROP PRIMARY KEY, MODIFY "
                + columnDefinition(oldKey.withNullable(true)) + ", ADD " + columnDefinition(id)
                + ", ADD CONSTRAINT " + key + " PRIMARY KEY (" + quote(id.name()) + ")");
    }

    /**
     * The key move and a unique index on the old key in one {@code ALTER TABLE}. Adding an AUTO_INCREMENT column
     * forces a table copy; building the index during that copy saves the separate scan and sort a later
     * {@code CREATE UNIQUE INDEX} needs (a third of the step's time on a populated table).
     */
    public String moveKeyWithIndex(String table, String key, Column oldKey, Column id, String index,
                                   List<String> columns) {
        return moveKey(table, key, oldKey, id, List::of).get(0) + ", ADD UNIQUE INDEX " + quote(index) + " ("
                + String.join(", ", columns.stream().map(this::quote).toList()) + ")";
    }

    /**
     * Builds an index while reads and writes continue; the server refuses the statement, rather than block writers,
     * where it cannot build it so.
     */
    public String onlineIndex(String table, String name, boolean unique, List<String> columns) {
        return "ALTER TABLE " + table + " ADD " + (unique ? "UNIQUE " : "") + "INDEX " + quote(name) + " ("
                + String.join(", ", columns.stream().map(this::quote).toList()) + "), ALGORITHM=INPLACE, LOCK=NONE";
    }

    @Override
    public List<String> restoreKey(String table, String key, Column oldKey, String id, Supplier<List<String>> rebuild) {
        return List.of("ALTER TABLE " + table + " DROP PRIMARY KEY, DROP COLUMN " + quote(id) + ", MODIFY "
                + columnDefinition(oldKey) + ", ADD CONSTRAINT " + key + " PRIMARY KEY (" + quote(oldKey.name()) + ")");
    }

    /** An integer column whose new type MySQL spells differently; the changeset's guard refused values out of range. */
    @Override
    public List<String> convertType(NameMapper names, String logicalTable, String table, Column column,
                                    LogicalType from, LogicalType to) {
        return List.of(retype(table, quote(column.name()), type(to).text()) + nullity(column));
    }

    /**
     * InnoDB builds a secondary index in place, reads and writes going on (online DDL); {@code duende.lowLock} moves
     * the key and widens the identity in a shadow table kept current by triggers, swapped in by one rename.
     */
    @Override
    public Strategy strategy(Operation op, boolean lowLock) {
        if (op instanceof Operation.CreateIndex) {
            return Strategy.ONLINE;
        } else if (lowLock && (op instanceof Operation.MoveKeyToIdentity || op instanceof Operation.WidenIdentity)) {
            return Strategy.LOW_LOCK;
        }
        return super.strategy(op, lowLock);
    }

    /** The key move is the one-copy changeset the changelogs add for MySQL and MariaDB. */
    @Override
    public String howItRuns(Operation op, boolean lowLock) {
        if (op instanceof Operation.AddColumn) {
            return "instant ADD COLUMN (MariaDB 10.3+, MySQL 8.0.12+); no table copy";
        } else if (op instanceof Operation.CreateIndex) {
            return "built in place (online DDL): reads and writes continue";
        } else if (lowLock && (op instanceof Operation.MoveKeyToIdentity || op instanceof Operation.WidenIdentity)) {
            return "copied in committed chunks into a shadow table that triggers keep current, then swapped in by one"
                    + " RENAME TABLE";
        } else if (op instanceof Operation.ShrinkColumn) {
            return "table copy; " + COUNTS_TOO_LONG;
        } else if (op instanceof Operation.MoveKeyToIdentity) {
            return "one table copy that numbers existing rows and builds the new key and the Key index together"
                    + " (EF's own migration fails here with Duplicate entry '0'); writers wait for the copy;"
                    + " duende.lowLock=true copies into a shadow table instead";
        } else if (op instanceof Operation.CorrectType) {
            return "table copy; the changeset first counts values out of the new type's range and stops if there are any";
        } else if (op instanceof Operation.WidenIdentity) {
            return "table copy; writers wait for it; duende.lowLock=true copies into a shadow table instead";
        }
        return super.howItRuns(op, lowLock);
    }

    @Override
    public String currentSchema() {
        return "DATABASE()";
    }

    /** STATISTICS has one row per indexed column. */
    @Override
    public String indexCount(String schema, String table, String index) {
        return "SELECT COUNT(DISTINCT INDEX_NAME) FROM INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA = "
                + schemaExpression(schema) + " AND TABLE_NAME = '" + literal(table) + "' AND INDEX_NAME = '"
                + literal(index) + "'";
    }

    @Override
    public String lengthFunction() {
        return "CHAR_LENGTH";
    }

    /** DATA_TYPE has no attributes; COLUMN_TYPE tells an unsigned integer. */
    @Override
    public String typeCondition(SqlType type) {
        return "DATA_TYPE = '" + type.name() + "' AND COLUMN_TYPE " + (type.unsigned() ? "" : "NOT ") + "LIKE '%unsigned'";
    }

    /** The released checks answer two rows of 'halt' (one row of text would pass as a second answer). */
    @Override
    public String stopQuery(RowCount count, String before, String after) {
        return moreThanOneRow(count.select(), "halt", count.from());
    }

    /** The first of the two rows carries the message with N for the count, for a reader of the changelog. */
    @Override
    public String stopStatement(RowCount count, String before, String after) {
        return moreThanOneRow("(" + count.query() + ")", literal(before) + "N" + literal(after), "");
    }

    private static String moreThanOneRow(String n, String firstRow, String from) {
        return "SELECT CASE WHEN " + n + " = 0 THEN 'ok' ELSE (SELECT '" + firstRow + "' UNION ALL SELECT 'halt') END"
                + from;
    }

    @Override
    public String utcNowMinus(int seconds) {
        return seconds == 0 ? "UTC_TIMESTAMP(6)" : "UTC_TIMESTAMP(6) - INTERVAL " + seconds + " SECOND";
    }

    /**
     * MySQL 8 has no block outside a stored program, so the loop is a procedure of its own, created, called and
     * dropped (one left by an interrupted run is replaced). Each batch follows the column's index and is committed.
     */
    @Override
    public List<String> purge(String table, String column, String cutoff) {
        String c = quote(column);
        String procedure = quote(PURGE_PROCEDURE);
        return List.of("DROP PROCEDURE IF EXISTS " + procedure,
                "CREATE PROCEDURE " + procedure + "()\n"
                        + "BEGIN\n"
                        + "    DECLARE cutoff datetime(6) DEFAULT " + cutoff + ";\n"
                        + "    DECLARE deleted BIGINT DEFAULT 1;\n"
                        + "    WHILE deleted > 0 DO\n"
                        + "        DELETE FROM " + table + " WHERE " + c + " < cutoff ORDER BY " + c + " LIMIT "
                        + PURGE_BATCH_ROWS + ";\n"
                        + "        SET deleted = ROW_COUNT();\n"
                        + "        COMMIT;\n"
                        + "    END WHILE;\n"
                        + "END",
                "CALL " + procedure + "()",
                "DROP PROCEDURE " + procedure);
    }

    /** The procedure a purge runs in; it exists only while the purge runs. */
    static final String PURGE_PROCEDURE = "duende_purge";
}
