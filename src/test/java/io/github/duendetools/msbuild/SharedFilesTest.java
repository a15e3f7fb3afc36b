package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan reads shared files ({@code Directory.*.props}, imports) once and remembers answers about them; what
 * a project gets must not depend on which other projects were scanned before it.
 */
class SharedFilesTest {

    @Test
    void projectsSharingFilesGetWhatTheyGetAlone(@TempDir Path root) throws Exception {
        write(root.resolve("Directory.Build.props"), """
                <Project>
                  <PropertyGroup>
                    <DuendeVersion>7.0.0</DuendeVersion>
                    <DuendeVersion Condition="'$(MSBuildProjectName)' == 'Legacy'">6.3.0</DuendeVersion>
                    <Shared>$(MSBuildThisFileDirectory)</Shared>
                  </PropertyGroup>
                  <Import Project="build/versions.props" Condition="Exists('build/versions.props')" />
                </Project>
                """);
        write(root.resolve("build/versions.props"), """
                <Project>
                  <PropertyGroup>
                    <StorageVersion Condition="'$(StorageVersion)' == ''">$(DuendeVersion)</StorageVersion>
                  </PropertyGroup>
                </Project>
                """);
        write(root.resolve("Directory.Packages.props"), """
                <Project>
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageVersion Include="Duende.IdentityServer" Version="$(DuendeVersion)" />
                    <PackageVersion Include="Duende.IdentityServer.Storage" Version="$(StorageVersion)" />
                    <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="7.1.0"
                                    Condition="'$(TargetFramework)' == 'net8.0'" />
                  </ItemGroup>
                </Project>
                """);
        write(root.resolve("src/App/App.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>net6.0;net8.0</TargetFrameworks></PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Duende.IdentityServer" />
                    <PackageReference Include="Duende.IdentityServer.EntityFramework" />
                  </ItemGroup>
                </Project>
                """);
        write(root.resolve("src/Legacy/Legacy.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net6.0</TargetFramework>
                    <StorageVersion>6.2.0</StorageVersion>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Duende.IdentityServer" />
                    <PackageReference Include="Duende.IdentityServer.Storage" />
                    <PackageVersion Update="Duende.IdentityServer" Version="6.3.1" />
                  </ItemGroup>
                </Project>
                """);
        write(root.resolve("src/Other/Other.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Duende.IdentityServer.Storage" />
                    <PackageReference Include="Duende.IdentityServer.EntityFramework" />
                  </ItemGroup>
                </Project>
                """);
        List<String> projects = List.of("App", "Legacy", "Other");
        ScanResult together = scan(root, List.of());
        for (String project : projects) {
            List<String> others = projects.stream().filter(p -> !p.equals(project)).map(p -> "src/" + p).toList();
            ScanResult alone = scan(root, others);
            List<DuendeReference> expected = alone.references();
            assertFalse(expected.isEmpty(), project);
            assertEquals(expected, Fixtures.references(together, project + ".csproj"), project);
        }
    }

    private static ScanResult scan(Path root, List<String> excludes) throws InputException {
        return new ProjectScanner(new ScanOptions(excludes, ScanOptions.DEFAULT_MAX_FILE_SIZE)).scan(root);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
