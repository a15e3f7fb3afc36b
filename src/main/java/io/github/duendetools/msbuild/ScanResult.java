package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a scan of a .NET repository found.
 *
 * @param root          the scanned folder
 * @param projectFiles  every project file evaluated, sorted
 * @param references    every Duende-family or IdentityServer4 package per project and target framework, sorted by project, framework, package
 * @param unused        family versions written in the files in scope that no reference takes its version from, by file and line
 * @param frameworksAt  per project, where the {@code TargetFramework(s)} it builds for is defined (absent when built in)
 */
public record ScanResult(Path root, List<Path> projectFiles, List<DuendeReference> references, List<FamilyDeclaration> unused,
                         Map<Path, SourceLocation> frameworksAt) {
    public ScanResult {
        projectFiles = List.copyOf(projectFiles);
        references = List.copyOf(references);
        unused = List.copyOf(unused);
        frameworksAt = Map.copyOf(frameworksAt);
    }

    public ScanResult(Path root, List<Path> projectFiles, List<DuendeReference> references, List<FamilyDeclaration> unused) {
        this(root, projectFiles, references, unused, Map.of());
    }

    public ScanResult(Path root, List<Path> projectFiles, List<DuendeReference> references) {
        this(root, projectFiles, references, List.of());
    }
}
