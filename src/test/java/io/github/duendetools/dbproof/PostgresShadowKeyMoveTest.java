package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.database.PostgresShadowKeyMove;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-lock 6.1 key move by a copy of the table, on a real PostgreSQL, while a writer inserts, updates and deletes
 * grants throughout: no write fails, and afterwards every row is what the writer's own log says it must be (no row
 * lost, brought back after its deletion, duplicated or changed).
 */
@Slow
@RequiresServer(Engine.POSTGRESQL)
class PostgresShadowKeyMoveTest {

    /** Rows of about 1 kB: several batches of pages. */
    private static final int GRANTS = 40_000;

    @TempDir
    Path dir;

    @Test
    void aWriterThroughoutTheMoveLosesNothingAndFailsNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.POSTGRESQL)) {
            createGrantsAt60(db);
            assertTrue(db.count("SELECT pg_relation_size('\"PersistedGrants\"') / 8192") > 2L * PostgresShadowKeyMove.BATCH_PAGES,
                    "the table spans more than two batches");
            Map<String, String> expected = rows(db);
            AtomicBoolean moving = new AtomicBoolean(true);
            Writer writer = new Writer(db, expected);
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> writer.run(moving));
            try {
                writer.awaitStarted();
                update(db);
            } finally {
                moving.set(false);
            }
            writing.join();

            assertEquals(List.of(), writer.failures, "failed writes");
            assertTrue(writer.duringMove > 200, "writes during the move: " + writer.duringMove);
            assertEquals(expected, rows(db), "every row as the writer's log says");
            assertEquals(expected.size(), db.count("SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            assertEquals("EXECUTED", LiquibaseRunner.execTypes(db)
                    .get("duende-6.1-operational-persistedgrants-id-pk-online-copy-swap"));
        }
    }

    /** Inserts, updates and deletes at random until the move is over, then a few more; logs what it committed. */
    private static final class Writer {
        private final TestDatabase db;
        private final Map<String, String> expected;
        private final List<String> failures = new ArrayList<>();
        private final CompletableFuture<Void> started = new CompletableFuture<>();
        private int duringMove;

        Writer(TestDatabase db, Map<String, String> expected) {
            this.db = db;
            this.expected = expected;
        }

        void awaitStarted() {
            started.join();
        }

        void run(AtomicBoolean moving) {
            Random random = new Random(42);
            List<String> keys = new ArrayList<>(expected.keySet());
            int n = 0;
            int after = 0;
            try (Connection c = db.connect()) {
                while (after < 100) {
                    n++;
                    int op = random.nextInt(3);
                    String key = keys.get(random.nextInt(keys.size()));
                    try {
                        if (op == 0) {
                            String fresh = "writer-" + n;
                            write(c, "INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"ClientId\", \"CreationTime\","
                                    + " \"Data\") VALUES (?, 'refresh_token', 'c', now(), ?)", fresh, "inserted " + n);
                            expected.put(fresh, "inserted " + n);
                            keys.add(fresh);
                        } else if (op == 1 && expected.containsKey(key)) {
                            write(c, "UPDATE \"PersistedGrants\" SET \"Data\" = ? WHERE \"Key\" = ?", "updated " + n, key);
                            expected.put(key, "updated " + n);
                        } else if (expected.containsKey(key)) {
                            write(c, "DELETE FROM \"PersistedGrants\" WHERE \"Key\" = ?", key);
                            expected.remove(key);
                        }
                    } catch (SQLException e) {
                        failures.add(e.getMessage());
                    }
                    started.complete(null);
                    if (moving.get()) {
                        duringMove++;
                    } else {
                        after++;
                    }
                }
            } catch (SQLException e) {
                failures.add(e.getMessage());
                started.complete(null);
            }
        }

        private static void write(Connection c, String sql, String... values) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                assertEquals(1, ps.executeUpdate(), sql);
            }
        }
    }

    private static Map<String, String> rows(TestDatabase db) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"Key\", \"Data\" FROM \"PersistedGrants\"")) {
            while (rs.next()) {
                assertEquals(null, rows.put(rs.getString(1), rs.getString(2)), "duplicate key " + rs.getString(1));
            }
        }
        return rows;
    }

    private void createGrantsAt60(TestDatabase db) throws Exception {
        Path base = dir.resolve("base");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(base));
        new LiquibaseRunner(base, ChangelogSource.MASTER).update(db);
        db.execute("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"SubjectId\", \"ClientId\", \"CreationTime\", \"Data\")"
                + " SELECT md5(g::text), 'refresh_token', 'sub' || (g % 1000), 'client' || (g % 50), now(),"
                + " g || repeat('x', 1000) FROM generate_series(1, " + GRANTS + ") g");
    }

    private void update(TestDatabase db) throws Exception {
        Path steps = dir.resolve("steps");
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(steps).withPostgresLowLock(true));
        new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db);
    }
}
