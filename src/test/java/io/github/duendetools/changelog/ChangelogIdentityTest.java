package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.Engine;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.Inspector;
import io.github.duendetools.inspect.ReadOnlyConnection;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.inspect.SystemTables;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A changeset's identity does not depend on where the changelog folder sits or how it is reached: the folder applied
 * through itself (the Maven plugin with {@code searchPath} set to it) and through its parent (the CLI from another
 * folder, a class path) is one history. A database that ran the first release's files through the folder keeps its
 * history when {@code migrate} gives those files their logical path; one that ran them under two paths is named by
 * {@code inspect}.
 */
@Slow
class ChangelogIdentityTest {

    private static final String ROOT = ChangelogFolder.ROOT_MASTER;

    @TempDir
    Path parent;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void theFolderThroughItselfAndThroughItsParentIsOneHistory(String engine) throws Exception {
        Path folder = write();
        try (TestEngines db = TestEngines.create(engine, parent)) {
            db.liquibase(folder).update(ROOT);
            long rows = rows(db);
            LiquibaseRunner throughParent = db.liquibase(parent);
            assertTrue(throughParent.status("duende/" + ROOT).contains("is up to date"), throughParent.status("duende/" + ROOT));
            throughParent.update("duende/" + ROOT);
            assertEquals(rows, rows(db), "history rows after the update through the parent");
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE FILENAME LIKE 'duende/%'"));
        }
    }

    @Test
    void aDatabaseThatRanTheFirstReleasesFilesKeepsItsHistoryWhenMigrateGivesThemTheirLogicalPath() throws Exception {
        Path folder = write();
        asFirstRelease(folder);
        try (TestEngines db = TestEngines.create("h2", parent)) {
            db.liquibase(folder).update(ROOT);
            long rows = rows(db);

            GeneratedSteps again = new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(folder));
            assertEquals(7, again.filesWritten().size(), "every file gets the new header: " + again.filesWritten());
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                    String xml = Files.readString(f, StandardCharsets.UTF_8);
                    String inside = folder.relativize(f).toString().replace('\\', '/');
                    assertEquals(ChangelogXmlWriter.withLogicalPaths(FirstReleaseLayout.asReleased(xml), inside), xml, f.toString());
                    assertTrue(xml.startsWith(ChangelogXmlWriter.HEADER), f + ":\n" + xml);
                    assertTrue(xml.contains(" logicalFilePath=\"" + inside + "\">"), f + ":\n" + xml);
                }
            }

            // Liquibase validates every stored checksum before it runs: the header is outside all of them.
            db.liquibase(folder).update(ROOT);
            db.liquibase(parent).update("duende/" + ROOT);
            assertEquals(rows, rows(db));
        }
    }

    @Test
    void inspectNamesAHistoryRecordedUnderTwoPaths() throws Exception {
        Path folder = write();
        asFirstRelease(folder);
        try (TestEngines db = TestEngines.create("h2", parent)) {
            db.liquibase(folder).update(ROOT);
            long once = rows(db);
            db.liquibase(parent).update("duende/" + ROOT);
            assertEquals(2 * once, rows(db), "the first release's files ran again through the parent");

            Map<Store, StoreReport> reports = inspect(db.url);
            List<String> problems = reports.get(Store.OPERATIONAL).history().pathProblems();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("recorded under more than one path (operational/baseline-6.0.xml and"
                    + " duende/operational/baseline-6.0.xml)"), problems.get(0));
            assertTrue(problems.get(1).contains("UPDATE DATABASECHANGELOG SET FILENAME = SUBSTR(FILENAME, 8) WHERE AUTHOR"
                    + " = 'duende-maven-plugin' AND SUBSTR(FILENAME, 1, 7) = 'duende/'"), problems.get(1));

            // what it says to do, done: the later run's rows deleted, then nothing left to fix and nothing to run
            db.execute("DELETE FROM DATABASECHANGELOG WHERE FILENAME LIKE 'duende/%'");
            assertEquals(List.of(), inspect(db.url).get(Store.OPERATIONAL).history().pathProblems());
            assertEquals(once, rows(db));
        }
    }

    private Path write() throws Exception {
        Path folder = parent.resolve("duende");
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.baseline("6.0", ChangelogOptions.defaults(folder));
        generator.generate("6.0", "6.1", ChangelogOptions.defaults(folder));
        return folder;
    }

    /** The files as the first releases wrote them: no logical path. */
    private static void asFirstRelease(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(f, FirstReleaseLayout.asReleased(xml), StandardCharsets.UTF_8);
            }
        }
    }

    private static long rows(TestEngines db) throws Exception {
        return db.count("SELECT COUNT(*) FROM " + db.history());
    }

    private static Map<Store, StoreReport> inspect(String url) throws Exception {
        SystemTables catalog = Engine.H2.systemTables(30);
        Connection connection = ReadOnlyConnection.open(DriverManager.getDriver(url), url, null, "", catalog);
        try {
            return new Inspector(DuendeSchema.load(), catalog).inspect(connection, InspectOptions.defaults());
        } finally {
            ReadOnlyConnection.close(connection);
        }
    }
}
