package io.github.duendetools.dbproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, uniquely named database on one engine, dropped again on close, so no test depends on another
 * or on test order. {@link #connect()} opens a new connection each time (Liquibase closes what it is given).
 */
final class TestDatabase implements AutoCloseable {
    static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    static {
        // The SQLite driver unpacks its native library into java.io.tmpdir, which the build points under target/.
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Engine engine;
    private final String name;
    private final String url;
    /** The SQLite file, or the folder of an H2 database on disk. */
    private final Path sqliteFile;
    private final Connection keepAlive;
    private final java.util.List<String> extraDatabases = new java.util.ArrayList<>();

    private TestDatabase(Engine engine, String name, String url, Path sqliteFile) throws SQLException {
        this.engine = engine;
        this.name = name;
        this.url = url;
        this.sqliteFile = sqliteFile;
        this.keepAlive = url.startsWith("jdbc:h2:mem:") ? DriverManager.getConnection(url) : null;
    }

    static TestDatabase create(Engine engine) {
        String name = newName();
        try {
            return switch (engine) {
                case H2 -> new TestDatabase(engine, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
                case SQLITE -> {
                    Path file = Files.createTempFile(name, ".db");
                    yield new TestDatabase(engine, name, "jdbc:sqlite:" + file, file);
                }
                case POSTGRESQL -> {
                    admin(POSTGRES_ADMIN_URL, "postgres", "CREATE DATABASE " + name);
                    yield new TestDatabase(engine, name, "jdbc:postgresql://127.0.0.1:5432/" + name, null);
                }
                case MARIADB -> {
                    admin(MARIADB_ADMIN_URL, "root", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                    yield new TestDatabase(engine, name, "jdbc:mariadb://127.0.0.1:3306/" + name, null);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + engine.displayName() + " database " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A database another process can open too: as {@link #create}, except that H2 lives in a file (closed whenever
     * no connection is open) instead of this JVM's memory.
     */
    static TestDatabase createShared(Engine engine) {
        if (engine != Engine.H2) {
            return create(engine);
        }
        String name = newName();
        try {
            Path dir = Files.createTempDirectory(name);
            return new TestDatabase(engine, name, "jdbc:h2:file:" + dir.resolve("db"), dir);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create H2 database " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newName() {
        return "dbproof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    String url() {
        return url;
    }

    /** The user {@link #connect()} logs in as (no password). */
    String user() {
        return switch (engine) {
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
            default -> "";
        };
    }

    Engine engine() {
        return engine;
    }

    String name() {
        return name;
    }

    /** The schema tables land in when the changelog names none: what the connection defaults to. */
    String defaultSchema() {
        return switch (engine) {
            case H2 -> "PUBLIC";
            case POSTGRESQL -> "public";
            case MARIADB -> name;
            case SQLITE -> null;
        };
    }

    /**
     * Creates a namespace for a custom default schema and gives its name: a schema on PostgreSQL and H2, a second
     * database on MariaDB (where schema and database are one thing), dropped with this one. SQLite has none: null.
     */
    String namespaceFor(String schema) {
        try {
            switch (engine) {
                case POSTGRESQL, H2 -> {
                    execute("CREATE SCHEMA \"" + schema + "\"");
                    return schema;
                }
                case MARIADB -> {
                    String database = name + "_" + schema;
                    admin(MARIADB_ADMIN_URL, "root", "CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
                    extraDatabases.add(database);
                    return database;
                }
                default -> {
                    return null;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " in " + name + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return switch (engine) {
            case H2, SQLITE -> {
                Connection connection = DriverManager.getConnection(url);
                if (engine == Engine.SQLITE) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("PRAGMA foreign_keys = ON");
                    }
                }
                yield connection;
            }
            case POSTGRESQL -> DriverManager.getConnection(url, "postgres", "");
            case MARIADB -> DriverManager.getConnection(url, "root", "");
        };
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of the first row of {@code sql}, as a number. */
    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        switch (engine) {
            case H2 -> {
                if (keepAlive != null) {
                    try (Statement statement = keepAlive.createStatement()) {
                        statement.execute("SHUTDOWN");
                    }
                    keepAlive.close();
                } else {
                    StepProof.deleteTree(sqliteFile);
                }
            }
            case SQLITE -> Files.deleteIfExists(sqliteFile);
            case POSTGRESQL -> admin(POSTGRES_ADMIN_URL, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> {
                for (String database : extraDatabases) {
                    admin(MARIADB_ADMIN_URL, "root", "DROP DATABASE IF EXISTS " + database);
                }
                admin(MARIADB_ADMIN_URL, "root", "DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private static void admin(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
