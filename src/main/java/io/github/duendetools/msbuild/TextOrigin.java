package io.github.duendetools.msbuild;

/**
 * Where a literal piece of text sits: a character range of a parsed file. The byte span is computed
 * only when asked, because most property definitions never end up as a Duende version.
 */
record TextOrigin(XmlDocument document, int start, int end, int line) {

    SourceLocation location() {
        return new SourceLocation(document.file(), line);
    }

    /** The editable bytes, or null when the characters are not the value as written. */
    VersionSpan span() {
        return start < 0 ? null : document.raw().span(start, end);
    }

    static TextOrigin ofAttribute(XmlDocument document, XmlElement element, XmlAttribute attribute) {
        return new TextOrigin(document, attribute.valueStart(), attribute.valueEnd(), element.line());
    }

    static TextOrigin ofText(XmlDocument document, XmlElement element) {
        return new TextOrigin(document, element.textStart(), element.textEnd(), element.line());
    }
}
