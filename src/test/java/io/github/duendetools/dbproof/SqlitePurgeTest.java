package io.github.duendetools.dbproof;

/** The purge proven on SQLite. */
class SqlitePurgeTest extends PurgeProof {
    @Override
    Engine engine() {
        return Engine.SQLITE;
    }
}
