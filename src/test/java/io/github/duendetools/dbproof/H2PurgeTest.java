package io.github.duendetools.dbproof;

/** The purge proven on H2. */
class H2PurgeTest extends PurgeProof {
    @Override
    Engine engine() {
        return Engine.H2;
    }
}
