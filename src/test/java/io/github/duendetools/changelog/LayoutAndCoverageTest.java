package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutAndCoverageTest {

    @TempDir
    Path dir;

    @Test
    void sameInputsGiveByteIdenticalFiles() throws Exception {
        ChangelogOptions a = new ChangelogOptions(dir.resolve("a"), "ids", null, "grants", Map.of("Clients", "Apps"), true, List.of(), null);
        ChangelogOptions b = new ChangelogOptions(dir.resolve("b"), "ids", null, "grants", Map.of("Clients", "Apps"), true, List.of(), null);
        new ChangelogGenerator().generate("4.1", "8.0", a);
        new ChangelogGenerator().generate("4.1", "8.0", b);
        Map<String, byte[]> first = files(dir.resolve("a"));
        Map<String, byte[]> second = files(dir.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        assertEquals(19, first.size());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
            assertTrue(new String(first.get(name)).endsWith(">\n"), name + " ends with a newline");
        }
    }

    @Test
    void aChangesetMarkedRanDoesNotClaimEfMigratedTheDatabase() throws Exception {
        // on a new database the baseline made the change, and no EF ever touched it
        new ChangelogGenerator().generate("6.0", "6.1", ChangelogOptions.defaults(dir));
        String xml = Files.readString(dir.resolve("operational/6.0-to-6.1.xml"));
        assertTrue(xml.contains("onFailMessage=\"already applied: the database has this change (made by EF Core migrations"
                + " or by an earlier changeset)\""), xml);
        assertTrue(!xml.contains("EF Core migrated this database"), xml);
    }

    @Test
    void everyFileHaltsOnADatabaseNoChangesetKnows() throws Exception {
        new ChangelogGenerator().generate("5.2", "8.0", ChangelogOptions.defaults(dir));
        String guard = "    <preConditions onFail=\"HALT\" onFailMessage=\"The Duende changelogs support only these databases: "
                + "mssql,postgresql,mysql,mariadb,oracle,sqlite,h2\">\n"
                + "        <dbms type=\"mssql,postgresql,mysql,mariadb,oracle,sqlite,h2\"/>\n"
                + "    </preConditions>\n";
        Map<String, byte[]> all = files(dir);
        assertTrue(all.size() > 10, "files: " + all.keySet());
        for (Map.Entry<String, byte[]> file : all.entrySet()) {
            String xml = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.startsWith(ChangelogXmlWriter.HEADER), file.getKey() + ":\n" + xml);
            int open = ChangelogXmlWriter.HEADER.length();
            assertEquals(guard, xml.substring(open, open + guard.length()), file.getKey());
        }
    }

    @Test
    void laterTargetAppendsIncludesAndLeavesStepFilesAlone() throws Exception {
        ChangelogOptions options = ChangelogOptions.defaults(dir);
        ChangelogGenerator generator = new ChangelogGenerator();
        generator.generate("5.2", "6.1", options);
        Map<String, byte[]> before = files(dir);
        GeneratedSteps second = generator.generate("6.1", "7.0", options);
        Map<String, byte[]> after = files(dir);
        for (String name : before.keySet()) {
            if (name.contains("/")) {
                assertArrayEquals(before.get(name), after.get(name), name + " must not change");
            }
        }
        assertTrue(second.filesWritten().contains(dir.resolve("operational/6.3-to-7.0.xml")));
        assertEquals(List.of("configuration/5.2-to-6.0.xml", "configuration/6.0-to-6.1.xml",
                "configuration/6.1-to-6.3.xml", "configuration/6.3-to-7.0.xml"),
                ChangelogCoverage.read(dir).includes(Store.CONFIGURATION));
        assertEquals(List.of("operational 6.1-to-6.3"), second.stepsWithoutSchemaChange());
        assertEquals(List.of("configuration 6.1-to-6.3", "configuration 6.3-to-7.0", "operational 6.3-to-7.0"),
                second.stepsEmitted());
        GeneratedSteps again = generator.generate("6.1", "7.0", options);
        assertTrue(again.filesWritten().isEmpty(), "a rerun writes nothing: " + again.filesWritten());
    }

    @Test
    void sqlPreviewPerDatabaseAndStep() throws Exception {
        ChangelogOptions options = new ChangelogOptions(dir.resolve("cl"), null, null, null, Map.of(), false,
                List.of("mssql", "sqlite"), dir.resolve("sql"));
        new ChangelogGenerator().generate("6.0", "6.1", options);
        String mssql = Files.readString(dir.resolve("sql/mssql/operational/6.0-to-6.1.sql"));
        assertTrue(mssql.contains("CREATE UNIQUE INDEX [IX_PersistedGrants_Key] ON [PersistedGrants] ([Key]) WHERE [Key] IS NOT NULL;"),
                mssql);
        String sqlite = Files.readString(dir.resolve("sql/sqlite/operational/6.0-to-6.1.sql"));
        assertTrue(sqlite.contains("CREATE TABLE \"ef_temp_PersistedGrants\""), sqlite);
        assertTrue(Files.exists(dir.resolve("sql/sqlite/configuration/6.0-to-6.1.sql")));
        assertThrows(IllegalArgumentException.class, () -> new ChangelogGenerator().generate("6.0", "6.1",
                new ChangelogOptions(dir.resolve("cl2"), null, null, null, Map.of(), false, List.of("db2"), dir.resolve("sql"))));
    }

    @Test
    void coverageReportsTheHighestGenerationPerStore() throws Exception {
        assertEquals(Optional.empty(), ChangelogCoverage.read(dir).generation(Store.CONFIGURATION));
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir));
        assertEquals(Optional.of("6.0"), ChangelogCoverage.read(dir).generation(Store.OPERATIONAL));
        new ChangelogGenerator().generate("6.0", "6.3", ChangelogOptions.defaults(dir));
        ChangelogCoverage coverage = ChangelogCoverage.read(dir);
        assertEquals(Optional.of("6.3"), coverage.generation(Store.CONFIGURATION));
        assertEquals(Optional.of("6.3"), coverage.generation(Store.OPERATIONAL));
        assertEquals("operational/baseline-6.0.xml", coverage.includes(Store.OPERATIONAL).get(0));
    }

    @Test
    void unreadableMasterNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("duende-operational.xml"), "<databaseChangeLog>\n<include file='x'>\n");
        InputException e = assertThrows(InputException.class, () -> ChangelogCoverage.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("duende-operational.xml") + ":"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void noStepBackwards() {
        assertThrows(IllegalArgumentException.class,
                () -> new ChangelogGenerator().generate("7.0", "6.0", ChangelogOptions.defaults(dir)));
        assertThrows(IllegalArgumentException.class,
                () -> new ChangelogGenerator().generate("6.2", "7.0", ChangelogOptions.defaults(dir)));
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
