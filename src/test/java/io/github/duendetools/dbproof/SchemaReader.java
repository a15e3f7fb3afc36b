package io.github.duendetools.dbproof;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the schema a database really has back through JDBC metadata, as {@link Table}s whose column types are
 * written the way engine-types.yaml writes them, so that expected and actual compare as plain values.
 * Liquibase's own tables and engine-internal objects (SQLite's sequence table, H2's implicit foreign key indexes) are left out.
 */
final class SchemaReader {
    private final Engine engine;

    SchemaReader(Engine engine) {
        this.engine = engine;
    }

    /** Every user table in one namespace (a schema, or the MariaDB database), by table name. */
    Map<String, Table> read(Connection connection, String namespace) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String catalog = engine == Engine.MARIADB ? namespace : null;
        String schema = engine == Engine.MARIADB || engine == Engine.SQLITE ? null : namespace;
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!isInternal(name)) {
                    tables.put(name, null);
                }
            }
        }
        Map<String, String> mariaTypes = engine == Engine.MARIADB ? mariaColumnTypes(connection, namespace) : Map.of();
        for (String name : List.copyOf(tables.keySet())) {
            tables.put(name, table(md, catalog, schema, name, mariaTypes));
        }
        return tables;
    }

    private Table table(DatabaseMetaData md, String catalog, String schema, String name, Map<String, String> mariaTypes)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, schema, name, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                String type = engine == Engine.MARIADB
                        ? mariaTypes.get(name + "." + column)
                        : normalise(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"));
                columns.add(new Column(column, type, rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        "YES".equals(rs.getString("IS_AUTOINCREMENT")), null));
            }
        }
        Map<Integer, String> keyColumns = new TreeMap<>();
        String pkName = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, name)) {
            while (rs.next()) {
                keyColumns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                pkName = rs.getString("PK_NAME");
            }
        }
        if (engine == Engine.SQLITE && columns.stream().noneMatch(Column::identity)) {
            columns = sqliteIdentity(md.getConnection(), name, columns);
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, name)) {
            while (rs.next()) {
                foreignKeys.add(new ForeignKey(rs.getString("FK_NAME"), rs.getString("FKCOLUMN_NAME"),
                        rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"), deleteRule(rs.getShort("DELETE_RULE"))));
            }
        }
        Map<String, Index> indexes = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> indexColumns = new HashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, name, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || isImplicitIndex(index, pkName, foreignKeys)) {
                    continue;
                }
                indexes.putIfAbsent(index, new Index(index, List.of(), !rs.getBoolean("NON_UNIQUE")));
                indexColumns.computeIfAbsent(index, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
            }
        }
        List<Index> indexList = indexes.values().stream()
                .map(i -> new Index(i.name(), List.copyOf(indexColumns.get(i.name()).values()), i.unique()))
                .sorted(java.util.Comparator.comparing(Index::name)).toList();
        return new Table(null, name, name, null, List.copyOf(columns), pkName, List.copyOf(keyColumns.values()),
                indexList, foreignKeys.stream().sorted(java.util.Comparator.comparing(ForeignKey::name)).toList());
    }

    private boolean isInternal(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        return lower.startsWith("databasechangelog") || lower.startsWith("sqlite_");
    }

    private boolean isImplicitIndex(String index, String pkName, List<ForeignKey> foreignKeys) {
        if (index.equals(pkName) || index.equals("PRIMARY") || index.startsWith("sqlite_autoindex_")
                || index.startsWith("PRIMARY_KEY_")) {
            return true;
        }
        // H2 backs each foreign key with an index of its own, named after the constraint.
        return engine == Engine.H2 && foreignKeys.stream().anyMatch(fk -> index.startsWith(fk.name() + "_INDEX_"));
    }

    private String normalise(String typeName, int size) {
        String type = typeName.toLowerCase(Locale.ROOT);
        return switch (engine) {
            case POSTGRESQL -> switch (type) {
                case "int4", "serial" -> "integer";
                case "int8", "bigserial" -> "bigint";
                case "bool" -> "boolean";
                case "varchar" -> size > 0 && size < Integer.MAX_VALUE ? "character varying(" + size + ")" : "character varying";
                case "timestamptz" -> "timestamp with time zone";
                case "timestamp" -> "timestamp without time zone";
                case "float8" -> "double precision";
                // The driver names an array by its element type with a leading underscore.
                case "_text" -> "text[]";
                default -> type;
            };
            case H2 -> type.equals("character varying") && size < 1_000_000_000 ? type + "(" + size + ")" : type;
            default -> type;
        };
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    /** MariaDB's metadata widens types (tinyint(1) as BIT); information_schema has the declared type and character set. */
    private static Map<String, String> mariaColumnTypes(Connection connection, String database) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // MariaDB prints display widths on int and bigint (int(11)); EF's type has none.
                    String type = rs.getString("COLUMN_TYPE").toLowerCase(Locale.ROOT).replaceAll("^(int|bigint)\\(\\d+\\)", "$1");
                    String charset = rs.getString("CHARACTER_SET_NAME");
                    if (charset != null && !charset.equals("utf8mb4")) {
                        type += " [charset " + charset + "]";
                    }
                    types.put(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"), type);
                }
            }
        }
        return types;
    }

    /** SQLite: a column is an identity when its table is declared with AUTOINCREMENT on it (the only form EF uses). */
    private static List<Column> sqliteIdentity(Connection connection, String table, List<Column> columns) throws SQLException {
        String sql;
        try (PreparedStatement ps = connection.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                sql = rs.next() ? rs.getString(1) : "";
            }
        }
        List<Column> result = new ArrayList<>();
        for (Column column : columns) {
            boolean identity = java.util.regex.Pattern.compile("[\"`\\[]?" + java.util.regex.Pattern.quote(column.name())
                    + "[\"`\\]]?\\s+INTEGER[^,]*AUTOINCREMENT", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(sql).find();
            result.add(new Column(column.name(), column.type(), column.nullable(), identity, null));
        }
        return result;
    }
}
