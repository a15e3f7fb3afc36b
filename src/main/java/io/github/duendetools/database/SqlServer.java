package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.LogicalType;

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
}
