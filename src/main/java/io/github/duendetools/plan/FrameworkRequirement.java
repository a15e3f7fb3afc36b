package io.github.duendetools.plan;

import io.github.duendetools.Excerpt;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.Release;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.TargetFramework;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The target's packages are built for certain frameworks (7.x for net8.0 and later, 8.x for
 * net10.0); every framework a project restores Duende for must be able to consume one of them.
 */
final class FrameworkRequirement {

    private final Catalog catalog;

    FrameworkRequirement(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param frameworksAt per project, where its target frameworks are defined: the line a user changes to retarget
     */
    void check(List<ResolvedReference> resolved, NuGetVersion target, PlanPolicy policy, Map<Path, SourceLocation> frameworksAt,
               List<Finding> findings) {
        Optional<Release> release = catalog.release(target);
        if (release.isEmpty()) {
            return;
        }
        List<TargetFramework> offered = release.get().frameworks().stream()
                .map(TargetFramework::parse).flatMap(Optional::stream).toList();
        Map<Path, Set<String>> failing = new TreeMap<>();
        Map<Path, DuendeReference> sample = new TreeMap<>();
        for (ResolvedReference r : resolved) {
            DuendeReference ref = r.ref();
            for (String moniker : frameworksOf(ref, policy)) {
                Optional<TargetFramework> tfm = TargetFramework.parse(moniker);
                if (tfm.isEmpty()) {
                    findings.add(new Finding(Severity.WARNING, FindingCode.FRAMEWORK_UNKNOWN, "target framework " + Excerpt.quoted(moniker)
                            + " of " + ref.project().getFileName() + " is not one the plugin understands; not checked against "
                            + target, new SourceLocation(ref.project(), 0)));
                } else if (offered.stream().noneMatch(tfm.get()::canConsume)) {
                    failing.computeIfAbsent(ref.project(), k -> new LinkedHashSet<>()).add(moniker);
                    sample.putIfAbsent(ref.project(), ref);
                }
            }
        }
        for (Map.Entry<Path, Set<String>> e : failing.entrySet()) {
            DuendeReference ref = sample.get(e.getKey());
            findings.add(new Finding(Severity.ERROR, FindingCode.FRAMEWORK_TOO_OLD, "project " + e.getKey().getFileName()
                    + " targets " + String.join(";", ref.targetFrameworks().isEmpty() ? List.copyOf(e.getValue()) : ref.targetFrameworks())
                    + " but Duende.IdentityServer " + target + " is built for " + String.join(";", release.get().frameworks())
                    + "; retarget " + String.join(", ", e.getValue()) + " first"
                    + newestFor(e.getValue()).map(v -> " (the newest release " + String.join(";", e.getValue()) + " can take is " + v + ")")
                            .orElse(""),
                    frameworksAt.getOrDefault(e.getKey(), projectLocation(ref))));
        }
    }

    /** The newest stable release whose packages every one of {@code monikers} can consume. */
    private Optional<NuGetVersion> newestFor(Set<String> monikers) {
        List<TargetFramework> frameworks = monikers.stream().map(TargetFramework::parse).flatMap(Optional::stream).toList();
        if (frameworks.size() != monikers.size()) {
            return Optional.empty();
        }
        List<Release> releases = catalog.releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release r = releases.get(i);
            if (r.version().isPrerelease()) {
                continue;
            }
            List<TargetFramework> offered = r.frameworks().stream().map(TargetFramework::parse).flatMap(Optional::stream).toList();
            if (frameworks.stream().allMatch(f -> offered.stream().anyMatch(f::canConsume))) {
                return Optional.of(r.version());
            }
        }
        return Optional.empty();
    }

    private static List<String> frameworksOf(DuendeReference ref, PlanPolicy policy) {
        if (ref.targetFramework() != null) {
            return List.of(ref.targetFramework());
        }
        List<String> all = new ArrayList<>(ref.targetFrameworks());
        if (policy.targetFramework() != null && all.stream().anyMatch(f -> f.equalsIgnoreCase(policy.targetFramework().strip()))) {
            return List.of(policy.targetFramework().strip());
        }
        return all;
    }

    /** The reference element when it sits in the project file, so the line points into the project. */
    private static SourceLocation projectLocation(DuendeReference ref) {
        if (ref.referencedAt() != null && ref.referencedAt().file().equals(ref.project())) {
            return ref.referencedAt();
        }
        return new SourceLocation(ref.project(), 0);
    }
}
