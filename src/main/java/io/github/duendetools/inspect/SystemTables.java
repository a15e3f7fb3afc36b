package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one engine's system tables say, read only: tables through {@link DatabaseMetaData}, and everything the
 * metadata API does not say (declared types, identity, statistics) through queries of the engine's own system tables,
 * which each subclass keeps in one place; the current schema's query is the database package's. Column types come
 * out in the form {@link #expectedType} gives the types the database package maps, so the comparison follows the
 * schema data, not a copy of it.
 */
public abstract class SystemTables {

    protected final int timeoutSeconds;

    protected SystemTables(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public abstract Dialect dialect();

    /** Connection properties beyond user and password: connect timeouts, read-only opening where the driver has it. */
    public Properties connectionProperties(String url) {
        return new Properties();
    }

    /** True where the driver opens the database read only from {@link #connectionProperties} and refuses a later switch. */
    public boolean readOnlyFromProperties() {
        return false;
    }

    /** Bounds every statement of the session where the engine has a session setting for it; reads of system tables only. */
    public void limitSession(Connection connection) throws SQLException {
    }

    /** The schema (MySQL: the database) the connection resolves unqualified names in; null where there is none. */
    public String currentNamespace(Connection connection) throws SQLException {
        return single(connection, Database.of(dialect()).currentSchemaQuery());
    }

    public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getSchemas(null, null)) {
            while (rs.next()) {
                if (namespace.equals(rs.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The type the changelogs give a column, in the form {@link #liveType} reads it. */
    public String expectedType(SqlType type) {
        return type.text().toLowerCase(Locale.ROOT);
    }

    /** The type the system tables report for a column, normalised; {@code declared} holds engine-specific extras. */
    protected String liveType(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
    }

    /** Engine-specific declared column types by {@code table.column}, where metadata widens or hides them. */
    protected Map<String, String> declaredTypes(Connection connection, String namespace) throws SQLException {
        return Map.of();
    }

    protected boolean isIdentity(ResultSet column, Map<String, String> declared, String table) throws SQLException {
        return "YES".equals(column.getString("IS_AUTOINCREMENT"));
    }

    /** False where the engine names every primary key alike (MySQL's PRIMARY) or keeps no name (SQLite). */
    public boolean keepsPrimaryKeyNames() {
        return true;
    }

    /** Indexes the engine makes by itself (for a key or a foreign key) and EF never names. */
    protected boolean isImplicitIndex(String index, String primaryKeyName, List<TableShape.Fk> foreignKeys) {
        return index.equals(primaryKeyName);
    }

    protected String metadataCatalog(String namespace) {
        return null;
    }

    protected String metadataSchema(String namespace) {
        return namespace;
    }

    /** Row counts and sizes of the namespace's tables from the engine's statistics; absent tables are unknown. */
    public abstract Map<String, TableStats> statistics(Connection connection, String namespace) throws SQLException;

    /** Every table name in the namespace. */
    public Set<String> tableNames(Connection connection, String namespace) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(metadataCatalog(namespace), metadataSchema(namespace),
                "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** The shape of each named table that exists in the namespace. */
    public Map<String, TableShape> read(Connection connection, String namespace, Set<String> tables)
            throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        Map<String, String> declared = declaredTypes(connection, namespace);
        Map<String, TableShape> result = new TreeMap<>();
        for (String table : tables) {
            result.put(table, table(md, namespace, table, declared));
        }
        return result;
    }

    private TableShape table(DatabaseMetaData md, String namespace, String name, Map<String, String> declared)
            throws SQLException {
        String catalog = metadataCatalog(namespace);
        String schema = metadataSchema(namespace);
        List<TableShape.Col> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, schema, escape(md, name), "%")) {
            while (rs.next()) {
                if (!name.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                columns.add(new TableShape.Col(rs.getString("COLUMN_NAME"), liveType(rs, declared, name),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, isIdentity(rs, declared, name)));
            }
        }
        Map<Integer, String> keyColumns = new TreeMap<>();
        String pkName = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, name)) {
            while (rs.next()) {
                keyColumns.put((int) rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                pkName = rs.getString("PK_NAME");
            }
        }
        Map<String, TreeMap<Integer, String[]>> fkColumns = new LinkedHashMap<>();
        Map<String, String[]> fkHeads = new LinkedHashMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, name)) {
            while (rs.next()) {
                String fk = rs.getString("FK_NAME");
                String key = fk == null ? rs.getString("PKTABLE_NAME") + "#" + rs.getString("FKCOLUMN_NAME") : fk;
                fkHeads.putIfAbsent(key, new String[] {fk, rs.getString("PKTABLE_NAME"), deleteRule(rs.getShort("DELETE_RULE"))});
                fkColumns.computeIfAbsent(key, k -> new TreeMap<>()).put((int) rs.getShort("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        List<TableShape.Fk> foreignKeys = new ArrayList<>();
        for (var e : fkHeads.entrySet()) {
            List<String> local = new ArrayList<>();
            List<String> remote = new ArrayList<>();
            fkColumns.get(e.getKey()).values().forEach(pair -> {
                local.add(pair[0]);
                remote.add(pair[1]);
            });
            String[] head = e.getValue();
            foreignKeys.add(new TableShape.Fk(head[0], local, head[1], remote, head[2]));
        }
        foreignKeys.sort(Comparator.comparing(f -> String.valueOf(f.name())));
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> indexColumns = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, name, false, true)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || isImplicitIndex(index, pkName, foreignKeys)) {
                    continue;
                }
                unique.putIfAbsent(index, !rs.getBoolean("NON_UNIQUE"));
                indexColumns.computeIfAbsent(index, k -> new TreeMap<>())
                        .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
        }
        List<TableShape.Idx> indexes = new ArrayList<>();
        unique.forEach((index, u) -> indexes.add(new TableShape.Idx(index, List.copyOf(indexColumns.get(index).values()), u)));
        indexes.sort(Comparator.comparing(TableShape.Idx::name));
        return new TableShape(name, columns, pkName, List.copyOf(keyColumns.values()), indexes, foreignKeys);
    }

    /** Table names are patterns to getColumns: an underscore in a name must not match other tables. */
    private static String escape(DatabaseMetaData md, String name) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    /** Runs a query of the system tables with this reader's timeout; {@code row} consumes each row. */
    protected void query(Connection connection, String sql, List<String> parameters, RowConsumer row)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setQueryTimeout(timeoutSeconds);
            for (int i = 0; i < parameters.size(); i++) {
                ps.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    protected String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(timeoutSeconds);
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    protected void session(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** One result row. */
    @FunctionalInterface
    protected interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
