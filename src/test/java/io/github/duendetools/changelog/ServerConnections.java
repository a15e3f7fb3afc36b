package io.github.duendetools.changelog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helpers for the PostgreSQL and MariaDB servers: an unreachable server skips the test with a loud message on a
 * developer machine, and fails it with {@code CI=true}, so CI never goes green by skipping.
 */
final class ServerConnections {
    private ServerConnections() {
    }

    static Connection adminOrSkip(String server, String adminUrl, String user) {
        try {
            return DriverManager.getConnection(adminUrl, user, "");
        } catch (SQLException e) {
            String problem = server + " not reachable at " + adminUrl + " (start it to run this test): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(problem + "; CI=true, so this fails", e);
            }
            System.err.println("*** " + problem + " ***");
            Assumptions.abort(problem);
            return null;
        }
    }
}
