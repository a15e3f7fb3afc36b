package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.fileName;
import static io.github.duendetools.msbuild.Fixtures.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smaller MSBuild rules, each on a repository written for the test. */
class MsBuildEvaluationTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Fixtures.write(root, relative, text);
    }

    private static String project(String body) {
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n<PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
                + body + "\n</Project>\n";
    }

    @Test
    void chooseWhenOtherwise() throws Exception {
        write("A/A.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>net6.0;net8.0</TargetFrameworks></PropertyGroup>
                  <Choose>
                    <When Condition="'$(TargetFramework)' == 'net6.0'">
                      <PropertyGroup><V>6.3.0</V></PropertyGroup>
                    </When>
                    <Otherwise>
                      <PropertyGroup><V>7.0.8</V></PropertyGroup>
                    </Otherwise>
                  </Choose>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(V)" /></ItemGroup>
                </Project>
                """);
        ScanResult result = Fixtures.scanRoot(root);
        assertEquals("6.3.0", reference(result, "A.csproj", "net6.0", "Duende.IdentityServer").declaredVersion());
        DuendeReference net8 = reference(result, "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.8", net8.declaredVersion());
        assertEquals(8, net8.declaredAt().line());
    }

    @Test
    void removeAndSemicolonLists() throws Exception {
        write("A/A.csproj", project("""
                <ItemGroup>
                  <PackageReference Include="Duende.IdentityServer;Duende.IdentityServer.Storage" Version="7.0.8" />
                  <PackageReference Remove="Duende.IdentityServer.Storage" />
                </ItemGroup>"""));
        ScanResult result = Fixtures.scanRoot(root);
        assertEquals(1, result.references().size());
        assertEquals("7.0.8", reference(result, "A.csproj", "net8.0", "Duende.IdentityServer").declaredVersion());
    }

    @Test
    void propertyUnderAConditionThatCannotBeEvaluatedMakesTheVersionUncertain() throws Exception {
        write("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <DuendeVersion>7.0.8</DuendeVersion>
                    <DuendeVersion Condition="$([MSBuild]::IsOSPlatform('Windows'))">7.1.0</DuendeVersion>
                  </PropertyGroup>
                </Project>
                """);
        write("A/A.csproj", project("<ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"$(DuendeVersion)\" /></ItemGroup>"));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.declaredVersion());
        assertEquals("condition cannot be evaluated: $([MSBuild]::IsOSPlatform('Windows')) ("
                + root.resolve("Directory.Build.props") + ":4)", r.problem());
    }

    @Test
    void importWithAConditionThatCannotBeEvaluatedIsReported() throws Exception {
        write("versions.props", "<Project><PropertyGroup><V>7.0.8</V></PropertyGroup></Project>");
        write("A/A.csproj", project("""
                <Import Project="../versions.props" Condition="'$(OS)' == 'Windows_NT' or $(Foo.Contains('x'))" />
                <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="7.0.0" /></ItemGroup>"""));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.declaredVersion());
        assertTrue(r.problem().startsWith("import '../versions.props' (" + root.resolve("A/A.csproj") + ":3) was skipped:"
                + " condition cannot be evaluated: '$(OS)' == 'Windows_NT'"), r.problem());
    }

    @Test
    void importCyclesAndDuplicateImportsAreReadOnce() throws Exception {
        write("a.props", "<Project><Import Project=\"b.props\" /><PropertyGroup><V>7.0.1</V></PropertyGroup></Project>");
        write("b.props", "<Project><Import Project=\"a.props\" /><PropertyGroup><V>7.0.2</V></PropertyGroup></Project>");
        write("A/A.csproj", project("""
                <Import Project="..\\a.props" />
                <Import Project="..\\a.props" />
                <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(V)" /></ItemGroup>"""));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.1", r.declaredVersion());
        assertEquals("a.props", fileName(r.declaredAt()));
    }

    @Test
    void getDirectoryNameOfFileAboveAndThisFileDirectory() throws Exception {
        write("eng/Versions.props", "<Project><PropertyGroup><DuendeVersion>6.3.0</DuendeVersion></PropertyGroup></Project>");
        write("eng/marker.txt", "x");
        write("src/A/A.csproj", project("""
                <PropertyGroup><Eng>$([MSBuild]::GetDirectoryNameOfFileAbove($(MSBuildThisFileDirectory), 'Directory.Build.props'))</Eng></PropertyGroup>
                <Import Project="$(Eng)/eng/Versions.props" Condition="'$(Eng)' != ''" />
                <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>"""));
        write("Directory.Build.props", "<Project />");
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.3.0", r.declaredVersion());
        assertEquals("Versions.props", fileName(r.declaredAt()));
    }

    @Test
    void nearestDirectoryBuildPropsOnlyUnlessImported() throws Exception {
        write("Directory.Build.props", "<Project><PropertyGroup><V>6.0.0</V><W>6.0.1</W></PropertyGroup></Project>");
        write("src/Directory.Build.props", "<Project><PropertyGroup><V>7.0.0</V></PropertyGroup></Project>");
        write("src/A/A.csproj", project("""
                <ItemGroup>
                  <PackageReference Include="Duende.IdentityServer" Version="$(V)" />
                  <PackageReference Include="Duende.IdentityServer.Storage" Version="$(W)" />
                </ItemGroup>"""));
        ScanResult result = Fixtures.scanRoot(root);
        assertEquals("7.0.0", reference(result, "A.csproj", "net8.0", "Duende.IdentityServer").declaredVersion());
        DuendeReference w = reference(result, "A.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertTrue(w.problem().contains("$(W) is undefined"), w.problem());
    }

    @Test
    void globalTargetFrameworkCannotBeOverriddenByTheProject() throws Exception {
        write("A/A.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net6.0;net8.0</TargetFrameworks>
                  </PropertyGroup>
                  <PropertyGroup Condition="'$(TargetFramework)' == ''">
                    <TargetFramework>net6.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'">
                    <PackageReference Include="Duende.IdentityServer" Version="7.0.8" />
                  </ItemGroup>
                </Project>
                """);
        ScanResult result = Fixtures.scanRoot(root);
        // The outer evaluation sets TargetFramework itself, so the SDK builds it once, for net6.0.
        assertTrue(result.references().isEmpty(), result.references().toString());
    }

    @Test
    void identityServer4InAnSdkProject() throws Exception {
        write("A/A.csproj", project("<ItemGroup><PackageReference Include=\"IdentityServer4\" Version=\"4.1.2\" /></ItemGroup>"));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "IdentityServer4");
        assertTrue(r.identityServer4());
        assertEquals("4.1.2", r.declaredVersion());
    }

    @Test
    void configurationIsNotKnownStatically() throws Exception {
        write("A/A.csproj", project("""
                <PropertyGroup>
                  <Configuration Condition="'$(Configuration)' == ''">Debug</Configuration>
                </PropertyGroup>
                <ItemGroup Condition="'$(Configuration)' == 'Release'">
                  <PackageReference Include="Duende.IdentityServer" Version="7.0.0" />
                </ItemGroup>"""));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.declaredVersion());
        assertTrue(r.problem().startsWith("condition cannot be evaluated: '$(Configuration)' == 'Release'"), r.problem());
    }

    @Test
    void versionWrittenWithCharacterReferencesIsReadButNotEditable() throws Exception {
        write("A/A.csproj", project("<ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"7.0.0&#45;rc.1\" /></ItemGroup>"));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.0-rc.1", r.declaredVersion());
        assertNull(r.span());
        assertEquals(3, r.declaredAt().line());
    }

    @Test
    void missingVersionWithoutCentralManagement() throws Exception {
        write("A/A.csproj", project("<ItemGroup><PackageReference Include=\"Duende.IdentityServer\" /></ItemGroup>"));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertNull(r.rawVersion());
        assertNull(r.declaredVersion());
        assertTrue(r.problem().contains("has no Version"), r.problem());
    }

    @Test
    void updateBeforeIncludeHasNoEffectAsInMsBuild() throws Exception {
        write("Directory.Build.props", "<Project><ItemGroup><PackageReference Update=\"Duende.IdentityServer\" Version=\"9.9.9\" /></ItemGroup></Project>");
        write("A/A.csproj", project("<ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"7.0.0\" /></ItemGroup>"));
        assertEquals("7.0.0", reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer").declaredVersion());
    }

    @Test
    void metadataElementWithCondition() throws Exception {
        write("A/A.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>net6.0;net8.0</TargetFrameworks></PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Duende.IdentityServer">
                      <Version>6.3.0</Version>
                      <Version Condition="'$(TargetFramework)' == 'net8.0'">7.0.8</Version>
                    </PackageReference>
                  </ItemGroup>
                </Project>
                """);
        ScanResult result = Fixtures.scanRoot(root);
        assertEquals("6.3.0", reference(result, "A.csproj", "net6.0", "Duende.IdentityServer").declaredVersion());
        DuendeReference net8 = reference(result, "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.8", net8.declaredVersion());
        assertEquals(6, net8.declaredAt().line());
    }

    @Test
    void importPathsWrittenOnWindowsMatchFilesRegardlessOfCase() throws Exception {
        write("build/versions.props", "<Project><PropertyGroup><DuendeVersion>7.0.2</DuendeVersion></PropertyGroup></Project>");
        write("A/A.csproj", project("""
                <Import Project="..\\Build\\Versions.props" />
                <ItemGroup><PackageReference Include="Duende.IdentityServer"><Version>
                  $(DuendeVersion)
                </Version></PackageReference></ItemGroup>"""));
        DuendeReference r = reference(Fixtures.scanRoot(root), "A.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.2", r.declaredVersion());
        assertEquals("$(DuendeVersion)", r.rawVersion(), "surrounding whitespace is not part of the version");
        assertEquals(root.resolve("build/versions.props"), r.declaredAt().file());
    }

    @Test
    void lockFileWithoutFrameworkInProjectUsesItsOnlySection() throws Exception {
        write("A/A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"7.0.*\" /></ItemGroup></Project>");
        write("A/packages.lock.json", "{\"version\":1,\"dependencies\":{\"net8.0\":{\"Duende.IdentityServer\":{\"type\":\"Direct\",\"resolved\":\"7.0.3\"}}}}");
        assertEquals("7.0.3", reference(Fixtures.scanRoot(root), "A.csproj", null, "Duende.IdentityServer").lockedVersion());
    }
}
