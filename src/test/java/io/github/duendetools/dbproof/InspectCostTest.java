package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.database.Strategy;
import io.github.duendetools.inspect.StepCost;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The cost section on a populated 6.0 database: the 6.1 key move on PersistedGrants is a full table copy, sized from
 * the engine's own statistics (refreshed by ANALYZE as a DBA's maintenance would), with the strategy the plugin offers
 * on that database; the 6.1 index builds and new tables are named too.
 */
@Slow
class InspectCostTest {
    private static final int ROWS = 20_000;

    static StoreReport operationalAt60With(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = InspectTesting.build(db, "6.0", ProofVariant.DEFAULTS, false);
            String cols = "(\"Key\", \"Type\", \"ClientId\", \"CreationTime\", \"Data\")";
            switch (engine) {
                case POSTGRESQL -> db.execute("INSERT INTO \"PersistedGrants\" " + cols + " SELECT 'k' || g, 'refresh_token',"
                        + " 'client', now(), 'data' FROM generate_series(1, " + ROWS + ") g", "ANALYZE \"PersistedGrants\"");
                case MARIADB -> db.execute("INSERT INTO `PersistedGrants` " + cols.replace('"', '`') + " SELECT CONCAT('k', seq),"
                        + " 'refresh_token', 'client', NOW(6), 'data' FROM seq_1_to_" + ROWS, "ANALYZE TABLE `PersistedGrants`");
                case H2 -> db.execute("INSERT INTO \"PersistedGrants\" " + cols + " SELECT 'k' || X, 'refresh_token', 'client',"
                        + " CURRENT_TIMESTAMP, 'data' FROM SYSTEM_RANGE(1, " + ROWS + ")", "ANALYZE");
                case SQLITE -> db.execute("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < " + ROWS + ")"
                        + " INSERT INTO \"PersistedGrants\" " + cols + " SELECT 'k' || x, 'refresh_token', 'client',"
                        + " '2024-01-01 00:00:00', 'data' FROM s", "ANALYZE");
            }
            return InspectTesting.inspectReadOnly(db, naming, InspectTesting.options(naming, ProofVariant.DEFAULTS, false)
                    .withTarget("6.1")).get(Store.OPERATIONAL);
        }
    }

    static void keyMoveIsSizedFromStatistics(Engine engine, String strategy, boolean sizes) throws Exception {
        StoreReport op = operationalAt60With(engine);
        List<StepCost> costs = op.costs();
        StepCost move = costs.stream().filter(c -> c.change().startsWith("move the primary key")).findFirst().orElseThrow();
        assertEquals("6.0 -> 6.1", move.step());
        assertEquals("PersistedGrants", move.table());
        assertEquals("move the primary key from Key to a new identity column Id", move.change());
        assertEquals(StepCost.How.TABLE_COPY, move.how());
        // InnoDB samples its estimate; the others count exactly at ANALYZE
        assertTrue(Math.abs(move.stats().rows() - ROWS) <= ROWS / 2, engine + " rows " + move.stats().rows());
        assertEquals(sizes, move.stats().bytes() > 0, engine + " bytes " + move.stats().bytes());
        assertTrue(move.detail().contains(strategy), move.detail());
        // Without duende.lowLock the key move blocks writers everywhere; the estimate scales the benchmark's figure
        // (measured on PostgreSQL and MariaDB only) by the row count the statistics give.
        assertEquals(Strategy.BLOCKING, move.strategy());
        boolean measured = engine == Engine.POSTGRESQL || engine == Engine.MARIADB;
        if (!measured) {
            assertEquals(null, move.blocking().seconds(), move.blocking().text());
        } else {
            String basis = move.blocking().basis();
            assertTrue(basis.matches("[0-9.]+ s per million rows, measured on .+"), basis);
            double perMillion = Double.parseDouble(basis.substring(0, basis.indexOf(' ')));
            assertTrue(perMillion > 0, basis);
            assertEquals(perMillion * move.stats().rows() / 1_000_000.0, move.blocking().seconds(), 1e-9,
                    move.blocking().text());
        }
        assertTrue(costs.stream().anyMatch(c -> c.table().equals("ServerSideSessions") && c.how() == StepCost.How.NEW_TABLE),
                costs.toString());
    }

    @Test
    void onH2() throws Exception {
        keyMoveIsSizedFromStatistics(Engine.H2, "table rewrite under an exclusive lock", false);
    }

    @Test
    void onSqlite() throws Exception {
        keyMoveIsSizedFromStatistics(Engine.SQLITE, "table rebuilt into a copy", false);
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void keyMove() throws Exception {
            keyMoveIsSizedFromStatistics(Engine.POSTGRESQL, "duende.lowLock=true", true);
        }
    }

    @Nested
    @RequiresServer(Engine.MARIADB)
    class OnMariadb {
        @Test
        void keyMove() throws Exception {
            keyMoveIsSizedFromStatistics(Engine.MARIADB, "one table copy", true);
        }
    }
}
