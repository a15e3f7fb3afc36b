package io.github.duendetools.inspect;

import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** H2's system tables: INFORMATION_SCHEMA, and its row count estimate as the statistic. */
final class H2SystemTables extends SystemTables {

    /** H2 reports an unbounded CHARACTER VARYING with this length or more. */
    private static final int UNBOUNDED = 1_000_000_000;

    H2SystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    /** A file database that does not exist is an error, not a new empty database (in-memory ones are the URL's own). */
    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            p.setProperty("IFEXISTS", "TRUE");
        }
        return p;
    }

    @Override
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        String type = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        int size = column.getInt("COLUMN_SIZE");
        return type.equals("character varying") && size < UNBOUNDED ? type + "(" + size + ")" : type;
    }

    /**
     * H2 has no EF provider, so fractional-second precision is the changelog writer's choice, not EF's; a database
     * created with H2's default precision is the same generation. Only string lengths count.
     */
    @Override
    public String expectedType(SqlType type) {
        return (type.name().equals("CHARACTER VARYING") ? type.text() : type.name()).toLowerCase(Locale.ROOT);
    }

    @Override
    protected boolean isImplicitIndex(String index, String primaryKeyName, List<TableShape.Fk> foreignKeys) {
        // H2 backs a key and each foreign key with an index of its own, named after the constraint.
        return index.equals(primaryKeyName) || index.startsWith("PRIMARY_KEY_")
                || foreignKeys.stream().anyMatch(fk -> fk.name() != null && index.startsWith(fk.name() + "_INDEX_"));
    }

    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        query(connection, "SELECT TABLE_NAME, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?",
                List.of(namespace), rs -> stats.put(rs.getString(1), new TableStats(rs.getLong(2), -1)));
        return stats;
    }
}
