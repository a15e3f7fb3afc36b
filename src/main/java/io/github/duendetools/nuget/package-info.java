/**
 * NuGet's semantics and NuGet's files: versions, ranges and floating versions as restore reads them
 * ({@link io.github.duendetools.nuget.NuGetVersion}, {@link io.github.duendetools.nuget.VersionRange}), target
 * framework monikers and their compatibility ({@link io.github.duendetools.nuget.TargetFramework}, the one model MSBuild
 * conditions and the framework check share), and the two files restore and old-style projects keep next to a project:
 * {@code packages.lock.json} ({@link io.github.duendetools.nuget.LockFileReader}, with a small JSON reader of its own)
 * and {@code packages.config} ({@link io.github.duendetools.nuget.PackagesConfig}, over the located XML of
 * {@link io.github.duendetools.msbuild.xml}, a lower layer that knows nothing of MSBuild either). Knows nothing of
 * MSBuild: the {@code msbuild} package turns what these readers find into Duende references.
 */
package io.github.duendetools.nuget;
