package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;

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
}
