package io.github.duendetools.msbuild;

/** Where the version text of a package comes from; decides what an edit must change. */
public enum DeclarationKind {
    /** {@code Version} attribute or {@code <Version>} child of a {@code PackageReference}. */
    PACKAGE_REFERENCE,
    /** {@code <PackageVersion>} in {@code Directory.Packages.props} (central package management). */
    PACKAGE_VERSION,
    /** {@code VersionOverride} on a {@code PackageReference} under central package management. */
    VERSION_OVERRIDE,
    /** {@code <GlobalPackageReference>} in {@code Directory.Packages.props}. */
    GLOBAL_PACKAGE_REFERENCE,
    /** The version text is the definition of an MSBuild property ({@code <DuendeVersion>6.0.0</DuendeVersion>}). */
    PROPERTY,
    /** {@code packages.config} of an old-style project. */
    PACKAGES_CONFIG,
    /** Only {@code packages.lock.json} knows the package (transitive); never edited by hand. */
    LOCK_FILE
}
