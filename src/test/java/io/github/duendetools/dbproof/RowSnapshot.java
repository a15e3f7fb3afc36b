package io.github.duendetools.dbproof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rows of every table, keyed by a column that identifies a row across generations ({@code Key} for
 * persisted grants: their {@code Id} is new in 6.1 and renumbered by a SQLite rebuild), each column reduced to its
 * value or, for long values, a checksum. Two snapshots compare column by column, so a difference names the table,
 * the row and the column.
 */
final class RowSnapshot {
    private static final int INLINE = 80;

    /** table name -> row key -> column -> value or checksum. */
    private final Map<String, Map<String, Map<String, String>>> tables;

    /** table name -> the column whose value keys its rows. */
    private final Map<String, String> keyColumns;

    private RowSnapshot(Map<String, Map<String, Map<String, String>>> tables, Map<String, String> keyColumns) {
        this.tables = tables;
        this.keyColumns = keyColumns;
    }

    static RowSnapshot capture(Connection connection, Schema schema, Engine engine, Naming naming, boolean legacyTimestamps)
            throws SQLException {
        DdlWriter names = new DdlWriter(engine, naming, legacyTimestamps);
        ColumnValues values = new ColumnValues(engine, legacyTimestamps);
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        Map<String, String> keyColumns = new TreeMap<>();
        for (Table table : schema.tables()) {
            keyColumns.put(table.name(), table.rowKey());
            Map<String, Map<String, String>> rows = new TreeMap<>();
            String sql = "SELECT " + table.columns().stream().map(c -> names.quote(c.name())).collect(Collectors.joining(", "))
                    + " FROM " + names.qualified(table.store(), table.name());
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        Column column = table.columns().get(i);
                        row.put(column.name(), reduce(values.read(rs, i + 1, column)));
                    }
                    String key = row.get(table.rowKey());
                    if (rows.put(key, row) != null) {
                        throw new IllegalStateException("table " + table.name() + " column " + table.rowKey()
                                + ": row key " + key + " is not unique");
                    }
                }
            }
            tables.put(table.name(), rows);
        }
        return new RowSnapshot(tables, keyColumns);
    }

    int rows(String table) {
        return tables.getOrDefault(table, Map.of()).size();
    }

    int totalRows() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    Map<String, Map<String, String>> table(String table) {
        return tables.getOrDefault(table, Map.of());
    }

    /**
     * Every row of this snapshot must be in {@code after} with the same value in every column this snapshot has
     * (at most five differences are listed per table).
     */
    List<String> missingOrChangedIn(RowSnapshot after) {
        List<String> problems = new ArrayList<>();
        for (var table : tables.entrySet()) {
            Map<String, Map<String, String>> other = after.tables.get(table.getKey());
            if (other == null) {
                problems.add("table " + table.getKey() + ": gone with its " + table.getValue().size() + " rows");
                continue;
            }
            if (other.size() != table.getValue().size()) {
                problems.add("table " + table.getKey() + ": " + table.getValue().size() + " rows before, " + other.size() + " after");
            }
            int reported = 0;
            String keyColumn = keyColumns.get(table.getKey());
            for (var row : table.getValue().entrySet()) {
                String where = "table " + table.getKey() + " row " + keyColumn + "=" + row.getKey();
                Map<String, String> now = other.get(row.getKey());
                String problem = null;
                if (now == null) {
                    problem = where + ": missing (column " + keyColumn + " no longer holds this value)";
                } else {
                    for (var column : row.getValue().entrySet()) {
                        if (now.containsKey(column.getKey()) && !Objects.equals(column.getValue(), now.get(column.getKey()))) {
                            problem = where + " column " + column.getKey()
                                    + ": was " + column.getValue() + ", now " + now.get(column.getKey());
                            break;
                        }
                        if (!now.containsKey(column.getKey())) {
                            problem = "table " + table.getKey() + " column " + column.getKey() + ": not read back";
                            break;
                        }
                    }
                }
                if (problem != null && reported++ < 5) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    private static String reduce(String value) {
        if (value == null || value.length() <= INLINE) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 12) + " (" + value.length() + " chars)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
