package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.inspect.StepCost;
import io.github.duendetools.inspect.StepCost.How;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The cost section over the longest path a 5.0 database can take (to 8.0): every step with a schema change is
 * listed, with the table it touches, how (metadata-only, new table, index build, full table copy) and the
 * strategy offered, on an embedded engine and on PostgreSQL.
 */
@Slow
class InspectCostPathTest {

    /** step, store, table, how: one characteristic change of each schema step. */
    private static final List<Object[]> EXPECTED = List.of(
            new Object[] {"5.0 -> 5.1", Store.OPERATIONAL, "PersistedGrants", How.INDEX_BUILD},
            new Object[] {"5.1 -> 5.2", Store.CONFIGURATION, "IdentityProviders", How.NEW_TABLE},
            new Object[] {"5.2 -> 6.0", Store.CONFIGURATION, "ClientRedirectUris", How.TABLE_COPY},
            new Object[] {"5.2 -> 6.0", Store.CONFIGURATION, "Clients", How.METADATA},
            new Object[] {"6.0 -> 6.1", Store.OPERATIONAL, "PersistedGrants", How.TABLE_COPY},
            new Object[] {"6.0 -> 6.1", Store.OPERATIONAL, "ServerSideSessions", How.NEW_TABLE},
            new Object[] {"6.1 -> 6.3", Store.CONFIGURATION, "Clients", How.METADATA},
            new Object[] {"6.3 -> 7.0", Store.OPERATIONAL, "ServerSideSessions", How.TABLE_COPY},
            new Object[] {"6.3 -> 7.0", Store.OPERATIONAL, "PushedAuthorizationRequests", How.NEW_TABLE},
            new Object[] {"7.0 -> 8.0", Store.CONFIGURATION, "SamlServiceProviders", How.NEW_TABLE},
            new Object[] {"7.0 -> 8.0", Store.OPERATIONAL, "SamlLogoutSessions", How.NEW_TABLE});

    static void everyStepIsCosted(Engine engine, String keyMoveStrategy) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Naming naming = InspectTesting.build(db, "5.0", ProofVariant.DEFAULTS, false);
            Map<Store, StoreReport> reports = InspectTesting.inspectReadOnly(db, naming,
                    InspectTesting.options(naming, ProofVariant.DEFAULTS, false).withTarget("8.0"));
            List<String> missing = new ArrayList<>();
            for (Object[] e : EXPECTED) {
                List<StepCost> costs = reports.get((Store) e[1]).costs();
                if (costs.stream().noneMatch(c -> c.step().equals(e[0]) && c.table().equals(e[2]) && c.how() == e[3])) {
                    missing.add(e[0] + " " + e[1] + " " + e[2] + " " + e[3]);
                }
            }
            assertEquals(List.of(), missing, engine + ": " + reports.get(Store.OPERATIONAL).costs());
            StepCost keyMove = reports.get(Store.OPERATIONAL).costs().stream()
                    .filter(c -> c.change().startsWith("move the primary key")).findFirst().orElseThrow();
            assertTrue(keyMove.detail().contains(keyMoveStrategy), keyMove.detail());
            StepCost shrink = reports.get(Store.CONFIGURATION).costs().stream()
                    .filter(c -> c.change().equals("shorten column RedirectUri")).findFirst().orElseThrow();
            assertTrue(shrink.detail().contains("stops if there are any"), shrink.detail());
            // A step that changes nothing in a store (6.1 -> 6.3 operational) lists nothing for it.
            assertTrue(reports.get(Store.OPERATIONAL).costs().stream().noneMatch(c -> c.step().equals("6.1 -> 6.3")));
        }
    }

    @Test
    void onH2() throws Exception {
        everyStepIsCosted(Engine.H2, "table rewrite under an exclusive lock");
    }

    @Nested
    @RequiresServer(Engine.POSTGRESQL)
    class OnPostgresql {
        @Test
        void everyStep() throws Exception {
            everyStepIsCosted(Engine.POSTGRESQL, "duende.lowLock=true");
        }
    }
}
