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

/** PostgreSQL's system tables: pg_catalog names through metadata, pg_class for statistics. */
final class PostgresSystemTables extends SystemTables {

    PostgresSystemTables(int timeoutSeconds) {
        super(timeoutSeconds);
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("socketTimeout", String.valueOf(timeoutSeconds * 2));
        p.setProperty("ApplicationName", "duende-maven-plugin inspect");
        return p;
    }

    @Override
    public void limitSession(Connection connection) throws SQLException {
        session(connection, "SET statement_timeout = '" + timeoutSeconds + "s'");
        session(connection, "SET lock_timeout = '" + timeoutSeconds + "s'");
    }

    @Override
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return normalise(column.getString("TYPE_NAME").toLowerCase(Locale.ROOT), column.getInt("COLUMN_SIZE"));
    }

    private static String normalise(String type, int size) {
        if (type.startsWith("_")) {
            // pg_type names an array type after its element type with a leading underscore
            return normalise(type.substring(1), size) + "[]";
        }
        return switch (type) {
            case "int4", "serial" -> "integer";
            case "int8", "bigserial" -> "bigint";
            case "int2" -> "smallint";
            case "bool" -> "boolean";
            case "varchar" -> size > 0 && size < Integer.MAX_VALUE ? "character varying(" + size + ")" : "character varying";
            case "timestamptz" -> "timestamp with time zone";
            case "timestamp" -> "timestamp without time zone";
            case "float8" -> "double precision";
            case "float4" -> "real";
            default -> type;
        };
    }

    /** Planner statistics: reltuples (-1 before the first ANALYZE or VACUUM) and the total size with indexes. */
    @Override
    public Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException {
        Map<String, TableStats> stats = new HashMap<>();
        query(connection, "SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid) FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')",
                List.of(namespace), rs -> stats.put(rs.getString(1), new TableStats(Math.max(-1, rs.getLong(2)), rs.getLong(3))));
        return stats;
    }
}
