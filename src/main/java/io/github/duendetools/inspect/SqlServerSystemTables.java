package io.github.duendetools.inspect;

import io.github.duendetools.schema.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** SQL Server's system tables: sys.* views; partition row counts as the statistic. Not proven against a live server. */
final class SqlServerSystemTables extends SystemTables {

    /** SQL Server keeps nvarchar(n) up to this length; the driver reports nvarchar(max) as longer. */
    private static final int MAX_NVARCHAR = 4000;

    SqlServerSystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.MSSQL;
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        p.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("applicationIntent", "ReadOnly");
        return p;
    }

    @Override
    public void limitSession(Connection connection) throws SQLException {
        session(connection, "SET LOCK_TIMEOUT " + timeoutSeconds * 1000);
    }

    @Override
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        String type = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT).replace(" identity", "");
        if (type.equals("nvarchar") || type.equals("varchar")) {
            int size = column.getInt("COLUMN_SIZE");
            return type + (size > MAX_NVARCHAR ? "(max)" : "(" + size + ")");
        }
        return type;
    }

    @Override
    protected boolean isIdentity(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return column.getString("TYPE_NAME").toLowerCase(Locale.ROOT).endsWith(" identity")
                || "YES".equals(column.getString("IS_AUTOINCREMENT"));
    }

    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        query(connection, "SELECT t.name, SUM(CASE WHEN p.index_id IN (0, 1) THEN p.rows ELSE 0 END),"
                + " SUM(a.total_pages) * 8192 FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id"
                + " JOIN sys.partitions p ON p.object_id = t.object_id"
                + " JOIN sys.allocation_units a ON a.container_id = p.partition_id"
                + " WHERE s.name = ? GROUP BY t.name", List.of(namespace),
                rs -> stats.put(rs.getString(1), new TableStats(rs.getLong(2), rs.getLong(3))));
        return stats;
    }
}
