package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.ProjectScanner;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.plan.UpgradePlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MSBuild finds Directory.Build.props, .targets and Directory.Packages.props by walking up from each project,
 * past the folder the scan started from; the scan does the same. Files above the root are read, never written.
 */
class AboveRootDeclarationsTest {

    @TempDir
    Path repo;

    private static final String PACKAGES = "<Project>\n"
            + "  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"7.0.8\" />\n"
            + "    <PackageVersion Include=\"Duende.IdentityServer.Storage\" Version=\"7.0.8\" />\n"
            + "  </ItemGroup>\n"
            + "</Project>\n";

    private static final String HOST = "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n"
            + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" /></ItemGroup>\n"
            + "</Project>\n";

    private Path tree() throws Exception {
        Files.createDirectories(repo.resolve("bff/hosts/Host"));
        Files.writeString(repo.resolve("bff/Directory.Packages.props"), PACKAGES);
        Files.writeString(repo.resolve("bff/hosts/Host/Host.csproj"), HOST);
        return repo.resolve("bff/hosts");
    }

    private static UpgradePlan plan(Path root) throws InputException {
        return new UpgradePlanner(Catalog.builtIn()).plan(new ProjectScanner(ScanOptions.defaults()).scan(root),
                new PlanPolicy("7.4.8", false, false, null));
    }

    @Test
    void aScanOfASubfolderFindsTheVersionsAbove() throws Exception {
        UpgradePlan plan = plan(tree());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        DuendeReference ref = plan.references().get(0).ref();
        assertEquals("7.0.8", ref.declaredVersion());
        assertEquals(repo.resolve("bff/Directory.Packages.props").toAbsolutePath(), ref.declaredAt().file());
        // what the file above declares may serve projects outside the scan: not called unused
        assertEquals(List.of(), plan.unused());
    }

    @Test
    void migrateRefusesAVersionDeclaredAboveTheRootAndSaysWhereToRunFrom() throws Exception {
        Path root = tree();
        MigrationRefusedException e = assertThrows(MigrationRefusedException.class,
                () -> new ProjectFileMove(root).run(plan(root), null, false));
        String reasons = String.join("\n", e.reasons());
        assertTrue(reasons.contains(": Duende.IdentityServer: declared above the project root, which migrate never writes;"
                + " run from a folder that contains Directory.Packages.props (-Dduende.projectRoot=" + repo.resolve("bff").toAbsolutePath()
                + ")"), reasons);
        assertEquals(PACKAGES, Files.readString(repo.resolve("bff/Directory.Packages.props")));
    }

    @Test
    void fromTheFolderThatHoldsTheFileItMoves() throws Exception {
        tree();
        Path root = repo.resolve("bff");
        new ProjectFileMove(root).run(plan(root), null, false);
        assertEquals(PACKAGES.replace("7.0.8", "7.4.8"), Files.readString(repo.resolve("bff/Directory.Packages.props")));
    }

    @Test
    void aSymlinkLeavingTheTreeStaysRefused() throws Exception {
        Path root = tree();
        Path outside = Files.createDirectories(repo.resolve("elsewhere"));
        Files.writeString(outside.resolve("Versions.props"), PACKAGES);
        Files.createSymbolicLink(root.resolve("Host/Directory.Build.props"), outside.resolve("Versions.props"));
        InputException e = assertThrows(InputException.class, () -> plan(root));
        assertTrue(e.getMessage().contains("outside the scanned root"), e.getMessage());
    }
}
