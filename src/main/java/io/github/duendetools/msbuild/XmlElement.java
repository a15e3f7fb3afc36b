package io.github.duendetools.msbuild;

import java.util.List;

/**
 * A located element of an MSBuild file, reduced to what evaluation needs.
 *
 * @param name       local name (namespaces ignored: old-style projects use the msbuild/2003 namespace)
 * @param text       the decoded text content when the element has no child elements, else {@code ""}
 * @param textStart  character offset of the text content trimmed of surrounding whitespace, or -1 when
 *                   the content is not one plain run of text (comments, CDATA, child elements, empty tag)
 * @param line       1-based line of the start tag's {@code <}
 */
public record XmlElement(String name, List<XmlAttribute> attributes, List<XmlElement> children,
                         String text, int textStart, int textEnd, int line) {

    public XmlElement {
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute whose name matches case-insensitively, as MSBuild matches metadata names; or null. */
    public XmlAttribute attribute(String attributeName) {
        for (XmlAttribute a : attributes) {
            if (a.name().equalsIgnoreCase(attributeName)) {
                return a;
            }
        }
        return null;
    }

    public String attributeValue(String attributeName) {
        XmlAttribute a = attribute(attributeName);
        return a == null ? null : a.value();
    }

    public boolean is(String localName) {
        return name.equalsIgnoreCase(localName);
    }
}
