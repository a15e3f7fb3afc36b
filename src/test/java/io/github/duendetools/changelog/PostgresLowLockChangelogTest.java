package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.schema.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low-lock option only adds PostgreSQL changesets in front of the ones they stand for: every default changeset
 * keeps its exact bytes and place, so databases of every kind see the same released changesets either way.
 */
class PostgresLowLockChangelogTest {

    private static final Pattern CHANGESET = Pattern.compile("    <changeSet id=\"([^\"]+)\"[^\\n]*\\n.*?    </changeSet>\\n",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void addsPostgresChangesetsBeforeTheDefaultOnesAndChangesNothingElse() throws Exception {
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("plain")));
        generator.generate("4.1", "8.0", ChangelogOptions.defaults(dir.resolve("low")).withPostgresLowLock(true));
        int online = 0;
        for (Store store : Store.values()) {
            for (String file : ChangelogCoverage.read(dir.resolve("plain")).includes(store)) {
                Map<String, String> plain = changeSets(dir.resolve("plain").resolve(file));
                Map<String, String> low = changeSets(dir.resolve("low").resolve(file));
                List<String> lowDefaults = new ArrayList<>();
                for (Map.Entry<String, String> cs : low.entrySet()) {
                    if (cs.getKey().contains(PostgresLowLock.SUFFIX)) {
                        online++;
                        assertTrue(cs.getValue().contains(" dbms=\"postgresql\""), cs.getKey());
                        String standsFor = cs.getKey().substring(0, cs.getKey().indexOf(PostgresLowLock.SUFFIX));
                        assertTrue(plain.containsKey(standsFor), cs.getKey() + " stands for a default changeset");
                        List<String> ids = new ArrayList<>(low.keySet());
                        assertTrue(ids.indexOf(cs.getKey()) < ids.indexOf(standsFor), cs.getKey() + " runs first");
                    } else {
                        lowDefaults.add(cs.getKey());
                        assertEquals(plain.get(cs.getKey()), cs.getValue(), file + ": " + cs.getKey());
                    }
                }
                assertEquals(new ArrayList<>(plain.keySet()), lowDefaults, file);
            }
        }
        // The 6.1 key move (four) and every index built on a table that already existed.
        assertTrue(online >= 6, "online changesets: " + online);
    }

    @Test
    void theKeyMoveCommitsBetweenBatchesAndBuildsIndexesConcurrently() throws Exception {
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir).withPostgresLowLock(true));
        Map<String, String> cs = changeSets(dir.resolve("operational/6.0-to-6.1.xml"));
        String prefix = "duende-6.1-operational-persistedgrants-id-pk-online-";
        // The MySQL one-pass and the H2 resumable changesets come first; each runs only there. The copy of the table
        // comes before the released in-place numbering, which it leaves marked ran.
        String copy = prefix + "copy-";
        assertEquals(List.of("duende-6.1-operational-persistedgrants-id-pk-one-pass",
                "duende-6.1-operational-persistedgrants-id-pk-resumable", copy + "capture", copy + "rows",
                copy + "indexes", copy + "catch-up", copy + "swap", prefix + "number-rows",
                prefix + "not-null", prefix + "key-index", prefix + "swap", "duende-6.1-operational-persistedgrants-id-pk"),
                new ArrayList<>(cs.keySet()).subList(0, 12));
        for (String step : List.of("capture", "rows", "indexes", "catch-up", "swap")) {
            assertTrue(cs.get(copy + step).contains(" dbms=\"postgresql\""), step);
            assertTrue(cs.get(copy + step).contains("server_version_num"), step);
        }
        // Batches and rounds commit on their own; the capture, the index builds and the swap are each all or nothing.
        assertTrue(cs.get(copy + "rows").contains("runInTransaction=\"false\"") && cs.get(copy + "rows").contains("COMMIT;"));
        assertTrue(cs.get(copy + "catch-up").contains("runInTransaction=\"false\"")
                && cs.get(copy + "catch-up").contains("COMMIT;"));
        for (String step : List.of("capture", "indexes", "swap")) {
            assertFalse(cs.get(copy + step).contains("runInTransaction"), step);
        }
        assertTrue(cs.get(copy + "swap").contains("RENAME TO &quot;IX_PersistedGrants_Key&quot;")
                || cs.get(copy + "swap").contains("RENAME TO \"IX_PersistedGrants_Key\""));
        assertTrue(cs.get(prefix + "number-rows").contains("runInTransaction=\"false\""));
        assertTrue(cs.get(prefix + "number-rows").contains("COMMIT;"));
        assertTrue(cs.get(prefix + "key-index").contains("CREATE UNIQUE INDEX CONCURRENTLY"));
        // The swap is one transaction: catalogue-only statements, all or nothing.
        assertFalse(cs.get(prefix + "swap").contains("runInTransaction"));
        assertTrue(cs.get("duende-6.1-operational-ix-persistedgrants-key-online").contains(
                "CREATE UNIQUE INDEX CONCURRENTLY \"IX_PersistedGrants_Key\""));
    }

    @Test
    void theOptionIsOffByDefault() throws Exception {
        new ChangelogGenerator().generate("4.1", "8.0", ChangelogOptions.defaults(dir));
        noFileContains(dir, PostgresLowLock.SUFFIX);
    }

    static void noFileContains(Path dir, String text) throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(text), file.toString());
            }
        }
    }

    /** The changesets of a file, id to text, in order. */
    static Map<String, String> changeSets(Path file) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = CHANGESET.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            out.put(m.group(1), m.group());
        }
        return out;
    }
}
