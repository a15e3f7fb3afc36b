package io.github.duendetools.dbproof;

/** Every changelog proven on H2 (in memory, PostgreSQL-like logical shape). */
class H2ChangelogProofTest extends ChangelogProofMatrix {
    @Override
    Engine engine() {
        return Engine.H2;
    }

    @Override
    boolean provesCustomNaming() {
        return true;
    }
}
