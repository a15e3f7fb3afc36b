package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.FindingCode;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.Severity;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.plan.UpgradePlanner;
import io.github.duendetools.report.LogReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Family versions that no project uses (an {@code Update} no project includes, a {@code PackageVersion} no
 * project references, a nested props file no project reaches) are listed by the check and moved by migrate,
 * so no file keeps the old version beside the new one.
 */
class UnusedDeclarationsMigrationTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private UpgradePlan plan(String target) throws Exception {
        return new UpgradePlanner(Catalog.builtIn()).plan(new ProjectScanner(ScanOptions.defaults()).scan(root),
                new PlanPolicy(target, false, false, null));
    }

    private List<String> unused(UpgradePlan plan) {
        LogReport log = new LogReport(plan);
        return plan.findings().stream().filter(f -> f.code().equals(FindingCode.UNUSED_DECLARATION))
                .map(f -> f.severity() + " " + log.finding(f)).toList();
    }

    private static final String TARGETS = "<Project>\r\n  <ItemGroup>\r\n"
            + "    <PackageReference Update=\"Duende.IdentityServer\" Version=\"7.0.0\" />\r\n"
            + "    <PackageReference Update=\"Duende.IdentityServer.EntityFramework\" Version=\"7.0.0\" />\r\n"
            + "    <PackageReference Update=\"Duende.IdentityServer.AspNetIdentity\" Version=\"7.0.0\" />\r\n"
            + "  </ItemGroup>\r\n</Project>\r\n";

    private static final String DATA = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer.EntityFramework\" /></ItemGroup>\n"
            + "</Project>\n";

    @Test
    void aVersionPinnedForTransitiveReferencesIsNotCalledUnused() throws Exception {
        // as in dotnet/eShop: the PackageVersion decides the version a transitive reference restores
        String props = "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n"
                + "    <CentralPackageTransitivePinningEnabled>true</CentralPackageTransitivePinningEnabled>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"7.0.0\" />\n"
                + "    <PackageVersion Include=\"Duende.IdentityServer.Storage\" Version=\"7.0.0\" />\n"
                + "  </ItemGroup>\n</Project>\n";
        write("Directory.Packages.props", props);
        write("src/Host/Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
                + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" /></ItemGroup>\n</Project>\n");
        UpgradePlan plan = plan("7.4.8");
        assertEquals(List.of("INFO UNUSED_DECLARATION Directory.Packages.props:8: Duende.IdentityServer.Storage 7.0.0 pins the"
                + " version of a transitive reference (CentralPackageTransitivePinningEnabled); no project in scope references"
                + " it directly; migrate moves it with the family"), unused(plan));

        new ProjectFileMove(root).run(plan, null, false);

        assertEquals(props.replace("7.0.0", "7.4.8"), Files.readString(root.resolve("Directory.Packages.props")));
    }

    @Test
    void theConformanceReportMovesWithTheFamily() throws Exception {
        // as in Duende's samples (IdentityServer/v8): the package ships with every 8.x release
        String props = "<Project>\n  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>\n"
                + "  <ItemGroup>\n    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"8.0.2\" />\n"
                + "    <PackageVersion Include=\"Duende.IdentityServer.ConformanceReport\" Version=\"8.0.2\" />\n"
                + "  </ItemGroup>\n</Project>\n";
        write("Directory.Packages.props", props);
        write("src/Host/Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
                + "  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" />"
                + "<PackageReference Include=\"Duende.IdentityServer.ConformanceReport\" /></ItemGroup>\n</Project>\n");
        UpgradePlan plan = plan("8.0.3");
        assertFalse(plan.hasErrors(), plan.findings().toString());

        new ProjectFileMove(root).run(plan, null, false);

        assertEquals(props.replace("8.0.2", "8.0.3"), Files.readString(root.resolve("Directory.Packages.props")));
    }

    @Test
    void updatesNoProjectIncludesMoveWithTheOneInUse() throws Exception {
        write("Directory.Build.targets", TARGETS);
        write("src/Data/Data.csproj", DATA);
        UpgradePlan plan = plan("7.4.8");
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(List.of(
                "INFO UNUSED_DECLARATION Directory.Build.targets:3: Duende.IdentityServer 7.0.0 is declared but no project in scope"
                        + " uses it; migrate moves it with the family",
                "INFO UNUSED_DECLARATION Directory.Build.targets:5: Duende.IdentityServer.AspNetIdentity 7.0.0 is declared but no"
                        + " project in scope uses it; migrate moves it with the family"), unused(plan));

        MigrationOutcome outcome = new ProjectFileMove(root).run(plan, null, false);
        assertEquals(List.of("Directory.Build.targets"), outcome.changedFiles());
        assertEquals(TARGETS.replace("7.0.0", "7.4.8"), Files.readString(root.resolve("Directory.Build.targets")));
        assertEquals(DATA, Files.readString(root.resolve("src/Data/Data.csproj")));
        assertTrue(new ProjectFileMove(root).run(plan("7.4.8"), null, false).alreadyAtTarget());
    }

    private static final String CENTRAL = "<Project>\n"
            + "  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"7.0.8\" />\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer.EntityFramework\" Version=\"7.0.8\" />\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer.Storage\" Version=\"7.0.8\" />\n"
            + "    <PackageVersion Include=\"Serilog\" Version=\"7.0.0\" />\n"
            + "  </ItemGroup>\n"
            + "</Project>\n";

    private static final String NESTED = "<Project>\n  <ItemGroup>\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"7.0.0\" />\n"
            + "  </ItemGroup>\n</Project>\n";

    private void centralTree() throws Exception {
        write("Directory.Packages.props", CENTRAL);
        write("_tests/Directory.Packages.props", NESTED);
        write("src/Idp/Idp.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
                + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
                + "  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" />\n"
                + "    <PackageReference Include=\"Duende.IdentityServer.EntityFramework\" />\n"
                + "  </ItemGroup>\n"
                + "</Project>\n");
    }

    @Test
    void unusedCentralVersionsAndNestedPropsMoveToo() throws Exception {
        centralTree();
        UpgradePlan plan = plan("7.4.8");
        assertFalse(plan.hasErrors(), plan.findings().toString());
        List<String> unused = unused(plan);
        assertEquals(2, unused.size(), unused.toString());
        assertTrue(unused.contains("INFO UNUSED_DECLARATION Directory.Packages.props:6: Duende.IdentityServer.Storage 7.0.8 is declared"
                + " but no project in scope uses it; migrate moves it with the family"), unused.toString());
        // another version than the projects use: a hand upgrade would leave it behind
        assertTrue(unused.contains("WARNING UNUSED_DECLARATION _tests/Directory.Packages.props:3: Duende.IdentityServer 7.0.0 is"
                + " declared but no project in scope uses it; migrate moves it with the family"), unused.toString());

        MigrationOutcome outcome = new ProjectFileMove(root).run(plan, null, false);
        assertEquals(List.of("Directory.Packages.props", "_tests/Directory.Packages.props"), outcome.changedFiles());
        assertEquals(CENTRAL.replace("7.0.8", "7.4.8"), Files.readString(root.resolve("Directory.Packages.props")));
        assertEquals(NESTED.replace("7.0.0", "7.4.8"), Files.readString(root.resolve("_tests/Directory.Packages.props")));
    }

    @Test
    void excludedFilesAreOutOfScope() throws Exception {
        centralTree();
        UpgradePlan plan = new UpgradePlanner(Catalog.builtIn()).plan(
                new ProjectScanner(new ScanOptions(List.of("_tests/**"), 1 << 20)).scan(root), new PlanPolicy("7.4.8", false, false, null));
        assertEquals(1, unused(plan).size(), unused(plan).toString());
        new ProjectFileMove(root).run(plan, null, false);
        assertEquals(NESTED, Files.readString(root.resolve("_tests/Directory.Packages.props")));
    }

    @Test
    void anUnusedDeclarationThatCannotMoveRefusesTheWholeMigration() throws Exception {
        centralTree();
        write("_tests/Directory.Packages.props", NESTED.replace("7.0.0", "8.0.0"));
        UpgradePlan plan = plan("7.4.8");
        Finding f = plan.findings().stream().filter(x -> x.code().equals(FindingCode.UNUSED_DECLARATION)
                && x.severity() == Severity.WARNING).findFirst().orElseThrow();
        assertTrue(f.message().contains("8.0.0"), f.message());
        MigrationRefusedException e = assertThrows(MigrationRefusedException.class, () -> new ProjectFileMove(root).run(plan, null, false));
        assertTrue(String.join("\n", e.reasons()).contains("_tests/Directory.Packages.props:3: Duende.IdentityServer (used by no project):"
                + " '8.0.0' is newer than the target 7.4.8"), String.join("\n", e.reasons()));
        assertEquals(CENTRAL, Files.readString(root.resolve("Directory.Packages.props")));
    }
}
