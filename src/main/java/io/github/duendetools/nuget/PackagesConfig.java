package io.github.duendetools.nuget;

import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code packages.config} of an old-style project: {@code <package id version targetFramework>}.
 * Assembly {@code <Reference Include="Duende..., Version=...">} hints in the project are not package
 * references and are never read as such.
 */
public final class PackagesConfig {
    private PackagesConfig() {
    }

    /**
     * One {@code <package>} with an id.
     *
     * @param version         the attribute as written, for where it sits in the file; null when there is none
     * @param targetFramework the framework it was installed for; null when it names none
     */
    public record Entry(XmlElement element, String id, XmlAttribute version, String targetFramework) {
    }

    public static List<Entry> read(XmlDocument config) {
        List<Entry> entries = new ArrayList<>();
        for (XmlElement element : config.root().children()) {
            String id = element.attributeValue("id");
            if (!element.is("package") || id == null) {
                continue;
            }
            String framework = element.attributeValue("targetFramework");
            entries.add(new Entry(element, id, element.attribute("version"),
                    framework == null || framework.isBlank() ? null : framework));
        }
        return entries;
    }
}
