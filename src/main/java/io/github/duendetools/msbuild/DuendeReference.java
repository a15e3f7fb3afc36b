package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One Duende-family (or IdentityServer4) package as one project sees it for one target framework,
 * after MSBuild evaluation. This is the contract between discovery and planning: it carries the
 * version <em>text</em> (exact, range or floating); turning text into an effective version needs the
 * catalog and is the planner's job.
 *
 * @param project           the project file ({@code .csproj}, {@code .fsproj}, {@code .vbproj})
 * @param targetFramework   the framework this evaluation is for ({@code net8.0}); {@code null} when the project declares none
 * @param targetFrameworks  every framework the project targets, in declaration order
 * @param packageId         the package id as written ({@code Duende.IdentityServer.EntityFramework})
 * @param rawVersion        the version text as written where referenced ({@code $(DuendeVersion)}); {@code null} if none
 * @param declaredVersion   the version text after property expansion ({@code 6.0.0}, {@code [6.1.0, 7.0.0)}, {@code 6.*}); {@code null} if none or unresolvable
 * @param referencedAt      the element that references the package
 * @param declaredAt        where the version text is defined (the property definition, the {@code PackageVersion}, the attribute); {@code null} if nowhere
 * @param span              the editable bytes of the version text in {@code declaredAt}'s file; {@code null} if not editable
 * @param kind              what kind of declaration {@code declaredAt} is
 * @param lockedVersion     the version {@code packages.lock.json} next to the project resolved, or {@code null}
 * @param transitiveVia     for a transitive-only package, the direct dependency that brings it in; {@code null} for direct references
 * @param problem           why the version cannot be decided statically (undefined property, condition that cannot be evaluated); {@code null} if none
 */
public record DuendeReference(
        Path project,
        String targetFramework,
        List<String> targetFrameworks,
        String packageId,
        String rawVersion,
        String declaredVersion,
        SourceLocation referencedAt,
        SourceLocation declaredAt,
        VersionSpan span,
        DeclarationKind kind,
        String lockedVersion,
        String transitiveVia,
        String problem) {

    public DuendeReference {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(kind, "kind");
        targetFrameworks = targetFrameworks == null ? List.of() : List.copyOf(targetFrameworks);
    }

    public boolean transitive() {
        return kind == DeclarationKind.LOCK_FILE;
    }

    /** IdentityServer4 packages are the predecessor product: recognised so we can say what to do instead. */
    public boolean identityServer4() {
        return packageId.regionMatches(true, 0, "IdentityServer4", 0, "IdentityServer4".length());
    }
}
