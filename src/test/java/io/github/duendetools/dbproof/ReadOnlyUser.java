package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A login on a test database that may read and nothing else (no table, schema, temporary-table or row writes),
 * created for one test and dropped after it. {@link #proveReadOnly} checks that the server really refuses it a write,
 * so a test that passes as this user proves that inspect needs no write privilege.
 */
final class ReadOnlyUser implements AutoCloseable {
    static final String PASSWORD = "s3cret-Inspect-pw";

    private final TestDatabase db;
    private final String name;

    private ReadOnlyUser(TestDatabase db, String name) {
        this.db = db;
        this.name = name;
    }

    /** @param namespaces the schemas (MariaDB: databases) whose tables the user may read */
    static ReadOnlyUser create(TestDatabase db, List<String> namespaces) throws SQLException {
        String name = "inspect_ro_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        switch (db.engine()) {
            case POSTGRESQL -> {
                admin(TestDatabase.POSTGRES_ADMIN_URL, "postgres", "CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "'");
                db.execute("REVOKE ALL ON DATABASE " + db.name() + " FROM PUBLIC",
                        "GRANT CONNECT ON DATABASE " + db.name() + " TO " + name,
                        "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                for (String ns : namespaces) {
                    db.execute("GRANT USAGE ON SCHEMA \"" + ns + "\" TO " + name,
                            "GRANT SELECT ON ALL TABLES IN SCHEMA \"" + ns + "\" TO " + name);
                }
            }
            case MARIADB -> {
                admin(TestDatabase.MARIADB_ADMIN_URL, "root", "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
                for (String ns : namespaces) {
                    admin(TestDatabase.MARIADB_ADMIN_URL, "root", "GRANT SELECT ON `" + ns + "`.* TO '" + name + "'@'%'");
                }
            }
            default -> throw new IllegalArgumentException("read-only users are made on the servers only");
        }
        return new ReadOnlyUser(db, name);
    }

    String name() {
        return name;
    }

    /** The server refuses this user a new table and a row change. */
    void proveReadOnly(String url, String qualifiedTable) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, name, PASSWORD); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE inspect_probe (id int)"));
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM " + qualifiedTable));
        }
    }

    @Override
    public void close() throws SQLException {
        switch (db.engine()) {
            case POSTGRESQL -> {
                db.execute("DROP OWNED BY " + name);
                admin(TestDatabase.POSTGRES_ADMIN_URL, "postgres", "DROP ROLE IF EXISTS " + name);
            }
            case MARIADB -> admin(TestDatabase.MARIADB_ADMIN_URL, "root", "DROP USER IF EXISTS '" + name + "'@'%'");
            default -> {
            }
        }
    }

    private static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
