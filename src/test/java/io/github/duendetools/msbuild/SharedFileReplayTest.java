package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan reads shared files ({@code Directory.*.props}, imports) once and replays what they did for earlier
 * projects: that must give exactly what evaluating them again gives, and what a project gets must not depend
 * on which projects were scanned before it. Checked on every fixture and on generated repositories full of
 * what makes an effect differ between projects (conditions on the project's name and framework, overrides,
 * imports, updates and removals).
 */
class SharedFileReplayTest {

    @Test
    void everyFixtureScansAlikeWithAndWithoutReplay() throws IOException {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Fixtures.root(""))) {
            dirs.filter(Files::isDirectory).forEach(roots::add);
        }
        try (Stream<Path> dirs = Files.list(Fixtures.root("bad"))) {
            dirs.filter(Files::isDirectory).forEach(roots::add);
        }
        for (Path root : roots) {
            assertEquals(outcome(root, false), outcome(root, true), root.toString());
        }
    }

    @Test
    void generatedRepositoriesScanAlikeWithAndWithoutReplay(@TempDir Path base) throws IOException {
        for (int seed = 1; seed <= 12; seed++) {
            Path root = base.resolve("repo" + seed);
            generate(root, new Random(seed), seed % 2 == 0);
            String without = outcome(root, false);
            assertTrue(without.contains("Duende"), without);
            assertEquals(without, outcome(root, true), "seed " + seed);
        }
    }

    @Test
    void projectsGetWhatTheyGetWhenScannedAlone(@TempDir Path base) throws Exception {
        for (int seed = 1; seed <= 4; seed++) {
            Path root = base.resolve("repo" + seed);
            generate(root, new Random(seed), seed % 2 == 0);
            ScanResult together = new ProjectScanner(ScanOptions.defaults()).scan(root);
            List<String> folders = new ArrayList<>();
            for (Path project : together.projectFiles()) {
                folders.add(root.relativize(project.getParent()).toString().replace('\\', '/'));
            }
            for (Path project : together.projectFiles()) {
                String folder = root.relativize(project.getParent()).toString().replace('\\', '/');
                List<String> others = folders.stream().filter(f -> !f.equals(folder)).toList();
                ScanResult alone = new ProjectScanner(new ScanOptions(others, ScanOptions.DEFAULT_MAX_FILE_SIZE))
                        .scan(root);
                assertEquals(List.of(project), alone.projectFiles());
                assertEquals(alone.references(), Fixtures.references(together, project.getFileName().toString()),
                        project.toString());
            }
        }
    }

    @Test
    void fileImportedBeforeByOneProjectOnlyIsNotSkippedForTheOther(@TempDir Path root) throws Exception {
        // Project a imports common.props through its own props and overrides it, so the shared props skip it;
        // project b comes to the shared props without it, so there it is imported and decides the version.
        write(root.resolve("common.props"), """
                <Project><PropertyGroup><DuendeVersion>6.0.0</DuendeVersion></PropertyGroup></Project>
                """);
        write(root.resolve("Directory.Packages.props"), """
                <Project>
                  <Import Project="common.props" />
                  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
                  <ItemGroup><PackageVersion Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>
                </Project>
                """);
        write(root.resolve("a/Directory.Build.props"), """
                <Project>
                  <Import Project="../common.props" />
                  <PropertyGroup><DuendeVersion>7.0.0</DuendeVersion></PropertyGroup>
                </Project>
                """);
        String project = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" /></ItemGroup>
                </Project>
                """;
        write(root.resolve("a/A/A.csproj"), project);
        write(root.resolve("b/B/B.csproj"), project);
        ScanResult result = new ProjectScanner(ScanOptions.defaults(), true).scan(root);
        String id = "Duende.IdentityServer";
        assertEquals("7.0.0", Fixtures.reference(result, "A.csproj", "net8.0", id).declaredVersion());
        assertEquals("6.0.0", Fixtures.reference(result, "B.csproj", "net8.0", id).declaredVersion());
        assertEquals(outcome(root, false), outcome(root, true));
    }

    /** The references (or the error) of a scan, as text that shows every field. */
    private static String outcome(Path root, boolean remember) {
        try {
            ScanResult result = new ProjectScanner(ScanOptions.defaults(), remember).scan(root);
            StringBuilder out = new StringBuilder(result.projectFiles().toString());
            for (DuendeReference reference : result.references()) {
                out.append('\n').append(reference);
            }
            return out.toString();
        } catch (InputException e) {
            return "error: " + e.getMessage();
        }
    }

    private static final String[] FRAMEWORKS = {"net6.0", "net8.0", "net8.0-windows", "netstandard2.0", "net472"};
    private static final String[] PACKAGES = {"Duende.IdentityServer", "Duende.IdentityServer.Storage",
        "Duende.IdentityServer.EntityFramework", "IdentityServer4", "Serilog"};

    /**
     * A repository of a few folders of projects that share, and now and then override, what is above them;
     * {@code byProjectName}: the root props decide a version by the project's name, so no project can take
     * another's effect of it.
     */
    private static void generate(Path root, Random random, boolean byProjectName) throws IOException {
        String byName = byProjectName
                ? "<DuendeVersion Condition=\"'$(MSBuildProjectName)' == 'P1'\">6.3.0</DuendeVersion>" : "";
        write(root.resolve("Directory.Build.props"), """
                <Project>
                  <PropertyGroup>
                    <DuendeVersion>7.0.%d</DuendeVersion>
                    %s
                    <LegacyBuild Condition="'$(TargetFramework)' == 'net472'">true</LegacyBuild>
                    <Configured Condition="'$(Configuration)' == 'Release'">yes</Configured>
                  </PropertyGroup>
                  <Import Project="build/shared.props" Condition="Exists('build/shared.props')" />
                </Project>
                """.formatted(random.nextInt(9), byName));
        write(root.resolve("build/shared.props"), """
                <Project>
                  <PropertyGroup>
                    <StorageVersion Condition="'$(StorageVersion)' == ''">$(DuendeVersion)</StorageVersion>
                    <Here>$(MSBuildThisFileDirectory)</Here>
                  </PropertyGroup>
                  <Choose>
                    <When Condition="'$(TargetFramework)' == 'net6.0'">
                      <PropertyGroup><EfVersion>7.1.0</EfVersion></PropertyGroup>
                    </When>
                    <Otherwise>
                      <PropertyGroup><EfVersion>$(DuendeVersion)</EfVersion></PropertyGroup>
                    </Otherwise>
                  </Choose>
                </Project>
                """);
        boolean central = random.nextBoolean();
        if (central) {
            write(root.resolve("Directory.Packages.props"), """
                    <Project>
                      <PropertyGroup>
                        <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageVersion Include="Duende.IdentityServer" Version="$(DuendeVersion)" />
                        <PackageVersion Include="Duende.IdentityServer.Storage" Version="$(StorageVersion)" />
                        <PackageVersion Include="Serilog" Version="3.1.1" />
                      </ItemGroup>
                      <ItemGroup Condition="'$(TargetFramework)' != 'net472'">
                        <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="$(EfVersion)" />
                      </ItemGroup>
                      <ItemGroup Condition="'$(MSBuildProjectName)' == 'P3'">
                        <PackageVersion Update="Duende.IdentityServer" Version="6.2.0" />
                      </ItemGroup>
                      <ItemGroup>
                        <GlobalPackageReference Include="IdentityServer4" Version="4.1.2"
                                                Condition="'$(LegacyBuild)' == 'true'" />
                      </ItemGroup>
                    </Project>
                    """);
        }
        if (random.nextBoolean()) {
            write(root.resolve("Directory.Build.targets"), """
                    <Project>
                      <PropertyGroup><Late>$(DuendeVersion)-$(MSBuildProjectName)</Late></PropertyGroup>
                      <ItemGroup><PackageReference Update="Duende.IdentityServer" PrivateAssets="all" /></ItemGroup>
                    </Project>
                    """);
        }
        int folders = 1 + random.nextInt(3);
        int project = 0;
        for (int f = 0; f < folders; f++) {
            Path folder = root.resolve("src/area" + f);
            if (random.nextBoolean()) {
                // A nested Directory.Build.props that pulls in the one above, as repositories do.
                String above = "$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))";
                String condition = random.nextBoolean() ? "'$(MSBuildProjectName)' != 'P0'" : "'$(DuendeVersion)' != ''";
                write(folder.resolve("Directory.Build.props"), """
                        <Project>
                          <Import Project="%s" />
                          <PropertyGroup><DuendeVersion Condition="%s">7.%d.0</DuendeVersion></PropertyGroup>
                        </Project>
                        """.formatted(above, condition, random.nextInt(3)));
            }
            int projects = 2 + random.nextInt(6);
            for (int p = 0; p < projects; p++, project++) {
                String name = "P" + project;
                write(folder.resolve(name).resolve(name + ".csproj"), project(random, central));
            }
        }
    }

    private static String project(Random random, boolean central) {
        StringBuilder xml = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        if (random.nextInt(3) == 0) {
            xml.append("    <TargetFrameworks>").append(FRAMEWORKS[random.nextInt(FRAMEWORKS.length)]).append(';')
                    .append(FRAMEWORKS[random.nextInt(FRAMEWORKS.length)]).append("</TargetFrameworks>\n");
        } else {
            xml.append("    <TargetFramework>").append(FRAMEWORKS[random.nextInt(FRAMEWORKS.length)])
                    .append("</TargetFramework>\n");
        }
        if (random.nextInt(4) == 0) {
            xml.append("    <DuendeVersion>7.2.").append(random.nextInt(3)).append("</DuendeVersion>\n");
        }
        if (random.nextInt(4) == 0) {
            xml.append("    <StorageVersion>6.").append(random.nextInt(3)).append(".0</StorageVersion>\n");
        }
        xml.append("  </PropertyGroup>\n  <ItemGroup>\n");
        int references = 1 + random.nextInt(3);
        for (int r = 0; r < references; r++) {
            String id = PACKAGES[random.nextInt(PACKAGES.length)];
            String version = central ? (random.nextInt(5) == 0 ? " VersionOverride=\"7.0.1\"" : "")
                    : " Version=\"$(DuendeVersion)\"";
            String condition = random.nextInt(4) == 0 ? " Condition=\"'$(TargetFramework)' == 'net8.0'\"" : "";
            xml.append("    <PackageReference Include=\"").append(id).append('"').append(version).append(condition)
                    .append(" />\n");
        }
        if (random.nextInt(4) == 0) {
            xml.append("    <PackageReference Remove=\"Serilog\" />\n");
        }
        if (central && random.nextInt(4) == 0) {
            xml.append("    <PackageVersion Update=\"Duende.IdentityServer.Storage\" Version=\"7.0.9\" />\n");
        }
        xml.append("  </ItemGroup>\n</Project>\n");
        return xml.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
