package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
class CheckUpgradeMojoTest {

    private static final String POM = "src/test/resources/mojo/check/pom.xml";

    private static CapturingLog capture(CheckUpgradeMojo mojo) {
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    void bindsParametersFromThePom(CheckUpgradeMojo mojo) throws Exception {
        assertEquals("7.0.0", mojo.targetVersion);
        assertTrue(mojo.alignAll());
        assertEquals("net8.0", mojo.targetFramework);
        assertEquals(2048, mojo.maxFileSize);
        assertEquals(List.of("samples/**", "legacy/**"), mojo.scanOptions().excludes());
        assertTrue(mojo.failOnUnsupported());
        assertFalse(mojo.allowPrerelease());
        assertEquals("false", mojo.skip);
        assertTrue(mojo.projectRoot.getPath().replace('\\', '/').endsWith("mojo/check/repo"));
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    void runsTheCheckAndWritesTheReports(CheckUpgradeMojo mojo) throws Exception {
        CapturingLog log = capture(mojo);
        Path out = mojo.outputDirectory.toPath();
        Files.deleteIfExists(out.resolve("upgrade-report.json"));
        mojo.execute();
        assertTrue(log.has("INFO src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 6.3.0 (src/Idp/Idp.csproj:6)"), log.lines.toString());
        assertTrue(log.has("INFO Upgrade path 6.3.0 -> 7.0.0: 1 step"), log.lines.toString());
        assertTrue(Files.readString(out.resolve("upgrade-report.json")).contains("\"target\": \"7.0.0\""));
        assertTrue(Files.exists(out.resolve("upgrade-report.md")));
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "outputDirectory", value = "target/mojo-check/skipped")
    void skips(CheckUpgradeMojo mojo) throws Exception {
        CapturingLog log = capture(mojo);
        mojo.execute();
        assertEquals(List.of("INFO Skipping Duende upgrade check."), log.lines);
        assertFalse(Files.exists(Path.of("target/mojo-check/skipped")));
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "targetVersion", value = "6.0.0")
    void unsupportedJumpFailsWithEveryReason(CheckUpgradeMojo mojo) {
        capture(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("DOWNGRADE src/Idp/Idp.csproj:6:"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Unsupported Duende IdentityServer upgrade (1):"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "targetVersion", value = "6.0.0")
    @MojoParameter(name = "failOnUnsupported", value = "false")
    void failOnUnsupportedFalseOnlyWarns(CheckUpgradeMojo mojo) throws Exception {
        CapturingLog log = capture(mojo);
        mojo.execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("WARN DOWNGRADE src/Idp/Idp.csproj:6:")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "maxFileSize", value = "-1")
    void aNegativeMaxFileSizeIsAnExecutionErrorNamingTheParameter(CheckUpgradeMojo mojo) {
        capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("duende.maxFileSize=-1 is not understood: use a positive number of bytes", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "excludes", value = "[unclosed")
    void anExcludeThatIsNoGlobIsAnExecutionErrorNamingTheParameter(CheckUpgradeMojo mojo) {
        capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().equals("duende.excludes: '[unclosed' is not a glob (Missing '] near index 8)"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        // the cause is kept for mvn -e; the message is the input problem's own line
        assertInstanceOf(InputException.class, e.getCause());
        assertEquals(e.getCause().getMessage(), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    @MojoParameter(name = "catalogFile", value = "target/test-classes/mojo/check/broken-catalog.yaml")
    void badInputIsAnExecutionErrorWithOneLine(CheckUpgradeMojo mojo) {
        capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("broken-catalog.yaml:"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        // the cause is kept for mvn -e; the message is the input problem's own line
        assertInstanceOf(InputException.class, e.getCause());
        assertEquals(e.getCause().getMessage(), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check-upgrade", pom = POM)
    void withoutABuildDirectoryReportsGoUnderTheRoot(CheckUpgradeMojo mojo) {
        mojo.outputDirectory = new File("${project.build.directory}/duende");
        mojo.projectRoot = new File("some/repo");
        Path root = Path.of("some", "repo").toAbsolutePath();
        assertEquals(root.resolve("target").resolve("duende"), mojo.outputDirectory());
    }
}
