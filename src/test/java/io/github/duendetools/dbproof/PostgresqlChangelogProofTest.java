package io.github.duendetools.dbproof;

/**
 * Every changelog proven on the PostgreSQL server at 127.0.0.1:5432, also with a custom schema and renamed tables,
 * and with the low-lock changesets ({@code duende.postgresLowLock}).
 */
@RequiresServer(Engine.POSTGRESQL)
class PostgresqlChangelogProofTest extends ChangelogProofMatrix {
    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    boolean provesCustomNaming() {
        return true;
    }

    @Override
    boolean provesLowLock() {
        return true;
    }
}
