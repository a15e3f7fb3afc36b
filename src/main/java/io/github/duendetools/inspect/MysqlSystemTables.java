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

/**
 * MySQL's and MariaDB's system tables: information_schema for declared types and character sets (metadata widens
 * tinyint(1) to BIT) and for the row estimates InnoDB keeps. A schema here is a database.
 */
final class MysqlSystemTables extends SystemTables {

    MysqlSystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", String.valueOf(timeoutSeconds * 1000));
        p.setProperty("socketTimeout", String.valueOf(timeoutSeconds * 2000));
        return p;
    }

    @Override
    public void limitSession(Connection connection) throws SQLException {
        boolean mariadb = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")
                || connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
        session(connection, mariadb ? "SET SESSION max_statement_time = " + timeoutSeconds
                : "SET SESSION max_execution_time = " + timeoutSeconds * 1000);
        session(connection, "SET SESSION lock_wait_timeout = " + timeoutSeconds);
    }

    @Override
    public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getCatalogs()) {
            while (rs.next()) {
                if (namespace.equals(rs.getString("TABLE_CAT"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected String metadataCatalog(String namespace) {
        return namespace;
    }

    @Override
    protected String metadataSchema(String namespace) {
        return null;
    }

    @Override
    public boolean keepsPrimaryKeyNames() {
        return false;
    }

    @Override
    protected Map<String, String> declaredTypes(Connection connection, String namespace) throws SQLException {
        Map<String, String> types = new HashMap<>();
        query(connection, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?", List.of(namespace), rs -> {
                    // display widths (int(11)) are not part of EF's type; tinyint(1) is, as the bool marker
                    String type = rs.getString(3).toLowerCase(Locale.ROOT)
                            .replaceAll("^(smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
                    String charset = rs.getString(4);
                    if (charset != null) {
                        type += " character set " + charset.toLowerCase(Locale.ROOT);
                    }
                    String key = rs.getString(1) + "." + rs.getString(2);
                    types.put(key, type);
                    String extra = rs.getString(5);
                    if (extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment")) {
                        types.put(key + "#identity", "true");
                    }
                });
        return types;
    }

    @Override
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return declared.get(table + "." + column.getString("COLUMN_NAME"));
    }

    @Override
    protected boolean isIdentity(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return declared.containsKey(table + "." + column.getString("COLUMN_NAME") + "#identity");
    }

    @Override
    protected boolean isImplicitIndex(String index, String primaryKeyName, List<TableShape.Fk> foreignKeys) {
        return index.equals("PRIMARY");
    }

    /** InnoDB's estimates: TABLE_ROWS is sampled, sizes are data plus indexes. */
    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        query(connection, "SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'", List.of(namespace), rs -> {
                    long rows = rs.getLong(2);
                    boolean rowsKnown = !rs.wasNull();
                    long bytes = rs.getLong(3);
                    stats.put(rs.getString(1), new TableStats(rowsKnown ? rows : -1, rs.wasNull() ? -1 : bytes));
                });
        return stats;
    }
}
