package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.fullMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The type corrections of 8.0 on a database that already ran the first release's 8.0 changesets and holds rows:
 * the next update converts SamlServiceProviders.AllowedSignatureAlgorithms to text[] on PostgreSQL and
 * SamlLogoutSessions.Version to int unsigned on MariaDB, every value kept; rolling the correction back converts back;
 * values that do not fit halt the update and change nothing. H2 and SQLite already have EF's types: nothing runs.
 */
@Slow
class TypeCorrectionTest {

    private static final String ROOT = ChangelogFolder.ROOT_MASTER;
    /** The correction changesets, which the first release's files did not have. */
    private static final Pattern CORRECTION = Pattern.compile(
            "\n    <changeSet id=\"duende-8\\.0-[a-z-]+-type\" [^>]*dbms=\"[^\"]+\"[^>]*>.*?</changeSet>\n", Pattern.DOTALL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void aDatabaseThatRanTheReleased80ChangesetsIsConvertedWithItsRows(String engine) throws Exception {
        Path changelogs = folder7To8();
        Map<Path, String> full = withoutCorrections(changelogs);
        try (TestEngines db = TestEngines.create(engine, dir)) {
            LiquibaseRunner lb = db.liquibase(changelogs);
            lb.update(ROOT);
            insertRows(db, 7);
            Map<String, String> listsBefore = lists(db);
            restore(full);

            lb.update(ROOT);
            boolean pg = engine.equals("postgresql");
            boolean maria = engine.equals("mariadb");
            assertEquals(pg ? "ARRAY" : released(engine, "list"), type(db, "SamlServiceProviders", "AllowedSignatureAlgorithms"));
            assertEquals(maria ? "int(10) unsigned" : released(engine, "uint"), type(db, "SamlLogoutSessions", "Version"));
            assertEquals(listsBefore, lists(db), "every list keeps its values, in order");
            assertEquals(List.of("0", "4294967295", "7"), versions(db));
            assertEquals(pg || maria ? 1 : 0, db.count("SELECT COUNT(*) FROM " + db.history() + " WHERE ID LIKE '%-type'"
                    + " AND ID LIKE 'duende-8.0-%'"), "one correction ran, only where the types differ");
            assertTrue(lb.status(ROOT).contains("is up to date"), lb.status(ROOT));

            if (pg || maria) {
                lb.rollbackCount(ROOT, 1);
                assertEquals(released(engine, pg ? "list" : "uint"),
                        type(db, pg ? "SamlServiceProviders" : "SamlLogoutSessions", pg ? "AllowedSignatureAlgorithms" : "Version"));
                assertEquals(listsBefore, lists(db), "rolled back: EF Core's JSON again");
                assertEquals(List.of("0", "4294967295", "7"), versions(db));
                lb.update(ROOT);
                assertEquals(listsBefore, lists(db));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "sqlite"})
    void aNewDatabaseGetsTheExactTypesThroughTheBaseline(String engine) throws Exception {
        Path changelogs = dir.resolve("baseline");
        new ChangelogGenerator().baseline("8.0", ChangelogOptions.defaults(changelogs));
        try (TestEngines db = TestEngines.create(engine, dir)) {
            db.liquibase(changelogs).update(ROOT);
            assertEquals(engine.equals("postgresql") ? "ARRAY" : released(engine, "list"),
                    type(db, "SamlServiceProviders", "AllowedSignatureAlgorithms"));
            assertEquals(released(engine, "uint"), type(db, "SamlLogoutSessions", "Version"));
            insertRows(db, 7);
            assertEquals("[\"RS256\",\"PS256\"]", lists(db).get("sp-0"));
            assertEquals(List.of("0", "4294967295", "7"), versions(db));
        }
    }

    @Test
    void aNewMariadbDatabaseGetsIntUnsignedThroughTheBaseline() throws Exception {
        Path changelogs = dir.resolve("baseline");
        new ChangelogGenerator().baseline("8.0", ChangelogOptions.defaults(changelogs));
        try (TestEngines db = TestEngines.create("mariadb", dir)) {
            db.liquibase(changelogs).update(ROOT);
            assertEquals("int(10) unsigned", type(db, "SamlLogoutSessions", "Version"));
        }
    }

    @Test
    void mariadbRefusesVersionsOutsideTheUintRangeAndChangesNothing() throws Exception {
        try (TestEngines db = TestEngines.create("mariadb", dir)) {
            String message = haltedUpdate(db, "INSERT INTO `SamlLogoutSessions` (`LogoutId`, `SerializedSession`,"
                    + " `ExpiresAtUtc`, `Version`) VALUES ('negative', '{}', '2030-01-01', -1),"
                    + " ('too-big', '{}', '2030-01-01', 4294967296)");
            assertTrue(message.contains("SamlLogoutSessions.Version: 2 values outside 0 to 4294967295"), message);
            assertEquals("bigint(20)", type(db, "SamlLogoutSessions", "Version"));
            assertEquals(List.of("0", "4294967295", "7", "-1", "4294967296"), versions(db));
        }
    }

    @Test
    void postgresqlRefusesAListItCannotReadAndChangesNothing() throws Exception {
        try (TestEngines db = TestEngines.create("postgresql", dir)) {
            String message = haltedUpdate(db, "INSERT INTO \"SamlServiceProviders\" (\"EntityId\", \"Enabled\","
                    + " \"AllowIdpInitiated\", \"AllowedSignatureAlgorithms\", \"Created\", \"NonEditable\")"
                    + " VALUES ('sp-bare', TRUE, FALSE, 'RS256', now(), FALSE)");
            assertTrue(message.contains("malformed array literal"), message);
            assertEquals("text", type(db, "SamlServiceProviders", "AllowedSignatureAlgorithms"));
            assertEquals("RS256", lists(db).get("sp-bare"));
        }
    }

    /** Runs the first release's 8.0 changesets, adds the usual rows and {@code extraRow}; the next update must halt. */
    private String haltedUpdate(TestEngines db, String extraRow) throws Exception {
        Path changelogs = folder7To8();
        Map<Path, String> full = withoutCorrections(changelogs);
        LiquibaseRunner lb = db.liquibase(changelogs);
        lb.update(ROOT);
        insertRows(db, 7);
        db.execute(extraRow);
        restore(full);
        return fullMessage(assertThrows(Exception.class, () -> lb.update(ROOT)));
    }

    private Path folder7To8() throws Exception {
        Path changelogs = dir.resolve("changelogs");
        new ChangelogGenerator().baseline("7.0", ChangelogOptions.defaults(changelogs));
        new ChangelogGenerator().generate("7.0", "8.0", ChangelogOptions.defaults(changelogs));
        return changelogs;
    }

    /** Rewrites the step files as the first release wrote them; returns the full texts to put back. */
    private static Map<Path, String> withoutCorrections(Path changelogs) throws Exception {
        Map<Path, String> full = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(changelogs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String text = Files.readString(f);
                String released = CORRECTION.matcher(text).replaceAll("\n");
                if (!released.equals(text)) {
                    full.put(f, text);
                    Files.writeString(f, released);
                }
            }
        }
        assertEquals(2, full.size(), "one correction in each store's 7.0-to-8.0 file");
        return full;
    }

    private static void restore(Map<Path, String> full) throws Exception {
        for (Map.Entry<Path, String> e : full.entrySet()) {
            Files.writeString(e.getKey(), e.getValue());
        }
    }

    /** The type the first release created, as each engine's catalog names it. */
    private static String released(String engine, String what) {
        return switch (engine + "/" + what) {
            case "postgresql/list" -> "text";
            case "postgresql/uint" -> "bigint";
            case "mariadb/list" -> "longtext";
            case "mariadb/uint" -> "bigint(20)";
            case "h2/list" -> "CHARACTER VARYING";
            case "h2/uint" -> "BIGINT";
            case "sqlite/list" -> "TEXT";
            case "sqlite/uint" -> "INTEGER";
            default -> throw new IllegalArgumentException(engine + "/" + what);
        };
    }

    private static String type(TestEngines db, String table, String column) throws Exception {
        String sql = switch (db.engine) {
            case "sqlite" -> "SELECT type FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'";
            case "mariadb" -> "SELECT COLUMN_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'";
            default -> "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '" + table
                    + "' AND COLUMN_NAME = '" + column + "'";
        };
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no column " + table + "." + column);
            return rs.getString(1);
        }
    }

