package io.github.duendetools.msbuild;

/**
 * Where a literal piece of text sits: a character range of a parsed file. The byte span is computed
 * only when asked, because most property definitions never end up as a Duende version.
 */
record TextOrigin(XmlDocument document, int start, int end, int line) {

    SourceLocation location() {
        return new SourceLocation(document.file(), line);
    }

    /**
     * The editable bytes, or null when there is no single run of text, or when it holds character or entity
     * references ({@code &#45;}): then the bytes are not the value, and replacing them as text would be wrong.
     */
    VersionSpan span() {
        if (start < 0 || document.raw().text().substring(start, end).indexOf('&') >= 0) {
            return null;
        }
        return document.raw().span(start, end);
    }

    static TextOrigin ofAttribute(XmlDocument document, XmlElement element, XmlAttribute attribute) {
        return new TextOrigin(document, attribute.valueStart(), attribute.valueEnd(), element.line());
    }

    static TextOrigin ofText(XmlDocument document, XmlElement element) {
        return new TextOrigin(document, element.textStart(), element.textEnd(), element.line());
    }
}
