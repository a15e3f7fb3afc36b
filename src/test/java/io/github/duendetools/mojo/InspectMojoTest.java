package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspect goal end to end on H2 (the driver from the test class path stands for a plugin dependency): verdicts,
 * the three password sources, and that no password reaches the log, the reports or an exception.
 */
class InspectMojoTest {
    private static final String SECRET = "Pa55-word-never-printed";
    private static final String SCRIPT = "INIT=RUNSCRIPT FROM 'classpath:inspect/h2-6.1.sql'";

    @TempDir
    Path repo;

    @TempDir
    Path output;

    private final CapturingLog log = new CapturingLog();

    private static String memUrl() {
        return "jdbc:h2:mem:inspect_" + UUID.randomUUID().toString().replace("-", "");
    }

    private void declare(String version) throws Exception {
        Files.writeString(repo.resolve("Idp.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer.EntityFramework\" Version=\"" + version
                + "\" /></ItemGroup>\n</Project>\n", StandardCharsets.UTF_8);
    }

    private InspectMojo mojo(String url) {
        InspectMojo mojo = new InspectMojo();
        mojo.url = SecretParameter.literal("url", url);
        mojo.username = "sa";
        mojo.projectRoot = repo.toFile();
        mojo.outputDirectory = output.toFile();
        mojo.changelogDirectory = repo.resolve("no-changelogs").toFile();
        mojo.maxFileSize = 1024 * 1024;
        mojo.failOnUnsupported = "true";
        mojo.failOnDrift = "true";
        mojo.failOnBehind = "true";
        mojo.passwordEnv = "DUENDE_DB_PASSWORD";
        mojo.environment = name -> null;
        mojo.timeout = 10;
        mojo.setLog(log);
        return mojo;
    }

    private String everythingWritten() throws Exception {
        return String.join("\n", log.lines) + Files.readString(output.resolve("inspect-report.json"))
                + Files.readString(output.resolve("inspect-report.md"));
    }

    @Test
    void namesTheGenerationAndWhoManagesItAndPasses() throws Exception {
        declare("6.1.8");
        InspectMojo mojo = mojo(memUrl() + ";" + SCRIPT);
        mojo.password = SecretParameter.literal("password", SECRET);

        mojo.execute();

        assertTrue(log.has("INFO configuration store (schema PUBLIC): generation 6.1, no drift"), String.join("\n", log.lines));
        // 6.3 left the operational store as 6.1 had it: both generations match, the one the project declares is named
        assertTrue(log.has("INFO operational store (schema PUBLIC): generation 6.1 (same schema as 6.3), no drift"),
                String.join("\n", log.lines));
        assertTrue(log.has("INFO   managed by EF Core migrations (3 EF migrations recorded, last"
                + " 20220608092034_Update_DuendeIdentityServer_v6_1)"), String.join("\n", log.lines));
        assertTrue(log.has("INFO   to 6.1: nothing to apply"), String.join("\n", log.lines));
        String json = Files.readString(output.resolve("inspect-report.json"));
        assertTrue(json.contains("\"passed\": true"), json);
        assertFalse(everythingWritten().contains(SECRET));
    }

    @Test
    void failsWithEveryReasonWhenTheDatabaseIsBehindAndListsTheCost() throws Exception {
        declare("7.0.0");
        InspectMojo mojo = mojo(memUrl() + ";" + SCRIPT);
        mojo.password = SecretParameter.literal("password", SECRET);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("configuration store is at generation 6.1"), e.getMessage());
        assertTrue(e.getMessage().contains("operational store is at generation 6.3 (same schema as 6.1)"), e.getMessage());
        assertTrue(e.getMessage().contains("behind 7.0 that the project declares (7.0.0)"), e.getMessage());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO     6.3 -> 7.0 ServerSideSessions: widen identity column Id"
                + " — full table copy")), String.join("\n", log.lines));
        assertFalse(everythingWritten().contains(SECRET));
    }

    @Test
    void aVersionTheCatalogCannotPlaceIsNotJudgedAgainstAnOlderSchema() throws Exception {
        declare("9.0.0");
        InspectMojo mojo = mojo(memUrl() + ";" + SCRIPT);
        mojo.password = SecretParameter.literal("password", SECRET);

        mojo.execute();

        assertTrue(log.has("WARN the project declares 9.0.0, which this plugin cannot place in a schema generation: the stores"
                + " are not compared with it (update the plugin, or describe the release in duende.catalogFile)"),
                String.join("\n", log.lines));
        assertFalse(String.join("\n", log.lines).contains("behind 8.0"), String.join("\n", log.lines));
    }

    @Test
    void behindOnlyWarnsWithFailOnBehindFalse() throws Exception {
        declare("7.0.0");
        InspectMojo mojo = mojo(memUrl() + ";" + SCRIPT);
        mojo.password = SecretParameter.literal("password", SECRET);
        mojo.failOnBehind = "false";

        mojo.execute();

        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("WARN configuration store is at generation 6.1, behind 7.0")),
                String.join("\n", log.lines));
    }

    @Test
    void passwordFromTheEnvironmentAndMaskedInTheUrl() throws Exception {
        String url = memUrl();
        try (Connection keep = DriverManager.getConnection(url + ";" + SCRIPT, "sa", SECRET)) {
            InspectMojo mojo = mojo(url + ";PASSWORD=" + SECRET);
            mojo.environment = name -> name.equals("DUENDE_DB_PASSWORD") ? SECRET : null;
            mojo.projectRoot = null;

            mojo.execute();

            assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO Inspected " + url + ";PASSWORD=**** (H2 ")),
                    String.join("\n", log.lines));
            assertFalse(everythingWritten().contains(SECRET));
        }
    }

    @Test
    void passwordFromASettingsServerDecryptedAsMavenDoes() throws Exception {
        String url = memUrl();
        try (Connection keep = DriverManager.getConnection(url + ";" + SCRIPT, "dba", SECRET)) {
            InspectMojo mojo = mojo(url);
            mojo.username = null;
            mojo.projectRoot = null;
            Server server = new Server();
            server.setId("identity-db");
            server.setUsername("dba");
            server.setPassword("{encrypted}");
            Settings settings = new Settings();
            settings.addServer(server);
            mojo.settings = settings;
            mojo.server = "identity-db";
            mojo.decrypter = decrypting("{encrypted}", SECRET);

            mojo.execute();

            assertFalse(everythingWritten().contains(SECRET));
        }
    }

    @Test
    void wrongCredentialsAreOneLineWithoutThePassword() throws Exception {
        String url = memUrl();
        try (Connection keep = DriverManager.getConnection(url + ";" + SCRIPT, "sa", "right-one")) {
            InspectMojo mojo = mojo(url);
            mojo.password = SecretParameter.literal("password", SECRET);
            mojo.projectRoot = null;

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

            assertTrue(e.getMessage().startsWith("cannot connect to " + url + ": "), e.getMessage());
            assertOneLineWithout(e, SECRET);
        }
    }

    @Test
    void unreachableHostIsOneLine() {
        InspectMojo mojo = mojo("jdbc:postgresql://127.0.0.1:9/identity?password=" + SECRET);
        mojo.projectRoot = null;
        mojo.timeout = 2;

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:9/identity?password=****: "),
                e.getMessage());
        assertOneLineWithout(e, SECRET);
    }

    @Test
    void unknownSchemeIsOneLine() {
        InspectMojo mojo = mojo("jdbc:db2://host:50000/identity:password=" + SECRET + ";");
        mojo.projectRoot = null;

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("unknown JDBC URL scheme 'jdbc:db2' in duende.url; known: [jdbc:postgresql, jdbc:mariadb, jdbc:mysql,"
                + " jdbc:sqlserver, jdbc:oracle, jdbc:sqlite, jdbc:h2]", e.getMessage());
    }

    @Test
    void missingSchemaIsOneLine() throws Exception {
        String url = memUrl();
        try (Connection keep = DriverManager.getConnection(url + ";" + SCRIPT, "sa", SECRET)) {
            InspectMojo mojo = mojo(url);
            mojo.password = SecretParameter.literal("password", SECRET);
            mojo.projectRoot = null;
            mojo.schema = "idsrv";

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

            assertEquals("schema idsrv does not exist in this database; check duende.schema / duende.configurationSchema",
                    e.getMessage());
        }
    }

    @Test
    void noDuendeTablesIsOneLine() {
        InspectMojo mojo = mojo(memUrl());
        mojo.password = SecretParameter.literal("password", SECRET);
        mojo.projectRoot = null;

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("no Duende tables in schema PUBLIC; check duende.schema / duende.tableNames", e.getMessage());
        assertOneLineWithout(e, SECRET);
    }

    @Test
    void malformedDriverCoordinatesAreOneLine() {
        InspectMojo mojo = mojo(memUrl());
        mojo.projectRoot = null;
        mojo.driver = "com.h2database:h2";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("duende.driver must be groupId:artifactId:version, got 'com.h2database:h2'", e.getMessage());
    }

    private static void assertOneLineWithout(Exception e, String secret) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertNull(e.getCause());
    }

    private static SettingsDecrypter decrypting(String encrypted, String clear) {
        return new SettingsDecrypter() {
            @Override
            public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
                Server in = request.getServers().get(0);
                Server out = in.clone();
                out.setPassword(encrypted.equals(in.getPassword()) ? clear : in.getPassword());
                return new SettingsDecryptionResult() {
                    @Override
                    public Server getServer() {
                        return out;
                    }

                    @Override
                    public List<Server> getServers() {
                        return List.of(out);
                    }

                    @Override
                    public org.apache.maven.settings.Proxy getProxy() {
                        return null;
                    }

                    @Override
                    public List<org.apache.maven.settings.Proxy> getProxies() {
                        return List.of();
                    }

                    @Override
                    public List<SettingsProblem> getProblems() {
                        return List.of();
                    }
                };
            }
        };
    }

}
