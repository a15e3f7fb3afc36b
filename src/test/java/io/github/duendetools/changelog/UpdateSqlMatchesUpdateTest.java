package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.command.CommandScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What README says about reviewing SQL, proven with Liquibase's own commands on a database EF created (its tables up
 * to 6.3, no Liquibase history): a live update-sql tests the changesets' preconditions as update does, so it prints
 * no CREATE for what exists and marks ran, and executes, exactly the changesets update then marks ran and executes.
 * A guard that halts update halts a live update-sql too. Liquibase's offline update-sql still prints every
 * changeset, byte for byte as the plugin's preview.
 */
@Slow
class UpdateSqlMatchesUpdateTest {

    private static final String ROOT = ChangelogFolder.ROOT_MASTER;
    /** One history row written by update-sql: the changeset id, then (after its other values) how it ran. */
    private static final Pattern HISTORY_ROW = Pattern.compile(
            "VALUES \\('([^']+)', 'duende-maven-plugin', .*?'(EXECUTED|MARK_RAN)'", Pattern.DOTALL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void liveUpdateSqlPrintsWhatUpdateRuns(String engine) throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(changelogs));
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.updateToTag(ROOT, "duende-6.3");
            db.execute("DROP TABLE " + db.history());
            db.execute("DROP TABLE " + db.history() + (engine.equals("postgresql") ? "lock" : "LOCK"));

            String sql = liveUpdateSql(changelogs, db);
            Map<String, String> printed = new TreeMap<>();
            Matcher row = HISTORY_ROW.matcher(sql);
            while (row.find()) {
                printed.put(row.group(1), row.group(2));
            }
            for (String existing : new String[] {"Clients", "PersistedGrants", "Keys"}) {
                assertFalse(sql.contains("CREATE TABLE " + db.q(existing) + " ("), existing + " exists: " + sql);
            }
            assertTrue(sql.contains("CREATE TABLE " + db.q("PushedAuthorizationRequests") + " ("), "new in 7.0");
            assertTrue(printed.containsValue("MARK_RAN") && printed.containsValue("EXECUTED"), printed.toString());
            assertEquals("MARK_RAN", printed.get("duende-6.0-configuration-baseline-clients-table"), printed.toString());

            lb.update(ROOT);
            assertEquals(printed, history(db), "update-sql marked ran and executed what update then did");
        }
    }

    @Test
    void liveUpdateSqlHaltsWhereUpdateHalts() throws Exception {
        Path base = dir.resolve("base");
        Path steps = dir.resolve("steps");
        new ChangelogGenerator().baseline("5.2", ChangelogOptions.defaults(base));
        new ChangelogGenerator().generate("5.2", "6.0", ChangelogOptions.defaults(steps));
        try (TestEngines db = TestEngines.create("h2", dir)) {
            db.liquibase(base).update(ROOT);
            db.execute("SET REFERENTIAL_INTEGRITY FALSE");
            db.execute("INSERT INTO \"ClientRedirectUris\" (\"RedirectUri\", \"ClientId\") VALUES ('https://x/"
                    + "a".repeat(450) + "', 1)");
            String halt = "ClientRedirectUris.RedirectUri: 1 rows longer than 400 characters; shorten them first";
            Exception sql = assertThrows(Exception.class, () -> liveUpdateSql(steps, db));
            assertTrue(fullMessage(sql).contains(halt), fullMessage(sql));
            Exception update = assertThrows(Exception.class, () -> db.liquibase(steps).update(ROOT));
            assertTrue(fullMessage(update).contains(halt), fullMessage(update));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mssql", "oracle", "mysql", "h2"})
    void offlineUpdateSqlStillPrintsEveryChangesetAsThePreview(String dbms) throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(changelogs));
        String liquibase = LiquibaseOfflineSql.render(changelogs, ROOT, dbms, dir.resolve("scratch"));
        assertEquals(liquibase, SqlPreviewWriter.render(changelogs, ROOT, dbms));
        assertTrue(liquibase.contains("CREATE TABLE"), "offline, nothing is known to exist");
    }

    private static String liveUpdateSql(Path changelogs, TestEngines db) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LiquibaseScope.run(changelogs, () -> {
            CommandScope command = new CommandScope("updateSql").addArgumentValue("url", db.url)
                    .addArgumentValue("changelogFile", ROOT).setOutput(out);
            if (db.user != null) {
                command.addArgumentValue("username", db.user).addArgumentValue("password", "");
            }
            command.execute();
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> history(TestEngines db) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ID, EXECTYPE FROM " + db.history())) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
            }
        }
        return rows;
    }
}
