package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.database.PostgresLowLockStatements;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-lock 6.0 -> 6.1 key move on a real PostgreSQL with more rows than one batch: what actually ran, every row
 * numbered once, no helper object left behind, and recovery from a concurrent index build that was interrupted.
 * (The matrix in {@link PostgresqlChangelogProofTest} proves schema, rows, rollback and re-runs of the same files.)
 */
@Slow
@RequiresServer(Engine.POSTGRESQL)
class PostgresLowLockTest {

    /** Two full batches and a partial one, plus the empty key that a "greater than the last key" walk would skip. */
    private static final int GRANTS = 2 * PostgresLowLockStatements.BATCH_ROWS + 1_234;
    private static final String KEY_MOVE = "duende-6.1-operational-persistedgrants-id-pk";

    @TempDir
    Path dir;

    @Test
    void numbersEveryRowAndLeavesTheDefaultChangesetsMarkedRan() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.POSTGRESQL)) {
            createGrantsAt60(db);
            update(db);

            assertEquals(GRANTS + 1, db.count("SELECT COUNT(*) FROM \"PersistedGrants\""));
            assertEquals(GRANTS + 1, db.count("SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            assertEquals(1, db.count("SELECT COUNT(*) FROM \"PersistedGrants\" WHERE \"Key\" = ''"));

            Map<String, String> ran = execTypes(db);
            for (String step : List.of("capture", "rows", "indexes", "catch-up", "swap")) {
                assertEquals("EXECUTED", ran.get(KEY_MOVE + "-online-copy-" + step), ran.toString());
            }
            // The released low-lock and default changesets find the work done.
            for (String step : List.of("number-rows", "not-null", "key-index", "swap")) {
                assertEquals("MARK_RAN", ran.get(KEY_MOVE + "-online-" + step), ran.toString());
            }
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-ix-persistedgrants-key-online"), ran.toString());
            assertEquals("MARK_RAN", ran.get(KEY_MOVE), ran.toString());
            assertEquals("MARK_RAN", ran.get("duende-6.1-operational-ix-persistedgrants-key"), ran.toString());
            // Others' privileges on the table pass to the copy that replaces it.
            assertEquals(1, db.count("SELECT COUNT(*) FROM information_schema.role_table_grants WHERE"
                    + " table_name = 'PersistedGrants' AND grantee = 'PUBLIC' AND privilege_type = 'SELECT'"));

            // The key is on Id, Id is an identity that continues after the numbers given, Key is nullable.
            assertEquals(1, db.count("SELECT COUNT(*) FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid"
                    + " AND a.attnum = ANY (k.conkey) WHERE k.conname = 'PK_PersistedGrants' AND k.contype = 'p'"
                    + " AND a.attname = 'Id' AND cardinality(k.conkey) = 1"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM pg_attribute WHERE attrelid = '\"PersistedGrants\"'::regclass"
                    + " AND attname = 'Id' AND attidentity = 'd' AND attnotnull"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_attribute WHERE attrelid = '\"PersistedGrants\"'::regclass"
                    + " AND attname = 'Key' AND attnotnull"));
            long max = db.count("SELECT max(\"Id\") FROM \"PersistedGrants\"");
            db.execute("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"ClientId\", \"CreationTime\", \"Data\")"
                    + " VALUES ('after', 'reference_token', 'c', now(), '{}')");
            assertEquals(max + 1, db.count("SELECT \"Id\" FROM \"PersistedGrants\" WHERE \"Key\" = 'after'"));

            // Nothing of the way there is left: no helper table, sequence, function, CHECK or spare index.
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_class WHERE relname LIKE 'PersistedGrants\\_%'"
                    + " AND relname NOT LIKE 'PersistedGrants\\_Id\\_seq'"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_class WHERE relname LIKE '%\\_copy'"
                    + " AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_proc WHERE proname LIKE 'PersistedGrants%'"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_class WHERE relname = 'PersistedGrants_Id_backfill'"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'CK_PersistedGrants_Id_NotNull'"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_class WHERE relname = 'PK_PersistedGrants_Id'"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_index WHERE NOT indisvalid"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
                    + " WHERE x.relname = 'IX_PersistedGrants_Key' AND i.indisunique"));
        }
    }

    @Test
    void replacesAnIndexThatAnInterruptedConcurrentBuildLeftInvalid() throws Exception {
        try (TestDatabase db = TestDatabase.create(Engine.POSTGRESQL)) {
            createGrantsAt60(db);
            // What a cancelled CREATE INDEX CONCURRENTLY leaves: the index exists, marked invalid.
            db.execute("CREATE UNIQUE INDEX \"IX_PersistedGrants_Key\" ON \"PersistedGrants\" (\"Key\")",
                    "UPDATE pg_index SET indisvalid = false WHERE indexrelid = '\"IX_PersistedGrants_Key\"'::regclass");
            update(db);

            // The copy gets its own index under that name; the invalid one goes with the old table.
            assertEquals("EXECUTED", execTypes(db).get(KEY_MOVE + "-online-copy-swap"));
            assertEquals("MARK_RAN", execTypes(db).get("duende-6.1-operational-ix-persistedgrants-key-online"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM pg_index WHERE NOT indisvalid"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM pg_class WHERE relname = 'IX_PersistedGrants_Key'"));
        }
    }

    private void createGrantsAt60(TestDatabase db) throws Exception {
        Path base = dir.resolve("base-" + db.name());
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(base));
        new LiquibaseRunner(base, ChangelogSource.MASTER).update(db);
        db.execute("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"SubjectId\", \"ClientId\", \"CreationTime\", \"Data\")"
                        + " SELECT md5(g::text), 'refresh_token', 'sub' || (g % 1000), 'client' || (g % 50), now(),"
                        + " repeat('x', 200) FROM generate_series(1, " + GRANTS + ") g",
                "INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"ClientId\", \"CreationTime\", \"Data\")"
                        + " VALUES ('', 'authorization_code', 'client0', now(), '{}')",
                "GRANT SELECT ON \"PersistedGrants\" TO PUBLIC");
    }

    private void update(TestDatabase db) throws Exception {
        Path steps = dir.resolve("steps-" + db.name());
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(steps).withPostgresLowLock(true));
        new LiquibaseRunner(steps, ChangelogSource.MASTER).update(db);
    }

    private static Map<String, String> execTypes(TestDatabase db) throws SQLException {
        Map<String, String> ran = LiquibaseRunner.execTypes(db);
        assertTrue(!ran.isEmpty(), "no DATABASECHANGELOG rows");
        return ran;
    }
}
