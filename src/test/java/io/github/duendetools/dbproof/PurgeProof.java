package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.PurgeOptions;
import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.inspect.InspectOptions;
import io.github.duendetools.inspect.InspectReport;
import io.github.duendetools.inspect.PurgeableRows;
import io.github.duendetools.inspect.StoreReport;
import io.github.duendetools.schema.CleanupRule;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge deletes exactly the rows Duende's token cleanup deletes, on a real database: the set is computed here, in
 * Java, from the seeded rows (independently of the SQL), with rows at the boundaries (exactly the cutoff, a millisecond
 * either side, NULL). Also: the purge changesets do nothing without the changelog parameter and stay pending, run with
 * it, and the 6.1 key move that follows them copies only what is left.
 */
@Slow
abstract class PurgeProof {

    /** A cutoff given as a literal, so that a row can sit exactly on it; the database's clock is tested apart. */
    private static final LocalDateTime CUTOFF = LocalDateTime.of(2031, 3, 14, 15, 9, 26, 535_000_000);
    private static final int DELAY = 3600;
    /** More expired rows than one batch, so that the loop runs more than once where there is one. */
    private static final int BULK = Database.PURGE_BATCH_ROWS + 1_234;
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @TempDir
    Path dir;

    abstract Engine engine();

    /** A seeded grant: its key, expiration and consumed time (null: NULL). */
    private record Grant(String key, LocalDateTime expiration, LocalDateTime consumed) {
    }

    /** A seeded device code. */
    private record Code(String userCode, LocalDateTime expiration) {
    }

    @Test
    void deletesExactlyDuendesCleanupSetAtTheBoundaries() throws Exception {
        LocalDateTime consumedCutoff = CUTOFF.minusSeconds(DELAY);
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant("exp-at-cutoff", CUTOFF, null));
        grants.add(new Grant("exp-1ms-before", CUTOFF.minus(1, ChronoUnit.MILLIS), null));
        grants.add(new Grant("exp-1ms-after", CUTOFF.plus(1, ChronoUnit.MILLIS), null));
        grants.add(new Grant("exp-null", null, null));
        grants.add(new Grant("exp-null-consumed-long-ago", null, CUTOFF.minusDays(30)));
        grants.add(new Grant("consumed-at-delay", CUTOFF.plusDays(1), consumedCutoff));
        grants.add(new Grant("consumed-1ms-before-delay", CUTOFF.plusDays(1), consumedCutoff.minus(1, ChronoUnit.MILLIS)));
        grants.add(new Grant("consumed-1ms-after-delay", CUTOFF.plusDays(1), consumedCutoff.plus(1, ChronoUnit.MILLIS)));
        grants.add(new Grant("consumed-after-cutoff", CUTOFF.plusDays(1), CUTOFF.plusSeconds(1)));
        grants.add(new Grant("whole-second", CUTOFF.withNano(0), null));
        for (int i = 0; i < BULK; i++) {
            grants.add(new Grant(String.format("bulk-%06d", i), CUTOFF.minusDays(1).minusSeconds(i), null));
        }
        List<Code> codes = List.of(new Code("code-at-cutoff", CUTOFF),
                new Code("code-1ms-before", CUTOFF.minus(1, ChronoUnit.MILLIS)),
                new Code("code-1ms-after", CUTOFF.plus(1, ChronoUnit.MILLIS)));

