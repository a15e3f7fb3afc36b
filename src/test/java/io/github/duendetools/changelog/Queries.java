package io.github.duendetools.changelog;

import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers shared by the tests that apply changelogs to a database. */
public final class Queries {
    private Queries() {
    }

    /** The first column of the first row, as a number. */
    static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every message down the cause chain: Liquibase wraps the database's own message several levels deep. */
    public static String fullMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) {
            sb.append(x.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
