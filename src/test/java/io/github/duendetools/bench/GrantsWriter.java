package io.github.duendetools.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application writing grants on MySQL/MariaDB while a migration runs: on its own connection, in autocommit, it
 * inserts new grants, updates and deletes existing ones (of the table before and its own), and logs every write that
 * committed. Afterwards {@link #verify} compares every row of the table with the rows before and the log: a write
 * lost, a row duplicated or changed by the migration shows as a mismatch. A write slower than
 * {@link LockProbe#BLOCKED_THRESHOLD_NANOS} counts its whole duration as blocked; a write that fails is counted.
 */
public final class GrantsWriter implements AutoCloseable {
    private static final String TABLE = "`PersistedGrants`";
    private static final String COLUMNS = "`Key`, `Type`, `SubjectId`, `SessionId`, `ClientId`, `Description`,"
            + " `CreationTime`, `Expiration`, `ConsumedTime`, `Data`";

    private final Connection connection;
    private final Random random;
    private final long pauseMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** Key to its Data after the last committed write, or null once deleted. */
    private final Map<String, String> log = new LinkedHashMap<>();
    private final List<String> ownLive = new ArrayList<>();
    private final Thread thread;
    private long writes;
    private long failed;
    private long blockedNanos;
    private long longestNanos;
    private String firstFailure;
    private int inserted;

    public GrantsWriter(Connection connection, long seed, long pauseMillis) {
        this.connection = connection;
        this.random = new Random(seed);
        this.pauseMillis = pauseMillis;
        this.thread = new Thread(this::loop, "grants-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running.get()) {
            try {
                writeOnce();
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                // Picking a row failed (not a write): try again.
            }
        }
    }

    private void writeOnce() throws SQLException {
        int kind = random.nextInt(10);
        if (kind < 3) {
            String key = "writer-" + (inserted++);
            String data = data();
            if (timed("INSERT INTO " + TABLE + " (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`) VALUES (?, 'writer',"
                    + " 'writer-client', TIMESTAMP '2025-06-01 00:00:00', ?)", key, data)) {
                log.put(key, data);
                ownLive.add(key);
            }
            return;
        }
        String key = pick();
        if (key == null) {
            return;
        }
        if (kind < 7) {
            String data = data();
            if (timed("UPDATE " + TABLE + " SET `Data` = ? WHERE `Key` = ?", data, key)) {
                log.put(key, data);
            }
        } else if (timed("DELETE FROM " + TABLE + " WHERE `Key` = ?", key)) {
            log.put(key, null);
            ownLive.remove(key);
        }
    }

    /** A live key: one of the writer's own, or the first key of the table from a random point on. */
    private String pick() throws SQLException {
        if (!ownLive.isEmpty() && random.nextInt(4) == 0) {
            return ownLive.get(random.nextInt(ownLive.size()));
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT `Key` FROM " + TABLE
                + " WHERE `Key` >= ? AND `Key` < 'g' ORDER BY `Key` LIMIT 1")) {
            s.setString(1, Long.toHexString(random.nextLong() >>> 4));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private String data() {
        return "{\"writer\":" + random.nextInt(1_000_000_000) + "}";
    }

    /** Runs one write in autocommit; true when it committed. */
    private boolean timed(String sql, String... values) {
        long start = System.nanoTime();
        String failure = null;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            failure = e.getMessage();
        }
        boolean ok = failure == null;
        long took = System.nanoTime() - start;
        synchronized (this) {
            writes++;
            if (!ok) {
                failed++;
                if (firstFailure == null) {
                    firstFailure = failure;
                }
            }
            if (!ok || took >= LockProbe.BLOCKED_THRESHOLD_NANOS) {
                blockedNanos += took;
                longestNanos = Math.max(longestNanos, took);
            }
        }
        return ok;
    }

    /** Stops after the current write and reports. */
    public Result finish() throws InterruptedException {
        running.set(false);
        thread.join();
        synchronized (this) {
            return new Result(writes, failed, blockedNanos / 1e9, longestNanos / 1e9, firstFailure);
        }
    }

    /**
     * Rows of the table that differ from what {@code before} (a copy of the table's rows when the writer started,
     * every column) and the log say it must hold, counted through {@code connection}: 1 if the rows the writer never
     * touched differ in any way from those of {@code before} (compared as multisets of every column by hash), logged
     * rows missing or with other data, deleted rows present, and any row beyond those (a duplicate or a ghost).
     */
    public long verify(Connection on, String before) throws SQLException {
        try (Statement s = on.createStatement()) {
            s.execute("DROP TABLE IF EXISTS `writer_log`");
            s.execute("CREATE TABLE `writer_log` (`Key` varchar(200) CHARACTER SET utf8mb4 NOT NULL PRIMARY KEY,"
                    + " `Data` longtext CHARACTER SET utf8mb4 NULL, `Deleted` tinyint NOT NULL) CHARACTER SET=utf8mb4");
        }
        try (PreparedStatement insert = on.prepareStatement("INSERT INTO `writer_log` VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : log.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.setInt(3, e.getValue() == null ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // The rows nobody wrote to, compared as multisets by a 60-bit hash of every column summed exactly (integers,
        // not floating point, whose sum would depend on the order) over each side: one scan of each table, where a
        // row-by-row join would read a big table at random.
        String digest = "COUNT(*), SUM(CAST(CONV(LEFT(MD5(CONCAT_WS('|', " + List.of(COLUMNS.split(", ")).stream()
                .map(c -> "IFNULL(CONCAT('v', x." + c + "), 'null')").reduce((a, b) -> a + ", " + b).orElseThrow()
                + ")), 15), 16, 10) AS UNSIGNED))";
        String untouched = " x WHERE NOT EXISTS (SELECT 1 FROM `writer_log` l WHERE l.`Key` = x.`Key`)";
        long untouchedWrong = same(on, "SELECT " + digest + " FROM " + before + untouched,
                "SELECT " + digest + " FROM " + TABLE + untouched) ? 0 : 1;
        long loggedWrong = count(on, "SELECT COUNT(*) FROM `writer_log` l LEFT JOIN " + TABLE + " p ON p.`Key` = l.`Key`"
                + " WHERE l.`Deleted` = 0 AND (p.`Key` IS NULL OR NOT p.`Data` <=> l.`Data`)");
        long deletedPresent = count(on, "SELECT COUNT(*) FROM `writer_log` l JOIN " + TABLE + " p ON p.`Key` = l.`Key`"
                + " WHERE l.`Deleted` = 1");
        long expected = count(on, "SELECT COUNT(*) FROM " + before + untouched)
                + count(on, "SELECT COUNT(*) FROM `writer_log` WHERE `Deleted` = 0");
        long extra = Math.abs(count(on, "SELECT COUNT(*) FROM " + TABLE) - expected);
        try (Statement s = on.createStatement()) {
            s.execute("DROP TABLE `writer_log`");
        }
        return untouchedWrong + loggedWrong + deletedPresent + extra;
    }

    private static boolean same(Connection on, String sql, String other) throws SQLException {
        try (Statement s = on.createStatement(); ResultSet a = s.executeQuery(sql)) {
            a.next();
            String left = a.getString(1) + "/" + a.getString(2);
            try (Statement t = on.createStatement(); ResultSet b = t.executeQuery(other)) {
                b.next();
                return left.equals(b.getString(1) + "/" + b.getString(2));
            }
        }
    }

    private static long count(Connection on, String sql) throws SQLException {
        try (Statement s = on.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        running.set(false);
        connection.close();
    }

    /**
     * @param writes         writes attempted
     * @param failed         writes that did not commit
     * @param blockedSeconds total time of writes slower than the threshold (and of failed ones)
     * @param longestSeconds the slowest of those
     * @param firstFailure   the server's message for the first failed write, or null
     */
    public record Result(long writes, long failed, double blockedSeconds, double longestSeconds, String firstFailure) {
    }
}
