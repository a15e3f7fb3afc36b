package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.plan.UpgradePlanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real scanner's spans, the real planner and the edit core together, on whole repositories. */
class ScannedMigrationTest {

    @TempDir
    Path root;

    private MigrationOutcome migrate(String target, boolean dryRun) throws Exception {
        return migrate(target, null, dryRun);
    }

    private MigrationOutcome migrate(String target, String framework, boolean dryRun) throws Exception {
        UpgradePlan plan = new UpgradePlanner(Catalog.builtIn())
                .plan(new ProjectScanner(ScanOptions.defaults()).scan(root), new PlanPolicy(target, false, false, framework));
        return new ProjectFileMove(root).run(plan, framework, dryRun);
    }

    private static final String LOCK = """
            {
              "version": 1,
              "dependencies": {
                "net6.0": {
                  "Duende.IdentityServer": { "type": "Direct", "requested": "[6.0.0, )", "resolved": "6.0.0", "dependencies": {} }
                }
              }
            }
            """;

    @Test
    void lockFileIsReportedNotEdited() throws Exception {
        Files.createDirectories(root.resolve("src/Idp"));
        Files.writeString(root.resolve("src/Idp/Idp.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="6.0.0" /></ItemGroup>
                </Project>
                """);
        Files.writeString(root.resolve("src/Idp/packages.lock.json"), LOCK);

        MigrationOutcome outcome = migrate("6.1.0", false);

        assertEquals(List.of("src/Idp/packages.lock.json must be regenerated (dotnet restore --force-evaluate)"), outcome.notes());
        assertEquals(LOCK, Files.readString(root.resolve("src/Idp/packages.lock.json")));
        assertTrue(Files.readString(root.resolve("src/Idp/Idp.csproj")).contains("Version=\"6.1.0\""));
    }

    @Test
    void rangeKeepsItsSpellingAndFrameworkFilterEditsOnlyItsBranch() throws Exception {
        String before = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFrameworks>net6.0;net7.0</TargetFrameworks></PropertyGroup>
                  <ItemGroup Condition="'$(TargetFramework)' == 'net6.0'">
                    <PackageReference Include="Duende.IdentityServer" Version="6.0.0" />
                  </ItemGroup>
                  <ItemGroup Condition="'$(TargetFramework)' == 'net7.0'">
                    <PackageReference Include="Duende.IdentityServer" Version="[6.2.0,7.0.0)" />
                  </ItemGroup>
                </Project>
                """;
        Path project = root.resolve("A.csproj");
        Files.writeString(project, before);

        MigrationOutcome outcome = migrate("6.3.0", "net7.0", false);

        assertEquals(List.of("A.csproj"), outcome.changedFiles());
        assertEquals(before.replace("[6.2.0,7.0.0)", "[6.3.0,7.0.0)"), Files.readString(project));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpm", "property"})
    void declarationFormsComeOutByteIdentical(String form) throws Exception {
        Fixtures.copyTree(Fixtures.resource("forms/" + form + "/before"), root);

        migrate("6.1.0", false);

        assertTree(Fixtures.resource("forms/" + form + "/expected"));
        assertTrue(migrate("6.1.0", false).alreadyAtTarget(), "second run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bom-crlf-tabs", "windows-1252-single-quotes", "lone-cr-element-no-final-newline",
            "multiline-start-tag-comments"})
    void bytePropertiesSurviveTheWholePipeline(String fixture) throws Exception {
        Path dir = Fixtures.resource("bytes/" + fixture);
        Path project = root.resolve("App.csproj");
        Files.copy(dir.resolve("before.csproj"), project);

        MigrationOutcome outcome = migrate("6.1.0", false);

        assertEquals(List.of("App.csproj"), outcome.changedFiles());
        assertArrayEquals(Files.readAllBytes(dir.resolve("after.csproj")), Files.readAllBytes(project));
    }

    @Test
    void lockedFloatingVersionIsRefusedNamingTheFileRelativeToTheRoot() throws Exception {
        Files.createDirectories(root.resolve("src/Idp"));
        String project = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="6.0.*" /></ItemGroup>
                </Project>
                """;
        Files.writeString(root.resolve("src/Idp/Idp.csproj"), project);
        Files.writeString(root.resolve("src/Idp/packages.lock.json"), LOCK.replace("[6.0.0, )", "[6.0.*, )"));

        MigrationRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationRefusedException.class,
                () -> migrate("6.1.0", false));

        assertTrue(e.getMessage().contains("src/Idp/Idp.csproj:3: Duende.IdentityServer: floating version '6.0.*' is not edited"), e.getMessage());
        assertEquals(project, Files.readString(root.resolve("src/Idp/Idp.csproj")));
    }

    @Test
    void whiteSpaceAroundAVersionIsReadAsNuGetReadsItAndKeptByTheEdit() throws Exception {
        String text = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"\t6.0.0\n\" /></ItemGroup>\n</Project>\n";
        Path project = root.resolve("A.csproj");
        Files.writeString(project, text);

        MigrationOutcome outcome = migrate("6.1.0", false);

        assertEquals(List.of("A.csproj"), outcome.changedFiles());
        assertEquals(text.replace("6.0.0", "6.1.0"), Files.readString(project));
    }

    @Test
    void utf16ProjectIsEditedInItsEncodingAndDiffedAsText() throws Exception {
        String text = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<Project Sdk=\"Microsoft.NET.Sdk\">\r\n"
                + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\r\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\r\n</Project>";
        Path project = root.resolve("A.csproj");
        Files.write(project, text.getBytes(StandardCharsets.UTF_16LE));

        MigrationOutcome outcome = migrate("6.1.0", false);

        assertArrayEquals(text.replace("6.0.0", "6.1.0").getBytes(StandardCharsets.UTF_16LE), Files.readAllBytes(project));
        assertTrue(outcome.patchText().contains("-  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\r\n"
                + "+  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.1.0\" /></ItemGroup>\r\n"), outcome.patchText());
    }

    @Test
    void shippedSampleMovesThroughItsProperty() throws Exception {
        Path sample = Path.of("samples/identity-host");
        Fixtures.copyTree(sample, root);

        MigrationOutcome outcome = migrate("6.1.0", false);

        assertEquals(List.of("Directory.Build.props"), outcome.changedFiles());
        String before = Files.readString(sample.resolve("Directory.Build.props"));
        assertEquals(before.replace("<DuendeIdentityServerVersion>6.0.0<", "<DuendeIdentityServerVersion>6.1.0<"),
                Files.readString(root.resolve("Directory.Build.props")));
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!f.getFileName().toString().equals("Directory.Build.props")) {
                    assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(root.resolve(sample.relativize(f).toString())), f.toString());
                }
            }
        }
    }

    private void assertTree(Path expected) throws Exception {
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path e : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(root.resolve(expected.relativize(e).toString())), e.toString());
            }
        }
    }
}
