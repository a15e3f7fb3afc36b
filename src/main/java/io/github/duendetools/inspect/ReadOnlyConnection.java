package io.github.duendetools.inspect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the one connection inspect uses: read only, in a transaction that is rolled back, every session statement
 * bounded by the system tables' reader's timeout. Messages carry the masked URL and never the password.
 */
public final class ReadOnlyConnection {

    private ReadOnlyConnection() {
    }

    public static Connection open(Driver driver, String url, String user, String password, SystemTables systemTables)
            throws InspectException {
        Properties props = systemTables.connectionProperties(url);
        if (user != null && !user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection connection;
        try {
            connection = driver.connect(url, props);
        } catch (SQLException | RuntimeException e) {
            throw new InspectException("cannot connect to " + JdbcUrls.mask(url) + ": "
                    + JdbcUrls.scrub(e.getMessage(), url, password));
        }
        if (connection == null) {
            throw new InspectException("the JDBC driver " + driver.getClass().getName() + " does not accept "
                    + JdbcUrls.mask(url));
        }
        try {
            connection.setAutoCommit(false);
            if (!systemTables.readOnlyFromProperties()) {
                connection.setReadOnly(true);
            }
            systemTables.limitSession(connection);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw new InspectException("cannot prepare a read-only session on " + JdbcUrls.mask(url) + ": "
                    + JdbcUrls.scrub(e.getMessage(), url, password));
        }
    }

    /** Rolls back (nothing was written: this only ends the read-only transaction) and closes. */
    public static void close(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // closing below releases the session either way
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written, so nothing can be lost
        }
    }
}
