package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Liquibase killed during the 6.1 step on the MariaDB server. MariaDB finishes an ALTER TABLE whose client died while
 * it copies the table; a rerun that starts meanwhile must find the ALTER's work done and mark the key move ran, not run
 * it again (which fails with a duplicate column {@code Id}). For the key move the table gets extra rows, so the copy
 * lasts long enough for the rerun to meet it, and the test checks it did.
 */
@RequiresServer(Engine.MARIADB)
class MariadbKilledUpdateTest extends KilledUpdateMatrix {
    private static final String ONE_PASS = "duende-6.1-operational-persistedgrants-id-pk-one-pass";
    private static final int PADDING = 100_000;
    private static final String ALTER_RUNNING = "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
            + " AND COMMAND = 'Query' AND INFO LIKE 'ALTER TABLE `PersistedGrants`%' AND STATE <> 'Waiting for table metadata lock'";
    private static final String WAITING = "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
            + " AND STATE = 'Waiting for table metadata lock'";

    @Override
    Engine engine() {
        return Engine.MARIADB;
    }

    @Override
    List<String> runningOnPopulatedTables(ProofVariant variant) {
        // The one-pass key move builds the index too; the released key move and index are then marked ran.
        return List.of("duende-6.1-configuration-clients-coordinatelifetimewithusersession", ONE_PASS);
    }

    @Override
    void beforeUpdate(TestDatabase db, String changeset) throws Exception {
        if (changeset.equals(ONE_PASS)) {
            db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`)"
                    + " SELECT CONCAT('padding-', seq), 'padding', 'padding', now(), REPEAT('x', 2000) FROM seq_1_to_" + PADDING);
        }
    }

    @Override
    AutoCloseable afterKill(TestDatabase db, String changeset) throws Exception {
        if (!changeset.equals(ONE_PASS)) {
            return () -> { };
        }
        assertEquals(1, db.count(ALTER_RUNNING), "the killed client's ALTER TABLE still copies the table");
        boolean[] met = {false};
        Thread watch = new Thread(() -> {
            try {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (System.nanoTime() < end && !met[0] && db.count(ALTER_RUNNING) == 1) {
                    // The rerun, having reached the key move, waits for the table while the old ALTER copies it.
                    met[0] = db.count(WAITING) >= 1;
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "watch-rerun");
        watch.start();
        return () -> {
            watch.join();
            assertTrue(met[0], "the rerun never met the killed client's ALTER TABLE");
            assertEquals(PADDING, db.count("SELECT COUNT(*) FROM `PersistedGrants` WHERE `Type` = 'padding'"));
            db.execute("DELETE FROM `PersistedGrants` WHERE `Type` = 'padding'");
        };
    }
}
