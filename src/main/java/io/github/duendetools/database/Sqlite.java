package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import java.util.List;
import java.util.function.Supplier;

/**
 * SQLite, as EF Core's Sqlite provider creates its tables: four storage classes, no lengths, no schemas. It has no
 * blocks; a JSON path that cannot parse quotes the text in its error.
 */
final class Sqlite extends Database {

    Sqlite() {
        super(Dialect.SQLITE, "sqlite", 0, new DefaultLiterals("0", "'0001-01-01 00:00:00'", "'00:00:00'"));
    }

    @Override
    public SqlType type(LogicalType type) {
        return switch (type.kind()) {
            case STRING, STRING_MAX, STRING_KEY, DATETIME, TIMESPAN, GUID, STRING_LIST -> SqlType.named("TEXT");
            case BOOL, INT, LONG, UINT -> SqlType.named("INTEGER");
            case DOUBLE -> SqlType.named("REAL");
        };
    }

    @Override
    public String columnDefinition(Column c) {
        return nameAndType(c) + nullity(c) + defaultClause(c);
    }

    /** SQLite only honours AUTOINCREMENT on an inline INTEGER PRIMARY KEY, which is how EF writes it. */
    @Override
    public boolean keyOnItsColumn() {
        return true;
    }

    @Override
    public String addColumn(String table, String definition) {
        return "ALTER TABLE " + table + " ADD COLUMN " + definition;
    }

    @Override
    public String dropIndex(String table, String name, String qualifiedName) {
        return "DROP INDEX " + name;
    }

    /** SQLite stores every string as TEXT, and int and long are both INTEGER: a length is not part of its schema. */
    @Override
    public List<String> changeType(String table, Column column) {
        return List.of();
    }

    @Override
    public List<String> widenIdentity(String table, String key, String column, LogicalType type) {
        return List.of();
    }

    /** SQLite's ALTER TABLE has no form that changes a column's type; a change of shape rebuilds the table. */
    @Override
    protected String retype(String table, String column, String type) {
        throw new IllegalStateException("SQLite cannot change the type of " + column + " in place");
    }

    /** SQLite cannot change a primary key in place. */
    @Override
    public List<String> moveKey(String table, String key, Column oldKey, Column id, Supplier<List<String>> rebuild) {
        return rebuild.get();
    }

    @Override
    public List<String> restoreKey(String table, String key, Column oldKey, String id, Supplier<List<String>> rebuild) {
        return rebuild.get();
    }

    @Override
    public String howItRuns(Operation op, boolean lowLock) {
        if (op instanceof Operation.MoveKeyToIdentity) {
            return "table rebuilt into a copy with numbered rows";
        }
        return super.howItRuns(op, lowLock);
    }

    @Override
    public String currentSchema() {
        throw new IllegalStateException("SQLite has no schemas");
    }

    @Override
    public String currentSchemaQuery() {
        throw new IllegalStateException("SQLite has no schemas");
    }

    @Override
    public String tableCount(String schema, String table) {
        return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + literal(table) + "'";
    }

    @Override
    public String columnCount(String schema, String table, String column, String condition) {
        return "SELECT COUNT(*) FROM pragma_table_info('" + literal(table) + "') WHERE name = '" + literal(column) + "'"
                + and(condition);
    }

    @Override
    public String indexCount(String schema, String table, String index) {
        return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + literal(table)
                + "' AND name = '" + literal(index) + "'";
    }

    @Override
    protected String failWith(String message) {
        return "json_extract('{}', " + message + ")";
    }

    @Override
    public String stopStatement(RowCount count, String before, String after) {
        return stopQuery(new RowCount("n", " FROM (SELECT (" + count.query() + ") AS n)"), before, after);
    }

    /**
     * EF Core stores a DateTime as text, {@code yyyy-MM-dd HH:mm:ss.FFFFFFF} (no trailing zeros of the fraction), and
     * translates {@code DateTime.UtcNow} to this expression, so the comparison is the text comparison Duende's cleanup
     * makes.
     */
    @Override
    public String utcNowMinus(int seconds) {
        return "rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now'" + (seconds == 0 ? "" : ", '-" + seconds + " seconds'")
                + "), '0'), '.')";
    }
}
