package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scan of a .NET repository found.
 *
 * @param root          the scanned folder
 * @param projectFiles  every project file evaluated, sorted
 * @param references    every Duende-family or IdentityServer4 package per project and target framework, sorted by project, framework, package
 * @param unused        family versions written in the files in scope that no reference takes its version from, by file and line
 */
public record ScanResult(Path root, List<Path> projectFiles, List<DuendeReference> references, List<FamilyDeclaration> unused) {
    public ScanResult {
        projectFiles = List.copyOf(projectFiles);
        references = List.copyOf(references);
        unused = List.copyOf(unused);
    }

    public ScanResult(Path root, List<Path> projectFiles, List<DuendeReference> references) {
        this(root, projectFiles, references, List.of());
    }
}
