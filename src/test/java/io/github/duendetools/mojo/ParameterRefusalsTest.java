package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters that name something the plugin or the repository does not have are refused in one line, and
 * nothing is written: a table Duende does not have, a framework no project declares, an inspect timeout or
 * driver that cannot work; and a root with no Duende package is no migration.
 */
class ParameterRefusalsTest {
    private static final String NET8_PROJECT = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\n"
            + "</Project>\n";

    @TempDir
    Path dir;

    private Path repo() {
        return dir.resolve("repo");
    }

    private Path project() throws Exception {
        Path file = Files.createDirectories(repo()).resolve("Idp.csproj");
        Files.writeString(file, NET8_PROJECT);
        return file;
    }

    private MigrateMojo migrate(String target) throws Exception {
        Files.createDirectories(repo());
        MigrateMojo mojo = MigrateRun.mojo(repo(), dir.resolve("changelog"), dir.resolve("out"), target);
        mojo.setLog(new CapturingLog());
        return mojo;
    }

    private void assertNothingWritten(Path project) throws Exception {
        assertEquals(NET8_PROJECT, Files.readString(project));
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertFalse(Files.exists(dir.resolve("changelog")), "no changelog folder");
        assertFalse(Files.exists(dir.resolve("out")), "no output folder");
    }

    @Test
    void aTableDuendeDoesNotHaveIsRefusedWithTheNearestName() throws Exception {
        Path project = project();
        MigrateMojo mojo = migrate("6.1.8");
        mojo.tableNames = "PersistedGrant=Grants,Clients=OidcClients";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("duende.tableNames: 'PersistedGrant' is not a Duende table; known: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (did you mean PersistedGrants?)"), e.getMessage());
        assertTrue(e.getMessage().contains("PersistedGrants, ") && e.getMessage().contains("ServerSideSessions"), e.getMessage());
        assertFalse(e.getMessage().contains(System.lineSeparator()), "one line");
        assertNothingWritten(project);
    }

    @Test
    void aFrameworkNoProjectDeclaresIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path project = project();
        MigrateMojo mojo = migrate("7.4.8");
        mojo.targetFramework = "net9.0";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("duende.targetFramework=net9.0 is not understood: no Duende project under " + repo().toAbsolutePath().normalize()
                + " declares it; use net8.0", e.getMessage());
        assertNothingWritten(project);
    }

    @Test
    void aNearMissOfADeclaredFrameworkIsNamed() throws Exception {
        project();
        for (String typed : List.of("net8", "nett8.0")) {
            CheckUpgradeMojo mojo = new CheckUpgradeMojo();
            mojo.projectRoot = repo().toFile();
            mojo.maxFileSize = 1 << 20;
            mojo.targetFramework = typed;
            mojo.changelogDirectory = dir.resolve("changelog").toFile();
            mojo.outputDirectory = dir.resolve("out").toFile();
            mojo.setLog(new CapturingLog());

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

            assertTrue(e.getMessage().startsWith("duende.targetFramework=" + typed + " is not understood: no Duende project"), e.getMessage());
            assertTrue(e.getMessage().endsWith(" declares it; use net8.0 (did you mean net8.0?)"), e.getMessage());
            assertNothingWritten();
        }
    }

    @Test
    void aDeclaredFrameworkInAnyLetterCaseIsAccepted() throws Exception {
        project();
        MigrateMojo mojo = migrate("6.1.8");
        mojo.targetFramework = "NET8.0";
        mojo.dryRun = "true";

        mojo.execute();

        assertTrue(Files.exists(dir.resolve("out/migrate.patch")));
    }

    @Test
    void inspectRefusesATimeoutAndADriverBeforeScanningTheTree() throws Exception {
        Files.createDirectories(repo());
        // a project file the scan would refuse: the parameters must be refused first
        Files.writeString(repo().resolve("Broken.csproj"), "<Project><Unclosed></Project>");
        InspectMojo mojo = new InspectMojo();
        mojo.projectRoot = repo().toFile();
        mojo.maxFileSize = 1 << 20;
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.url = SecretParameter.literal("url", "jdbc:h2:mem:never_opened");
        mojo.timeout = 0;
        mojo.driver = "com.h2database:h2";
        mojo.setLog(new CapturingLog());

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("duende.timeout=0 is not understood: use a positive number of seconds" + System.lineSeparator()
                + "duende.driver must be groupId:artifactId:version, got 'com.h2database:h2'", e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aRootWithoutDuendeIsNoMigration() throws Exception {
        Files.createDirectories(repo().resolve("src/Other"));
        Files.writeString(repo().resolve("src/Other/Other.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <ItemGroup><PackageReference Include=\"Serilog\" Version=\"3.0.0\" /></ItemGroup>\n</Project>\n");
        for (String target : new String[] {null, "8.0.3"}) {
            MigrateMojo mojo = migrate(target);

            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

            assertEquals("No Duende IdentityServer package found under " + repo().toAbsolutePath().normalize()
                    + ": nothing written (for changelogs without a .NET tree, set duende.baseline=true and duende.targetVersion)",
                    e.getMessage());
            assertNothingWritten();
        }
    }

    @Test
    void aBaselineWithATargetVersionIsWrittenWithoutADotNetTree() throws Exception {
        MigrateMojo mojo = migrate("8.0.3");
        mojo.baseline = "true";

        mojo.execute();

        assertTrue(Files.exists(dir.resolve("changelog/operational/baseline-8.0.xml")));
        assertTrue(Files.exists(dir.resolve("changelog/duende-changelog.xml")));
    }

    @Test
    void aBaselineWithoutATargetVersionIsNotEnough() throws Exception {
        MigrateMojo mojo = migrate(null);
        mojo.baseline = "true";

        assertThrows(MojoFailureException.class, mojo::execute);
        assertNothingWritten();
    }

    @Test
    void aConsumedGrantsDelayThatIsNoWholeNumberOfSecondsIsRefused() throws Exception {
        Path project = project();
        for (String delay : List.of("-1", "5m", "2147483648", "1.5")) {
            MigrateMojo mojo = migrate("6.1.8");
            mojo.purgeConsumedGrants = "true";
            mojo.consumedGrantsDelay = delay;

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

            assertEquals("duende.consumedGrantsDelay=" + delay + " is not understood: use a whole number of seconds"
                    + " from 0 to 2147483647", e.getMessage());
            assertNothingWritten(project);
        }
    }

    @Test
    void aConsumedGrantsDelayWithoutTheConsumedPurgeIsRefused() throws Exception {
        Path project = project();
        MigrateMojo mojo = migrate("6.1.8");
        mojo.purgeExpiredGrants = "true";
        mojo.consumedGrantsDelay = "300";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("duende.consumedGrantsDelay=300 applies only to the consumed-grants purge: also set"
                + " duende.purgeConsumedGrants=true, or leave the delay out", e.getMessage());
        assertNothingWritten(project);
    }
}
