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

/** Oracle's system tables: ALL_* views; optimizer statistics (NUM_ROWS) as the statistic. Not proven against a live server. */
final class OracleSystemTables extends SystemTables {

    OracleSystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.ORACLE;
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        p.setProperty("oracle.net.CONNECT_TIMEOUT", String.valueOf(timeoutSeconds * 1000));
        return p;
    }

    @Override
    protected Map<String, String> declaredTypes(Connection connection, String namespace) throws SQLException {
        Map<String, String> identity = new HashMap<>();
        query(connection, "SELECT TABLE_NAME, COLUMN_NAME FROM ALL_TAB_IDENTITY_COLS WHERE OWNER = ?", List.of(namespace),
                rs -> identity.put(rs.getString(1) + "." + rs.getString(2) + "#identity", "true"));
        return identity;
    }

    @Override
    protected boolean isIdentity(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return declared.containsKey(table + "." + column.getString("COLUMN_NAME") + "#identity");
    }

    @Override
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        String type = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        int size = column.getInt("COLUMN_SIZE");
        return switch (type) {
            case "nvarchar2", "varchar2", "raw" -> type + "(" + size + ")";
            case "number" -> type + "(" + size + ")";
            default -> type;
        };
    }

    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        query(connection, "SELECT TABLE_NAME, NUM_ROWS, NUM_ROWS * AVG_ROW_LEN FROM ALL_TABLES WHERE OWNER = ?",
                List.of(namespace), rs -> {
                    long rows = rs.getLong(2);
                    boolean known = !rs.wasNull();
                    stats.put(rs.getString(1), new TableStats(known ? rows : -1, known ? rs.getLong(3) : -1));
                });
        return stats;
    }
}
