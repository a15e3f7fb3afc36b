package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter binding and wiring of the migrate goal; the behaviour itself is tested in the edit package. */
@MojoTest
class MigrateMojoTest {
    private static final String POM = "src/test/resources/edit/mojo/pom.xml";
    private static final String PROJECT = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\n"
            + "</Project>\n";

    @TempDir
    Path repo;

    @TempDir
    Path output;

    @TempDir
    Path changelogs;

    private Path project() throws Exception {
        Path file = repo.resolve("Idp.csproj");
        Files.writeString(file, PROJECT, StandardCharsets.UTF_8);
        return file;
    }

    private void pointAt(MigrateMojo mojo) {
        mojo.projectRoot = repo.toFile();
        mojo.outputDirectory = output.toFile();
        mojo.changelogDirectory = changelogs.toFile();
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    void dryRunFromConfigurationWritesOnlyThePatch(MigrateMojo mojo) throws Exception {
        Path file = project();
        pointAt(mojo);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        // the changelog files it would write are listed, none is written
        assertTrue(log.has("INFO Would write configuration/6.0-to-6.1.xml"), log.lines.toString());
        assertTrue(log.has("INFO Would write operational/baseline-6.0.xml"), log.lines.toString());
        try (var written = Files.list(changelogs)) {
            assertEquals(0, written.count());
        }

        assertEquals("true", mojo.dryRun);
        assertEquals(PROJECT, Files.readString(file));
        String patch = Files.readString(output.resolve("migrate.patch"));
        assertTrue(patch.startsWith("--- a/Idp.csproj\n+++ b/Idp.csproj\n"), patch);
        assertTrue(patch.contains("+  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.1.0\" /></ItemGroup>\n"), patch);
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    @MojoParameter(name = "sqlPreview", value = "h2,postgres")
    void aBadParameterIsOneLineBeforeAnythingIsWritten(MigrateMojo mojo) throws Exception {
        Path file = project();
        pointAt(mojo);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("duende.sqlPreview=postgres is not understood: use mssql, postgresql, mysql, mariadb, oracle, sqlite, h2"
                + " (did you mean postgresql?)",
                e.getMessage());
        assertEquals(PROJECT, Files.readString(file));
        try (var written = Files.list(changelogs)) {
            assertEquals(0, written.count());
        }
        assertEquals(java.util.List.of(), log.lines);
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    void writesWhenNotADryRun(MigrateMojo mojo) throws Exception {
        Path file = project();
        pointAt(mojo);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertEquals(PROJECT.replace("6.0.0", "6.1.0"), Files.readString(file));
        assertFalse(Files.exists(output.resolve("migrate.patch")));
        // a new folder gets a baseline and a step, both through the same masters: each file is named once
        List<String> wrote = log.lines.stream().filter(l -> l.startsWith("INFO Wrote ")).toList();
        assertEquals(wrote.stream().distinct().toList(), wrote);
        assertTrue(wrote.stream().anyMatch(l -> l.endsWith("duende-configuration.xml")), wrote.toString());
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    void aStepFileWrittenWithOtherTableNamesKeepsItsBytesAndIsNamedInAWarning(MigrateMojo mojo) throws Exception {
        project();
        pointAt(mojo);
        io.github.duendetools.changelog.ChangelogOptions renamed = new io.github.duendetools.changelog.ChangelogOptions(
                changelogs, null, null, null, java.util.Map.of("PersistedGrants", "Grants"), false, List.of(), null);
        new io.github.duendetools.changelog.ChangelogGenerator().baseline("6.0", renamed);
        new io.github.duendetools.changelog.ChangelogGenerator().generate("6.0", "6.1", renamed);
        Path step = changelogs.resolve("operational/6.0-to-6.1.xml");
        byte[] before = Files.readAllBytes(step);
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertArrayEquals(before, Files.readAllBytes(step));
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("WARN ") && l.contains("operational/6.0-to-6.1.xml")
                && l.contains("changeset duende-6.1-operational-persistedgrants-id-pk ")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    @MojoParameter(name = "postgresLowLock", value = "true")
    void lowLockOptionReachesTheChangelogs(MigrateMojo mojo) throws Exception {
        project();
        pointAt(mojo);

        mojo.execute();

        String step = Files.readString(changelogs.resolve("operational/6.0-to-6.1.xml"), StandardCharsets.UTF_8);
        assertTrue(step.contains("id=\"duende-6.1-operational-persistedgrants-id-pk-online-swap\""), step);
        assertTrue(step.contains("id=\"duende-6.1-operational-persistedgrants-id-pk\""), step);
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    @MojoParameter(name = "purgeExpiredGrants", value = "true")
    @MojoParameter(name = "purgeConsumedGrants", value = "true")
    @MojoParameter(name = "consumedGrantsDelay", value = "300")
    void purgeOptionsReachTheChangelogs(MigrateMojo mojo) throws Exception {
        project();
        pointAt(mojo);

        mojo.execute();

        String step = Files.readString(changelogs.resolve("operational/6.0-to-6.1.xml"), StandardCharsets.UTF_8);
        assertTrue(step.contains("id=\"duende-6.1-operational-purge-expired-grants\""), step);
        assertTrue(step.contains("id=\"duende-6.1-operational-purge-expired-device-codes\""), step);
        assertTrue(step.contains("id=\"duende-6.1-operational-purge-consumed-grants\""), step);
        assertTrue(step.contains("INTERVAL '300 seconds'"), step);
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "dryRun", value = "false")
    @MojoParameter(name = "lowLock", value = "true")
    void lowLockForEveryEngineReachesTheChangelogs(MigrateMojo mojo) throws Exception {
        project();
        pointAt(mojo);

        mojo.execute();

        String step = Files.readString(changelogs.resolve("operational/6.0-to-6.1.xml"), StandardCharsets.UTF_8);
        assertTrue(step.contains("id=\"duende-6.1-operational-persistedgrants-id-pk-mysql-low-lock-copy\""), step);
        assertTrue(step.contains("id=\"duende-6.1-operational-persistedgrants-id-pk-online-swap\""), step);
        assertTrue(step.contains("id=\"duende-6.1-operational-persistedgrants-id-pk\""), step);
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "targetVersion", value = "5.2.4")
    @MojoParameter(name = "dryRun", value = "false")
    @MojoParameter(name = "failOnUnsupported", value = "false")
    void unsupportedJumpIsRefusedEvenWhenChecksAreSoftened(MigrateMojo mojo) throws Exception {
        Path file = project();
        pointAt(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("DOWNGRADE"), e.getMessage());
        assertArrayEquals(PROJECT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    @InjectMojo(goal = "migrate", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(MigrateMojo mojo) throws Exception {
        Path file = project();
        pointAt(mojo);

        mojo.execute();

        assertEquals(PROJECT, Files.readString(file));
        assertFalse(Files.exists(output.resolve("migrate.patch")));
    }
}
