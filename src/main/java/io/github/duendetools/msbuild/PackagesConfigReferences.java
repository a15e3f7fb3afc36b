package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.nuget.PackagesConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Duende references of an old-style project's {@code packages.config}, as NuGet's reader finds its packages. */
final class PackagesConfigReferences {
    private final DuendePackages packages;

    PackagesConfigReferences(DuendePackages packages) {
        this.packages = packages;
    }

    /**
     * @param projectFramework the framework the project targets ({@code net472}), used when a package names none
     */
    List<DuendeReference> read(Path project, XmlDocument config, String projectFramework) {
        List<DuendeReference> references = new ArrayList<>();
        for (PackagesConfig.Entry entry : PackagesConfig.read(config)) {
            String id = entry.id();
            if (!packages.isTracked(id)) {
                continue;
            }
            XmlAttribute version = entry.version();
            String framework = entry.targetFramework() == null ? projectFramework : entry.targetFramework();
            SourceLocation at = SourceLocation.of(config, entry.element());
            String declared = version == null || version.value().isBlank() ? null : version.value().strip();
            VersionSpan span = version == null ? null : TextOrigin.ofAttribute(config, entry.element(), version).span();
            references.add(new DuendeReference(project, framework, framework == null ? List.of() : List.of(framework),
                    id, version == null ? null : version.value(), declared, at, version == null ? null : at, span,
                    DeclarationKind.PACKAGES_CONFIG, null, null,
                    declared == null ? "package " + id + " has no version (" + at + ")" : null));
        }
        return references;
    }
}
