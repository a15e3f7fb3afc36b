package io.github.duendetools.dbproof;

/** Every changelog proven on SQLite (xerial driver, temporary file). */
class SqliteChangelogProofTest extends ChangelogProofMatrix {
    @Override
    Engine engine() {
        return Engine.SQLITE;
    }
}
