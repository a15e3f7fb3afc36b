package io.github.duendetools.dbproof;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.database.MySqlShadowTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-lock 6.0 -> 6.1 key move on the MariaDB server, through a shadow table, with more rows than a few chunks:
 * what ran and what was marked ran, the table exactly as the released changesets leave it, every row kept with its
 * values and numbered in key order, new rows numbered after them, nothing of the way there left behind, and a rollback
 * to the 6.0 tag and a second update; and the 7.0 widening of the session ids the same way. (The matrix in {@link MariadbChangelogProofTest} proves the other steps.)
 */
@Slow
@RequiresServer(Engine.MARIADB)
class MariadbLowLockTest {

    /** Three full chunks and a partial one, plus the empty key, which sorts first. */
    private static final int GRANTS = 3 * MySqlShadowTable.CHUNK_ROWS + 345;
    private static final String COPY = "duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-copy";
    /** Rows whose text the copy's statement must carry byte for byte: quotes, backslashes, NUL, emoji, newlines. */
    private static final String[] AWKWARD = {
        "CONCAT('it''s', _utf8mb4 X'00', '\\\\', _utf8mb4 X'F09F9880')",
        "CONCAT('\\' OR 1=1 -- ', _utf8mb4 X'0A0D1A', '%_')",
        "CONCAT(_utf8mb4 X'F09F8E89E282AC', '\"), (', _utf8mb4 X'00')",
    };
    private static final int ROW_COUNT = GRANTS + 1 + AWKWARD.length;
    private static final String ROWS = "SELECT `Key`, `Type`, `SubjectId`, `SessionId`, `ClientId`, `Description`,"
            + " `CreationTime`, `Expiration`, `ConsumedTime`, `Data`, HEX(`Key`), HEX(`Description`), HEX(`Data`)"
            + " FROM `PersistedGrants` ORDER BY `Key`";

    @TempDir
    Path dir;

    @Test
    void movesTheKeyThroughAShadowTableKeepingEveryRow() throws Exception {
        try (TestDatabase low = TestDatabase.create(Engine.MARIADB);
             TestDatabase released = TestDatabase.create(Engine.MARIADB)) {
            createGrantsAt60(low);
            createGrantsAt60(released);
            List<List<String>> before = rows(low);
            assertEquals(ROW_COUNT, before.size());

            update(low, true);
            update(released, false);

            Map<String, String> ran = LiquibaseRunner.execTypes(low);
            assertEquals("EXECUTED", ran.get(COPY), ran.toString());
            assertEquals("EXECUTED", ran.get("duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-cleanup"),
                    ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-persistedgrants-id-pk-one-pass"), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-persistedgrants-id-pk"), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-ix-persistedgrants-key-mysql-low-lock"), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-ix-persistedgrants-key"), ran.toString());

