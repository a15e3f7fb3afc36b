package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports with wildcards are evaluated as MSBuild evaluates them; imports that cannot be followed are named. */
class WildcardImportTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Fixtures.write(root, relative, text);
    }

    private static String props(String version) {
        return "<Project>\n  <PropertyGroup>\n    <DuendeVersion>" + version + "</DuendeVersion>\n  </PropertyGroup>\n</Project>\n";
    }

    private void app() throws IOException {
        write("src/App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>
                </Project>
                """);
    }

    private DuendeReference scanApp() throws Exception {
        return reference(Fixtures.scanRoot(root), "App.csproj", "net8.0", "Duende.IdentityServer");
    }

    @Test
    void theReportedOverrideInAWildcardImportDecidesTheVersion() throws Exception {
        write("src/Directory.Build.props", """
                <Project>
                  <PropertyGroup><DuendeVersion>6.0.0</DuendeVersion></PropertyGroup>
                  <Import Project="..\\build\\*.props" />
                </Project>
                """);
        write("build/Override.props", props("6.1.0"));
        app();
        DuendeReference r = scanApp();
        assertEquals("6.1.0", r.declaredVersion());
        assertEquals(root.resolve("build/Override.props"), r.declaredAt().file());
        assertEquals(3, r.declaredAt().line());
        // The edit replaces the characters in Override.props, not those in Directory.Build.props.
        assertEquals(root.resolve("build/Override.props"), r.span().file());
    }

    @Test
    void matchesAreImportedInOrdinalOrderIgnoringCase() throws Exception {
        // Ordinal order would put B.props first and let a.props win; MSBuild ignores case: a, B.
        write("Directory.Build.props", "<Project><Import Project=\"build/*.props\" /></Project>");
        write("build/B.props", props("7.0.2"));
        write("build/a.props", props("7.0.1"));
        write("build/a.targets", props("9.9.9"));
        app();
        assertEquals("7.0.2", scanApp().declaredVersion());
    }

    @Test
    void twoStarsMatchAnyNumberOfFoldersIncludingNone() throws Exception {
        write("Directory.Build.props", "<Project><Import Project=\"build/**/*.props\" /></Project>");
        write("build/x.props", props("7.0.3"));
        write("build/sub/deeper/y.props", props("7.0.4"));
        app();
        // "sub/deeper/y.props" sorts before "x.props" ('S' < 'X'), so x.props is imported last.
        DuendeReference r = scanApp();
        assertEquals("7.0.3", r.declaredVersion());
        Files.delete(root.resolve("build/x.props"));
        assertEquals("7.0.4", scanApp().declaredVersion());
    }

    @Test
    void aWildcardThatMatchesNothingIsFineAsInMsBuild() throws Exception {
        write("Directory.Build.props", "<Project><PropertyGroup><DuendeVersion>7.0.5</DuendeVersion></PropertyGroup>"
                + "<Import Project=\"build/*.props\" /><Import Project=\"none/**/*.props\" /></Project>");
        app();
        DuendeReference r = scanApp();
        assertEquals("7.0.5", r.declaredVersion());
        assertNull(r.problem());
    }

    @Test
    void ordinalIgnoreCaseComparesUpperCasedCharacters() {
        List<String> names = new ArrayList<>(List.of("c.props", "B.props", "a.props", "_x.props", "sub/a.props", "A.props"));
        names.sort(ImportWildcard.ORDINAL_IGNORE_CASE);
        // '_' (0x5F) sorts after the upper-case letters; '/' (0x2F) before them.
        assertEquals(List.of("a.props", "A.props", "B.props", "c.props", "sub/a.props", "_x.props"), names);
    }

    @Test
    void aMissingImportIsNamedWhenItLeavesTheVersionUncertain() throws Exception {
        write("Directory.Build.props", "<Project>\n<PropertyGroup><DuendeVersion>7.0.5</DuendeVersion></PropertyGroup>\n"
                + "<Import Project=\"build\\versions.props\" />\n</Project>");
        app();
        DuendeReference r = scanApp();
        assertNull(r.declaredVersion());
        assertEquals("import 'build\\versions.props' (" + root.resolve("Directory.Build.props")
                + ":3) was skipped: the file does not exist", r.problem());
    }

    @Test
    void anImportOutsideTheRootIsNamed() throws Exception {
        Path inner = root.resolve("repo");
        write("repo/Directory.Build.props", "<Project>\n<Import Project=\"../shared/*.props\" />\n</Project>");
        write("shared/versions.props", props("7.0.6"));
        write("repo/App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0</TargetFramework><DuendeVersion>7.0.7</DuendeVersion></PropertyGroup>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>
                </Project>
                """);
        DuendeReference r = reference(Fixtures.scanRoot(inner), "App.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.declaredVersion());
        assertTrue(r.problem().startsWith("import '../shared/*.props' (" + inner.resolve("Directory.Build.props")
                + ":2) was skipped: it is outside the scanned root"), r.problem());
    }

    @Test
    void anUndefinedPropertyExpandsToNothingAsInMsBuild() throws Exception {
        write("Directory.Build.props", "<Project><Import Project=\"$(RepoRoot)build/versions.props\" /></Project>");
        write("build/versions.props", props("7.0.9"));
        app();
        assertEquals("7.0.9", scanApp().declaredVersion());
    }

    @Test
    void theToolchainsImportsAreNotOursToRead() throws Exception {
        write("Directory.Build.props", "<Project><Import Project=\"$(MSBuildExtensionsPath)\\Microsoft\\x.props\" />"
                + "<PropertyGroup><DuendeVersion>7.0.8</DuendeVersion></PropertyGroup></Project>");
        app();
        DuendeReference r = scanApp();
        assertEquals("7.0.8", r.declaredVersion());
        assertNull(r.problem());
    }
}
