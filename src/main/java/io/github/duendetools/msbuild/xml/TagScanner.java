package io.github.duendetools.msbuild.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the start tags of a well-formed XML text in document order, with the character offsets of
 * each attribute value. The XML parser has already vouched for well-formedness; this pass only
 * recovers exact positions, which SAX does not give (its locator points after the tag).
 */
final class TagScanner {

    record RawAttribute(String name, int valueStart, int valueEnd) {
    }

    record StartTag(String name, int start, int end, boolean selfClosing, List<RawAttribute> attributes) {
        RawAttribute attribute(String qualifiedName) {
            for (RawAttribute a : attributes) {
                if (a.name().equals(qualifiedName)) {
                    return a;
                }
            }
            return null;
        }
    }

    private TagScanner() {
    }

    static List<StartTag> scan(String text) {
        List<StartTag> tags = new ArrayList<>();
        int i = text.indexOf('<');
        while (i >= 0 && i < text.length()) {
            int next;
            if (text.startsWith("<!--", i)) {
                next = skipPast(text, "-->", i + 4);
            } else if (text.startsWith("<![CDATA[", i)) {
                next = skipPast(text, "]]>", i + 9);
            } else if (text.startsWith("<?", i)) {
                next = skipPast(text, "?>", i + 2);
            } else if (text.startsWith("</", i) || text.startsWith("<!", i)) {
                next = skipPast(text, ">", i + 2);
            } else {
                StartTag tag = startTag(text, i);
                tags.add(tag);
                next = tag.end() + 1;
            }
            i = text.indexOf('<', next);
        }
        return tags;
    }

    private static int skipPast(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        return at < 0 ? text.length() : at + terminator.length();
    }

    private static StartTag startTag(String text, int start) {
        int i = start + 1;
        int nameStart = i;
        while (i < text.length() && !XmlElement.isSpace(text.charAt(i))
                && text.charAt(i) != '>' && text.charAt(i) != '/') {
            i++;
        }
        String name = text.substring(nameStart, i);
        List<RawAttribute> attributes = new ArrayList<>();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (XmlElement.isSpace(c)) {
                i++;
            } else if (c == '>') {
                return new StartTag(name, start, i, false, attributes);
            } else if (c == '/') {
                int close = text.indexOf('>', i);
                return new StartTag(name, start, close, true, attributes);
            } else {
                int attrStart = i;
                while (i < text.length() && text.charAt(i) != '=' && !XmlElement.isSpace(text.charAt(i))) {
                    i++;
                }
                String attrName = text.substring(attrStart, i);
                int equals = text.indexOf('=', i);
                if (equals < 0) {
                    // Only text the parser took for an XML declaration with "?>" in a quoted value gets here.
                    break;
                }
                i = equals + 1;
                while (XmlElement.isSpace(text.charAt(i))) {
                    i++;
                }
                char quote = text.charAt(i);
                int valueStart = i + 1;
                int valueEnd = text.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    break;
                }
                attributes.add(new RawAttribute(attrName, valueStart, valueEnd));
                i = valueEnd + 1;
            }
        }
        throw new IllegalStateException("unterminated start tag at offset " + start);
    }
}
