package io.github.duendetools.dbproof;

import java.util.List;

/** Liquibase killed during the 6.1 step on the PostgreSQL server, with the default and the low-lock changesets. */
@RequiresServer(Engine.POSTGRESQL)
class PostgresqlKilledUpdateTest extends KilledUpdateMatrix {
    private static final String KEY_MOVE = "duende-6.1-operational-persistedgrants-id-pk";

    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    List<ProofVariant> variants() {
        return List.of(ProofVariant.DEFAULTS, ProofVariant.LOW_LOCK);
    }

    @Override
    List<String> runningOnPopulatedTables(ProofVariant variant) {
        if (!variant.lowLock()) {
            return super.runningOnPopulatedTables(variant);
        }
        // The copy changesets do the key move and the index; the released low-lock and default ones are marked ran.
        String copy = KEY_MOVE + "-online-copy-";
        return List.of("duende-6.1-configuration-clients-coordinatelifetimewithusersession",
                copy + "capture", copy + "rows", copy + "indexes", copy + "catch-up", copy + "swap");
    }
}
