package io.github.duendetools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL schemes, password masking in every URL form a driver takes, default drivers, and opening nothing new. */
class JdbcUrlsTest {

    @TempDir
    Path dir;

    @Test
    void masksEveryPasswordForm() {
        assertEquals("jdbc:postgresql://db:5432/identity?user=app&password=****&ssl=true",
                JdbcUrls.mask("jdbc:postgresql://db:5432/identity?user=app&password=s3cret&ssl=true"));
        assertEquals("jdbc:sqlserver://db:1433;databaseName=identity;password=****;encrypt=true",
                JdbcUrls.mask("jdbc:sqlserver://db:1433;databaseName=identity;password={a;b};encrypt=true"));
        assertEquals("jdbc:mysql://app:****@db:3306/identity", JdbcUrls.mask("jdbc:mysql://app:s3cret@db:3306/identity"));
        assertEquals("jdbc:oracle:thin:app/****@db:1521/IDENTITY", JdbcUrls.mask("jdbc:oracle:thin:app/s3cret@db:1521/IDENTITY"));
        assertEquals("jdbc:h2:mem:x;USER=sa;PASSWORD=****", JdbcUrls.mask("jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret"));
        assertEquals("jdbc:mariadb://db/identity?pwd=****", JdbcUrls.mask("jdbc:mariadb://db/identity?pwd=s3cret"));
        assertEquals("jdbc:h2:mem:x", JdbcUrls.mask("jdbc:h2:mem:x"));
    }

    @Test
    void maskingDoesNotStopEarlyAtASemicolonOrABrace() {
        assertEquals("jdbc:mysql://db/identity?password=****",
                JdbcUrls.mask("jdbc:mysql://db/identity?password=Semi;colonSecret"));
        assertEquals("jdbc:mysql://db/identity?password=****&ssl=true",
                JdbcUrls.mask("jdbc:mysql://db/identity?password={br}aceTail&ssl=true"));
        assertEquals("jdbc:sqlserver://db;password=****;encrypt=true",
                JdbcUrls.mask("jdbc:sqlserver://db;password={br}aceTail;encrypt=true"));
        assertEquals("jdbc:sqlserver://db;password=****;encrypt=true",
                JdbcUrls.mask("jdbc:sqlserver://db;password={a}};b};encrypt=true"));
        assertEquals("jdbc:h2:mem:x;PASSWORD=****", JdbcUrls.mask("jdbc:h2:mem:x;PASSWORD={unclosed;rest"));
    }

    @Test
    void aUserInfoPasswordADriverQuotesBackIsScrubbed() {
        String url = "jdbc:mariadb://user:Plain9Secret@127.0.0.1/db";
        assertEquals("Incorrect port value : ****@127.0.0.1",
                JdbcUrls.scrub("Incorrect port value : Plain9Secret@127.0.0.1", url, null));
        String query = "jdbc:mysql://db/identity?password=Semi;colonSecret";
        assertFalse(JdbcUrls.scrub("rejected Semi;colonSecret", query, null).contains("colonSecret"));
    }

    @Test
    void scrubsThePasswordAndTheUrlOutOfADriverMessage() {
        String url = "jdbc:mysql://app:s3cret@db/identity";
        assertEquals("Access denied for **** at jdbc:mysql://app:****@db/identity",
                JdbcUrls.scrub("Access denied for s3cret\n at " + url, url, "s3cret"));
    }

    @Test
    void knowsEachSchemeAndItsDefaultDriver() {
        assertEquals(Engine.MARIADB, Engine.forUrl("jdbc:mariadb://db/x").orElseThrow());
        assertEquals(Engine.SQLSERVER, Engine.forUrl("JDBC:SQLSERVER://db").orElseThrow());
        assertTrue(Engine.forUrl("jdbc:db2://db").isEmpty());
        assertEquals("jdbc:db2", Engine.schemeOf("jdbc:db2://db:5000/x"));
        for (Engine engine : Engine.values()) {
            String gav = JdbcDrivers.defaultCoordinates(engine);
            assertTrue(gav.matches("[\\w.-]+:[\\w.-]+:[\\w.-]+"), engine + " " + gav);
        }
        assertEquals("org.postgresql:postgresql:" + org.postgresql.util.DriverInfo.DRIVER_VERSION,
                JdbcDrivers.defaultCoordinates(Engine.POSTGRESQL), "the tested version, filled in from the build");
    }

    @Test
    void aMissingH2FileOrSqliteFileIsAnErrorNotANewDatabase() throws Exception {
        Path h2 = dir.resolve("absent");
        InspectException e = assertThrows(InspectException.class, () -> ReadOnlyConnection.open(
                DriverManager.getDriver("jdbc:h2:" + h2), "jdbc:h2:" + h2, "sa", "", Engine.H2.systemTables(5)));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:h2:" + h2 + ": "), e.getMessage());
        Path sqlite = dir.resolve("absent.db");
        e = assertThrows(InspectException.class, () -> ReadOnlyConnection.open(
                DriverManager.getDriver("jdbc:sqlite:" + sqlite), "jdbc:sqlite:" + sqlite, null, null, Engine.SQLITE.systemTables(5)));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:sqlite:" + sqlite + ": "), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing was created");
        }
        assertFalse(e.getMessage().contains("\n"));
    }
}
