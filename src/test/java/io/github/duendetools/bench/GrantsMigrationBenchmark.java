package io.github.duendetools.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Section 1: the 6.0 → 6.1 {@code PersistedGrants} key change on a populated table, on PostgreSQL and
 * MariaDB. Each run starts from a fresh 6.0 copy; two probe connections measure how long readers and
 * writers are blocked. Writes {@code grants-<engine>.csv} and {@code grants-env-<engine>.csv}, one pair per engine so
 * that running one engine alone keeps the other's figures; reports, never asserts on time.
 */
@Tag("benchmark")
class GrantsMigrationBenchmark {
    /** Size and server version, taken from the fresh 6.0 copy of the first run. */
    private double tableMegabytes;
    private String version;

    @Test
    void migratePopulatedGrantsTable() throws Exception {
        int rows = BenchConfig.grantRows();
        int runs = BenchConfig.grantRuns();
        List<String> engines = List.of(BenchConfig.string("bench.grants.engines", "postgresql,mariadb").split(","));
        for (String engineId : engines) {
            GrantsEngine engine = engineId.trim().equals("mariadb") ? new MariaDbGrants() : new PostgresGrants();
            CsvTable results = new CsvTable("engine", "variant", "run", "wall_s", "read_blocked_s", "read_longest_s",
                    "write_blocked_s", "write_longest_s", "rows_before", "rows_after", "outcome", "writer_writes",
                    "writer_failed", "writer_blocked_s", "writer_longest_s", "rows_wrong");
            CsvTable environment = new CsvTable("engine", "version", "rows", "runs", "load_s", "table_mb", "variants");
            runEngine(engine, rows, runs, results, environment);
            results.write(resultsFile(engine.id()));
            environment.write(BenchConfig.outputDir().resolve("grants-env-" + engine.id() + ".csv"));
        }
    }

    private void runEngine(GrantsEngine engine, int rows, int runs, CsvTable results, CsvTable environment) throws Exception {
        try (Connection admin = engine.admin()) {
            engine.createDatabase(admin);
            try {
                List<GrantsVariant> variants = new ArrayList<>();
                GrantsVariant changelog = ChangelogVariant.forEngine(engine, false);
                warmUpLiquibase(changelog);
                variants.add(changelog);
                variants.add(ChangelogVariant.forEngine(engine, true));
                variants.addAll(engine.variants());
                List<String> only = List.of(BenchConfig.string("bench.grants.variants", "").split(","));
                if (!only.equals(List.of(""))) {
                    variants.removeIf(v -> !only.contains(v.id()));
                }
                long start = System.nanoTime();
                engine.load(rows);
                double load = (System.nanoTime() - start) / 1e9;
                for (int run = 1; run <= runs; run++) {
                    for (GrantsVariant variant : variants) {
                        measure(engine, admin, variant, run, results);
                    }
                }
                environment.add(engine.id(), version, rows, runs, load, tableMegabytes,
                        String.join(" | ", variants.stream().map(v -> v.id() + ": " + v.description()).toList()));
            } finally {
                engine.dropDatabase(admin);
            }
        }
    }

