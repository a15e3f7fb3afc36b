package io.github.duendetools.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One database engine in the big-table benchmark: how to build a populated 6.0 {@code PersistedGrants}
 * table and the ways of moving it to the 6.1 shape that are compared.
 */
interface GrantsEngine {
    String DATABASE = "duende_bench";

    /** Short id used in result files ({@code postgresql}, {@code mariadb}). */
    String id();

    /** Connection to the server's maintenance database, used to create and drop {@link #DATABASE}. */
    Connection admin() throws SQLException;

    /** Connection to {@link #DATABASE}, autocommit on. */
    Connection connect() throws SQLException;

    String serverVersion(Connection connection) throws SQLException;

    void createDatabase(Connection admin) throws SQLException;

    void dropDatabase(Connection admin) throws SQLException;

    /** Generates {@code rows} realistic grants into an index-free template table, server-side. */
    void loadTemplate(Connection connection, int rows) throws SQLException;

    /** Replaces every table the migration touches with a fresh 6.0 copy of the template, EF's indexes included. */
    void resetToSixZero(Connection connection) throws SQLException;

    /** The ways of reaching 6.1 that this engine compares, the floor included. */
    List<GrantsVariant> variants();

    /** A plain read, as the IdentityServer token endpoint does on every request. */
    void readAccess(Connection connection) throws SQLException;

    /** Acquires what a writer needs on the table, then rolls back, so no row changes. */
    void writeAccess(Connection connection) throws SQLException;

    /** Runs a single-value query such as a row count. */
    default long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
