package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaState;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rollback that rows written since the step would break (NULL grant keys once the key moved, session ids beyond
 * 32 bits once they widened, duplicate grant keys) stops before its first statement, naming table, column and row
 * count, and completes once the rows are fixed: with Liquibase's own {@code rollback} and {@code rollbackSql},
 * through the combined master and through the operational store's master.
 */
@Slow
class RollbackGuardTest {

    private static final String ROOT = ChangelogFolder.ROOT_MASTER;
    private static final String OPERATIONAL = ChangelogFolder.masterFileName(Store.OPERATIONAL);
    private static final List<String> ENGINES = List.of("h2", "sqlite", "postgresql", "mariadb");

    @TempDir
    Path dir;

    static Stream<Arguments> enginesAndMasters() {
        List<Arguments> out = new ArrayList<>();
        for (String engine : ENGINES) {
            out.add(Arguments.of(engine, ROOT));
            out.add(Arguments.of(engine, OPERATIONAL));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("enginesAndMasters")
    void nullGrantKeysStopTheKeyMoveRollbackBeforeAnyChange(String engine, String master) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            lb.rollbackToTag(master, tag(master, "6.1"));
            insertGrants(db, 3, 2);
            String before = SchemaSnapshot.of(db);

            String preview = lb.rollbackSql(master, tag(master, "6.0"));
            String guard = "Rollback stopped before any change: PersistedGrants.Key is NULL in ";
            assertTrue(preview.contains(guard), preview);
            assertTrue(preview.indexOf(guard) < firstDdl(preview), "the check comes before the first DDL:\n" + preview);

            Exception stopped = assertThrows(Exception.class, () -> lb.rollbackToTag(master, tag(master, "6.0")));
            assertTrue(fullMessage(stopped).contains(guard + "2 rows, and the rollback makes it NOT NULL again"),
                    fullMessage(stopped));
            assertEquals(before, SchemaSnapshot.of(db), "nothing dropped, the key still on Id");

            db.execute("DELETE FROM " + db.q("PersistedGrants") + " WHERE " + db.q("Key") + " IS NULL");
            lb.rollbackToTag(master, tag(master, "6.0"));
            assertFalse(db.hasColumn("PersistedGrants", "Id"), "key back on Key");
            assertFalse(db.hasColumn("ServerSideSessions", "Id"));
            assertEquals(3, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
            lb.update(ROOT);
            assertTrue(db.hasColumn("PushedAuthorizationRequests", "Id"));
        }
    }

    /** A rollback over several steps rolls back the later steps and stops, whole, at the one the rows break. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void aRollbackOverSeveralStepsStopsAtTheStepTheRowsBreak(String engine) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            insertGrants(db, 1, 4);

            Exception stopped = assertThrows(Exception.class, () -> lb.rollbackToTag(ROOT, "duende-6.0"));
            assertTrue(fullMessage(stopped).contains("PersistedGrants.Key is NULL in 4 rows"), fullMessage(stopped));
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"), "7.0 rolled back");
            assertFalse(db.hasColumn("Clients", "DPoPClockSkew"), "6.3 rolled back");
            assertTrue(db.hasColumn("ServerSideSessions", "Id"), "6.1 whole");
            assertTrue(db.hasColumn("PersistedGrants", "Id"), "6.1 whole");
            assertTrue(db.hasColumn("Clients", "CoordinateLifetimeWithUserSession"), "6.1 whole");
            lb.update(ROOT);
            assertTrue(db.hasColumn("PushedAuthorizationRequests", "Id"));
        }
    }

    @ParameterizedTest
    @MethodSource("enginesAndMasters")
    void sessionIdsBeyond32BitsStopTheWideningRollbackBeforeAnyChange(String engine, String master) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            db.execute("INSERT INTO " + db.q("ServerSideSessions") + " (" + db.q("Id") + ", " + db.q("Key") + ", "
                    + db.q("Scheme") + ", " + db.q("SubjectId") + ", " + db.q("Created") + ", " + db.q("Renewed") + ", "
                    + db.q("Data") + ") VALUES (3000000000, 's', 'cookie', 'alice', '2024-01-01 00:00:00',"
                    + " '2024-01-01 00:00:00', 'x')");
            if (engine.equals("sqlite")) {
                // INTEGER is 64-bit in SQLite: the rollback has nothing to narrow and nothing to check.
                lb.rollbackToTag(master, tag(master, "6.3"));
                assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"));
                return;
            }
            String before = SchemaSnapshot.of(db);
            String guard = "Rollback stopped before any change: ServerSideSessions.Id holds values beyond the 32-bit"
                    + " integer range in ";
            String preview = lb.rollbackSql(master, tag(master, "6.3"));
            assertTrue(preview.indexOf(guard) >= 0 && preview.indexOf(guard) < firstDdl(preview), preview);

            Exception stopped = assertThrows(Exception.class, () -> lb.rollbackToTag(master, tag(master, "6.3")));
            assertTrue(fullMessage(stopped).contains(guard + "1 rows"), fullMessage(stopped));
            assertEquals(before, SchemaSnapshot.of(db), "nothing dropped");

            db.execute("DELETE FROM " + db.q("ServerSideSessions"));
            lb.rollbackToTag(master, tag(master, "6.3"));
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"));
        }
    }

    /** The unique index on the grant key keeps duplicates out; a DBA who dropped it let them in. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void duplicateGrantKeysStopTheKeyMoveRollbackBeforeAnyChange(String engine) throws Exception {
        Path changelogs = folder6To7();
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            lb.rollbackToTag(OPERATIONAL, "duende-6.1-operational");
            String index = db.q("IX_PersistedGrants_Key");
            db.execute(engine.equals("mariadb") ? "DROP INDEX " + index + " ON " + db.q("PersistedGrants")
                    : "DROP INDEX " + index);
            insertGrant(db, "'dup'");
            insertGrant(db, "'dup'");
            insertGrant(db, "'single'");
            String before = SchemaSnapshot.of(db);

            Exception stopped = assertThrows(Exception.class,
                    () -> lb.rollbackToTag(OPERATIONAL, "duende-6.0-operational"));
            assertTrue(fullMessage(stopped).contains("Rollback stopped before any change: PersistedGrants.Key has"
                    + " duplicate values in 2 rows, and the rollback makes it unique again"), fullMessage(stopped));
            assertEquals(before, SchemaSnapshot.of(db), "nothing dropped");

            db.execute("DELETE FROM " + db.q("PersistedGrants") + " WHERE " + db.q("Key") + " = 'dup'");
            db.execute("CREATE UNIQUE INDEX " + index + " ON " + db.q("PersistedGrants") + " (" + db.q("Key") + ")");
            lb.rollbackToTag(OPERATIONAL, "duende-6.0-operational");
            assertFalse(db.hasColumn("PersistedGrants", "Id"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM " + db.q("PersistedGrants")));
        }
    }

    /**
     * A folder written before the checks existed, in the first release's layout, and a database that ran it: the next
     * run of the generator adds the checks to the step files it already holds (one of them with CRLF line ends, which
     * it keeps), Liquibase accepts the files (no checksum changed), the rollback stops before its first change, and a
     * further run writes no step file again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mariadb"})
    void aFolderAndDatabaseFromBeforeTheChecksGetThem(String engine) throws Exception {
        Path changelogs = folder6To7();
        List<Path> stepFiles = new ArrayList<>();
        try (Stream<Path> files = java.nio.file.Files.walk(changelogs)) {
            files.filter(f -> f.getFileName().toString().contains("-to-")).forEach(stepFiles::add);
        }
        Path crlf = changelogs.resolve("operational/6.0-to-6.1.xml");
        for (Path file : stepFiles) {
            String old = withoutChecks(java.nio.file.Files.readString(file));
            java.nio.file.Files.writeString(file, file.equals(crlf) ? old.replace("\n", "\r\n") : old);
        }
        FirstReleaseLayout.rewriteMasters(changelogs);
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            insertGrants(db, 1, 3);

            GeneratedSteps again = new ChangelogGenerator().generate("7.0", "7.0", ChangelogOptions.defaults(changelogs));
            assertTrue(again.filesWritten().contains(changelogs.resolve("operational/6.0-to-6.1.xml")),
                    again.filesWritten().toString());
            assertTrue(java.nio.file.Files.readString(changelogs.resolve("operational/6.3-to-7.0.xml"))
                    .contains("ServerSideSessions.Id holds values beyond"));
            Path fresh = dir.resolve("fresh");
            new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(fresh));
            new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(fresh));
            assertEquals(List.of(), again.warnings());
            for (Path file : stepFiles) {
                String expected = java.nio.file.Files.readString(fresh.resolve(changelogs.relativize(file)));
                assertEquals(file.equals(crlf) ? expected.replace("\n", "\r\n") : expected,
                        java.nio.file.Files.readString(file), "checks added as a new folder has them: " + file);
            }
            GeneratedSteps third = new ChangelogGenerator().generate("7.0", "7.0", ChangelogOptions.defaults(changelogs));
            assertTrue(third.filesWritten().stream().noneMatch(stepFiles::contains), third.filesWritten().toString());
            // The new combined master brings its tag and empty changesets (see CombinedMasterRollbackTest); no step
            // file's changeset runs again and none fails its checksum.
            long ran = db.count("SELECT COUNT(*) FROM " + db.history());
            lb.update(ROOT);
            assertEquals(ran + 5, db.count("SELECT COUNT(*) FROM " + db.history()));
            assertTrue(lb.status(ROOT).contains("is up to date"), lb.status(ROOT));
            String before = SchemaSnapshot.of(db);

            Exception stopped = assertThrows(Exception.class,
                    () -> lb.rollbackToTag(OPERATIONAL, "duende-6.0-operational"));
            assertTrue(fullMessage(stopped).contains("PersistedGrants.Key is NULL in 3 rows"), fullMessage(stopped));
            assertFalse(db.hasColumn("PushedAuthorizationRequests", "Id"), "7.0 rolled back");
            assertTrue(db.hasColumn("ServerSideSessions", "Id"), "6.1 whole");
            assertTrue(db.hasColumn("PersistedGrants", "Id"), "6.1 whole");
            assertTrue(before.contains("IX_PersistedGrants_Key") && SchemaSnapshot.of(db).contains("IX_PersistedGrants_Key"));
        }
    }

    /** A step file as the plugin wrote it before the rollback checks: no check and no marker around them. */
    static String withoutChecks(String xml) {
        return xml.replaceAll(" *<sql dbms=\"[^\"]*\" splitStatements=\"false\">[^<]*Rollback stopped before any"
                + " change[^<]*</sql>\n", "").replace(ChangelogXmlWriter.CHECKS_INDENT + ChangelogXmlWriter.CHECKS_BEGIN
                + "\n", "").replace(ChangelogXmlWriter.CHECKS_INDENT + ChangelogXmlWriter.CHECKS_END + "\n", "");
    }

    /** SQL Server and Oracle: Liquibase's offline rollbackSql prints each check before the step's first DDL. */
    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle"})
    void offlineRollbackSqlChecksBeforeTheFirstDdl(String dbms) throws Exception {
        Path changelogs = folder6To7();
        for (String master : List.of(ROOT, OPERATIONAL)) {
            String sql = LiquibaseOfflineSql.renderRollback(changelogs, master, dbms, tag(master, "6.0"),
                    dir.resolve("scratch"));
            String step61 = sql.substring(sql.indexOf("operational/6.0-to-6.1.xml"));
            String nulls = "Rollback stopped before any change: PersistedGrants.Key is NULL in ";
            assertTrue(step61.contains(nulls), sql);
            assertTrue(step61.indexOf(nulls) < firstDdl(step61), step61);
            String step70 = sql.substring(sql.indexOf("operational/6.3-to-7.0.xml"));
            assertTrue(step70.indexOf("ServerSideSessions.Id holds values beyond") < firstDdl(step70), step70);
            if (dbms.equals("oracle")) {
                assertTrue(step61.contains("RAISE_APPLICATION_ERROR(-20000, '" + nulls + "' || n || '"), step61);
                assertTrue(step61.contains("    END IF;\nEND;"), step61);
            } else {
                assertTrue(step61.contains("THROW 50000, @m, 1;"), step61);
            }
        }
    }

    /** MySQL has no block outside stored programs: its check halts without the count; proved on MariaDB's parser. */
    @Test
    void theMysqlCheckHaltsOnlyWhenRowsBreakTheConstraint() throws Exception {
        RollbackGuard guard = new RollbackGuard(new NameMapper(java.util.Map.of(), null));
        String mysql = guard.statements(Dialect.MYSQL, new RestoredConstraint(RestoredConstraint.Kind.NOT_NULL,
                "PersistedGrants", List.of("Key"), null)).stream().filter(s -> s.dbms().equals("mysql"))
                .findFirst().orElseThrow().sql();
        try (TestEngines db = TestEngines.create("mariadb", dir)) {
            db.execute("CREATE TABLE `PersistedGrants` (`Key` VARCHAR(200) NULL)");
            db.execute("INSERT INTO `PersistedGrants` VALUES ('k')");
            db.execute(mysql);
            db.execute("INSERT INTO `PersistedGrants` VALUES (NULL)");
            Exception stopped = assertThrows(Exception.class, () -> db.execute(mysql));
            assertTrue(fullMessage(stopped).contains("Subquery returns more than 1 row"), fullMessage(stopped));
        }
    }

    /**
     * Which checks a step gets follows from its operations: the key move (NOT NULL and unique again) and the widened
     * session id (32 bits again); every changeset the step always had carries all of the step's checks, the ones that
     * stand in for others none.
     */
    @Test
    void everyOriginalChangesetOfAStepCarriesAllItsChecks() throws Exception {
        DuendeSchema schema = DuendeSchema.load();
        List<String> found = new ArrayList<>();
        for (Store store : Store.values()) {
            ChangeSetPlanner planner = new ChangeSetPlanner(store, new NameMapper(java.util.Map.of(), null), false, true, false,
                    PurgeOptions.NONE);
            SchemaState state = schema.stateAt(store, "4.1");
            for (SchemaStep step : schema.steps("4.1", "8.0")) {
                List<ChangeSetSpec> changeSets = planner.step(step, state);
                for (Operation op : step.operations(store)) {
                    RestoredConstraint.of(op).forEach(c -> found.add(step.to() + " " + c.kind() + " "
                            + c.table() + "." + String.join(",", c.columns())));
                    state = state.apply(op);
                }
                List<DbmsStatement> checks = changeSets.isEmpty() ? List.of()
                        : changeSets.get(changeSets.size() - 1).rollbackChecks();
                for (ChangeSetSpec cs : changeSets) {
                    assertEquals(cs.dbms() == null ? checks : List.of(), cs.rollbackChecks(), cs.id());
                }
            }
        }
        assertEquals(List.of("6.1 NOT_NULL PersistedGrants.Key", "6.1 UNIQUE PersistedGrants.Key",
                "7.0 NARROWER ServerSideSessions.Id"), found);
    }

    private static String tag(String master, String generation) {
        return master.equals(ROOT) ? "duende-" + generation : ChangelogGenerator.tag(generation, Store.OPERATIONAL);
    }

    /** Where the first statement that changes the schema starts. */
    private static int firstDdl(String sql) {
        int first = Integer.MAX_VALUE;
        for (String ddl : List.of("DROP ", "ALTER ", "CREATE ")) {
            int at = sql.indexOf(ddl);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        return first;
    }

    private Path folder6To7() throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("6.0", "7.0", ChangelogOptions.defaults(changelogs));
        return changelogs;
    }

    private static void insertGrants(TestEngines db, int keyed, int withoutKey) throws Exception {
        for (int i = 0; i < keyed; i++) {
            insertGrant(db, "'k" + i + "'");
        }
        for (int i = 0; i < withoutKey; i++) {
            insertGrant(db, "NULL");
        }
    }

    private static void insertGrant(TestEngines db, String key) throws Exception {
        db.execute("INSERT INTO " + db.q("PersistedGrants") + " (" + db.q("Key") + ", " + db.q("Type") + ", "
                + db.q("ClientId") + ", " + db.q("CreationTime") + ", " + db.q("Data") + ") VALUES (" + key
                + ", 'refresh_token', 'c', '2024-01-01 00:00:00', 'd')");
    }
}
