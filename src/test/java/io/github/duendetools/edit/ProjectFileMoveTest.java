package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.ScanResult;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.msbuild.VersionSpan;
import io.github.duendetools.plan.PlanPolicy;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.plan.UpgradePlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole project-file half of migrate, from a scan result through the real planner to the files. */
class ProjectFileMoveTest {

    @TempDir
    Path root;

    private static DuendeReference ref(Path project, String pkg, String raw, VersionSpan span, DeclarationKind kind) {
        return new DuendeReference(project, "net6.0", List.of("net6.0"), pkg, raw, span.text(),
                new SourceLocation(project, 6), new SourceLocation(span.file(), 5), span, kind, null, null, null);
    }

    /** What the scanner reports for the CPM fixture: two central PackageVersions and one VersionOverride. */
    private ScanResult cpmScan(String version) {
        Path props = root.resolve("Directory.Packages.props");
        Path idp = root.resolve("src/Idp/Idp.csproj");
        Path admin = root.resolve("src/Admin/Admin.csproj");
        return new ScanResult(root, List.of(admin, idp), List.of(
                ref(admin, "Duende.IdentityServer.EntityFramework", version, Fixtures.span(admin, version, 0), DeclarationKind.VERSION_OVERRIDE),
                ref(idp, "Duende.IdentityServer", version, Fixtures.span(props, version, 0), DeclarationKind.PACKAGE_VERSION),
                ref(idp, "Duende.IdentityServer.EntityFramework", version, Fixtures.span(props, version, 1), DeclarationKind.PACKAGE_VERSION)));
    }

    private UpgradePlan plan(ScanResult scan, String target) {
        return plan(scan, target, false);
    }

    private UpgradePlan plan(ScanResult scan, String target, boolean alignAll) {
        return new UpgradePlanner(Catalog.builtIn()).plan(scan, new PlanPolicy(target, false, alignAll, null));
    }

    /** The CPM fixture with the override pinned to 6.0.1 while the central versions say 6.0.0. */
    private ScanResult disagreeingScan() throws IOException {
        Path admin = root.resolve("src/Admin/Admin.csproj");
        Files.writeString(admin, Files.readString(admin).replace("VersionOverride=\"6.0.0\"", "VersionOverride=\"6.0.1\""));
        Path props = root.resolve("Directory.Packages.props");
        Path idp = root.resolve("src/Idp/Idp.csproj");
        return new ScanResult(root, List.of(admin, idp), List.of(
                ref(admin, "Duende.IdentityServer.EntityFramework", "6.0.1", Fixtures.span(admin, "6.0.1", 0), DeclarationKind.VERSION_OVERRIDE),
                ref(idp, "Duende.IdentityServer", "6.0.0", Fixtures.span(props, "6.0.0", 0), DeclarationKind.PACKAGE_VERSION),
                ref(idp, "Duende.IdentityServer.EntityFramework", "6.0.0", Fixtures.span(props, "6.0.0", 1), DeclarationKind.PACKAGE_VERSION)));
    }

    @Test
    void projectsThatDisagreeWithinOneSchemaMoveTogether() throws Exception {
        copy("cpm");
        ScanResult scan = disagreeingScan();
        // 6.0.0 and 6.0.1 share one schema: a warning, and every project moves
        UpgradePlan plan = plan(scan, "6.1.0");
        assertTrue(plan.findings().stream().anyMatch(f -> f.code().equals("INCONSISTENT_VERSIONS") && !f.error()), plan.findings().toString());
        new ProjectFileMove(root).run(plan, null, false);

        assertTreeEquals(Fixtures.resource("forms/cpm/expected"));
    }

    private void copy(String fixture) throws IOException {
        Fixtures.copyTree(Fixtures.resource("forms/" + fixture + "/before"), root);
    }

    @Test
    void centralPackageVersionsAndOverridesMoveTogether() throws Exception {
        copy("cpm");
        MigrationOutcome outcome = new ProjectFileMove(root).run(plan(cpmScan("6.0.0"), "6.1.0"), null, false);

        assertEquals(List.of("Directory.Packages.props", "src/Admin/Admin.csproj"), outcome.changedFiles());
        assertTreeEquals(Fixtures.resource("forms/cpm/expected"));
    }

    @Test
    void propertyDefinitionMovesAndReferencesStayReferences() throws Exception {
        copy("property");
        Path props = root.resolve("Directory.Build.props");
        Path idp = root.resolve("src/Idp/Idp.csproj");
        VersionSpan span = Fixtures.span(props, "6.0.0", 0);
        ScanResult scan = new ScanResult(root, List.of(idp), List.of(
                ref(idp, "Duende.IdentityServer", "$(DuendeVersion)", span, DeclarationKind.PROPERTY),
                ref(idp, "Duende.IdentityServer.EntityFramework", "$(DuendeVersion)", span, DeclarationKind.PROPERTY)));

        MigrationOutcome outcome = new ProjectFileMove(root).run(plan(scan, "6.1.0"), null, false);

        assertEquals(List.of("Directory.Build.props"), outcome.changedFiles());
        assertTreeEquals(Fixtures.resource("forms/property/expected"));
    }

    @Test
    void secondRunChangesNothing() throws Exception {
        copy("cpm");
        new ProjectFileMove(root).run(plan(cpmScan("6.0.0"), "6.1.0"), null, false);

        MigrationOutcome again = new ProjectFileMove(root).run(plan(cpmScan("6.1.0"), "6.1.0"), null, false);

        assertTrue(again.alreadyAtTarget());
        assertEquals(0, again.patch().length);
        assertTreeEquals(Fixtures.resource("forms/cpm/expected"));
    }

    @Test
    void downgradeIsRefusedAndNothingIsWritten() throws Exception {
        copy("cpm");
        MigrationRefusedException e = assertThrows(MigrationRefusedException.class,
                () -> new ProjectFileMove(root).run(plan(cpmScan("6.0.0"), "5.2.4"), null, false));

        assertTrue(e.getMessage().startsWith("Migration refused, nothing written:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOWNGRADE src/Admin/Admin.csproj:5: "), e.getMessage());
        assertTreeEquals(Fixtures.resource("forms/cpm/before"));
    }

    @Test
    void dryRunReturnsThePatchAndWritesNothing() throws Exception {
        copy("cpm");
        MigrationOutcome outcome = new ProjectFileMove(root).run(plan(cpmScan("6.0.0"), "6.1.0"), null, true);

        assertTreeEquals(Fixtures.resource("forms/cpm/before"));
        String patch = new String(outcome.patch(), StandardCharsets.UTF_8);
        assertTrue(patch.startsWith("--- a/Directory.Packages.props\n+++ b/Directory.Packages.props\n@@ -3,8 +3,8 @@\n"), patch);
        assertTrue(patch.contains("--- a/src/Admin/Admin.csproj\n+++ b/src/Admin/Admin.csproj\n"), patch);
        assertTrue(patch.contains("+    <PackageReference Include=\"Duende.IdentityServer.EntityFramework\" VersionOverride=\"6.1.0\" />\n"), patch);
    }

    private void assertTreeEquals(Path expected) throws IOException {
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path e : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path actual = root.resolve(expected.relativize(e).toString());
                assertArrayEquals(Files.readAllBytes(e), Files.readAllBytes(actual), actual.toString());
            }
        }
    }
}
