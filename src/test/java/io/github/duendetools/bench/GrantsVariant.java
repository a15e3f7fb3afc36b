package io.github.duendetools.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One way of moving the populated 6.0 grants table to 6.1.
 *
 * @param id           stable id used in result files ({@code changelog}, {@code changelog-low-lock}, {@code ef}, {@code floor})
 * @param description  one line for the report
 * @param resultTable  the table that holds the rows afterwards (the floor writes a copy)
 * @param migration    the work being timed
 */
record GrantsVariant(String id, String description, String resultTable, Migration migration) {

    @FunctionalInterface
    interface Migration {
        void run(Connection connection) throws Exception;
    }

    static void runAll(Connection connection, String... sql) throws SQLException {
        GrantsEngine.execute(connection, sql);
    }
}
