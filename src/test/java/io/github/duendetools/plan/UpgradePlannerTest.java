package io.github.duendetools.plan;

import static io.github.duendetools.plan.Refs.ref;
import static io.github.duendetools.plan.Refs.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.DeclarationKind;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradePlannerTest {

    private final UpgradePlanner planner = new UpgradePlanner(Catalog.builtIn());

    private static PlanPolicy to(String target) {
        return new PlanPolicy(target, false, false, null);
    }

    private static List<String> codes(UpgradePlan plan, Severity severity) {
        return plan.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
    }

    private static Finding only(UpgradePlan plan, String code) {
        List<Finding> matching = plan.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, matching.size(), plan.findings().toString());
        return matching.get(0);
    }

    @Test
    void plansEveryMinorStepToTheTarget() {
        UpgradePlan plan = planner.plan(scan(ref("Host/Host.csproj", "net8.0", "6.0.0")), to("7.1.2"));
        assertEquals(List.of(), codes(plan, Severity.ERROR));
        assertEquals(NuGetVersion.parse("6.0.0"), plan.current());
        assertEquals(NuGetVersion.parse("7.1.2"), plan.target());
        assertEquals("6.0", plan.currentGeneration());
        assertEquals("7.0", plan.targetGeneration());
        assertEquals(List.of("6.1", "6.2", "6.3", "7.0", "7.1"), plan.steps().stream().map(PlanStep::toLine).toList());
        assertEquals(List.of("6.1.8", "6.2.5", "6.3.10", "7.0.9", "7.1.2"),
                plan.steps().stream().map(s -> s.versionReached().toString()).toList());
        PlanStep s61 = plan.steps().get(0);
        assertTrue(s61.configurationChange() && s61.operationalChange());
        assertEquals("6.0", s61.fromGeneration());
        assertEquals(List.of("net8.0"), plan.steps().get(3).requiredFrameworks());
        assertTrue(plan.steps().stream().anyMatch(PlanStep::schemaChange));
    }

    @Test
    void defaultTargetIsNewestStable() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.0")), PlanPolicy.defaults());
        assertEquals(NuGetVersion.parse("8.0.3"), plan.target());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(List.of("8.0"), plan.steps().stream().map(PlanStep::toLine).toList());
    }

    @Test
    void sameVersionAsTargetIsNothingToDo() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.0")), to("7.0.0"));
        assertFalse(plan.hasErrors());
        assertEquals(List.of(), plan.steps());
        only(plan, FindingCode.UP_TO_DATE);
    }

    @Test
    void shortAndLongSpellingsAreOneVersion() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.0"), ref("B.csproj", "net8.0", "7.0.0")), to("7.1.0"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.0.0"), plan.current());
    }

    @Test
    void downgradeFails() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.1.0")), to("7.0.0"));
        Finding f = only(plan, FindingCode.DOWNGRADE);
        assertTrue(f.error());
        assertEquals(Refs.ROOT.resolve("A.csproj"), f.location().file());
        assertEquals(7, f.location().line());
        assertTrue(f.message().contains("7.1.0") && f.message().contains("7.0.0"), f.message());
        assertEquals(List.of(), plan.steps());
    }

    @Test
    void unknownTargetFails() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.1.0")), to("7.9.0"));
        assertTrue(only(plan, FindingCode.TARGET_UNKNOWN).error());
        assertTrue(only(plan, FindingCode.TARGET_UNKNOWN).message().contains("duende.catalogFile"));
    }

    @Test
    void targetThatIsNotAVersionFails() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.1.0")), to("latest"));
        assertTrue(only(plan, FindingCode.TARGET_INVALID).error());
        assertNull(plan.target());
    }

    @Test
    void unknownLineFailsWithWhatToDo() {
        for (String version : List.of("9.0.0", "8.1.0", "7.9.0")) {
            UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", version)), PlanPolicy.defaults());
            Finding f = only(plan, FindingCode.CURRENT_UNKNOWN);
            assertTrue(f.error());
            assertEquals(7, f.location().line());
            assertTrue(f.message().contains("update the plugin or describe the line in duende.catalogFile"), f.message());
            assertTrue(f.message().contains("line " + version.substring(0, 3)), f.message());
        }
    }

    @Test
    void patchNewerThanTheCatalogWithoutTargetPassesWithWarnings() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "8.0.4"), ref("B.csproj", "net10.0", "8.0.4")),
                PlanPolicy.defaults());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("8.0.4"), plan.target());
        assertEquals(NuGetVersion.parse("8.0.4"), plan.current());
        assertEquals("8.0", plan.currentGeneration());
        assertEquals(List.of(), plan.steps());
        Finding assumed = only(plan, FindingCode.NEWER_THAN_CATALOG);
        assertEquals(Severity.WARNING, assumed.severity());
        assertTrue(assumed.message().contains("8.0.4") && assumed.message().contains("generation 8.0"), assumed.message());
        Finding ahead = only(plan, FindingCode.AHEAD_OF_CATALOG);
        assertEquals(Severity.WARNING, ahead.severity());
        assertTrue(ahead.message().contains("8.0.3"), ahead.message());
        assertTrue(codes(plan, Severity.ERROR).isEmpty());
    }

    @Test
    void unlistedPatchPlansWithItsLinesSchema() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.9")), PlanPolicy.defaults());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("8.0.3"), plan.target());
        assertEquals("7.0", plan.currentGeneration());
        assertEquals(List.of("8.0"), plan.steps().stream().map(PlanStep::toLine).toList());
        only(plan, FindingCode.NEWER_THAN_CATALOG);
        assertTrue(plan.findings().stream().noneMatch(f -> f.code().equals(FindingCode.AHEAD_OF_CATALOG)));
    }

    @Test
    void unlistedTargetOfAKnownLineIsPlannedWithAWarning() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.0")), to("8.0.4"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals("8.0", plan.targetGeneration());
        assertEquals(List.of("8.0"), plan.steps().stream().map(PlanStep::toLine).toList());
        assertNull(only(plan, FindingCode.NEWER_THAN_CATALOG).location());
    }

    @Test
    void listedPreviewAheadOfTheNewestStableIsNoDowngrade() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "8.1.0-preview.2")), PlanPolicy.defaults());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("8.1.0-preview.2"), plan.target());
        assertEquals(List.of(), plan.steps());
        // the same level as for a version the catalog only places (8.0.4)
        assertEquals(Severity.WARNING, only(plan, FindingCode.AHEAD_OF_CATALOG).severity());
        assertTrue(plan.findings().stream().noneMatch(f -> f.code().equals(FindingCode.DOWNGRADE)));
    }

    @Test
    void anUnknownLineWithoutATargetFailsForThatReasonAlone() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "9.0.0")), PlanPolicy.defaults());
        assertEquals(List.of(FindingCode.CURRENT_UNKNOWN), codes(plan, Severity.ERROR));
        assertTrue(plan.findings().stream().noneMatch(f -> f.code().equals(FindingCode.DOWNGRADE)), plan.findings().toString());
        // no "Upgrade path 9.0.0 -> 8.0.3: 0 steps" before the failure
        assertEquals(List.of(), new io.github.duendetools.report.LogReport(plan).path());
    }

    @Test
    void aTargetBehindItsLinesNewestPatchSaysWhichIsNewest() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.0.0")), to("7.4"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        Finding older = only(plan, FindingCode.OLDER_PATCH);
        assertEquals(Severity.INFO, older.severity());
        assertEquals("target 7.4.0 is not the newest patch of line 7.4 this plugin knows: 7.4.8", older.message());
        assertTrue(planner.plan(scan(ref("A.csproj", "net8.0", "7.0.0")), to("7.4.8")).findings().stream()
                .noneMatch(f -> f.code().equals(FindingCode.OLDER_PATCH)));
    }

    @Test
    void prereleaseTargetNeedsPermission() {
        UpgradePlan refused = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.0")), to("8.0.0-preview.6"));
        assertTrue(only(refused, FindingCode.PRERELEASE_TARGET).message().contains("duende.allowPrerelease"));
        UpgradePlan allowed = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.0")),
                new PlanPolicy("8.0.0-preview.6", true, false, null));
        assertFalse(allowed.hasErrors(), allowed.findings().toString());
        assertEquals(1, allowed.steps().size());
    }

    @Test
    void frameworkTooOldForSevenNamesProjectAndFrameworks() {
        UpgradePlan plan = planner.plan(scan(ref("src/Host/Host.csproj", "net6.0", "6.3.0")), to("7.0.0"));
        Finding f = only(plan, FindingCode.FRAMEWORK_TOO_OLD);
        assertTrue(f.error());
        assertTrue(f.message().contains("Host.csproj") && f.message().contains("net6.0") && f.message().contains("net8.0"), f.message());
        assertTrue(f.message().endsWith("retarget net6.0 first (the newest release net6.0 can take is 6.3.10)"), f.message());
        assertEquals(Refs.ROOT.resolve("src/Host/Host.csproj"), f.location().file());
    }

    @Test
    void eightNeedsNet10() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net9.0", "7.4.0")), to("8.0.0"));
        assertTrue(only(plan, FindingCode.FRAMEWORK_TOO_OLD).message().contains("net10.0"));
        assertFalse(planner.plan(scan(ref("A.csproj", "net10.0", "7.4.0")), to("8.0.0")).hasErrors());
    }

    @Test
    void multiTargetedProjectFailsOnItsOldBranchOnly() {
        List<String> tfms = List.of("net6.0", "net8.0");
        UpgradePlan plan = planner.plan(scan(
                ref("A.csproj", "net6.0", tfms, "Duende.IdentityServer", "6.3.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null),
                ref("A.csproj", "net8.0", tfms, "Duende.IdentityServer", "6.3.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null)),
                to("7.0.0"));
        Finding f = only(plan, FindingCode.FRAMEWORK_TOO_OLD);
        assertTrue(f.message().contains("net6.0;net8.0"), f.message());
        assertTrue(f.message().contains("retarget net6.0 first"), f.message());
        UpgradePlan picked = planner.plan(scan(
                ref("A.csproj", "net6.0", tfms, "Duende.IdentityServer", "6.3.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null),
                ref("A.csproj", "net8.0", tfms, "Duende.IdentityServer", "6.3.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null)),
                new PlanPolicy("7.0.0", false, false, "net8.0"));
        assertFalse(picked.hasErrors(), picked.findings().toString());
        assertEquals(1, picked.references().size());
    }

    @Test
    void inconsistentVersionsFailEachNamingItsFile() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "6.2.0"), ref("B.csproj", "net8.0", "6.3.0")), to("7.0.0"));
        List<Finding> errors = plan.errors();
        assertEquals(List.of(FindingCode.INCONSISTENT_VERSIONS, FindingCode.INCONSISTENT_VERSIONS),
                errors.stream().map(Finding::code).toList());
        assertEquals(Refs.ROOT.resolve("A.csproj"), errors.get(0).location().file());
        assertEquals(Refs.ROOT.resolve("B.csproj"), errors.get(1).location().file());
        assertTrue(errors.get(0).message().contains("duende.alignAll"));
        // every project has one framework: narrowing to one cannot help
        assertFalse(errors.get(0).message().contains("duende.targetFramework"), errors.get(0).message());
        assertNull(plan.current());
        // the path still shows from the lowest so the report is useful
        assertEquals("6.3", plan.steps().get(0).toLine());
    }

    @Test
    void disagreementWithinOneSchemaGenerationWarnsAndPlansFromTheOldest() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "7.4.6"), ref("B.csproj", "net10.0", "7.4.3")), to("8.0.3"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.4.3"), plan.current());
        assertEquals(List.of("8.0"), plan.steps().stream().map(PlanStep::toLine).toList());
        List<Finding> warnings = plan.findings().stream().filter(f -> f.code().equals(FindingCode.INCONSISTENT_VERSIONS)).toList();
        assertEquals(2, warnings.size());
        warnings.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
        assertTrue(warnings.get(0).message().endsWith("they share schema generation 7.0, so the plan starts from the oldest, 7.4.3"),
                warnings.get(0).message());
        // 7.0.0 and 7.4.6 share the 7.0 schema too; 6.3.10 and 7.4.6 do not
        assertFalse(planner.plan(scan(ref("A.csproj", "net10.0", "7.4.6"), ref("B.csproj", "net10.0", "7.0.0")), to("8.0.3")).hasErrors());
        assertTrue(planner.plan(scan(ref("A.csproj", "net10.0", "7.4.6"), ref("B.csproj", "net10.0", "6.3.10")), to("8.0.3")).hasErrors());
    }

    @Test
    void inconsistentVersionsNameEachDeclarationOnce() {
        Path props = Refs.ROOT.resolve("Directory.Packages.props");
        List<String> one = List.of("net8.0");
        java.util.function.BiFunction<String, SourceLocation, DuendeReference> declared = (project, at) -> new DuendeReference(
                Refs.ROOT.resolve(project), "net8.0", one, "Duende.IdentityServer", "6.3.0", "6.3.0",
                new SourceLocation(Refs.ROOT.resolve(project), 4), at, null, DeclarationKind.PACKAGE_VERSION, null, null, null);
        UpgradePlan plan = planner.plan(scan(
                declared.apply("src/A/A.csproj", new SourceLocation(props, 5)),
                declared.apply("src/B/B.csproj", new SourceLocation(props, 5)),
                declared.apply("src/C/C.csproj", new SourceLocation(Refs.ROOT.resolve("src/C/C.csproj"), 9)),
                ref("src/D/D.csproj", "net8.0", List.of("net8.0", "net9.0"), "Duende.IdentityServer", "7.0.0",
                        DeclarationKind.PACKAGE_REFERENCE, null, null, null)), to("7.1.0"));
        List<Finding> errors = plan.errors();
        assertEquals(3, errors.size(), errors.toString());
        Finding central = errors.stream().filter(f -> f.location().file().equals(props)).findFirst().orElseThrow();
        assertEquals(5, central.location().line());
        assertTrue(central.message().contains(": A.csproj [net8.0], B.csproj [net8.0] use 6.3.0;"), central.message());
        Finding c = errors.stream().filter(f -> f.location().line() == 9).findFirst().orElseThrow();
        assertTrue(c.message().contains(": C.csproj [net8.0] uses 6.3.0;"), c.message());
        // D targets two frameworks: narrowing to one may help
        assertTrue(c.message().endsWith("align them, or set duende.alignAll=true or duende.targetFramework"), c.message());
    }

    @Test
    void alignAllPlansFromTheLowest() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "6.2.0"), ref("B.csproj", "net8.0", "6.3.0")),
                new PlanPolicy("7.0.0", false, true, null));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("6.2.0"), plan.current());
        assertEquals(List.of("6.3", "7.0"), plan.steps().stream().map(PlanStep::toLine).toList());
        only(plan, FindingCode.ALIGNED);
    }

    @Test
    void targetFrameworkPicksOneBranch() {
        List<String> tfms = List.of("net6.0", "net8.0");
        var scan = scan(
                ref("A.csproj", "net6.0", tfms, "Duende.IdentityServer", "6.2.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null),
                ref("A.csproj", "net8.0", tfms, "Duende.IdentityServer", "7.0.0", DeclarationKind.PACKAGE_REFERENCE, null, null, null));
        assertTrue(codes(planner.plan(scan, to("7.1.0")), Severity.ERROR).contains(FindingCode.INCONSISTENT_VERSIONS));
        UpgradePlan plan = planner.plan(scan, new PlanPolicy("7.1.0", false, false, "NET8.0"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.0.0"), plan.current());
    }

    @Test
    void floatingWithoutLockFails() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.*")), to("7.4.0"));
        Finding f = only(plan, FindingCode.FLOATING_UNLOCKED);
        assertTrue(f.error());
        assertTrue(f.message().contains("7.*"));
        assertNull(plan.references().get(0).effective());
    }

    @Test
    void floatingWithLockUsesTheLock() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", List.of("net8.0"), "Duende.IdentityServer", "7.*",
                DeclarationKind.PACKAGE_REFERENCE, "7.1.2", null, null)), to("7.4.0"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals(NuGetVersion.parse("7.1.2"), plan.current());
        only(plan, FindingCode.FLOATING_LOCKED);
    }

    @Test
    void rangeResolvesToLowestCatalogVersionInside() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "[6.1.3, 7.0.0)")), to("6.3.0"));
        assertEquals(NuGetVersion.parse("6.1.3"), plan.references().get(0).effective());
        UpgradePlan exclusive = planner.plan(scan(ref("A.csproj", "net8.0", "(6.1.8, 7.0.0)")), to("6.3.0"));
        assertEquals(NuGetVersion.parse("6.2.0"), exclusive.references().get(0).effective());
        UpgradePlan empty = planner.plan(scan(ref("A.csproj", "net8.0", "[7.9.0, 7.9.99]")), to("8.0.3"));
        assertTrue(only(empty, FindingCode.RANGE_EMPTY).error());
    }

    @Test
    void rangeWhoseMinimumIsNewerThanTheCatalogRestoresTheMinimum() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net10.0", "[8.0.4, 9.0.0)")), PlanPolicy.defaults());
        assertEquals(NuGetVersion.parse("8.0.4"), plan.references().get(0).effective());
        assertFalse(plan.hasErrors(), plan.findings().toString());
        only(plan, FindingCode.NEWER_THAN_CATALOG);
    }

    @Test
    void lockFileThatDisagreesIsAWarning() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", List.of("net8.0"), "Duende.IdentityServer", "7.0.0",
                DeclarationKind.PACKAGE_REFERENCE, "7.0.1", null, null)), to("7.1.0"));
        assertEquals(Severity.WARNING, only(plan, FindingCode.LOCK_FILE_DIFFERS).severity());
        assertEquals(NuGetVersion.parse("7.0.0"), plan.current());
    }

    @Test
    void unresolvableNamesTheProblem() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", List.of("net8.0"), "Duende.IdentityServer", null,
                DeclarationKind.PROPERTY, null, null, "undefined property $(DuendeVersion)")), to("7.1.0"));
        Finding f = only(plan, FindingCode.UNRESOLVABLE);
        assertTrue(f.error());
        assertTrue(f.message().contains("$(DuendeVersion)"));
        assertEquals(7, f.location().line());
    }

    @Test
    void missingVersionIsUnresolvable() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", null)), to("7.1.0"));
        assertTrue(only(plan, FindingCode.UNRESOLVABLE).message().contains("no version"));
    }

    @Test
    void garbageVersionIsInvalid() {
        assertTrue(only(planner.plan(scan(ref("A.csproj", "net8.0", "seven")), to("7.1.0")), FindingCode.VERSION_INVALID).error());
    }

    @Test
    void aHugeInvalidVersionIsQuotedByAShortPrefix() {
        String huge = "6.0.0-" + "x".repeat(5 * 1024 * 1024) + "!";
        Finding f = only(planner.plan(scan(ref("A.csproj", "net8.0", huge)), to("7.1.0")), FindingCode.VERSION_INVALID);
        assertTrue(f.message().startsWith("Duende.IdentityServer: '6.0.0-xxx"), f.message());
        assertTrue(f.message().contains("…' (" + huge.length() + " characters) is not a NuGet version"), f.message());
        assertTrue(f.message().length() < 300, () -> f.message().substring(0, 300));
    }

    @Test
    void transitiveOnlyNamesTheCarrier() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", List.of("net8.0"), "Duende.IdentityServer", null,
                DeclarationKind.LOCK_FILE, "6.0.4", "Microsoft.AspNetCore.ApiAuthorization.IdentityServer", null)), to("7.0.0"));
        Finding f = only(plan, FindingCode.TRANSITIVE_ONLY);
        assertTrue(f.error());
        assertTrue(f.message().contains("Microsoft.AspNetCore.ApiAuthorization.IdentityServer"));
        assertTrue(f.message().contains("direct PackageReference"));
        assertEquals(NuGetVersion.parse("6.0.4"), plan.references().get(0).effective());
    }

    @Test
    void identityServer4SaysWhatToDo() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net6.0", List.of("net6.0"), "IdentityServer4.EntityFramework", "4.1.2",
                DeclarationKind.PACKAGE_REFERENCE, null, null, null)), to("6.0.0"));
        Finding f = only(plan, FindingCode.IDENTITYSERVER4);
        assertTrue(f.message().contains("Duende.IdentityServer"));
        assertTrue(f.message().endsWith("see https://docs.duendesoftware.com/identityserver/upgrades/"
                + "identityserver4-v4-to-duende-identityserver-v6/"), f.message());
        assertFalse(f.message().contains("SQL script"));
        UpgradePlan old = planner.plan(scan(ref("A.csproj", "net6.0", List.of("net6.0"), "IdentityServer4", "3.1.4",
                DeclarationKind.PACKAGE_REFERENCE, null, null, null)), to("6.0.0"));
        assertTrue(only(old, FindingCode.IDENTITYSERVER4).message().contains("SQL script"));
    }

    @Test
    void olderThanTheFirstReleaseFails() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net6.0", "4.1.2")), to("6.0.0"));
        assertTrue(only(plan, FindingCode.TOO_OLD).message().contains("IdentityServer4 4.1"));
    }

    @Test
    void oddPreviewSchemaIsRefusedAsSource() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "6.1.0-preview.2")), to("6.2.0"));
        Finding f = only(plan, FindingCode.UNSUPPORTED_SOURCE);
        assertTrue(f.error());
        assertTrue(f.message().contains("6.1.0-preview.2") && f.message().contains("6.1.0"), f.message());
        assertEquals(List.of(), plan.steps());
    }

    @Test
    void previewOnOlderSchemaStillGetsTheSchemaStep() {
        UpgradePlan plan = planner.plan(scan(ref("A.csproj", "net8.0", "7.0.0-preview.1")), to("7.0.0"));
        assertFalse(plan.hasErrors(), plan.findings().toString());
        assertEquals("6.3", plan.currentGeneration());
        assertEquals(List.of("6.3>7.0"), plan.steps().stream().map(s -> s.fromLine() + ">" + s.toLine()).toList());
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        UpgradePlan plan = planner.plan(scan(
                ref("A.csproj", "net6.0", "7.1.0"),
                ref("B.csproj", "net8.0", "7.*"),
                ref("C.csproj", "net8.0", "6.3.0")), to("7.0.0"));
        List<String> errors = codes(plan, Severity.ERROR);
        assertTrue(errors.containsAll(List.of(FindingCode.DOWNGRADE, FindingCode.FLOATING_UNLOCKED,
                FindingCode.INCONSISTENT_VERSIONS, FindingCode.FRAMEWORK_TOO_OLD)), errors.toString());
        plan.errors().forEach(f -> assertNotNull(f.location(), f.toString()));
    }

    @Test
    void nothingFoundIsAWarning() {
        UpgradePlan plan = planner.plan(scan(), to("7.0.0"));
        assertEquals(List.of(FindingCode.NO_REFERENCES), codes(plan, Severity.WARNING));
        assertFalse(plan.hasErrors());
    }

    @Test
    void findingsAreOrderedDeterministically() {
        var scan = scan(ref("B.csproj", "net8.0", "6.2.0"), ref("A.csproj", "net8.0", "6.3.0"));
        assertEquals(planner.plan(scan, to("7.0.0")).findings(), planner.plan(scan, to("7.0.0")).findings());
        assertEquals(Severity.ERROR, planner.plan(scan, to("7.0.0")).findings().get(0).severity());
    }
}
