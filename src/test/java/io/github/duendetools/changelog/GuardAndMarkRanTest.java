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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
class GuardAndMarkRanTest {

    @TempDir
    Path dir;

    @Test
    void redirectUriShrinkHaltsWithTheNumberOfLongerValues() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            new ChangelogGenerator().baseline("5.2", ChangelogOptions.defaults(dir.resolve("base")));
            new ChangelogGenerator().generate("5.2", "6.0", ChangelogOptions.defaults(dir.resolve("steps")));
            new LiquibaseRunner(dir.resolve("base"), url, null, null).update(ChangelogFolder.ROOT_MASTER);
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (int i = 0; i < 3; i++) {
                s.executeUpdate("INSERT INTO \"ClientRedirectUris\" (\"RedirectUri\", \"ClientId\") VALUES ('https://x/"
                        + "a".repeat(450 + i) + "', 1)");
            }
            s.executeUpdate("INSERT INTO \"ClientRedirectUris\" (\"RedirectUri\", \"ClientId\") VALUES ('https://short', 1)");
            Exception e = assertThrows(Exception.class,
                    () -> new LiquibaseRunner(dir.resolve("steps"), url, null, null).update(ChangelogFolder.ROOT_MASTER));
            String message = fullMessage(e);
            assertTrue(message.contains("ClientRedirectUris.RedirectUri: 3 rows longer than 400 characters; shorten them first"),
                    message);
            assertEquals(4, count(s, "SELECT COUNT(*) FROM \"ClientRedirectUris\""));
            assertEquals(3, count(s, "SELECT COUNT(*) FROM \"ClientRedirectUris\" WHERE LENGTH(\"RedirectUri\") > 400"));
        }
    }

    @Test
    void databaseEfAlreadyMigratedIsMarkedRan() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            new ChangelogGenerator().baseline("8.0", ChangelogOptions.defaults(dir.resolve("ef")));
            new LiquibaseRunner(dir.resolve("ef"), url, null, null).update(ChangelogFolder.ROOT_MASTER);
            // what EF leaves behind: the schema, but no Liquibase history
            s.execute("DROP TABLE DATABASECHANGELOG");
            s.execute("DROP TABLE DATABASECHANGELOGLOCK");
            new ChangelogGenerator().generate("5.2", "8.0", ChangelogOptions.defaults(dir.resolve("steps")));
            new LiquibaseRunner(dir.resolve("steps"), url, null, null).update(ChangelogFolder.ROOT_MASTER);
            long executed = count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'EXECUTED'");
            long marked = count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'MARK_RAN'");
            assertTrue(marked > 80, "marked ran: " + marked);
            // only the tags run; the shrink and widen changesets see the column already shortened and widened
            assertEquals(executed, count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'EXECUTED'"
                    + " AND ID LIKE '%-tag'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE = 'MARK_RAN'"
                    + " AND ID = 'duende-7.0-operational-serversidesessions-id-long'"));
        }
    }
}
