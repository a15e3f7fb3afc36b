package io.github.duendetools.plan;

import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.Generation;
import io.github.duendetools.catalog.Release;
import io.github.duendetools.catalog.Step;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.FamilyDeclaration;
import io.github.duendetools.msbuild.ScanResult;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides whether and how a repository can move to a target Duende version: resolves each
 * reference, applies the policy rules, and lays out the minor steps. Pure: reads nothing, writes nothing.
 */
public final class UpgradePlanner {

    private final Catalog catalog;
    private final EffectiveVersionResolver resolver;

    public UpgradePlanner(Catalog catalog) {
        this.catalog = catalog;
        this.resolver = new EffectiveVersionResolver(catalog);
    }

    public UpgradePlan plan(ScanResult scan, PlanPolicy policy) {
        List<Finding> findings = new ArrayList<>();
        NuGetVersion requested = requestedTarget(policy, findings);

        List<ResolvedReference> resolved = new ArrayList<>();
        for (DuendeReference ref : inScope(scan.references(), policy)) {
            if (ref.identityServer4()) {
                resolved.add(identityServer4(ref, findings));
            } else {
                resolved.add(knownSource(resolver.resolve(ref, findings), findings));
            }
        }
        if (resolved.isEmpty()) {
            findings.add(new Finding(Severity.WARNING, FindingCode.NO_REFERENCES,
                    "no Duende.IdentityServer package reference found under " + scan.root(), null));
        }

        Map<NuGetVersion, List<ResolvedReference>> byVersion = byVersion(resolved);
        unlisted(byVersion, requested, findings);
        NuGetVersion target = policy.targetVersion() == null || policy.targetVersion().isBlank()
                ? defaultTarget(byVersion, findings) : requested;
        NuGetVersion current = current(byVersion, policy, findings);
        if (target != null) {
            downgrades(byVersion, target, findings);
            new FrameworkRequirement(catalog).check(resolved, target, policy, scan.frameworksAt(), findings);
        }
        List<PlanStep> steps = steps(byVersion, current, target, findings);
        unusedDeclarations(scan.unused(), current, findings);
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.location() == null ? "" : f.location().file().toString())
                .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
                .thenComparing(Finding::code)
                .thenComparing(Finding::message));
        return new UpgradePlan(scan.root(), resolved, current, target,
                current == null ? null : catalog.generationOf(current).orElse(null),
                target == null ? null : catalog.generationOf(target).orElse(null),
                steps, dedupe(findings), scan.unused());
    }

    /**
     * Family versions no project uses are listed, never a failure; one that names another version than
     * the projects would be left behind by a hand upgrade, so it warns.
     */
    private static void unusedDeclarations(List<FamilyDeclaration> unused, NuGetVersion current, List<Finding> findings) {
        for (FamilyDeclaration d : unused) {
            boolean same = current != null && NuGetVersion.tryParse(d.version()).map(current::equals).orElse(false);
            String why = d.pins() ? " pins the version of a transitive reference (CentralPackageTransitivePinningEnabled);"
                    + " no project in scope references it directly" : " is declared but no project in scope uses it";
            findings.add(new Finding(same ? Severity.INFO : Severity.WARNING, FindingCode.UNUSED_DECLARATION, d.packageId()
                    + " " + d.version() + why + "; migrate moves it with the family", d.at()));
        }
    }

    /** The version asked for with {@code duende.targetVersion}; {@code null} when none was asked for or it is no version. */
    private NuGetVersion requestedTarget(PlanPolicy policy, List<Finding> findings) {
        if (policy.targetVersion() == null || policy.targetVersion().isBlank()) {
            return null;
        }
        Optional<NuGetVersion> parsed = NuGetVersion.tryParse(policy.targetVersion());
        if (parsed.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.TARGET_INVALID, "duende.targetVersion '"
                    + policy.targetVersion() + "' is not a NuGet version", null));
            return null;
        }
        NuGetVersion target = parsed.get();
        if (catalog.release(target).isEmpty()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.TARGET_UNKNOWN, "target " + target
                    + unknownWhy(target), null));
        } else if (target.isPrerelease() && !policy.allowPrerelease()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.PRERELEASE_TARGET, "target " + target
                    + " is a pre-release; set duende.allowPrerelease=true to allow it", null));
        } else {
            catalog.newestStableOf(target.minorLine()).filter(newest -> newest.compareTo(target) > 0).ifPresent(newest ->
                    findings.add(new Finding(Severity.INFO, FindingCode.OLDER_PATCH, "target " + target
                            + " is not the newest patch of line " + target.minorLine() + " this plugin knows: " + newest, null)));
        }
        return target;
    }

    /**
     * Without {@code duende.targetVersion}: the newest stable release the catalog lists, but never
     * older than what the project already declares, so a project ahead of this plugin's catalog is
     * not told to downgrade.
     */
    private NuGetVersion defaultTarget(Map<NuGetVersion, List<ResolvedReference>> byVersion, List<Finding> findings) {
        NuGetVersion newest = catalog.newestStable();
        NuGetVersion highest = byVersion.keySet().stream().reduce((a, b) -> b).orElse(null);
        if (highest != null && highest.compareTo(newest) > 0 && catalog.release(highest).isEmpty()) {
            // A line this plugin cannot place (9.0.0): CURRENT_UNKNOWN says so, and no default target may be older.
            return highest;
        }
        NuGetVersion declared = byVersion.keySet().stream().filter(v -> catalog.release(v).isPresent())
                .reduce((a, b) -> b).orElse(null);
        if (declared == null || declared.compareTo(newest) <= 0) {
            return newest;
        }
        // One level whether the catalog lists the version (8.1.0-preview.2) or only places it (8.0.4): either way
        // nothing is planned beyond what this plugin knows.
        findings.add(new Finding(Severity.WARNING, FindingCode.AHEAD_OF_CATALOG, "the project declares " + declared
                + ", newer than " + newest + ", the newest stable release this plugin knows; nothing to plan beyond it"
                + " (update the plugin, or describe newer releases in duende.catalogFile)", null));
        return declared;
    }

    /** One warning per version that the catalog does not list but places in a known line. */
    private void unlisted(Map<NuGetVersion, List<ResolvedReference>> byVersion, NuGetVersion requested, List<Finding> findings) {
        Map<NuGetVersion, SourceLocation> where = new TreeMap<>();
        byVersion.forEach((v, refs) -> where.put(v, EffectiveVersionResolver.locationOf(refs.get(0).ref())));
        if (requested != null) {
            where.putIfAbsent(requested, null);
        }
        where.forEach((v, at) -> catalog.release(v).filter(r -> !catalog.lists(v)).ifPresent(r -> findings.add(
                new Finding(Severity.WARNING, FindingCode.NEWER_THAN_CATALOG, v + " is not in this plugin's catalog; planned"
                        + " as a release of line " + r.line() + " (schema generation " + r.generation() + ")", at))));
    }

    /** Why the catalog cannot place a version, with what to do about it. */
    private String unknownWhy(NuGetVersion v) {
        boolean lineKnown = catalog.line(v.minorLine()).isPresent();
        return (lineKnown
                ? " is not a release of line " + v.minorLine() + " this plugin can place (the line has no stable release it knows, or the"
                        + " pre-release may predate the line's schema)"
                : " is from line " + v.minorLine() + ", which this plugin does not know (newest stable release it knows: "
                        + catalog.newestStable() + ")")
                + "; update the plugin or describe the line in duende.catalogFile";
    }

    /** With a target framework chosen, multi-targeted projects count only with that branch. */
    private static List<DuendeReference> inScope(List<DuendeReference> refs, PlanPolicy policy) {
        String tfm = policy.targetFramework();
        if (tfm == null || tfm.isBlank()) {
            return refs;
        }
        return refs.stream()
                .filter(r -> r.targetFrameworks().stream().noneMatch(f -> f.equalsIgnoreCase(tfm.strip()))
                        || r.targetFramework() == null || r.targetFramework().equalsIgnoreCase(tfm.strip()))
                .toList();
    }

    private ResolvedReference identityServer4(DuendeReference ref, List<Finding> findings) {
        NuGetVersion v = ref.declaredVersion() == null ? null : NuGetVersion.tryParse(ref.declaredVersion()).orElse(null);
        Step fromPredecessor = fromPredecessor();
        boolean before41 = v != null && v.compareTo(NuGetVersion.parse(fromPredecessor.fromLine())) < 0;
        findings.add(new Finding(Severity.ERROR, FindingCode.IDENTITYSERVER4, ref.packageId() + (v == null ? "" : " " + v)
                + " is IdentityServer4, the predecessor product: "
                + (before41 ? "first move to IdentityServer4 4.1 and convert the database with Duende's data-preserving SQL script, then " : "")
                + "rename the packages to Duende.IdentityServer* 5.0 or later (namespaces too) by hand and run again; see " + fromPredecessor.guide(),
                EffectiveVersionResolver.locationOf(ref)));
        return new ResolvedReference(ref, v);
    }

    /** The catalog's first step: from IdentityServer4's last line (4.1) to Duende, with Duende's guide for it. */
    private Step fromPredecessor() {
        return catalog.allSteps().get(0);
    }

    /** A resolved version is only a starting point if the catalog knows it and its schema. */
    private ResolvedReference knownSource(ResolvedReference r, List<Finding> findings) {
        NuGetVersion v = r.effective();
        if (v == null) {
            return r;
        }
        SourceLocation at = EffectiveVersionResolver.locationOf(r.ref());
        Optional<Release> release = catalog.release(v);
        if (v.compareTo(catalog.firstSupported()) < 0) {
            findings.add(new Finding(Severity.ERROR, FindingCode.TOO_OLD, r.ref().packageId() + " " + v
                    + " is older than the first Duende release " + catalog.firstSupported()
                    + "; move from IdentityServer4 4.1 to Duende 5.0 first (" + fromPredecessor().guide() + ")", at));
        } else if (release.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.CURRENT_UNKNOWN, r.ref().packageId() + " " + v
                    + unknownWhy(v), at));
        } else {
            Generation g = catalog.generation(release.get().generation()).orElseThrow();
            if (!g.supported()) {
                findings.add(new Finding(Severity.ERROR, FindingCode.UNSUPPORTED_SOURCE, r.ref().packageId() + " " + v
                        + ": " + g.unsupported(), at));
            }
        }
        return r;
    }

    private static Map<NuGetVersion, List<ResolvedReference>> byVersion(List<ResolvedReference> resolved) {
        Map<NuGetVersion, List<ResolvedReference>> map = new TreeMap<>();
        for (ResolvedReference r : resolved) {
            if (r.effective() != null && !r.ref().identityServer4()) {
                map.computeIfAbsent(r.effective(), k -> new ArrayList<>()).add(r);
            }
        }
        return map;
    }

    private NuGetVersion current(Map<NuGetVersion, List<ResolvedReference>> byVersion, PlanPolicy policy, List<Finding> findings) {
        if (byVersion.isEmpty()) {
            return null;
        }
        NuGetVersion lowest = byVersion.keySet().iterator().next();
        if (byVersion.size() == 1) {
            return lowest;
        }
        String all = String.join(", ", byVersion.keySet().stream().map(NuGetVersion::toString).toList());
        if (policy.alignAll()) {
            findings.add(new Finding(Severity.INFO, FindingCode.ALIGNED, "projects disagree (" + all
                    + "); duende.alignAll plans every project from the lowest, " + lowest, null));
            return lowest;
        }
        Optional<String> shared = sharedGeneration(byVersion.keySet());
        String advice = shared.map(g -> "; they share schema generation " + g + ", so the plan starts from the oldest, " + lowest)
                .orElse("; align them, or set duende.alignAll=true" + (multiTargeted(byVersion) ? " or duende.targetFramework" : ""));
        Severity severity = shared.isPresent() ? Severity.WARNING : Severity.ERROR;
        for (Map.Entry<NuGetVersion, List<ResolvedReference>> e : byVersion.entrySet()) {
            // One finding per place the version is declared: each group of projects is sent to its own line.
            Map<SourceLocation, List<ResolvedReference>> byDeclaration = new LinkedHashMap<>();
            for (ResolvedReference r : e.getValue()) {
                byDeclaration.computeIfAbsent(EffectiveVersionResolver.locationOf(r.ref()), k -> new ArrayList<>()).add(r);
            }
            byDeclaration.forEach((at, refs) -> findings.add(new Finding(severity, FindingCode.INCONSISTENT_VERSIONS,
                    "projects disagree on the Duende version (" + all + "): " + describe(refs) + " " + e.getKey() + advice, at)));
        }
        return shared.isPresent() ? lowest : null;
    }

    /** The schema generation every version has, when they all have the same one. */
    private Optional<String> sharedGeneration(Iterable<NuGetVersion> versions) {
        String shared = null;
        for (NuGetVersion v : versions) {
            Optional<String> g = catalog.generationOf(v);
            if (g.isEmpty() || shared != null && !shared.equals(g.get())) {
                return Optional.empty();
            }
            shared = g.get();
        }
        return Optional.ofNullable(shared);
    }

    /** Only a project with several frameworks can be narrowed to one with duende.targetFramework. */
    private static boolean multiTargeted(Map<NuGetVersion, List<ResolvedReference>> byVersion) {
        return byVersion.values().stream().flatMap(List::stream).anyMatch(r -> r.ref().targetFrameworks().size() > 1);
    }

    /** The projects (with framework) as the subject of a sentence: {@code A.csproj [net8.0] uses}. */
    private static String describe(List<ResolvedReference> refs) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (ResolvedReference r : refs) {
            String name = r.ref().project().getFileName().toString();
            names.put(r.ref().targetFramework() == null ? name : name + " [" + r.ref().targetFramework() + "]", true);
        }
        return String.join(", ", names.keySet()) + (names.size() == 1 ? " uses" : " use");
    }

    private static void downgrades(Map<NuGetVersion, List<ResolvedReference>> byVersion, NuGetVersion target, List<Finding> findings) {
        for (Map.Entry<NuGetVersion, List<ResolvedReference>> e : byVersion.entrySet()) {
            if (e.getKey().compareTo(target) > 0) {
                findings.add(new Finding(Severity.ERROR, FindingCode.DOWNGRADE, describe(e.getValue()) + " " + e.getKey()
                        + ", newer than the target " + target + "; Duende schemas cannot be downgraded",
                        EffectiveVersionResolver.locationOf(e.getValue().get(0).ref())));
            }
        }
    }

    private List<PlanStep> steps(Map<NuGetVersion, List<ResolvedReference>> byVersion, NuGetVersion current,
                                 NuGetVersion target, List<Finding> findings) {
        if (target == null || catalog.release(target).isEmpty()) {
            return List.of();
        }
        NuGetVersion from = current;
        if (from == null) {
            // Inconsistent versions still get a path from the lowest, so the report shows what lies ahead.
            from = byVersion.keySet().stream().filter(v -> catalog.release(v).isPresent()).findFirst().orElse(null);
        }
        if (from == null || catalog.release(from).isEmpty() || from.compareTo(target) > 0) {
            return List.of();
        }
        if (from.equals(target) && current != null) {
            findings.add(new Finding(Severity.INFO, FindingCode.UP_TO_DATE, "already on " + target + "; nothing to do", null));
            return List.of();
        }
        List<Step> path;
        try {
            path = catalog.steps(from, target);
        } catch (IllegalArgumentException e) {
            return List.of(); // an unsupported generation is already reported as UNSUPPORTED_SOURCE
        }
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Step s = path.get(i);
            NuGetVersion reached = i == path.size() - 1 ? target : catalog.newestStableOf(s.toLine()).orElse(target);
            steps.add(new PlanStep(s.fromLine(), s.toLine(), reached, s.configuration(), s.operational(),
                    s.fromGeneration(), s.toGeneration(), s.breakingChanges(), s.frameworks(), s.guide()));
        }
        return steps;
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            unique.putIfAbsent(f.severity() + "|" + f.code() + "|" + f.message() + "|" + f.location(), f);
        }
        return new ArrayList<>(unique.values());
    }

}
