package io.github.duendetools.dbproof;

import java.util.List;

/** Liquibase killed during the 6.1 step on H2 (in a file, as a second process needs it). */
class H2KilledUpdateTest extends KilledUpdateMatrix {
    @Override
    Engine engine() {
        return Engine.H2;
    }

    @Override
    List<String> runningOnPopulatedTables(ProofVariant variant) {
        // H2 commits each statement of the key move: the resumable changeset does it; the released one is marked ran.
        return List.of("duende-6.1-configuration-clients-coordinatelifetimewithusersession",
                "duende-6.1-operational-persistedgrants-id-pk-resumable", "duende-6.1-operational-ix-persistedgrants-key");
    }
}
