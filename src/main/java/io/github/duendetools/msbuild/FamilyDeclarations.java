package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists every literal Duende-family version in an MSBuild file, conditions and evaluation aside. The
 * scan compares them with the declarations its evaluations used: what is left (a {@code PackageReference
 * Update} no project includes, a {@code PackageVersion} no project references, a nested
 * {@code Directory.Packages.props} no project reaches) would otherwise keep the old version after a
 * migration. A version written through a property is not listed: its definition is what moves.
 */
final class FamilyDeclarations {
    private static final Set<String> ITEMS = Set.of("packagereference", "packageversion", "globalpackagereference");
    private static final List<String> VERSION_METADATA = List.of("Version", "VersionOverride");

    private static final String PINNING = "CentralPackageTransitivePinningEnabled";

    private final DuendePackages packages;
    private final boolean pinning;

    /**
     * @param pinning whether a file in scope turns on central transitive pinning; read literally (conditions
     *                aside), since it only words the finding: the declaration moves with the family either way
     */
    FamilyDeclarations(DuendePackages packages, boolean pinning) {
        this.packages = packages;
        this.pinning = pinning;
    }

    /** Whether the file sets {@code CentralPackageTransitivePinningEnabled} to {@code true} in a property group. */
    static boolean turnsOnPinning(XmlDocument document) {
        for (XmlElement group : document.root().children()) {
            if (group.is("PropertyGroup")) {
                for (XmlElement property : group.children()) {
                    if (property.is(PINNING) && property.text() != null && property.text().strip().equalsIgnoreCase("true")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    List<FamilyDeclaration> in(XmlDocument document) {
        List<FamilyDeclaration> found = new ArrayList<>();
        visit(document, document.root(), found);
        return found;
    }

    private void visit(XmlDocument document, XmlElement element, List<FamilyDeclaration> found) {
        for (XmlElement child : element.children()) {
            if (ITEMS.contains(child.name().toLowerCase(Locale.ROOT))) {
                item(document, child, found);
            } else {
                visit(document, child, found);
            }
        }
    }

    private void item(XmlDocument document, XmlElement item, List<FamilyDeclaration> found) {
        String ids = item.attributeValue("Include");
        if (ids == null) {
            ids = item.attributeValue("Update");
        }
        if (ids == null || ids.indexOf(';') >= 0 || !packages.isFamily(ids.strip())) {
            return;
        }
        boolean pins = pinning && item.is("PackageVersion");
        for (String name : VERSION_METADATA) {
            XmlAttribute attribute = item.attribute(name);
            if (attribute != null) {
                add(ids.strip(), attribute.value(), TextOrigin.ofAttribute(document, item, attribute), pins, found);
            }
            for (XmlElement child : item.children()) {
                if (child.is(name)) {
                    add(ids.strip(), child.text(), TextOrigin.ofText(document, child), pins, found);
                }
            }
        }
    }

    private static void add(String id, String version, TextOrigin origin, boolean pins, List<FamilyDeclaration> found) {
        if (version == null || version.isBlank() || version.contains("$(")) {
            return;
        }
        VersionSpan span = origin.span();
        if (span != null) {
            found.add(new FamilyDeclaration(id, version.strip(), origin.location(), span, pins));
        }
    }
}
