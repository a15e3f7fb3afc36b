/**
 * Discovery: finds the .NET projects of a repository and evaluates, as MSBuild and NuGet would, every
 * Duende IdentityServer (or IdentityServer4) package each one references, per target framework.
 * <p>
 * The flow is {@link io.github.duendetools.msbuild.ProjectScanner} &rarr; {@code ProjectFinder} (the walk)
 * &rarr; {@code SafeXmlReader} of {@link io.github.duendetools.msbuild.xml} (hardened, located parse with
 * exact character offsets) &rarr; {@code ProjectEvaluator} (properties pass, then items pass, over
 * {@code Directory.Build.props}, {@code Directory.Packages.props}, the project, imports and
 * {@code Directory.Build.targets}; how shared files are taken is up to a {@code SharedFileSteps}:
 * {@code SharedFileReplay} replays what a shared file did for one project for the next in the same state,
 * with the memo of {@link io.github.duendetools.msbuild.memo}) &rarr; {@code DeclarationResolver} (where
 * NuGet takes the version from, central package management included) &rarr; {@code LockedVersions}
 * ({@code packages.lock.json}) and {@code PackagesConfigReferences} (old-style projects), over what NuGet's file
 * readers of {@link io.github.duendetools.nuget} find in those files. The output,
 * {@link io.github.duendetools.msbuild.DuendeReference}, carries the version text, where it is declared and
 * the exact bytes an edit must replace.
 * <p>
 * What cannot be known without running MSBuild (property functions, conditions on anything but plain
 * strings) is reported in {@code DuendeReference.problem()}, never guessed.
 */
package io.github.duendetools.msbuild;
