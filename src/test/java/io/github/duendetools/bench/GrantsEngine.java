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

    /** Connection to the database that {@link #reset} last prepared, autocommit on. */
    Connection connect() throws SQLException;

    String serverVersion(Connection connection) throws SQLException;

    void createDatabase(Connection admin) throws SQLException;

    void dropDatabase(Connection admin) throws SQLException;

    /**
     * Generates {@code rows} realistic grants server-side into a master copy of the 6.0 table,
     * EF's indexes included. Opens and closes its own connections.
     */
    void load(int rows) throws SQLException;

    /** Makes a fresh copy of the 6.0 master for one run; {@link #connect()} reaches it afterwards. */
    void reset(Connection admin) throws SQLException;

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
