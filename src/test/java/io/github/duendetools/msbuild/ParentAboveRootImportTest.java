package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of a subfolder reads the Directory.Build.props above it as MSBuild does, and also the parent that file
 * imports through GetPathOfFileAbove, which lies above the root too.
 */
class ParentAboveRootImportTest {

    @TempDir
    Path repo;

    @Test
    void aPropsFileAboveTheRootImportsItsParent() throws Exception {
        Files.writeString(repo.resolve("Directory.Build.props"),
                "<Project>\n  <PropertyGroup>\n    <DuendeVersion>7.0.8</DuendeVersion>\n  </PropertyGroup>\n</Project>\n");
        Files.createDirectories(repo.resolve("bff/hosts/Idp"));
        Files.writeString(repo.resolve("bff/Directory.Build.props"), "<Project>\n  <Import Project=\"$([MSBuild]::"
                + "GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />\n</Project>\n");
        Files.writeString(repo.resolve("bff/hosts/Idp/Idp.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
                + "  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"$(DuendeVersion)\" />\n"
                + "  </ItemGroup>\n</Project>\n");
        ScanResult scan = new ProjectScanner(ScanOptions.defaults()).scan(repo.resolve("bff/hosts"));
        assertEquals(1, scan.references().size(), scan.references().toString());
        DuendeReference ref = scan.references().get(0);
        assertNull(ref.problem(), ref.problem());
        assertEquals("7.0.8", ref.declaredVersion());
        assertEquals(repo.resolve("Directory.Build.props").toRealPath(), ref.declaredAt().file().toRealPath());
    }
}
