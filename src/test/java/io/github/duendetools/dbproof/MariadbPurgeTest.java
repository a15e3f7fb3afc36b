package io.github.duendetools.dbproof;

/** The purge proven on MariaDB. */
@RequiresServer(Engine.MARIADB)
class MariadbPurgeTest extends PurgeProof {
    @Override
    Engine engine() {
        return Engine.MARIADB;
    }
}
