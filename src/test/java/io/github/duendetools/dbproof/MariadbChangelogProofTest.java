package io.github.duendetools.dbproof;

/** Every changelog proven on the MariaDB server at 127.0.0.1:3306, also with a custom schema and renamed tables. */
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
}