    /**
     * Liquibase's first update in a JVM spends seconds on class loading and service discovery; that is start-up,
     * not migration, so it is paid once, unmeasured, on an empty 6.0 table in an in-memory H2 database.
     */
    private static void warmUpLiquibase(GrantsVariant changelog) throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:bench-warm-up;DB_CLOSE_DELAY=-1")) {
            GrantsEngine.execute(h2, "DROP ALL OBJECTS",
                    "CREATE TABLE \"PersistedGrants\" (\"Key\" VARCHAR(200) NOT NULL, \"Type\" VARCHAR(50) NOT NULL, "
                            + "\"SubjectId\" VARCHAR(200), \"SessionId\" VARCHAR(100), \"ClientId\" VARCHAR(200) NOT NULL, "
                            + "\"Description\" VARCHAR(200), \"CreationTime\" TIMESTAMP NOT NULL, \"Expiration\" TIMESTAMP, "
                            + "\"ConsumedTime\" TIMESTAMP, \"Data\" CHARACTER LARGE OBJECT NOT NULL, "
                            + "CONSTRAINT \"PK_PersistedGrants\" PRIMARY KEY (\"Key\"))");
            changelog.migration().run(h2);
            GrantsEngine.execute(h2, "DROP ALL OBJECTS");
        }
    }

    private void measure(GrantsEngine engine, Connection admin, GrantsVariant variant, int run, CsvTable results)
            throws Exception {
        engine.reset(admin);
        try (Connection connection = engine.connect()) {
            measureFresh(engine, connection, variant, run, results);
        }
    }

    private void measureFresh(GrantsEngine engine, Connection connection, GrantsVariant variant, int run, CsvTable results)
            throws Exception {
        long before = engine.count(connection, "SELECT count(*) FROM " + quote(engine, "PersistedGrants"));
        tableMegabytes = tableMegabytes(engine, connection);
        version = engine.serverVersion(connection);
        String outcome = "ok";
        long start;
        long end;
        LockProbe.Result read;
        LockProbe.Result write;
        GrantsWriter.Result written = null;
        long wrong = -1;
        GrantsWriter writer = withWriter(engine, variant) ? new GrantsWriter(engine.connect(), run, 2) : null;
        try (Connection work = engine.connect();
             LockProbe readProbe = new LockProbe("read", engine.connect(), engine::readAccess);
             LockProbe writeProbe = new LockProbe("write", engine.connect(), engine::writeAccess)) {
            Thread.sleep(200);
            start = System.nanoTime();
            try {
                variant.migration().run(work);
            } catch (Exception e) {
                outcome = "FAILED: " + firstLine(e);
            }
            end = System.nanoTime();
            read = readProbe.stop();
            write = writeProbe.stop();
            if (writer != null) {
                written = writer.finish();
                wrong = writer.verify(connection, "bench_template");
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        long after = engine.count(connection, "SELECT count(*) FROM " + quote(engine, variant.resultTable()));
        if (outcome.equals("ok")) {
            // Every row must have received an Id; the primary key on Id makes them unique.
            long ids = engine.count(connection, "SELECT count(" + quote(engine, "Id") + ") FROM " + quote(engine, variant.resultTable()));
            if (ids != after) {
                outcome = "WRONG: " + (after - ids) + " rows without Id";
            }
        }
        if (written != null && written.failed() > 0 && outcome.equals("ok")) {
            outcome = "WRITES FAILED: " + written.firstFailure();
        }
        System.out.printf("[bench] %s %s run %d: %.1f s, read blocked %.2f s, write blocked %.2f s, rows %d -> %d, %s%s%n",
                engine.id(), variant.id(), run, (end - start) / 1e9, read.blockedSeconds(), write.blockedSeconds(),
                before, after, outcome, written == null ? "" : String.format(java.util.Locale.ROOT,
                        ", writer: %d writes, %d failed, blocked %.2f s, rows wrong %d", written.writes(),
                        written.failed(), written.blockedSeconds(), wrong));
        results.add(engine.id(), variant.id(), run, (end - start) / 1e9, read.blockedSeconds(), read.longestSeconds(),
                write.blockedSeconds(), write.longestSeconds(), before, after, outcome,
                written == null ? "" : written.writes(), written == null ? "" : written.failed(),
                written == null ? "" : written.blockedSeconds(), written == null ? "" : written.longestSeconds(),
                written == null ? "" : wrong);
        // Written after every measurement, so that an interrupted long run still leaves its figures.
        results.write(resultsFile(engine.id()));
    }

    /**
     * MariaDB's changelog variants run with an application writing grants throughout ({@link GrantsWriter}); the
     * others change another table (floor) or fail on the populated one (EF).
     */
    private static boolean withWriter(GrantsEngine engine, GrantsVariant variant) {
        return engine.id().equals("mariadb") && variant.id().startsWith("changelog");
    }

    private static java.nio.file.Path resultsFile(String engine) {
        return BenchConfig.outputDir().resolve("grants-" + engine + ".csv");
    }

    private static double tableMegabytes(GrantsEngine engine, Connection connection) throws Exception {
        String sql = engine.id().equals("postgresql")
                ? "SELECT pg_total_relation_size('\"PersistedGrants\"')"
                : "SELECT data_length + index_length FROM information_schema.TABLES "
                        + "WHERE table_schema = DATABASE() AND table_name = 'PersistedGrants'";
        return engine.count(connection, sql) / (1024.0 * 1024.0);
    }

    private static String quote(GrantsEngine engine, String table) {
        return engine.id().equals("postgresql") ? "\"" + table + "\"" : "`" + table + "`";
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
