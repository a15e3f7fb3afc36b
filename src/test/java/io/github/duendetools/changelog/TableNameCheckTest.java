package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names no escaping makes safe everywhere, and names that put two tables in one place, are refused before writing. */
class TableNameCheckTest {
    private final ChangelogUpdate update = new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator());

    @TempDir
    Path dir;

    private InputException refused(Map<String, String> tableNames) {
        return refused(new ChangelogOptions(dir, null, null, null, tableNames, false, List.of("mysql"), dir.resolve("sql")));
    }

    private InputException refused(ChangelogOptions options) {
        InputException e = assertThrows(InputException.class, () -> update.write(NuGetVersion.parse("6.0.0"),
                NuGetVersion.parse("7.4.8"), false, options));
        assertTrue(e.getMessage().startsWith("refusing these names before writing anything: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        } catch (java.io.IOException io) {
            throw new IllegalStateException(io);
        }
        return e;
    }

    @Test
    void aBackslashWhichMysqlReadsAsAnEscapeIsRefused() {
        assertTrue(refused(Map.of("PersistedGrants", "x\\' OR 1=1 #")).getMessage().contains(
                "duende.tableNames: PersistedGrants = 'x\\' OR 1=1 #' contains a backslash"));
        assertTrue(refused(Map.of("PersistedGrants", "Grants\\")).getMessage().contains("contains a backslash"));
    }

    @Test
    void aControlCharacterIsRefusedAndShownEscaped() {
        String message = refused(Map.of("PersistedGrants", "Gr\u0001ants")).getMessage();
        assertTrue(message.contains("PersistedGrants = 'Gr\\u0001ants' contains the control character U+0001"), message);
        assertTrue(refused(Map.of("Clients", "Cl\nients")).getMessage().contains("U+000A"));
    }

    @Test
    void aNameLongerThanPostgresKeepsIsRefused() throws Exception {
        String longest = "T".repeat(TableNameCheck.MAX_NAME_BYTES);
        assertTrue(refused(Map.of("Clients", longest + "T")).getMessage().contains("is 64 bytes long"));
        update.write(NuGetVersion.parse("6.0.0"), NuGetVersion.parse("6.1.8"), false,
                new ChangelogOptions(dir, null, null, null, Map.of("Clients", longest), false, List.of(), null));
    }

    @Test
    void twoTablesMappedToOneNameAreRefused() {
        String message = refused(Map.of("IdentityProviders", "X", "ServerSideSessions", "X")).getMessage();
        assertTrue(message.contains("IdentityProviders and ServerSideSessions would both be table 'X'")
                || message.contains("ServerSideSessions and IdentityProviders would both be table 'X'"), message);
    }

    @Test
    void aTableMappedToAnotherDuendeTablesNameIsRefused() {
        String message = refused(Map.of("Clients", "apiresources")).getMessage();
        assertTrue(message.contains("ApiResources and Clients would both be table 'apiresources'"), message);
    }

    @Test
    void theSameNameInTheTwoStoresSchemasIsFine() throws Exception {
        update.write(NuGetVersion.parse("6.0.0"), NuGetVersion.parse("6.1.8"), false, new ChangelogOptions(dir, null,
                "config", "ops", Map.of("IdentityProviders", "X", "ServerSideSessions", "X"), false, List.of(), null));
        assertTrue(Files.exists(dir.resolve(ChangelogFolder.ROOT_MASTER)));
    }

    @Test
    void aSchemaNameIsCheckedToo() {
        assertTrue(refused(new ChangelogOptions(dir, "dbo\u0000", null, null, Map.of(), false, List.of(), null))
                .getMessage().contains("duende.schema = 'dbo\\u0000' contains the control character U+0000"));
    }
}
