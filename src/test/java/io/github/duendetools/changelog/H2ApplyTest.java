package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
class H2ApplyTest {

    @TempDir
    Path dir;

    @Test
    void fullPathAppliesRollsBackAndReapplies() throws Exception {
        new ChangelogGenerator().generate("4.1", "8.0", ChangelogOptions.defaults(dir));
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url)) {
            // baseline 4.1 tables, created by the 4.1 baseline file
            new ChangelogGenerator().baseline("4.1", ChangelogOptions.defaults(dir.resolve("base")));
            LiquibaseRunner base = new LiquibaseRunner(dir.resolve("base"), url, null, null);
            base.update(ChangelogFolder.ROOT_MASTER);
            insertGrant(keepAlive, "k1");
            insertGrant(keepAlive, "k2");
            LiquibaseRunner lb = new LiquibaseRunner(dir, url, null, null);
            lb.update(ChangelogFolder.ROOT_MASTER);
            assertEquals(2, count(keepAlive, "SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            lb.rollbackToTag(ChangelogFolder.ROOT_MASTER, "duende-5.0-operational");
            lb.update(ChangelogFolder.ROOT_MASTER);
            lb.update(ChangelogFolder.ROOT_MASTER);
            assertEquals(2, count(keepAlive, "SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            assertTrue(count(keepAlive, "SELECT COUNT(*) FROM \"SamlSingleLogoutServices\"") == 0);
            // identities still generate values after the key move and the int-to-long widening
            insertGrant(keepAlive, "k3");
            assertEquals(3, count(keepAlive, "SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            try (Statement s = keepAlive.createStatement()) {
                s.executeUpdate("INSERT INTO \"ServerSideSessions\" (\"Key\", \"Scheme\", \"SubjectId\", \"Created\","
                        + " \"Renewed\", \"Data\") VALUES ('s', 'cookie', 'alice', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'x')");
            }
            assertEquals(1, count(keepAlive, "SELECT COUNT(\"Id\") FROM \"ServerSideSessions\""));
        }
    }

    private static void insertGrant(Connection c, String key) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"ClientId\", \"CreationTime\", \"Data\")"
                    + " VALUES ('" + key + "', 'refresh_token', 'c', TIMESTAMP '2024-01-01 00:00:00', 'x')");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
