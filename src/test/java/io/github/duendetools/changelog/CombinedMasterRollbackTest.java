package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a DBA does with Liquibase's own commands on a changelog folder written for a 6.0 project and moved to 7.0
 * (baseline 6.0 and three steps in one folder, both stores in one database): roll both stores back through the
 * combined master, one store through its own master, tag the database between upgrades, and ask for the status.
 */
@Slow
class CombinedMasterRollbackTest {

    private static final String ROOT = ChangelogFolder.ROOT_MASTER;
    private static final String CONFIGURATION = ChangelogFolder.masterFileName(Store.CONFIGURATION);
    private static final String OPERATIONAL = ChangelogFolder.masterFileName(Store.OPERATIONAL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void combinedTagsRollBackBothStoresTogetherAndKeepTheOperationalRows(String engine) throws Exception {
        onUpdatedDatabase(engine, (db, lb) -> {
            assertTrue(lb.status(ROOT).contains("is up to date"), "status after update: " + lb.status(ROOT));

            lb.rollbackToTag(ROOT, "duende-6.3");
            assertEquals(20, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")), "grants kept");
            assertEquals(5, db.count("SELECT COUNT(*) FROM " + db.q("ServerSideSessions")), "sessions kept");
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + db.q("DeviceCodes")));
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + db.q("Keys")));
            assertFalse(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "configuration back at 6.3");
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"), "operational back at 6.3");
            assertTrue(db.hasColumn("Clients", "CoordinateLifetimeWithUserSession"), "configuration still at 6.1 or later");

            // Liquibase rolls a changeset holding only a tagDatabase back together with the tag it set (its XML schema
            // allows nothing beside a tagDatabase): the tag is gone, and update-to-tag puts it back without any DDL.
            Exception gone = assertThrows(Exception.class, () -> lb.rollbackToTag(ROOT, "duende-6.3"));
            assertTrue(fullMessage(gone).contains("Could not find tag 'duende-6.3'"), fullMessage(gone));
            lb.updateToTag(ROOT, "duende-6.3");
            assertFalse(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "update-to-tag ran no step");
            lb.rollbackToTag(ROOT, "duende-6.3");
            assertEquals(20, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
            assertFalse(db.hasColumn("Clients", "PushedAuthorizationLifetime"));

            lb.update(ROOT);
            assertTrue(db.hasColumn("Clients", "PushedAuthorizationLifetime"));
            assertTrue(db.hasColumn("PushedAuthorizationRequests", "Id"));
            assertEquals(20, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void aDbaTagAfterAnUpdateLeavesThePluginTagsInPlace(String engine) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            if (engine.equals("sqlite")) {
                // SQLite's history timestamps have one-second resolution, and Liquibase's tag command there tags
                // every row of the last second: the documented practice is a tagDatabase changeset of your own.
                lb.tag("release-41");
                assertEquals(0, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE TAG = 'duende-7.0'"));
                lb.rollbackToTag(ROOT, "release-41");
                lb.updateToTag(ROOT, "duende-7.0");
                lb.update(ROOT);
                java.nio.file.Files.writeString(changelogs.resolve("release-42.xml"), OwnTag.changelog("release-42"));
                lb.update("release-42.xml");
            } else {
                lb.tag("release-42");
            }
            assertEquals(1, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE TAG = 'duende-7.0'"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE TAG = 'release-42'"));

            lb.rollbackToTag(ROOT, "release-42");
            assertTrue(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "rollback to the DBA's own tag changes nothing");
            lb.rollbackToTag(ROOT, "duende-6.3");
            assertFalse(db.hasColumn("Clients", "PushedAuthorizationLifetime"));
            lb.update(ROOT);
            if (!engine.equals("sqlite")) {
                lb.tag("release-43");
            }

            // the same through one store's master
            lb.rollbackToTag(OPERATIONAL, "duende-7.0-operational");
            lb.rollbackToTag(OPERATIONAL, "duende-6.3-operational");
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void aStoreMasterRollsBackItsStoreAloneInASharedDatabase(String engine) throws Exception {
        onUpdatedDatabase(engine, (db, lb) -> {
            db.execute("INSERT INTO " + db.q("PushedAuthorizationRequests") + " (" + db.q("ReferenceValueHash") + ", "
                    + db.q("ExpiresAtUtc") + ", " + db.q("Parameters") + ") VALUES ('h', '2030-01-01 00:00:00', 'p')");

            lb.rollbackToTag(CONFIGURATION, "duende-6.3-configuration");
            assertFalse(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "configuration back at 6.3");
            assertEquals(1, db.count("SELECT COUNT(*) FROM " + db.q("PushedAuthorizationRequests")), "operational untouched");
            assertEquals(20, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
            lb.update(CONFIGURATION);
            assertTrue(db.hasColumn("Clients", "PushedAuthorizationLifetime"));
            assertTrue(lb.status(ROOT).contains("is up to date"), lb.status(ROOT));
        });
    }

    /**
     * A database that ran the combined master of the first release (every configuration file, then every operational
     * one) keeps working: the new combined master runs only its tag for the generation the database stands at and its
     * empty changesets, offers no combined tag it cannot place truthfully, and the store masters still roll one store
     * back alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void aDatabaseThatRanTheFirstReleaseLayoutKeepsWorking(String engine) throws Exception {
        Path changelogs = folder6To7();
        FirstReleaseLayout.rewriteMasters(changelogs);
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            insertOperationalRows(db);
            long ran = db.count("SELECT COUNT(*) FROM " + db.history());

            new ChangelogGenerator().generate("7.0", "7.0", ChangelogOptions.defaults(changelogs));
            String status = lb.status(ROOT);
            assertTrue(status.contains("5 changesets have not been applied"), status);
            lb.update(ROOT);
            assertEquals(ran + 5, db.count("SELECT COUNT(*) FROM " + db.history()), "the 7.0 tag and four empty changesets");
            assertEquals(5, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE ID = 'duende-7.0-tag'"
                    + " OR (FILENAME LIKE '%duende-changelog.xml' AND DESCRIPTION = 'empty')"));

            Exception none = assertThrows(Exception.class, () -> lb.rollbackToTag(ROOT, "duende-6.3"));
            assertTrue(fullMessage(none).contains("Could not find tag 'duende-6.3'"), fullMessage(none));
            assertTrue(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "a refused rollback changes nothing");

            lb.rollbackToTag(OPERATIONAL, "duende-6.3-operational");
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"));
            assertTrue(db.hasColumn("Clients", "PushedAuthorizationLifetime"), "configuration untouched");
            assertEquals(20, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
            lb.update(ROOT);
            assertTrue(db.hasColumn("PushedAuthorizationRequests", "Id"));
            assertTrue(lb.status(ROOT).contains("is up to date"), lb.status(ROOT));
        }
    }

    private interface DatabaseWork {
        void run(TestEngines db, LiquibaseRunner liquibase) throws Exception;
    }

    /** A fresh database on the engine, updated through the combined master of {@link #folder6To7()}, with rows. */
    private void onUpdatedDatabase(String engine, DatabaseWork work) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            insertOperationalRows(db);
            work.run(db, lb);
        }
    }

    private Path folder6To7() throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(changelogs));
        return changelogs;
    }

    private static void insertOperationalRows(TestEngines db) throws Exception {
        for (int i = 0; i < 20; i++) {
            db.execute("INSERT INTO " + db.q("PersistedGrants") + " (" + db.q("Key") + ", " + db.q("Type") + ", "
                    + db.q("ClientId") + ", " + db.q("CreationTime") + ", " + db.q("Data") + ") VALUES ('k" + i
                    + "', 'refresh_token', 'c', '2024-01-01 00:00:00', 'd')");
        }
        for (int i = 0; i < 5; i++) {
            db.execute("INSERT INTO " + db.q("ServerSideSessions") + " (" + db.q("Key") + ", " + db.q("Scheme") + ", "
                    + db.q("SubjectId") + ", " + db.q("Created") + ", " + db.q("Renewed") + ", " + db.q("Data")
                    + ") VALUES ('s" + i + "', 'cookie', 'alice', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'x')");
        }
    }
}
