package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Duende line the plugin does not know fails the gate, or only warns with failOnUnsupported=false. */
class CheckUpgradeUnknownLineTest {

    @TempDir
    Path dir;

    private CheckUpgradeMojo mojo(String version, boolean failOnUnsupported, CapturingLog log) throws Exception {
        Path root = Files.createDirectories(dir.resolve("repo/src/Idp"));
        Files.writeString(root.resolve("Idp.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
                + "  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"" + version + "\" /></ItemGroup>\n"
                + "</Project>\n");
        CheckUpgradeMojo mojo = new CheckUpgradeMojo();
        mojo.projectRoot = dir.resolve("repo").toFile();
        mojo.maxFileSize = 1 << 20;
        mojo.failOnUnsupported = String.valueOf(failOnUnsupported);
        mojo.failOnPendingSchema = "true";
        mojo.changelogDirectory = dir.resolve("changelog").toFile();
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void unknownLineFailsSayingWhatToDo() throws Exception {
        CapturingLog log = new CapturingLog();
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("9.0.0", true, log).execute());
        assertTrue(e.getMessage().contains("CURRENT_UNKNOWN src/Idp/Idp.csproj:3: Duende.IdentityServer 9.0.0 is from line 9.0,"
                + " which this plugin does not know"), e.getMessage());
        assertTrue(e.getMessage().contains("update the plugin or describe the line in duende.catalogFile"), e.getMessage());
    }

    @Test
    void unknownLineOnlyWarnsWhenAskedTo() throws Exception {
        CapturingLog log = new CapturingLog();
        mojo("8.1.0", false, log).execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("WARN CURRENT_UNKNOWN src/Idp/Idp.csproj:3: Duende.IdentityServer 8.1.0 ")
                && l.endsWith("update the plugin or describe the line in duende.catalogFile")), log.lines.toString());
    }
}
