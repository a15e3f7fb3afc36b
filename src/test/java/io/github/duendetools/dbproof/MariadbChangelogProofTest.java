package io.github.duendetools.dbproof;

/**
 * Every changelog proven on the MariaDB server at 127.0.0.1:3306, also with a custom schema and renamed tables,
 * and with the low-lock changesets ({@code duende.lowLock}).
 */
@RequiresServer(Engine.MARIADB)
class MariadbChangelogProofTest extends ChangelogProofMatrix {
    @Override
    Engine engine() {
        return Engine.MARIADB;
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
