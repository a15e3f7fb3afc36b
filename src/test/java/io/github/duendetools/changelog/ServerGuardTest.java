package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.count;
import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the local PostgreSQL and MariaDB servers: the 6.0 shrink of redirect URIs halts with the number of longer
 * values (a database error, not a failed check, which would mark the changeset ran), with a custom schema on
 * PostgreSQL and a renamed table.
 */
@Slow
class ServerGuardTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void shrinkHaltsWithTheNumberOfLongerValues(String server) throws Exception {
        boolean pg = server.equals("postgresql");
        String db = "duende_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = pg ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
        String user = pg ? "postgres" : "root";
        try (Connection a = ServerConnections.adminOrSkip(server, admin, user); Statement s = a.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            try {
                String url = admin.replace("/test", "/" + db);
                String schema = pg ? "ids" : null;
                Map<String, String> tables = Map.of("ClientRedirectUris", "RedirectUris");
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    if (pg) {
                        cs.execute("CREATE SCHEMA " + schema);
                    }
                }
                new ChangelogGenerator().baseline("5.2", new ChangelogOptions(dir.resolve("base"), schema, null, null,
                        tables, false, List.of(), null));
                new ChangelogGenerator().generate("5.2", "6.0", new ChangelogOptions(dir.resolve("steps"), schema, null,
                        null, tables, false, List.of(), null));
                new LiquibaseRunner(dir.resolve("base"), url, user, "").update(ChangelogFolder.ROOT_MASTER);
                String q = pg ? "\"" : "`";
                String table = (pg ? schema + "." : "") + q + "RedirectUris" + q;
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    // No client rows: switch the foreign key off for this session.
                    cs.execute(pg ? "SET session_replication_role = replica" : "SET FOREIGN_KEY_CHECKS = 0");
                    for (int i = 0; i < 4; i++) {
                        String uri = i < 3 ? "https://x/" + "a".repeat(450 + i) : "https://short";
                        cs.executeUpdate("INSERT INTO " + table + " (" + q + "RedirectUri" + q + ", " + q + "ClientId" + q
                                + ") VALUES ('" + uri + "', 1)");
                    }
                }
                Exception e = assertThrows(Exception.class, () -> new LiquibaseRunner(dir.resolve("steps"), url, user, "")
                        .update(ChangelogFolder.ROOT_MASTER));
                String message = fullMessage(e);
                assertTrue(message.contains("RedirectUris.RedirectUri: 3 rows longer than 400 characters; shorten them first"),
                        message);
                try (Connection c = DriverManager.getConnection(url, user, ""); Statement cs = c.createStatement()) {
                    assertEquals(3, count(cs, "SELECT COUNT(*) FROM " + table + " WHERE CHAR_LENGTH(" + q + "RedirectUri"
                            + q + ") > 400"));
                }
            } finally {
                s.execute("DROP DATABASE " + db);
            }
        }
    }
}
