package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.bench.GrantsWriter;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-lock 6.0 -> 6.1 key move on the MariaDB server while an application inserts, updates and deletes grants
 * throughout: every write commits, and afterwards every row is what the rows before and the writer's own log say,
 * none lost, duplicated or changed.
 */
@Slow
@RequiresServer(Engine.MARIADB)
class MariadbLowLockWriterTest {

    private static final int GRANTS = 30_000;

    @TempDir
    Path dir;

    @Test
    void everyConcurrentWriteCommitsAndEveryRowIsAccountedFor() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.MARIADB)) {
            new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir.resolve("base")));
            new LiquibaseRunner(dir.resolve("base"), ChangelogSource.MASTER).update(db);
            db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `SubjectId`, `SessionId`, `ClientId`, `Description`,"
                            + " `CreationTime`, `Expiration`, `ConsumedTime`, `Data`) SELECT sha2(seq, 256), 'refresh_token',"
                            + " IF(seq % 3 = 0, NULL, CONCAT('sub', seq % 1000)), IF(seq % 2 = 0, NULL, CONCAT('sid', seq)),"
                            + " CONCAT('client', seq % 50), IF(seq % 5 = 0, NULL, 'grant'),"
                            + " TIMESTAMP '2024-01-01 00:00:00.5' + INTERVAL seq SECOND,"
                            + " IF(seq % 4 = 0, NULL, TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE),"
                            + " IF(seq % 7 = 0, TIMESTAMP '2024-06-01 00:00:00' + INTERVAL seq SECOND, NULL),"
                            + " REPEAT('x', 100 + seq % 900) FROM seq_1_to_" + GRANTS,
                    "CREATE TABLE `grants_before` (PRIMARY KEY (`Key`)) SELECT * FROM `PersistedGrants`");
            Path steps = dir.resolve("steps");
            new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(steps).withLowLock(true));

            GrantsWriter.Result result;
            try (GrantsWriter writer = new GrantsWriter(db.connect(), 20240607L, 1)) {
                Thread.sleep(200);
                new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db);
                Thread.sleep(200);
                result = writer.finish();
                try (Connection c = db.connect()) {
                    assertEquals(0, writer.verify(c, "`grants_before`"), "rows not as the writer's log says");
                }
            }
            assertEquals("EXECUTED", LiquibaseRunner.execTypes(db)
                    .get("duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-copy"));
            assertEquals(0, result.failed(), "failed writes, the first: " + result.firstFailure());
            assertTrue(result.writes() >= 100, "writes during the update: " + result.writes());
            assertEquals(db.count("SELECT COUNT(*) FROM `PersistedGrants`"),
                    db.count("SELECT COUNT(DISTINCT `Id`) FROM `PersistedGrants`"));
            System.out.printf("[low-lock writer] %d writes, %d failed, blocked %.3f s (longest %.3f s)%n",
                    result.writes(), result.failed(), result.blockedSeconds(), result.longestSeconds());
        }
    }
}
