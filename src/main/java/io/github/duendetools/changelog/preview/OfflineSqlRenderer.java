package io.github.duendetools.changelog.preview;

import io.github.duendetools.liquibase.DbmsList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text Liquibase 4.33's offline {@code updateSql} prints for a changelog, without its history-table SQL
 * ({@code outputLiquibaseSql=none}) and without the header lines that name the run time, the file, the database and
 * the Liquibase version, so that a preview is the same on every machine. Line ends are LF, the text ends with one.
 * A test renders every emitted changelog with Liquibase itself and compares byte for byte.
 */
final class OfflineSqlRenderer {

    private static final String STARS = "*********************************************************************";
    /** Liquibase drops every trailing "/" line from an Oracle statement (it would be SQL*Plus's run command). */
    private static final Pattern ORACLE_TRAILING_SLASH = Pattern.compile("(?s).*[\\s\\r\\n]*/[\\s\\r\\n]*$");
    private static final Pattern ORACLE_SLASH = Pattern.compile("[\\s\\r\\n]*/[\\s\\r\\n]*$");

    private OfflineSqlRenderer() {
    }

    static String render(List<PreviewChangeSet> changeSets, String dbms) {
        String comment = lineComment(dbms) + " ";
        StringBuilder out = new StringBuilder();
        out.append(comment).append(STARS).append('\n');
        out.append(comment).append("Update Database Script\n");
        out.append(comment).append(STARS).append('\n');
        out.append(comment).append(STARS).append("\n\n");
        for (PreviewChangeSet changeSet : changeSets) {
            if (!DbmsList.matchesChangeSet(changeSet.dbms(), dbms)) {
                continue;
            }
            out.append(comment).append("Changeset ").append(changeSet.identity()).append('\n');
            String remark = changeSet.comment() == null ? "" : changeSet.comment().trim();
            if (!remark.isEmpty()) {
                for (String line : remark.split("\n")) {
                    out.append(comment).append(line).append('\n');
                }
            }
            for (PreviewChangeSet.Sql sql : changeSet.sql()) {
                if (DbmsList.matches(sql.dbms(), dbms)) {
                    out.append(statement(sql.text(), dbms)).append("\n\n");
                }
            }
        }
        return out.toString().replace("\r\n", "\n").stripTrailing() + "\n";
    }

    /**
     * One statement as Liquibase prints it: trimmed, carriage returns removed, then finished per database. SQL Server
     * gets ';' appended unless present and a GO line (Liquibase turns the statement's LFs into CRLFs first, which the
     * LF-only output turns back); every other database gets ';' unless present, Oracle after its trailing '/' lines
     * are gone.
     */
    private static String statement(String text, String dbms) {
        String sql = text.trim().replace("\r", "");
        if ("mssql".equals(dbms)) {
            return terminated(sql) + "\nGO";
        }
        if ("oracle".equals(dbms)) {
            while (ORACLE_TRAILING_SLASH.matcher(sql).matches()) {
                sql = ORACLE_SLASH.matcher(sql).replaceFirst("");
            }
        }
        return terminated(sql);
    }

    private static String terminated(String sql) {
        return sql.endsWith(";") ? sql : sql + ";";
    }

    /** Liquibase's line comment for the database: MySQL's and MariaDB's carry a space of their own. */
    private static String lineComment(String dbms) {
        return "mysql".equals(dbms) || "mariadb".equals(dbms) ? "-- " : "--";
    }
}
