package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.ChildProcess;
import io.github.duendetools.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real Liquibase update, in a process of its own, is killed ({@code SIGKILL}) during each changeset of the 6.1 step
 * that changes a populated table (the {@code PersistedGrants} key move, its index, the new {@code Clients} column):
 * on a server as soon as the changeset's statement shows in the server's activity, in an embedded database a moment
 * after the changeset starts. Then, as a user would, {@code releaseLocks} and a plain {@code update} run at once
 * (on a server the killed statement may still be running): the update must succeed and no row be lost or changed.
 */
@Slow
abstract class KilledUpdateMatrix {
    private static final String FROM = "6.0";
    private static final String TO = "6.1";
    private static final long SEED = 20240101L;
    private static final Pattern CHANGESET = Pattern.compile("<changeSet id=\"([^\"]+)\"([^>]*)>");
    private static final Pattern DBMS = Pattern.compile(" dbms=\"([^\"]+)\"");

    abstract Engine engine();

    /** The changelog variants to kill: the default one, and PostgreSQL's low-lock one where it applies. */
    List<ProofVariant> variants() {
        return List.of(ProofVariant.DEFAULTS);
    }

    /** Rows in PersistedGrants: enough for the key move to take a moment. */
    int grants() {
        return 2_000;
    }

    /**
     * The changesets that change a populated table and run on this engine with {@code variant}: each is killed in turn.
     * Every other changeset on a populated table must be marked ran (another changeset did its work), which the test
     * checks.
     */
    List<String> runningOnPopulatedTables(ProofVariant variant) {
        return List.of("duende-6.1-configuration-clients-coordinatelifetimewithusersession",
                "duende-6.1-operational-persistedgrants-id-pk", "duende-6.1-operational-ix-persistedgrants-key");
    }

    /**
     * When to kill the update during {@code changeset}, each a query that counts more than 0 once it is time (one run
     * per point; a query that fails counts as not yet); empty: as soon as the changeset's statement shows, or a moment after it starts in an embedded
     * database.
     */
    List<String> killPoints(String changeset) {
        return List.of("");
    }

    /** Called after the row snapshot, before the update that is killed during {@code changeset}. */
    void beforeUpdate(TestDatabase db, String changeset) throws Exception {
    }

    /** Called right after the kill, before the rerun; what it returns is closed after the rerun, before rows are compared. */
    AutoCloseable afterKill(TestDatabase db, String changeset) throws Exception {
        return () -> { };
    }

    @Test
    void killedDuringEachChangesetOnAPopulatedTableARerunAfterReleaseLocksKeepsEveryRow() throws Exception {
        for (ProofVariant variant : variants()) {
            Path dir = Files.createTempDirectory("killed-update-" + engine().name().toLowerCase(Locale.ROOT));
            try {
                new PluginChangelogs().write(FROM, TO, variant, dir);
                Map<String, Boolean> changesets = changesets(dir);
                List<String> populated = changesets.keySet().stream().filter(changesets::get).toList();
                List<String> killed = runningOnPopulatedTables(variant);
                assertTrue(populated.containsAll(killed), populated.toString());
                for (String id : killed) {
                    for (String point : killPoints(id)) {
                        killDuringThenRerun(dir, id, point, changesets.size(),
                                populated.stream().filter(other -> !killed.contains(other)).toList());
                    }
                }
            } finally {
                StepProof.deleteTree(dir);
            }
        }
    }

    private void killDuringThenRerun(Path dir, String id, String point, int changesets, List<String> markedRan)
            throws Exception {
        try (TestDatabase db = TestDatabase.createShared(engine())) {
            Naming naming = Naming.defaults(engine());
            Schema source = ReferenceModel.get().at(FROM, naming);
            db.execute(new DdlWriter(engine(), naming, false).create(source).toArray(String[]::new));
            try (Connection connection = db.connect()) {
                new DataFiller(engine(), naming, false, SEED, grants()).fill(connection, source);
            }
            RowSnapshot before = snapshot(db, naming, source);
            beforeUpdate(db, id);

            killDuring(db, dir, id, point);
            LiquibaseRunner liquibase = new LiquibaseRunner(dir, ChangelogSource.MASTER);
            try (AutoCloseable meanwhile = afterKill(db, id)) {
                liquibase.releaseLocks(db);
                liquibase.update(db);
            }

            String at = engine().displayName() + ", killed during " + id + (point.isEmpty() ? "" : " when " + point);
            assertEquals(List.of(), before.missingOrChangedIn(snapshot(db, naming, ReferenceModel.get().at(TO, naming))), at);
            Map<String, String> ran = LiquibaseRunner.execTypes(db);
            assertEquals(changesets, ran.size(), at + ": changesets recorded " + ran);
            for (String other : markedRan) {
                assertEquals("MARK_RAN", ran.get(other), at + ": " + other);
            }
        }
    }

