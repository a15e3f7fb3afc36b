package io.github.duendetools.changelog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Test helper: a database's tables, columns (type, length, nullability), primary keys and indexes as one sorted
 * text, read through JDBC metadata, so that two moments can be compared: "nothing changed".
 */
final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    static String of(TestEngines db) throws Exception {
        TreeSet<String> lines = new TreeSet<>();
        try (Connection c = db.connect()) {
            DatabaseMetaData md = c.getMetaData();
            String catalog = c.getCatalog();
            String schema = db.engine.equals("mariadb") ? null : c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")
                            && !name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                        tables.add(name);
                    }
                }
            }
            for (String t : tables) {
                lines.add("table " + t);
                try (ResultSet rs = md.getColumns(catalog, schema, t, "%")) {
                    while (rs.next()) {
                        lines.add("column " + t + "." + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
                                + "(" + rs.getInt("COLUMN_SIZE") + ") nullable=" + rs.getInt("NULLABLE"));
                    }
                }
                try (ResultSet rs = md.getPrimaryKeys(catalog, schema, t)) {
                    while (rs.next()) {
                        lines.add("primary key " + t + " " + rs.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet rs = md.getIndexInfo(catalog, schema, t, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            lines.add("index " + t + " " + rs.getString("INDEX_NAME") + " unique="
                                    + !rs.getBoolean("NON_UNIQUE") + " " + rs.getString("COLUMN_NAME"));
                        }
                    }
                }
            }
        }
        return String.join("\n", lines);
    }
}
