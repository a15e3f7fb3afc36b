package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * Liquibase killed during the 6.1 step with the low-lock changesets on the MariaDB server, at each stage of the
 * shadow-table key move: once the shadow exists, once a trigger exists, in the middle of the chunked copy (which the
 * server goes on running for the dead client), while the shadow's other indexes are built, right after the swap, and during the cleanup. {@code releaseLocks}
 * and a plain rerun must finish the move with every row, and leave nothing of it behind.
 */
@RequiresServer(Engine.MARIADB)
class MariadbLowLockKilledUpdateTest extends KilledUpdateMatrix {
    private static final String COPY = "duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-copy";
    private static final String CLEANUP = "duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-cleanup";
    private static final int PADDING = 60_000;
    private static final String TABLE_EXISTS = "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
            + " DATABASE() AND TABLE_NAME = ";

    @Override
    Engine engine() {
        return Engine.MARIADB;
    }

    @Override
    List<ProofVariant> variants() {
        return List.of(ProofVariant.LOW_LOCK);
    }

    @Override
    List<String> runningOnPopulatedTables(ProofVariant variant) {
        // The shadow table does the key move and the Key index; the one-pass, released and online-index ones are
        // then marked ran.
        return List.of("duende-6.1-configuration-clients-coordinatelifetimewithusersession", COPY, CLEANUP);
    }

    @Override
    List<String> killPoints(String changeset) {
        if (!changeset.equals(COPY)) {
            return List.of("");
        }
        return List.of(TABLE_EXISTS + "'PersistedGrants_new'",
                "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
                "SELECT COUNT(*) FROM `PersistedGrants_copy_at` WHERE `CopiedTo` IS NOT NULL",
                // Every row copied: the shadow's other indexes are being built.
                "SELECT COUNT(*) FROM `PersistedGrants_copy_at` WHERE `Finished` = 1",
                TABLE_EXISTS + "'PersistedGrants_old'");
    }

    @Override
    void beforeUpdate(TestDatabase db, String changeset) throws Exception {
        if (changeset.equals(COPY)) {
            // Enough rows for the chunked copy to last while the test kills it.
            db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`)"
                    + " SELECT CONCAT('padding-', seq), 'padding', 'padding', now(), REPEAT('x', 500) FROM seq_1_to_"
                    + PADDING);
        }
    }

    @Override
    AutoCloseable afterKill(TestDatabase db, String changeset) {
        return () -> {
            assertEquals(0, db.count(MariadbLowLockTest.leftovers()), "shadow-table objects left after the rerun");
            if (changeset.equals(COPY)) {
                assertEquals(PADDING, db.count("SELECT COUNT(*) FROM `PersistedGrants` WHERE `Type` = 'padding'"));
                assertEquals(PADDING, db.count("SELECT COUNT(DISTINCT `Id`) FROM `PersistedGrants` WHERE `Type` = 'padding'"));
                // The primary key, the Key index and the four the shadow gets after its copy.
                assertEquals(6, db.count("SELECT COUNT(DISTINCT INDEX_NAME) FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'PersistedGrants'"));
                db.execute("DELETE FROM `PersistedGrants` WHERE `Type` = 'padding'");
            }
        };
    }
}