    /** Starts the update in a process of its own and kills it while {@code id} runs. */
    private void killDuring(TestDatabase db, Path dir, String id, String point) throws Exception {
        try (ChildProcess update = ChildProcess.start(KillableUpdate.class, db.url(), db.user(), dir.toString(),
                ChangelogSource.MASTER, id)) {
            if (!update.awaitLine(KillableUpdate.RUNNING)) {
                update.awaitExit();
                fail(id + " never ran on " + engine().displayName() + ": " + update.stderr());
            }
            if (point.isEmpty()) {
                awaitStatement(db);
            } else {
                awaitPoint(db, point);
            }
            update.kill();
        }
    }

    /** Until the changeset's statement is running: on a server, seen in its activity; embedded, a moment. */
    private void awaitStatement(TestDatabase db) throws Exception {
        String running = switch (engine()) {
            case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND state = 'active' AND pid <> pg_backend_pid() AND query NOT ILIKE 'select%'"
                    + " AND query NOT ILIKE '%databasechangelog%'";
            case MARIADB -> "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
                    + " AND COMMAND = 'Query' AND ID <> CONNECTION_ID() AND INFO NOT LIKE 'SELECT%'"
                    + " AND INFO NOT LIKE '%DATABASECHANGELOG%'";
            default -> null;
        };
        if (running == null) {
            Thread.sleep(15);
            return;
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < end && db.count(running) == 0) {
            Thread.sleep(2);
        }
    }

    private static void awaitPoint(TestDatabase db, String point) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reached(db, point) == 0) {
            assertTrue(System.nanoTime() < end, "never reached: " + point);
            Thread.sleep(1);
        }
    }

    /** A point's count; 0 while its query fails (it may read a table the update has not created yet). */
    private static long reached(TestDatabase db, String point) {
        try {
            return db.count(point);
        } catch (java.sql.SQLException notYet) {
            return 0;
        }
    }

    /** Changeset id to whether it changes a table that holds rows before the step, for every changeset this engine runs. */
    private Map<String, Boolean> changesets(Path dir) throws Exception {
        List<String> populated = ReferenceModel.get().at(FROM, Naming.defaults(engine())).tables().stream()
                .map(t -> "-" + t.logicalName().toLowerCase(Locale.ROOT) + "-").toList();
        String dbms = engine() == Engine.MARIADB ? "mariadb" : engine().name().toLowerCase(Locale.ROOT);
        Map<String, Boolean> ids = new LinkedHashMap<>();
        for (String store : List.of("configuration", "operational")) {
            Matcher m = CHANGESET.matcher(Files.readString(dir.resolve(store + "/" + FROM + "-to-" + TO + ".xml")));
            while (m.find()) {
                Matcher only = DBMS.matcher(m.group(2));
                if (!only.find() || List.of(only.group(1).split(",")).contains(dbms)) {
                    ids.put(m.group(1), populated.stream().anyMatch(m.group(1)::contains));
                }
            }
        }
        // The master's own changesets (the combined tag and the empty one after it) run too, on no table.
        Matcher m = CHANGESET.matcher(Files.readString(dir.resolve(ChangelogSource.MASTER)));
        while (m.find()) {
            ids.put(m.group(1), false);
        }
        return ids;
    }

    private RowSnapshot snapshot(TestDatabase db, Naming naming, Schema schema) throws Exception {
        try (Connection connection = db.connect()) {
            return RowSnapshot.capture(connection, schema, engine(), naming, false);
        }
    }
}
