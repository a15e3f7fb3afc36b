package io.github.duendetools.changelog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, uniquely named database on one of the four engines the tests run against (H2 and SQLite embedded,
 * PostgreSQL and MariaDB on the local servers), dropped again on close; quoting and history-table name per engine.
 */
final class TestEngines implements AutoCloseable {

    final String engine;
    final String url;
    final String user;
    private final Connection keepAlive;
    private final Runnable drop;

    private TestEngines(String engine, String url, String user, Connection keepAlive, Runnable drop) {
        this.engine = engine;
        this.url = url;
        this.user = user;
        this.keepAlive = keepAlive;
        this.drop = drop;
    }

    static TestEngines create(String engine, Path dir) throws Exception {
        String name = "duende_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (engine) {
            case "h2" -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                Connection keep = DriverManager.getConnection(url);
                return new TestEngines(engine, url, null, keep, () -> { });
            }
            case "sqlite" -> {
                // The build points java.io.tmpdir at target/tmp; sqlite-jdbc unpacks its native library there.
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                return new TestEngines(engine, "jdbc:sqlite:" + dir.resolve(name + ".db"), null, null, () -> { });
            }
            case "postgresql", "mariadb" -> {
                String admin = engine.equals("postgresql") ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
                String user = engine.equals("postgresql") ? "postgres" : "root";
                Connection a = ServerConnections.adminOrSkip(engine, admin, user);
                try (Statement s = a.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
                return new TestEngines(engine, admin.replace("/test", "/" + name), user, a, () -> {
                    try (Statement s = a.createStatement()) {
                        s.execute("DROP DATABASE " + name);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            default -> throw new IllegalArgumentException(engine);
        }
    }

    /**
     * As {@link #create}, with H2 in a file instead of in memory, so that another JVM can open it once this one's
     * connections are closed.
     */
    static TestEngines createOnDisk(String engine, Path dir) throws Exception {
        if (!engine.equals("h2")) {
            return create(engine, dir);
        }
        String url = "jdbc:h2:file:" + dir.resolve("duende_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        return new TestEngines(engine, url, null, null, () -> { });
    }

    LiquibaseRunner liquibase(Path changelogs) {
        return new LiquibaseRunner(changelogs, url, user, user == null ? null : "");
    }

    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
    }

    String q(String name) {
        return engine.equals("mariadb") ? "`" + name + "`" : "\"" + name + "\"";
    }

    String history() {
        return engine.equals("postgresql") ? "databasechangelog" : "DATABASECHANGELOG";
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return Queries.count(s, sql);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    boolean hasColumn(String table, String column) throws SQLException {
        if (engine.equals("sqlite")) {
            // SQLite reads a double-quoted name it does not know as a string literal, so ask its catalog
            return count("SELECT COUNT(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'") == 1;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT " + q(column) + " FROM " + q(table) + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            drop.run();
        } finally {
            if (keepAlive != null) {
                keepAlive.close();
            }
        }
    }
}
