package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code packages.config} of an old-style project: {@code <package id version targetFramework>}.
 * Assembly {@code <Reference Include="Duende..., Version=...">} hints in the project are not package
 * references and are never read as such.
 */
final class PackagesConfigReader {
    private final DuendePackages packages;

    PackagesConfigReader(DuendePackages packages) {
        this.packages = packages;
    }

    /**
     * @param projectFramework the framework the project targets ({@code net472}), used when a package names none
     */
    List<DuendeReference> read(Path project, XmlDocument config, String projectFramework) {
        List<DuendeReference> references = new ArrayList<>();
        for (XmlElement element : config.root().children()) {
            String id = element.attributeValue("id");
            if (!element.is("package") || id == null || !packages.isTracked(id)) {
                continue;
            }
            XmlAttribute version = element.attribute("version");
            String framework = element.attributeValue("targetFramework");
            if (framework == null || framework.isBlank()) {
                framework = projectFramework;
            }
            SourceLocation at = SourceLocation.of(config, element);
            String declared = version == null || version.value().isBlank() ? null : version.value().strip();
            VersionSpan span = version == null ? null : TextOrigin.ofAttribute(config, element, version).span();
            references.add(new DuendeReference(project, framework, framework == null ? List.of() : List.of(framework),
                    id, version == null ? null : version.value(), declared, at, version == null ? null : at, span,
                    DeclarationKind.PACKAGES_CONFIG, null, null,
                    declared == null ? "package " + id + " has no version (" + at + ")" : null));
        }
        return references;
    }
}
