package io.github.duendetools.dbproof;

/** Liquibase killed during the 6.1 step on SQLite. */
class SqliteKilledUpdateTest extends KilledUpdateMatrix {
    @Override
    Engine engine() {
        return Engine.SQLITE;
    }
}
