package io.github.duendetools.plan;

import io.github.duendetools.Excerpt;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.DuendeReference;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.nuget.VersionSpec;
import java.util.List;
import java.util.Optional;

/**
 * Turns the version text of one reference into the version NuGet restore would pick, saying why
 * when that cannot be decided from the files alone.
 */
final class EffectiveVersionResolver {

    private final Catalog catalog;

    EffectiveVersionResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    ResolvedReference resolve(DuendeReference ref, List<Finding> findings) {
        SourceLocation at = locationOf(ref);
        NuGetVersion locked = ref.lockedVersion() == null ? null : NuGetVersion.tryParse(ref.lockedVersion()).orElse(null);
        if (ref.transitive()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.TRANSITIVE_ONLY, ref.packageId() + " "
                    + (locked == null ? "" : locked + " ") + "comes in only transitively via "
                    + (ref.transitiveVia() == null ? "another package" : ref.transitiveVia())
                    + ", which decides its version; add a direct PackageReference to " + ref.packageId()
                    + " to control it", at));
            return new ResolvedReference(ref, locked);
        }
        if (ref.problem() != null) {
            findings.add(new Finding(Severity.ERROR, FindingCode.UNRESOLVABLE, ref.packageId()
                    + ": version cannot be decided statically: " + ref.problem(), at));
            return new ResolvedReference(ref, null);
        }
        if (ref.declaredVersion() == null || ref.declaredVersion().isBlank()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.UNRESOLVABLE, ref.packageId()
                    + " has no version" + (ref.rawVersion() == null ? "" : " (" + Excerpt.quoted(ref.rawVersion()) + " is empty)"), at));
            return new ResolvedReference(ref, null);
        }
        Optional<VersionSpec> parsed = VersionSpec.tryParse(ref.declaredVersion());
        if (parsed.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.VERSION_INVALID, ref.packageId() + ": "
                    + Excerpt.quoted(ref.declaredVersion()) + " is not a NuGet version, range or floating version", at));
            return new ResolvedReference(ref, null);
        }
        VersionSpec spec = parsed.get();
        return switch (spec.kind()) {
            case FLOATING -> floating(ref, spec, locked, at, findings);
            case RANGE -> range(ref, spec, locked, at, findings);
            case EXACT -> exact(ref, spec, locked, at, findings);
        };
    }

    private ResolvedReference floating(DuendeReference ref, VersionSpec spec, NuGetVersion locked, SourceLocation at,
                                       List<Finding> findings) {
        if (locked == null) {
            findings.add(new Finding(Severity.ERROR, FindingCode.FLOATING_UNLOCKED, ref.packageId() + " floats ('"
                    + spec + "'): restore decides the version and there is no packages.lock.json to say which;"
                    + " pin a version or enable RestorePackagesWithLockFile", at));
            return new ResolvedReference(ref, null);
        }
        findings.add(new Finding(Severity.INFO, FindingCode.FLOATING_LOCKED, ref.packageId() + " floats ('" + spec
                + "'); packages.lock.json pins " + locked, at));
        return new ResolvedReference(ref, locked);
    }

    private ResolvedReference range(DuendeReference ref, VersionSpec spec, NuGetVersion locked, SourceLocation at,
                                    List<Finding> findings) {
        if (locked != null && spec.range().contains(locked)) {
            return new ResolvedReference(ref, locked);
        }
        Optional<NuGetVersion> lowest = spec.resolve(catalog.versions());
        if (lowest.isEmpty() && spec.range().min() != null && spec.range().minInclusive()
                && catalog.release(spec.range().min()).isPresent()) {
            // A minimum newer than every listed release: restore takes the minimum itself, a release
            // published after this catalog, of a line the catalog knows.
            lowest = Optional.of(spec.range().min());
        }
        if (lowest.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, FindingCode.RANGE_EMPTY, ref.packageId() + ": no known release lies in '"
                    + spec + "'", at));
            return new ResolvedReference(ref, null);
        }
        lockDiffers(ref, lowest.get(), locked, at, findings);
        return new ResolvedReference(ref, lowest.get());
    }

    private ResolvedReference exact(DuendeReference ref, VersionSpec spec, NuGetVersion locked, SourceLocation at,
                                    List<Finding> findings) {
        NuGetVersion v = spec.version().orElseThrow();
        lockDiffers(ref, v, locked, at, findings);
        return new ResolvedReference(ref, v);
    }

    private static void lockDiffers(DuendeReference ref, NuGetVersion effective, NuGetVersion locked, SourceLocation at,
                                    List<Finding> findings) {
        if (locked != null && !locked.equals(effective)) {
            findings.add(new Finding(Severity.WARNING, FindingCode.LOCK_FILE_DIFFERS, ref.packageId() + " is declared as "
                    + effective + " but packages.lock.json has " + locked + "; run dotnet restore --force-evaluate", at));
        }
    }

    /** Where a finding about a reference should point: the version text if known, else the reference. */
    static SourceLocation locationOf(DuendeReference ref) {
        if (ref.declaredAt() != null) {
            return ref.declaredAt();
        }
        if (ref.referencedAt() != null) {
            return ref.referencedAt();
        }
        return new SourceLocation(ref.project(), 0);
    }
}
