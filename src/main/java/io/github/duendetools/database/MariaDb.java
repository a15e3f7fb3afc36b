package io.github.duendetools.database;

/**
 * MariaDB: MySQL's changelogs and types, with a block outside stored programs ({@code BEGIN NOT ATOMIC}) that can
 * {@code SIGNAL} an error with the count in its text.
 */
final class MariaDb extends MySql {

    MariaDb() {
        super("mariadb");
    }

    /** The block ends with a row, which the precondition compares. */
    @Override
    public String stopQuery(RowCount count, String before, String after) {
        return signal(count, before, after, "SELECT 'ok'; ");
    }

    @Override
    public String stopStatement(RowCount count, String before, String after) {
        return signal(count, before, after, "");
    }

    private static String signal(RowCount count, String before, String after, String answer) {
        return "BEGIN NOT ATOMIC DECLARE n BIGINT DEFAULT (" + count.query() + "); "
                + "DECLARE m VARCHAR(500) DEFAULT CONCAT('" + literal(before) + "', n, '" + literal(after) + "'); "
                + "IF n > 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m; END IF; " + answer + "END";
    }
}
