package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.RawText;
import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;

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
        RawText raw = document.raw();
        long byteStart = raw.byteOffset(start);
        return new VersionSpan(raw.file(), byteStart, byteStart + raw.byteLength(start, end),
                raw.text().substring(start, end));
    }

    /**
     * The attribute's value without the white space around it: NuGet reads {@code Version=" 6.0.0\n"} as
     * {@code 6.0.0}, and an edit replaces those characters only, leaving the tab or line break where it is.
     */
    static TextOrigin ofAttribute(XmlDocument document, XmlElement element, XmlAttribute attribute) {
        int start = attribute.valueStart();
        int end = attribute.valueEnd();
        if (start >= 0) {
            String text = document.raw().text();
            while (start < end && XmlElement.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && XmlElement.isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new TextOrigin(document, start, end, element.line());
    }

    static TextOrigin ofText(XmlDocument document, XmlElement element) {
        return new TextOrigin(document, element.textStart(), element.textEnd(), element.line());
    }
}
