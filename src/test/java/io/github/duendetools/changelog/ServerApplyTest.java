package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Applies the whole path 4.1 to 8.0 on the local PostgreSQL and MariaDB servers with rows in place, with a
 * custom schema and a renamed table, rolls back, re-applies, and checks a second update changes nothing.
 * The full database matrix lives in the database proof suite; this is the generator's own smoke test.
 */
@Slow
class ServerApplyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void pathFrom41To80KeepsRowsAndRollsBack(String server) throws Exception {
        String db = "duende_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = server.equals("postgresql") ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
        String user = server.equals("postgresql") ? "postgres" : "root";
        try (Connection a = ServerConnections.adminOrSkip(server, admin, user); Statement s = a.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            try {
                String url = admin.replace("/test", "/" + db);
                String schema = server.equals("postgresql") ? "ids" : null;
                if (schema != null) {
                    try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                        cs.execute("CREATE SCHEMA " + schema);
                    }
                }
                ChangelogOptions base = new ChangelogOptions(dir.resolve("base"), schema, null, null,
                        Map.of("PersistedGrants", "Grants"), false, List.of(), null);
                ChangelogOptions steps = new ChangelogOptions(dir.resolve("steps"), schema, null, null,
                        Map.of("PersistedGrants", "Grants"), false, List.of(), null);
                new ChangelogGenerator().baseline("4.1", base);
                new ChangelogGenerator().generate("4.1", "8.0", steps);
                new LiquibaseRunner(dir.resolve("base"), url, user, "").update(ChangelogFolder.ROOT_MASTER);
                String grants = schema == null ? quote(server, "Grants") : schema + "." + quote(server, "Grants");
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    for (int i = 0; i < 50; i++) {
                        cs.executeUpdate("INSERT INTO " + grants + " (" + quote(server, "Key") + ", " + quote(server, "Type")
                                + ", " + quote(server, "ClientId") + ", " + quote(server, "CreationTime") + ", "
                                + quote(server, "Data") + ") VALUES ('k" + i + "', 't', 'c', '2024-01-01 00:00:00', 'd')");
                    }
                }
                LiquibaseRunner lb = new LiquibaseRunner(dir.resolve("steps"), url, user, "");
                lb.update(ChangelogFolder.ROOT_MASTER);
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    assertEquals(50, count(cs, "SELECT COUNT(DISTINCT " + quote(server, "Id") + ") FROM " + grants));
                }
                lb.rollbackToTag(ChangelogFolder.ROOT_MASTER, "duende-4.1-operational");
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    assertEquals(50, count(cs, "SELECT COUNT(*) FROM " + grants));
                }
                lb.update(ChangelogFolder.ROOT_MASTER);
                long ran = changesets(server, url, user);
                lb.update(ChangelogFolder.ROOT_MASTER);
                assertEquals(ran, changesets(server, url, user), "a second update must change nothing");
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    assertEquals(50, count(cs, "SELECT COUNT(DISTINCT " + quote(server, "Id") + ") FROM " + grants));
                    assertTrue(count(cs, "SELECT COUNT(*) FROM " + (schema == null ? "" : schema + ".")
                            + quote(server, "SamlSingleLogoutServices")) == 0);
                }
            } finally {
                s.execute("DROP DATABASE " + db);
            }
        }
    }

    private static long changesets(String server, String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
            return count(cs, "SELECT COUNT(*) FROM " + (server.equals("postgresql") ? "databasechangelog" : "DATABASECHANGELOG"));
        }
    }

    private static String quote(String server, String name) {
        return server.toLowerCase(Locale.ROOT).equals("postgresql") ? "\"" + name + "\"" : "`" + name + "`";
    }
}