            // Exactly the table the released changesets make, rows and all.
            assertEquals(createTable(released), createTable(low));
            sameRows(before, rows(low));
            sameRows(rows(released), rows(low));
            // Numbered in key order, as the released one-pass copy numbers them (a chunked copy may skip numbers
            // between chunks: the server reserves them per statement); new rows continue after the highest.
            assertEquals(ROW_COUNT, low.count("SELECT COUNT(DISTINCT `Id`) FROM `PersistedGrants`"));
            assertEquals(0, low.count("SELECT COUNT(*) FROM (SELECT `Id`, LAG(`Id`) OVER (ORDER BY `Key`) p"
                    + " FROM `PersistedGrants`) t WHERE `Id` <= p"));
            long max = low.count("SELECT MAX(`Id`) FROM `PersistedGrants`");
            low.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`)"
                    + " VALUES ('after', 'reference_token', 'c', now(), '{}')");
            assertTrue(low.count("SELECT `Id` FROM `PersistedGrants` WHERE `Key` = 'after'") > max);
            assertEquals(0, low.count(leftovers()));

            // Back to 6.0 with the released rollbacks, and forward again.
            new LiquibaseRunner(steps(low), ChangelogSource.MASTER).rollbackToTag(low, "duende-6.0");
            assertEquals(0, low.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'PersistedGrants' AND COLUMN_NAME = 'Id'"));
            low.execute("DELETE FROM `PersistedGrants` WHERE `Key` = 'after'");
            sameRows(before, rows(low));
            update(low, true);
            assertEquals("EXECUTED", LiquibaseRunner.execTypes(low).get(COPY));
            sameRows(before, rows(low));
            assertEquals(createTable(released), createTable(low));
            assertEquals(0, low.count(leftovers()));
        }
    }

    /**
     * A transaction left open on the table holds its metadata lock, which creating the triggers must wait for while
     * every writer queues behind that wait: the update stops after the bounded wait instead, and a rerun once the
     * transaction has ended finishes the move.
     */
    @Test
    void aLongTransactionOnTheTableStopsTheUpdateInsteadOfQueueingWriters() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.MARIADB)) {
            createGrantsAt60(db);
            List<List<String>> before = rows(db);
            try (Connection open = db.connect(); Statement s = open.createStatement()) {
                open.setAutoCommit(false);
                s.executeQuery("SELECT COUNT(*) FROM `PersistedGrants`").close();
                ExecutorService executor = Executors.newSingleThreadExecutor();
                try {
                    Future<?> run = executor.submit(() -> {
                        update(db, true);
                        return null;
                    });
                    ExecutionException failure;
                    try {
                        failure = assertThrows(ExecutionException.class,
                                () -> run.get(10L * MySqlShadowTable.METADATA_LOCK_WAIT_SECONDS, TimeUnit.SECONDS));
                    } finally {
                        // Ends a wait that was not bounded, so that the update and this test finish either way.
                        open.rollback();
                    }
                    assertTrue(fullMessage(failure).contains("Lock wait timeout exceeded"), fullMessage(failure));
                } finally {
                    executor.shutdownNow();
                }
            }
            update(db, true);
            assertEquals("EXECUTED", LiquibaseRunner.execTypes(db).get(COPY));
            sameRows(before, rows(db));
            assertEquals(0, db.count(leftovers()));
        }
    }

    @Test
    void widensTheSessionIdsThroughAShadowTableKeepingEveryNumber() throws Exception {
        String sessions = "SELECT `Id`, `Key`, `Scheme`, `SubjectId`, `SessionId`, `DisplayName`, `Created`, `Renewed`,"
                + " `Expires`, `Data` FROM `ServerSideSessions` ORDER BY `Id`";
        try (TestDatabase low = TestDatabase.create(Engine.MARIADB);
             TestDatabase released = TestDatabase.create(Engine.MARIADB)) {
            for (TestDatabase db : List.of(low, released)) {
                Path base = dir.resolve("base-" + db.name());
                new ChangelogGenerator().baseline("6.3", ChangelogOptions.defaults(base));
                new LiquibaseRunner(base, ChangelogSource.MASTER).update(db);
                // Numbers with gaps, as deleted sessions leave them.
                db.execute("INSERT INTO `ServerSideSessions` (`Id`, `Key`, `Scheme`, `SubjectId`, `SessionId`, `DisplayName`,"
                        + " `Created`, `Renewed`, `Expires`, `Data`) SELECT seq * 3, CONCAT('k', seq), 'oidc',"
                        + " CONCAT('sub', seq % 100), IF(seq % 2 = 0, NULL, CONCAT('sid', seq)), IF(seq % 3 = 0, NULL, 'name'),"
                        + " TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND, TIMESTAMP '2024-02-01 00:00:00',"
                        + " IF(seq % 5 = 0, NULL, TIMESTAMP '2024-03-01 00:00:00'), REPEAT('d', seq % 500)"
                        + " FROM seq_1_to_" + GRANTS);
                Path steps = steps(db);
                new ChangelogGenerator().generate("6.3", "7.0", ChangelogOptions.defaults(steps).withLowLock(db == low));
                new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db);
            }
            Map<String, String> ran = LiquibaseRunner.execTypes(low);
            String widen = "duende-7.0-operational-serversidesessions-id-long";
            assertEquals("EXECUTED", ran.get(widen + "-mysql-low-lock-copy"), ran.toString());
            assertEquals("EXECUTED", ran.get(widen + "-mysql-low-lock-cleanup"), ran.toString());
            assertEquals("MARK_RAN", ran.get(widen), ran.toString());
            assertEquals(show(released, "ServerSideSessions"), show(low, "ServerSideSessions"));
            sameRows(rows(released, sessions), rows(low, sessions));
            low.execute("INSERT INTO `ServerSideSessions` (`Key`, `Scheme`, `SubjectId`, `Created`, `Renewed`, `Data`)"
                    + " VALUES ('after', 'oidc', 's', now(), now(), '')");
            assertEquals(3L * GRANTS + 1, low.count("SELECT `Id` FROM `ServerSideSessions` WHERE `Key` = 'after'"));
            assertEquals(0, low.count(leftovers("ServerSideSessions")));

        }
    }

    /** Tables, triggers and routines of the shadow-table change. */
    static String leftovers() {
        return leftovers("PersistedGrants");
    }

    private static String leftovers(String table) {
        return "SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME LIKE '" + table + "\\_%') + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = DATABASE()) + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = DATABASE())";
    }

    private void createGrantsAt60(TestDatabase db) throws Exception {
        Path base = dir.resolve("base-" + db.name());
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(base));
        new LiquibaseRunner(base, ChangelogSource.MASTER).update(db);
        // Every column set on some rows and NULL on others.
        db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `SubjectId`, `SessionId`, `ClientId`, `Description`,"
                        + " `CreationTime`, `Expiration`, `ConsumedTime`, `Data`) SELECT sha2(seq, 256), 'refresh_token',"
                        + " IF(seq % 3 = 0, NULL, CONCAT('sub', seq % 1000)), IF(seq % 2 = 0, NULL, CONCAT('sid', seq)),"
                        + " CONCAT('client', seq % 50), IF(seq % 5 = 0, NULL, 'grant'),"
                        + " TIMESTAMP '2024-01-01 00:00:00.123456' + INTERVAL seq SECOND,"
                        + " IF(seq % 4 = 0, NULL, TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE),"
                        + " IF(seq % 7 = 0, TIMESTAMP '2024-06-01 00:00:00' + INTERVAL seq SECOND, NULL),"
                        + " REPEAT(CHAR(65 + seq % 26), 1 + seq % 300) FROM seq_1_to_" + GRANTS,
                "INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`)"
                        + " VALUES ('', 'authorization_code', 'client0', TIMESTAMP '2024-02-29 23:59:59.999999', '')");
        for (int i = 0; i < AWKWARD.length; i++) {
            db.execute("INSERT INTO `PersistedGrants` (`Key`, `Type`, `SubjectId`, `ClientId`, `Description`,"
                    + " `CreationTime`, `Data`) VALUES (CONCAT('awkward', " + AWKWARD[i] + "), 'device_code', "
                    + AWKWARD[i] + ", 'client0', " + AWKWARD[i] + ", TIMESTAMP '2024-03-01 00:00:00.00000" + (i + 1)
                    + "', CONCAT('{\"v\": \"', " + AWKWARD[i] + ", '\"}'))");
        }
    }

    private Path steps(TestDatabase db) {
        return dir.resolve("steps-" + db.name());
    }

    private void update(TestDatabase db, boolean lowLock) throws Exception {
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(steps(db)).withLowLock(lowLock));
        new LiquibaseRunner(steps(db), ChangelogSource.MASTER).update(db);
    }

    /** The table's definition, without the counter's next value. */
    static String createTable(TestDatabase db) throws SQLException {
        return show(db, "PersistedGrants");
    }

    private static String show(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
            assertTrue(rs.next());
            return rs.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", "");
        }
    }

    /** Compares row lists, naming the first difference rather than printing thousands of rows. */
    static void sameRows(List<List<String>> expected, List<List<String>> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i + " in key order");
        }
    }

    static List<List<String>> rows(TestDatabase db) throws SQLException {
        return rows(db, ROWS);
    }

    private static List<List<String>> rows(TestDatabase db, String query) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
