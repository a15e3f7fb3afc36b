package io.github.duendetools.inspect;

import io.github.duendetools.schema.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/** SQLite's system tables: sqlite_master for what metadata does not say, sqlite_stat1 when ANALYZE has filled it. */
final class SqliteSystemTables extends SystemTables {

    /** SQLITE_OPEN_READONLY: the driver opens the file read only, and a missing file is an error, not a new database. */
    private static final String OPEN_READ_ONLY = "1";

    SqliteSystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        p.setProperty("open_mode", OPEN_READ_ONLY);
        p.setProperty("busy_timeout", String.valueOf(timeoutSeconds * 1000));
        return p;
    }

    @Override
    public boolean readOnlyFromProperties() {
        return true;
    }

    @Override
    public String currentNamespace(Connection connection) {
        return null;
    }

    @Override
    public boolean namespaceExists(Connection connection, String namespace) {
        return true;
    }

    @Override
    protected String metadataSchema(String namespace) {
        return null;
    }

    @Override
    public boolean keepsPrimaryKeyNames() {
        return false;
    }

    /** The CREATE TABLE text of each table: EF's identity is the AUTOINCREMENT written there. */
    @Override
    protected Map<String, String> declaredTypes(Connection connection, String namespace) throws SQLException {
        Map<String, String> sql = new HashMap<>();
        query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'", List.of(),
                rs -> sql.put(rs.getString(1), rs.getString(2)));
        return sql;
    }

    @Override
    protected boolean isIdentity(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        String ddl = declared.getOrDefault(table, "");
        return Pattern.compile("[\"`\\[]?" + Pattern.quote(column.getString("COLUMN_NAME"))
                + "[\"`\\]]?\\s+INTEGER[^,]*AUTOINCREMENT", Pattern.CASE_INSENSITIVE).matcher(ddl).find();
    }

    @Override
    protected boolean isImplicitIndex(String index, String primaryKeyName, List<TableShape.Fk> foreignKeys) {
        return index.startsWith("sqlite_autoindex_") || index.equals(primaryKeyName);
    }

    /** Rows from sqlite_stat1 (first number of a table's statistic), only when ANALYZE has run; no sizes. */
    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        String present = single(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'");
        if (!"1".equals(present)) {
            return stats;
        }
        query(connection, "SELECT tbl, stat FROM sqlite_stat1", List.of(), rs -> {
            String stat = rs.getString(2);
            if (stat != null && !stat.isBlank()) {
                try {
                    stats.merge(rs.getString(1), new TableStats(Long.parseLong(stat.trim().split("\\s+")[0]), -1),
                            (a, b) -> a.rows() >= b.rows() ? a : b);
                } catch (NumberFormatException ignored) {
                    // a statistic in another form says nothing about rows
                }
            }
        });
        return stats;
    }
}
