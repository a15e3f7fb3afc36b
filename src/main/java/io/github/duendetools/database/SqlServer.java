package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import java.util.List;
import java.util.function.Supplier;

/** SQL Server, as EF Core's SqlServer provider creates its tables. */
final class SqlServer extends Database {

    /** nvarchar(n) goes up to 4000, then nvarchar(max). */
    static final int MAX_NVARCHAR = 4000;

    SqlServer() {
        super(Dialect.MSSQL, "mssql", 128,
                new DefaultLiterals("CAST(0 AS bit)", "'0001-01-01T00:00:00.0000000'", "'00:00:00'"));
    }

    @Override
    public String quote(String name) {
        return "[" + name.replace("]", "]]") + "]";
    }

    @Override
    public SqlType type(LogicalType type) {
        int n = type.length();
        SqlType max = SqlType.spelled("nvarchar(max)", "nvarchar");
        return switch (type.kind()) {
            case STRING -> n > MAX_NVARCHAR ? max : SqlType.sized("nvarchar", n);
            case STRING_MAX, STRING_LIST -> max;
            case STRING_KEY -> SqlType.sized("nvarchar", 450);
            case BOOL -> SqlType.named("bit");
            case INT -> SqlType.named("int");
            case LONG, UINT -> SqlType.named("bigint");
            case DATETIME -> SqlType.named("datetime2");
            case TIMESPAN -> SqlType.named("time");
            case GUID -> SqlType.named("uniqueidentifier");
            case DOUBLE -> SqlType.named("float");
        };
    }

    @Override
    public String columnDefinition(Column c) {
        return nameAndType(c) + nullity(c) + (c.identity() ? " IDENTITY" : "") + defaultClause(c);
    }

    /** SQL Server refuses to drop a column that still has its (unnamed) default constraint; EF drops it first. */
    @Override
    public List<String> dropColumn(String table, String column) {
        String target = literal(table);
        return List.of("DECLARE @var sysname;\n"
                + "SELECT @var = [d].[name] FROM [sys].[default_constraints] [d] INNER JOIN [sys].[columns] [c]"
                + " ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]"
                + " WHERE ([d].[parent_object_id] = OBJECT_ID(N'" + target + "') AND [c].[name] = N'"
                + literal(column) + "');\n"
                + "IF @var IS NOT NULL EXEC(N'ALTER TABLE " + literal(target) + " DROP CONSTRAINT [' + @var + '];')",
                "ALTER TABLE " + table + " DROP COLUMN " + quote(column));
    }

    /** EF's SQL Server provider filters unique indexes over nullable columns, so several NULLs are allowed. */
    @Override
    public boolean filtersUniqueIndexes() {
        return true;
    }

    @Override
    public String dropIndex(String table, String name, String qualifiedName) {
        return "DROP INDEX " + name + " ON " + table;
    }

    @Override
    protected String retype(String table, String column, String type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " " + type;
    }

    /** The whole definition: SQL Server's ALTER COLUMN drops what it does not repeat. */
    @Override
    public List<String> changeType(String table, Column column) {
        return List.of("ALTER TABLE " + table + " ALTER COLUMN " + columnDefinition(column));
    }

    /** SQL Server cannot alter a column under a primary key: drop the key, alter, re-add (Duende's docs). */
    @Override
    public List<String> widenIdentity(String table, String key, String column, LogicalType type) {
        String q = quote(column);
        return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + key,
                retype(table, q, type(type).text()) + " NOT NULL",
                "ALTER TABLE " + table + " ADD CONSTRAINT " + key + " PRIMARY KEY (" + q + ")");
    }

    /** IDENTITY numbers every existing row while the column is added. */
    @Override
    public List<String> moveKey(String table, String key, Column oldKey, Column id, Supplier<List<String>> rebuild) {
        return moveKeyInSteps(table, key, "ALTER COLUMN " + columnDefinition(oldKey.withNullable(true)), id);
    }

    @Override
    public List<String> restoreKey(String table, String key, Column oldKey, String id, Supplier<List<String>> rebuild) {
        return restoreKeyInSteps(table, key, "ALTER COLUMN " + columnDefinition(oldKey), oldKey, id);
    }

    @Override
    public String howItRuns(Operation op, boolean lowLock) {
        if (op instanceof Operation.WidenIdentity) {
            return "primary key dropped and re-created around the type change: table rewrite";
        }
        return super.howItRuns(op, lowLock);
    }

    @Override
    public String currentSchema() {
        return "SCHEMA_NAME()";
    }

    @Override
    public String indexCount(String schema, String table, String index) {
        return "SELECT COUNT(*) FROM sys.indexes i JOIN sys.tables t ON i.object_id = t.object_id"
                + " WHERE SCHEMA_NAME(t.schema_id) = " + schemaExpression(schema) + " AND t.name = N'" + literal(table)
                + "' AND i.name = N'" + literal(index) + "'";
    }

    /** SUBSTRING needs a length: 4000 is more than any column this is asked of holds. */
    @Override
    public String textAfter(String column, int skip) {
        return "SUBSTRING(" + column + ", " + (skip + 1) + ", 4000)";
    }

    @Override
    public String textStart(String column, int length) {
        return "LEFT(" + column + ", " + length + ")";
    }

    @Override
    public String lengthFunction() {
        return "LEN";
    }

    @Override
    public String schemaLiteral(String schema) {
        return "N'" + literal(schema) + "'";
    }

    @Override
    protected String message(String before, String n, String after) {
        return "CONCAT(N'" + literal(before) + "', " + n + ", '" + literal(after) + "')";
    }

    @Override
    protected String failWith(String message) {
        return "CAST(CAST(" + message + " AS INT) AS NVARCHAR(20))";
    }

    @Override
    public String stopStatement(RowCount count, String before, String after) {
        return "DECLARE @n bigint = (" + count.query() + ");\n"
                + "IF @n > 0\n"
                + "BEGIN\n"
                + "    DECLARE @m nvarchar(2048) = CONCAT(N'" + literal(before) + "', @n, N'" + literal(after) + "');\n"
                + "    THROW 50000, @m, 1;\n"
                + "END";
    }

    @Override
    public String utcNowMinus(int seconds) {
        return seconds == 0 ? "SYSUTCDATETIME()" : "DATEADD(SECOND, -" + seconds + ", SYSUTCDATETIME())";
    }

    /** A batch at a time; outside a transaction each DELETE commits on its own. */
    @Override
    public List<String> purge(String table, String column, String cutoff) {
        return List.of("DECLARE @cutoff datetime2 = " + cutoff + ";\n"
                + "DECLARE @deleted int = 1;\n"
                + "WHILE @deleted > 0\n"
                + "BEGIN\n"
                + "    DELETE TOP (" + PURGE_BATCH_ROWS + ") FROM " + table + " WHERE " + quote(column) + " < @cutoff;\n"
                + "    SET @deleted = @@ROWCOUNT;\n"
                + "END");
    }
}
