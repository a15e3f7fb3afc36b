package io.github.duendetools.msbuild;

import java.util.Objects;

/**
 * A Duende-family package version written literally in an MSBuild file: a {@code PackageReference}
 * ({@code Include} or {@code Update}), {@code PackageVersion} or {@code GlobalPackageReference} with its
 * {@code Version} or {@code VersionOverride}, whether or not any project's evaluation uses it.
 *
 * @param packageId  the package id as written
 * @param version    the version text as written
 * @param at         the element's file and line
 * @param span       the editable bytes of the version text
 * @param pins       a {@code PackageVersion} under central transitive pinning
 *                   ({@code CentralPackageTransitivePinningEnabled}): NuGet uses it for a transitive reference
 *                   even when no project references the package directly
 */
public record FamilyDeclaration(String packageId, String version, SourceLocation at, VersionSpan span, boolean pins) {
    public FamilyDeclaration {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(span, "span");
    }
}
