package io.github.duendetools.dbproof;

/** The purge proven on PostgreSQL. */
@RequiresServer(Engine.POSTGRESQL)
class PostgresqlPurgeTest extends PurgeProof {
    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }
}
