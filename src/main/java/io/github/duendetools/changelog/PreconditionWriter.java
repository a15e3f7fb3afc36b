package io.github.duendetools.changelog;

import java.util.List;
import java.util.Locale;

/**
 * Preconditions that let a changeset recognise a database EF Core already migrated ("already applied": the
 * changeset is marked ran), and the guard that refuses to shorten a column that holds longer values.
 */
final class PreconditionWriter {

    private final NameMapper names;

    PreconditionWriter(NameMapper names) {
        this.names = names;
    }

    String tableExists(String table) {
        return "<tableExists" + schemaAttr() + " tableName=\"" + Xml.attr(names.table(table)) + "\"/>";
    }

    String columnExists(String table, String column) {
        return "<columnExists" + schemaAttr() + " tableName=\"" + Xml.attr(names.table(table)) + "\" columnName=\""
                + Xml.attr(column) + "\"/>";
    }

    String indexExists(String table, List<String> columns) {
        return "<indexExists" + schemaAttr() + " tableName=\"" + Xml.attr(names.table(table)) + "\" indexName=\""
                + Xml.attr(names.index(table, columns)) + "\"/>";
    }

    /**
     * The table can be read, checked with the changeset's own quoting: Liquibase's tableExists folds the case of
     * a schema name on some databases, which must not halt a run.
     */
    String tableReadable(String table) {
        StringBuilder sb = new StringBuilder();
        for (Dialect d : Dialect.values()) {
            String sql = "SELECT COUNT(*) FROM " + names.qualified(table, d) + " WHERE 1 = 0";
            for (String dbms : d.dbms().split(",")) {
                sb.append("<or><not><dbms type=\"").append(dbms).append("\"/></not>")
                        .append("<sqlCheck expectedResult=\"0\">").append(Xml.text(sql)).append("</sqlCheck></or>");
            }
        }
        return sb.toString();
    }

    static String not(String inner) {
        return "<not>" + inner + "</not>";
    }

    /**
     * One check per dialect, each counting the values longer than {@code max}. Liquibase cannot put a number into
     * a failure message, so the query itself returns the message, and Liquibase reports the value it got.
     */
    String lengthGuard(String table, String column, int max) {
        StringBuilder sb = new StringBuilder();
        String label = names.table(table) + "." + column;
        for (Dialect d : Dialect.values()) {
            String len = switch (d) {
                case MSSQL -> "LEN";
                case MYSQL -> "CHAR_LENGTH";
                default -> "LENGTH";
            };
            String text = "' rows longer than " + max + " characters; shorten them first'";
            String message = switch (d) {
                case MSSQL, MYSQL -> "CONCAT('" + label + ": ', COUNT(*), " + text + ")";
                default -> "'" + label + ": ' || COUNT(*) || " + text;
            };
            String sql = "SELECT CASE WHEN COUNT(*) = 0 THEN 'ok' ELSE " + message + " END FROM "
                    + names.qualified(table, d) + " WHERE " + len + "(" + d.quote(column) + ") > " + max;
            for (String dbms : d.dbms().split(",")) {
                sb.append("<or><not><dbms type=\"").append(dbms).append("\"/></not>")
                        .append("<sqlCheck expectedResult=\"ok\">").append(Xml.text(sql)).append("</sqlCheck></or>");
            }
        }
        return sb.toString();
    }

    private String schemaAttr() {
        return names.schema() == null ? "" : " schemaName=\"" + Xml.attr(names.schema()) + "\"";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
