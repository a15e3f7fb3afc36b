package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code IsTargetFrameworkCompatible} and the derived framework properties in item conditions, one inner
 * build per framework: MSBuild answers through NuGet, so the answers are NuGet's.
 */
class FrameworkFunctionsTest {
    @TempDir
    static Path root;
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        Fixtures.write(root, "A/A.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>netcoreapp2.1;netcoreapp3.0;net46;net461;net8.0;net8.0-windows;net4.8</TargetFrameworks>
                  </PropertyGroup>
                  <ItemGroup Condition="$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'netstandard2.1'))">
                    <PackageReference Include="Duende.IdentityServer" Version="7.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'netstandard2.0'))">
                    <PackageReference Include="Duende.IdentityServer.Storage" Version="7.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net8.0-windows'))">
                    <PackageReference Include="Duende.IdentityServer.EntityFramework" Version="7.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'netstandard1.3'))">
                    <PackageReference Include="Duende.IdentityServer.Configuration" Version="7.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="'$(TargetFrameworkIdentifier)' == '.NETFramework' and '$(TargetFrameworkVersion)' == 'v4.8'">
                    <PackageReference Include="Duende.IdentityServer.AspNetIdentity" Version="7.0.0" />
                  </ItemGroup>
                </Project>
                """);
        Fixtures.write(root, "B/B.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
                  <ItemGroup Condition="$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'uap10.0'))">
                    <PackageReference Include="Duende.IdentityServer" Version="7.0.0" />
                  </ItemGroup>
                </Project>
                """);
        result = Fixtures.scanRoot(root);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "netcoreapp2.1  | Duende.IdentityServer.Storage Duende.IdentityServer.Configuration",
            "netcoreapp3.0  | Duende.IdentityServer Duende.IdentityServer.Storage Duende.IdentityServer.Configuration",
            "net46          | Duende.IdentityServer.Configuration",
            "net461         | Duende.IdentityServer.Storage Duende.IdentityServer.Configuration",
            "net8.0         | Duende.IdentityServer Duende.IdentityServer.Storage Duende.IdentityServer.Configuration",
            "net8.0-windows | Duende.IdentityServer Duende.IdentityServer.Storage Duende.IdentityServer.EntityFramework"
                    + " Duende.IdentityServer.Configuration",
            "net4.8         | Duende.IdentityServer.Storage Duende.IdentityServer.Configuration"
                    + " Duende.IdentityServer.AspNetIdentity"})
    void packagesPerFramework(String framework, String packages) {
        List<String> found = result.references().stream()
                .filter(r -> r.project().getFileName().toString().equals("A.csproj"))
                .filter(r -> framework.equals(r.targetFramework()))
                .map(DuendeReference::packageId).sorted().toList();
        assertEquals(Arrays.stream(packages.split(" ")).sorted().toList(), found);
    }

    @Test
    void unknownFrameworkLeavesTheConditionUnevaluated() {
        DuendeReference r = Fixtures.reference(result, "B.csproj", "net8.0", "Duende.IdentityServer");
        assertTrue(r.problem().startsWith("condition cannot be evaluated"), r.problem());
    }
}
