package io.github.duendetools.msbuild.xml;

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

    /**
     * An element whose text offsets are taken from the raw text: the content between the end of the start
     * tag ({@code tagEnd}, the offset of its {@code >}) and the next {@code <}, trimmed of whitespace, when
     * that {@code <} opens the end tag. Both parsers build elements here, so they cannot disagree on it.
     */
    static XmlElement located(String name, List<XmlAttribute> attributes, List<XmlElement> children, String text,
                              String raw, int tagEnd, boolean selfClosing, int line) {
        int textStart = -1;
        int textEnd = -1;
        if (children.isEmpty() && !selfClosing) {
            int contentStart = tagEnd + 1;
            int contentEnd = raw.indexOf('<', contentStart);
            if (contentEnd >= 0 && raw.startsWith("</", contentEnd)) {
                while (contentStart < contentEnd && isSpace(raw.charAt(contentStart))) {
                    contentStart++;
                }
                while (contentEnd > contentStart && isSpace(raw.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                textStart = contentStart;
                textEnd = contentEnd;
            }
        }
        return new XmlElement(name, attributes, children, children.isEmpty() ? text : "", textStart, textEnd, line);
    }

    /** XML's white space: space, tab, carriage return and line feed (no other Unicode spaces). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The attribute whose name matches case-insensitively, as MSBuild matches metadata names; or null. */
    public XmlAttribute attribute(String attributeName) {
        // Indexed: evaluation asks this for every element, and the iterator of an immutable list is not free.
        for (int i = 0; i < attributes.size(); i++) {
            XmlAttribute a = attributes.get(i);
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