    /**
     * Service providers with lists as EF Core writes them into a text column (JSON; values with a comma and a '#'),
     * an empty list and none, and logout sessions with the extremes of a uint.
     */
    private static void insertRows(TestEngines db, int third) throws Exception {
        boolean pg = db.engine.equals("postgresql");
        String[] lists = {"'[\"RS256\",\"PS256\"]'", "'[]'", "NULL",
                "'[\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\",\"a,b\"]'"};
        String now = db.engine.equals("sqlite") ? "'2026-01-01 00:00:00'" : "CURRENT_TIMESTAMP";
        String t = db.engine.equals("mariadb") || db.engine.equals("sqlite") ? "1" : "TRUE";
        String f = db.engine.equals("mariadb") || db.engine.equals("sqlite") ? "0" : "FALSE";
        for (int i = 0; i < lists.length; i++) {
            String list = lists[i];
            if (pg && type(db, "SamlServiceProviders", "AllowedSignatureAlgorithms").equals("ARRAY") && !list.equals("NULL")) {
                list = "ARRAY(SELECT json_array_elements_text(" + list + "::json))";
            }
            db.execute("INSERT INTO " + db.q("SamlServiceProviders") + " (" + db.q("EntityId") + ", " + db.q("Enabled") + ", "
                    + db.q("AllowIdpInitiated") + ", " + db.q("AllowedSignatureAlgorithms") + ", " + db.q("Created") + ", "
                    + db.q("NonEditable") + ") VALUES ('sp-" + i + "', " + t + ", " + f + ", " + list + ", " + now + ", " + f + ")");
        }
        for (long v : new long[] {0, 4294967295L, third}) {
            db.execute("INSERT INTO " + db.q("SamlLogoutSessions") + " (" + db.q("LogoutId") + ", " + db.q("SerializedSession")
                    + ", " + db.q("ExpiresAtUtc") + ", " + db.q("Version") + ") VALUES ('logout-" + v + "', '{}', " + now + ", "
                    + v + ")");
        }
    }

    /** Each provider's list as EF Core's JSON text (PostgreSQL's array read back through array_to_json). */
    private static Map<String, String> lists(TestEngines db) throws Exception {
        String column = db.q("AllowedSignatureAlgorithms");
        if (db.engine.equals("postgresql") && type(db, "SamlServiceProviders", "AllowedSignatureAlgorithms").equals("ARRAY")) {
            column = "array_to_json(" + column + ")::text";
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + db.q("EntityId") + ", " + column + " FROM "
                     + db.q("SamlServiceProviders") + " ORDER BY " + db.q("EntityId"))) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static List<String> versions(TestEngines db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + db.q("Version") + " FROM " + db.q("SamlLogoutSessions")
                     + " ORDER BY " + db.q("LogoutId"))) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