        try (TestDatabase db = TestDatabase.create(engine())) {
            baseline60(db);
            seed(db, grants, codes);
            Database target = database();
            NameMapper names = new NameMapper(Map.of(), null);
            for (CleanupRule rule : CleanupRule.values()) {
                LocalDateTime cutoff = rule.delayed() ? consumedCutoff : CUTOFF;
                run(db, target.purge(names.qualified(rule.table(), target.dialect()), rule.column(), literal(cutoff)));
            }

            Set<String> grantsLeft = new TreeSet<>();
            for (Grant g : grants) {
                boolean expired = g.expiration() != null && g.expiration().isBefore(CUTOFF);
                boolean consumed = g.consumed() != null && g.consumed().isBefore(consumedCutoff);
                if (!expired && !consumed) {
                    grantsLeft.add(g.key());
                }
            }
            Set<String> codesLeft = new TreeSet<>();
            codes.stream().filter(c -> !c.expiration().isBefore(CUTOFF)).forEach(c -> codesLeft.add(c.userCode()));
            assertEquals(Set.of("exp-at-cutoff", "exp-1ms-after", "exp-null", "consumed-at-delay",
                    "consumed-1ms-after-delay", "consumed-after-cutoff"), grantsLeft, "the rule as computed here");
            assertEquals(grantsLeft, keys(db, "SELECT " + q("Key") + " FROM " + q("PersistedGrants")));
            assertEquals(codesLeft, keys(db, "SELECT " + q("UserCode") + " FROM " + q("DeviceCodes")));
        }
    }

    /** The purge's clock is UTC, as Duende's DateTime.UtcNow, also in a session whose time zone is not. */
    @Test
    void theCutoffIsUtcNowWhateverTheSessionTimeZone() throws Exception {
        try (TestDatabase db = TestDatabase.create(engine()); Connection c = db.connect(); Statement s = c.createStatement()) {
            switch (engine()) {
                case H2, POSTGRESQL -> s.execute("SET TIME ZONE 'America/New_York'");
                case MARIADB -> s.execute("SET time_zone = '-05:00'");
                case SQLITE -> { }
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (int delay : new int[] {0, DELAY}) {
                String cutoff = database().utcNowMinus(delay);
                try (ResultSet rs = s.executeQuery("SELECT CASE WHEN " + literal(now.minusSeconds(delay + 300L)) + " < "
                        + cutoff + " AND " + cutoff + " < " + literal(now.minusSeconds(delay - 300L))
                        + " THEN 1 ELSE 0 END")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), cutoff + " is not the UTC time less " + delay + " s");
                }
            }
        }
    }

    @Test
    void runsOnlyWithTheParameterAndStaysPendingWithoutIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(engine())) {
            Set<String> left = seedAroundNow(db);
            Path steps = purgeSteps(db);
            new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db);

            Map<String, String> ran = LiquibaseRunner.execTypes(db);
            assertFalse(ran.keySet().stream().anyMatch(id -> id.contains("-purge-")), ran.toString());
            assertEquals(9, db.count("SELECT COUNT(*) FROM " + q("PersistedGrants")));
            assertEquals(2, db.count("SELECT COUNT(*) FROM " + q("DeviceCodes")));

            new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db, Map.of("duende.purge", "true"));
            ran = LiquibaseRunner.execTypes(db);
            for (CleanupRule rule : CleanupRule.values()) {
                assertEquals("EXECUTED", ran.get("duende-6.1-operational-purge-" + rule.slug()), ran.toString());
            }
            assertEquals(left, keys(db, "SELECT " + q("Key") + " FROM " + q("PersistedGrants")));
            assertEquals(Set.of("code-future"), keys(db, "SELECT " + q("UserCode") + " FROM " + q("DeviceCodes")));
        }
    }

    @Test
    void theKeyMoveAfterThePurgeCopiesOnlyWhatIsLeft() throws Exception {
        try (TestDatabase db = TestDatabase.create(engine())) {
            Set<String> left = seedAroundNow(db);
            new LiquibaseRunner(purgeSteps(db), ChangelogSource.MASTER).update(db, Map.of("duende.purge", "true"));

            List<LiquibaseRunner.Ran> ran = LiquibaseRunner.ran(db);
            List<String> order = ran.stream().map(LiquibaseRunner.Ran::id).toList();
            int lastPurge = order.indexOf("duende-6.1-operational-purge-expired-device-codes");
            int keyMove = order.indexOf("duende-6.1-operational-persistedgrants-id-pk");
            assertTrue(lastPurge >= 0 && keyMove > lastPurge, order.toString());
            assertEquals(left.size(), db.count("SELECT COUNT(*) FROM " + q("PersistedGrants")));
            assertEquals(left.size(), db.count("SELECT COUNT(DISTINCT " + q("Id") + ") FROM " + q("PersistedGrants")));
            assertEquals(left, keys(db, "SELECT " + q("Key") + " FROM " + q("PersistedGrants")));
        }
    }

    /** Inspect counts, on the indexes Duende creates, exactly the rows the purge then deletes. */
    @Test
    void inspectCountsWhatThePurgeDeletes() throws Exception {
        try (TestDatabase db = TestDatabase.create(engine())) {
            Set<String> left = seedAroundNow(db);
            Map<Store, StoreReport> reports = InspectTesting.inspect(db, InspectOptions.defaults().withTarget("6.1"));
            StoreReport operational = reports.get(Store.OPERATIONAL);
            Map<CleanupRule, Long> counted = new EnumMap<>(CleanupRule.class);
            for (PurgeableRows p : operational.purgeable()) {
                counted.put(p.rule(), p.rows());
                assertTrue(p.how().startsWith("exact count on index IX_" + p.table() + "_" + p.rule().column()), p.how());
            }
            // expired: expired, expired-unconsumed; consumed (Duende's default delay, 0): the three consumed before now
            assertEquals(Map.of(CleanupRule.EXPIRED_GRANTS, 2L, CleanupRule.CONSUMED_GRANTS, 3L,
                    CleanupRule.EXPIRED_DEVICE_CODES, 1L), counted);
            assertTrue(InspectReport.purgeLines(operational).stream().anyMatch(l -> l.contains(
                    "purgeable PersistedGrants expired (Expiration before now): 2 rows")), operational.purgeable().toString());

            // After the purge (consumed-grants delay one hour) only the grant consumed ten minutes ago is counted.
            new LiquibaseRunner(purgeSteps(db), ChangelogSource.MASTER).update(db, Map.of("duende.purge", "true"));
            counted.clear();
            InspectTesting.inspect(db, InspectOptions.defaults()).get(Store.OPERATIONAL).purgeable()
                    .forEach(p -> counted.put(p.rule(), p.rows()));
            assertEquals(Map.of(CleanupRule.EXPIRED_GRANTS, 0L, CleanupRule.CONSUMED_GRANTS, 1L,
                    CleanupRule.EXPIRED_DEVICE_CODES, 0L), counted);
            assertEquals(left.size(), db.count("SELECT COUNT(*) FROM " + q("PersistedGrants")));
        }
    }

    /** Rows a day or two hours from the database's clock, where its clock and this one's cannot disagree. */
    private Set<String> seedAroundNow(TestDatabase db) throws Exception {
        baseline60(db);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        seed(db, List.of(new Grant("expired", now.minusDays(1), null),
                        new Grant("future", now.plusDays(1), null),
                        new Grant("no-expiration", null, null),
                        new Grant("consumed-2h-ago", now.plusDays(1), now.minusHours(2)),
                        new Grant("consumed-10min-ago", now.plusDays(1), now.minusMinutes(10)),
                        new Grant("consumed-future", now.plusDays(1), now.plusHours(2)),
                        new Grant("no-expiration-consumed-2h-ago", null, now.minusHours(2)),
                        new Grant("expired-unconsumed", now.minusHours(2), null),
                        new Grant("future-unconsumed", now.plusHours(2), null)),
                List.of(new Code("code-expired", now.minusDays(1)), new Code("code-future", now.plusDays(1))));
        return new TreeSet<>(Set.of("future", "no-expiration", "consumed-10min-ago", "consumed-future",
                "future-unconsumed"));
    }

    private Path purgeSteps(TestDatabase db) throws Exception {
        Path steps = dir.resolve("steps-" + db.name());
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(steps)
                .withPurge(new PurgeOptions(true, true, DELAY)));
        return steps;
    }

    private void baseline60(TestDatabase db) throws Exception {
        Path base = dir.resolve("base-" + db.name());
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(base));
        new LiquibaseRunner(base, ChangelogSource.MASTER).update(db);
    }

    private void seed(TestDatabase db, List<Grant> grants, List<Code> codes) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (Grant g : grants) {
                s.addBatch("INSERT INTO " + q("PersistedGrants") + " (" + q("Key") + ", " + q("Type") + ", "
                        + q("ClientId") + ", " + q("CreationTime") + ", " + q("Expiration") + ", " + q("ConsumedTime")
                        + ", " + q("Data") + ") VALUES ('" + g.key() + "', 'refresh_token', 'client', "
                        + literal(CUTOFF.minusDays(60)) + ", " + literal(g.expiration()) + ", " + literal(g.consumed())
                        + ", '{}')");
            }
            for (Code code : codes) {
                s.addBatch("INSERT INTO " + q("DeviceCodes") + " (" + q("UserCode") + ", " + q("DeviceCode") + ", "
                        + q("ClientId") + ", " + q("CreationTime") + ", " + q("Expiration") + ", " + q("Data")
                        + ") VALUES ('" + code.userCode() + "', 'd-" + code.userCode() + "', 'client', "
                        + literal(CUTOFF.minusDays(60)) + ", " + literal(code.expiration()) + ", '{}')");
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** Runs statements as Liquibase runs a changeset outside a transaction: each on its own, committed. */
    private static void run(TestDatabase db, List<String> statements) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Set<String> keys(TestDatabase db, String sql) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Database database() {
        return switch (engine()) {
            case H2 -> Database.of(Dialect.H2);
            case SQLITE -> Database.of(Dialect.SQLITE);
            case POSTGRESQL -> Database.of(Dialect.POSTGRESQL);
            case MARIADB -> Database.family(Dialect.MYSQL).stream().filter(d -> d.shortName().equals("mariadb"))
                    .findFirst().orElseThrow();
        };
    }

    private String q(String name) {
        return database().quote(name);
    }

    /** A UTC time as the column holds it: EF Core's text on SQLite, a timestamp literal elsewhere. */
    private String literal(LocalDateTime t) {
        if (t == null) {
            return "NULL";
        }
        String text = TEXT.format(t);
        return switch (engine()) {
            case SQLITE -> "'" + efText(text) + "'";
            case POSTGRESQL -> "TIMESTAMPTZ '" + text + "+00'";
            case H2, MARIADB -> "TIMESTAMP '" + text + "'";
        };
    }

    /** EF Core's SQLite text: the fraction without trailing zeros, and without the point when nothing is left. */
    private static String efText(String text) {
        String trimmed = text.replaceAll("0+$", "");
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
