package io.github.duendetools.changelog;

import static io.github.duendetools.changelog.Queries.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duendetools.Slow;
import io.github.duendetools.liquibase.ChangelogFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite: the PersistedGrants key change is a table rebuild; every grant must survive with a new, distinct id. */
@Slow
class SqliteApplyTest {

    @TempDir
    Path dir;

    @Test
    void grantsSurviveTheKeyChangeAndRollback() throws Exception {
        // The build points java.io.tmpdir at target/tmp; sqlite-jdbc unpacks its native library there.
        java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        String url = "jdbc:sqlite:" + dir.resolve("ids.db");
        new ChangelogGenerator().baseline("6.0", ChangelogOptions.defaults(dir.resolve("base")));
        new ChangelogGenerator().generate("6.0", "8.0", ChangelogOptions.defaults(dir.resolve("steps")));
        new LiquibaseRunner(dir.resolve("base"), url, null, null).update(ChangelogFolder.ROOT_MASTER);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (int i = 0; i < 200; i++) {
                s.executeUpdate("INSERT INTO \"PersistedGrants\" (\"Key\", \"Type\", \"ClientId\", \"CreationTime\", \"Data\")"
                        + " VALUES ('k" + i + "', 'refresh_token', 'c', '2024-01-01 00:00:00', 'data" + i + "')");
            }
            s.executeUpdate("INSERT INTO \"Clients\" (\"Enabled\", \"ClientId\", \"ProtocolType\", \"RequireClientSecret\","
                    + " \"RequireConsent\", \"AllowRememberConsent\", \"AlwaysIncludeUserClaimsInIdToken\", \"RequirePkce\","
                    + " \"AllowPlainTextPkce\", \"RequireRequestObject\", \"AllowAccessTokensViaBrowser\","
                    + " \"FrontChannelLogoutSessionRequired\", \"BackChannelLogoutSessionRequired\", \"AllowOfflineAccess\","
                    + " \"IdentityTokenLifetime\", \"AccessTokenLifetime\", \"AuthorizationCodeLifetime\","
                    + " \"AbsoluteRefreshTokenLifetime\", \"SlidingRefreshTokenLifetime\", \"RefreshTokenUsage\","
                    + " \"UpdateAccessTokenClaimsOnRefresh\", \"RefreshTokenExpiration\", \"AccessTokenType\","
                    + " \"EnableLocalLogin\", \"IncludeJwtId\", \"AlwaysSendClientClaims\", \"DeviceCodeLifetime\","
                    + " \"Created\", \"NonEditable\") VALUES (1, 'app', 'oidc', 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0,"
                    + " 300, 3600, 300, 2592000, 1296000, 1, 0, 1, 0, 1, 1, 0, 300, '2024-01-01 00:00:00', 0)");
        }
        LiquibaseRunner lb = new LiquibaseRunner(dir.resolve("steps"), url, null, null);
        lb.update(ChangelogFolder.ROOT_MASTER);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(200, count(s, "SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
            assertEquals(200, count(s, "SELECT COUNT(*) FROM \"PersistedGrants\" WHERE \"Data\" = 'data' || substr(\"Key\", 2)"));
            assertEquals(0, count(s, "SELECT \"RequireDPoP\" + \"DPoPValidationMode\" FROM \"Clients\""));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_PersistedGrants_Key'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_PersistedGrants_SubjectId_SessionId_Type'"));
        }
        lb.rollbackToTag(ChangelogFolder.ROOT_MASTER, "duende-6.0-operational");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(200, count(s, "SELECT COUNT(DISTINCT \"Key\") FROM \"PersistedGrants\""));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM pragma_table_info('PersistedGrants') WHERE name = 'Id'"));
        }
        lb.update(ChangelogFolder.ROOT_MASTER);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(200, count(s, "SELECT COUNT(DISTINCT \"Id\") FROM \"PersistedGrants\""));
        }
    }
}
