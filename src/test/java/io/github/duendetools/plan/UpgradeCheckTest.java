package io.github.duendetools.plan;

import io.github.duendetools.catalog.Catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real scanner feeding the planner: proves both read the DuendeReference contract the same way. */
class UpgradeCheckTest {

    private static UpgradePlan check(String tree, String target) throws Exception {
        Path root = Path.of(UpgradeCheckTest.class.getResource("/e2e/" + tree).toURI());
        return new UpgradeCheck(ScanOptions.defaults(), Catalog.builtIn()).run(root, new PlanPolicy(target, false, false, null));
    }

    private static List<String> errorCodes(UpgradePlan plan) {
        return plan.errors().stream().map(Finding::code).distinct().toList();
    }

    @Test
    void transitiveOnlyNamesTheCarrierPackage() throws Exception {
        UpgradePlan plan = check("transitive", "6.0.0");
        assertEquals(List.of(FindingCode.TRANSITIVE_ONLY), errorCodes(plan), plan.findings().toString());
        Finding f = plan.errors().get(0);
        assertTrue(f.message().contains("Microsoft.AspNetCore.ApiAuthorization.IdentityServer"), f.message());
        assertTrue(plan.references().stream().allMatch(r -> NuGetVersion.parse("5.2.0").equals(r.effective())));
    }

    @Test
    void floatingVersionIsTakenFromTheLockFile() throws Exception {
        UpgradePlan plan = check("floating", "7.4.0");
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.1.2"), plan.current());
        assertEquals(List.of("7.2", "7.3", "7.4"), plan.steps().stream().map(PlanStep::toLine).toList());
    }

    @Test
    void undefinedPropertyIsUnresolvable() throws Exception {
        UpgradePlan plan = check("undefined", "7.4.0");
        assertEquals(List.of(FindingCode.UNRESOLVABLE), errorCodes(plan), plan.findings().toString());
        Finding f = plan.errors().get(0);
        assertTrue(f.message().contains("DuendeVersion"), f.message());
        assertTrue(f.location().line() > 0, f.toString());
    }

    @Test
    void rangeIsTheLowestReleaseInside() throws Exception {
        UpgradePlan plan = check("range", "7.1.0");
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.0.5"), plan.current());
    }

    @Test
    void frameworkTooOldPointsAtTheLineThatSetsTheFramework(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("Directory.Build.props"), "<Project>\n  <PropertyGroup>\n"
                + "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        Files.createDirectories(root.resolve("src/Idp"));
        Files.writeString(root.resolve("src/Idp/Idp.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.3.10\" />\n  </ItemGroup>\n</Project>\n");
        UpgradePlan plan = new UpgradeCheck(ScanOptions.defaults(), Catalog.builtIn())
                .run(root, new PlanPolicy("7.0.0", false, false, null));
        List<Finding> tooOld = plan.errors().stream().filter(f -> f.code().equals(FindingCode.FRAMEWORK_TOO_OLD)).toList();
        assertEquals(1, tooOld.size(), plan.findings().toString());
        assertEquals(root.resolve("Directory.Build.props").toRealPath(), tooOld.get(0).location().file().toRealPath());
        assertEquals(3, tooOld.get(0).location().line());
    }
}
