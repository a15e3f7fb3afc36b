package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import liquibase.command.CommandScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README says about reviewing SQL, proven with Liquibase's own update-sql: it skips the changelogs'
 * preconditions, so on a database EF created it prints CREATE TABLE for tables that exist; onSqlOutput="TEST" would
 * make a live update-sql tell the truth, but Liquibase's offline update-sql fails with it, which is why the changelogs
 * keep the default. When a Liquibase upgrade makes the offline run work, this test fails: then emit TEST.
 */
class SqlOutputPreconditionsTest {

    @TempDir
    Path dir;

    @Test
    void updateSqlSkipsPreconditionsAndTestingThemBreaksOfflineUpdateSql() throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url)) {
            // a database EF created: the tables, no Liquibase history
            new LiquibaseRunner(changelogs, url, null, null).update(ChangelogGenerator.ROOT_MASTER);
            try (Statement s = keep.createStatement()) {
                s.execute("DROP TABLE DATABASECHANGELOG");
            }
            String live = liveUpdateSql(changelogs, url);
            assertTrue(live.contains("CREATE TABLE \"Clients\""), "update-sql prints tables that exist");

            Path testing = dir.resolve("testing");
            copyWithTestedPreconditions(changelogs, testing);
            String tested = liveUpdateSql(testing, url);
            assertFalse(tested.contains("CREATE TABLE \"Clients\""), "with TEST, a live update-sql skips what exists");
            assertTrue(tested.contains("'MARK_RAN'"), "and marks it ran, as update does");

            Exception offline = assertThrows(Exception.class, () -> LiquibaseOfflineSql.render(testing,
                    ChangelogGenerator.ROOT_MASTER, "postgresql", dir.resolve("scratch")));
            assertTrue(fullMessage(offline).contains("OfflineConnection"), fullMessage(offline));
        }
    }

    private static String liveUpdateSql(Path changelogs, String url) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LiquibaseScope.run(changelogs, () -> new CommandScope("updateSql").addArgumentValue("url", url)
                .addArgumentValue("changelogFile", ChangelogGenerator.ROOT_MASTER).setOutput(out).execute());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void copyWithTestedPreconditions(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, Files.readString(p).replace("<preConditions onFail=\"MARK_RAN\"",
                        "<preConditions onSqlOutput=\"TEST\" onFail=\"MARK_RAN\""));
            }
        }
    }
}
