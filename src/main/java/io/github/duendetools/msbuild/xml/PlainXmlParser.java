package io.github.duendetools.msbuild.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses, in one pass over the text, the plain XML that MSBuild files almost always are: elements and
 * attributes with ASCII names and no namespace prefix (a default {@code xmlns} is fine), text, the five
 * predefined entities and character references, comments, CDATA and an XML 1.0 declaration. It builds
 * the same located elements as {@link FullXmlParser} without the cost of the JDK's parser, JDOM and a
 * second pass for offsets.
 * <p>
 * It never decides on its own that a file is malformed or safe: at anything outside that subset
 * (a DOCTYPE, a processing instruction, a prefix, an unknown entity) and at anything malformed it gives
 * up, and the caller parses the file with {@link FullXmlParser}, which then accepts it or words the error.
 * So it accepts a strict subset of what the full parser accepts, and gives the same tree for it.
 */
final class PlainXmlParser {
    /** Far below the JDK parser's own limits on names and attributes, so those never differ. */
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_ATTRIBUTES = 100;
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /** Abandons the plain parse; rare and expected, so it carries no stack trace. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    /**
     * The element and attribute names met so far, one String each: MSBuild files repeat a few dozen names,
     * so a scan that shares one table across its files makes few name strings, and their hash codes (the
     * evaluator switches on names) are computed once. A slot keeps the last name that hashed to it.
     */
    static final class Names {
        private final String[] slots = new String[512];

        String of(String text, char[] chars, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + chars[i];
            }
            int slot = (hash ^ (hash >>> 9)) & (slots.length - 1);
            String known = slots[slot];
            if (known != null && known.length() == end - start && text.startsWith(known, start)) {
                return known;
            }
            String name = text.substring(start, end);
            slots[slot] = name;
            return name;
        }
    }

    private final String text;
    private final Names names;
    private final char[] chars;
    private final int length;
    /** Collects decoded text and unusual attribute values; nested elements share it above a mark. */
    private final StringBuilder buffer = new StringBuilder();
    private int pos;
    /** The line of {@code pos}: CRLF, lone CR and LF each end one, as in {@link RawText#lineOf}. */
    private int line = 1;

    private PlainXmlParser(String text, Names names) {
        this.text = text;
        this.names = names;
        this.chars = text.toCharArray();
        this.length = chars.length;
    }

    /** The root element, or null when the text is not plain XML (or not well-formed). */
    static XmlElement parse(String text) {
        return parse(text, new Names());
    }

    /** @param names the table of names to share with other parses of the same scan */
    static XmlElement parse(String text, Names names) {
        try {
            return new PlainXmlParser(text, names).document();
        } catch (NotPlain e) {
            return null;
        }
    }

    private XmlElement document() throws NotPlain {
        if (text.startsWith("<?xml ")) {
            declaration();
        }
        misc();
        if (!at('<') || pos + 1 >= length || !nameStart(chars[pos + 1])) {
            throw NOT_PLAIN;
        }
        XmlElement root = element(0);
        misc();
        if (pos != length) {
            throw NOT_PLAIN;
        }
        return root;
    }

    /**
     * {@code <?xml version="1.0" encoding="..." standalone="..."?>}, separated by spaces only (the JDK's parser
     * refuses some line ends inside it); other versions are not plain.
     */
    private void declaration() throws NotPlain {
        pos = 5;
        skipBlanks();
        expect("version");
        if (!"1.0".equals(equalsAndLiteral())) {
            throw NOT_PLAIN;
        }
        boolean space = skipBlanks();
        if (space && text.startsWith("encoding", pos)) {
            pos += "encoding".length();
            if (!encodingName(equalsAndLiteral())) {
                throw NOT_PLAIN;
            }
            space = skipBlanks();
        }
        if (space && text.startsWith("standalone", pos)) {
            pos += "standalone".length();
            String standalone = equalsAndLiteral();
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw NOT_PLAIN;
            }
            skipBlanks();
        }
        expect("?>");
    }

    /** {@code S? = S? "literal"} of the declaration, whose literals hold no markup, references or line ends. */
    private String equalsAndLiteral() throws NotPlain {
        char quote = equalsAndQuote(true);
        int start = pos;
        while (pos < length && chars[pos] != quote) {
            char c = chars[pos];
            if (c < 0x21 || c > 0x7e || c == '<' || c == '&') {
                throw NOT_PLAIN;
            }
            pos++;
        }
        if (pos >= length) {
            throw NOT_PLAIN;
        }
        return text.substring(start, pos++);
    }

    private static boolean encodingName(String name) {
        if (name.isEmpty() || !asciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** White space and comments around the root element. */
    private void misc() throws NotPlain {
        while (true) {
            skipSpace();
            if (text.startsWith("<!--", pos)) {
                comment();
            } else {
                return;
            }
        }
    }

    /** An element from its {@code <} to past its end tag, children included. */
    private XmlElement element(int depth) throws NotPlain {
        if (depth > SafeXmlReader.MAX_DEPTH) {
            // The full parser reports it, with the line.
            throw NOT_PLAIN;
        }
        int elementLine = line;
        pos++;
        String name = name(false);
        List<XmlAttribute> attributes = List.of();
        boolean defaultNamespace = false;
        int tagEnd;
        boolean selfClosing = false;
        while (true) {
            boolean space = skipSpace();
            if (pos >= length) {
                throw NOT_PLAIN;
            }
            char c = chars[pos];
            if (c == '>') {
                tagEnd = pos++;
                break;
            }
            if (c == '/') {
                if (pos + 1 < length && chars[pos + 1] == '>') {
                    tagEnd = pos + 1;
                    pos += 2;
                    selfClosing = true;
                    break;
                }
                throw NOT_PLAIN;
            }
            if (!space) {
                throw NOT_PLAIN;
            }
            XmlAttribute attribute = attribute();
            if (attribute.name().equals("xmlns")) {
                // A default namespace declaration: the parser reports it as no attribute.
                if (defaultNamespace || !plainNamespace(attribute.value())) {
                    throw NOT_PLAIN;
                }
                defaultNamespace = true;
                continue;
            }
            attributes = add(attributes, attribute);
        }
        List<XmlElement> children = List.of();
        String elementText = "";
        if (!selfClosing) {
            int mark = buffer.length();
            while (true) {
                characters(children.isEmpty(), false);
                if (pos >= length) {
                    throw NOT_PLAIN;
                }
                if (chars[pos] == '&') {
                    char decoded = reference();
                    if (children.isEmpty()) {
                        buffer.append(decoded);
                    }
                    continue;
                }
                // At '<': the end tag, a comment, CDATA or a child element.
                if (pos + 1 >= length) {
                    throw NOT_PLAIN;
                }
                char next = chars[pos + 1];
                if (next == '/') {
                    endTag(name);
                    break;
                } else if (next == '!' && text.startsWith("<!--", pos)) {
                    comment();
                } else if (next == '!' && text.startsWith("<![CDATA[", pos)) {
                    pos += "<![CDATA[".length();
                    characters(children.isEmpty(), true);
                } else if (nameStart(next)) {
                    XmlElement child = element(depth + 1);
                    if (children.isEmpty()) {
                        children = new ArrayList<>();
                    }
                    children.add(child);
                } else {
                    throw NOT_PLAIN;
                }
            }
            if (children.isEmpty()) {
                elementText = buffer.substring(mark);
            }
            buffer.setLength(mark);
        }
        return XmlElement.located(name, attributes, children, elementText, text, tagEnd, selfClosing, elementLine);
    }

    /**
     * A namespace name the parser and JDOM take without a word: empty, or a URI of plain ASCII starting
     * with a letter (JDOM refuses some first characters, the parser the two reserved namespaces).
     */
    private static boolean plainNamespace(String uri) {
        if (uri.equals(XML_NAMESPACE) || uri.equals(XMLNS_NAMESPACE)) {
            return false;
        }
        if (!uri.isEmpty() && !asciiLetter(uri.charAt(0))) {
            return false;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && ":/._~%#?=+@!,;()*-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private List<XmlAttribute> add(List<XmlAttribute> attributes, XmlAttribute attribute) throws NotPlain {
        if (attributes.size() >= MAX_ATTRIBUTES) {
            throw NOT_PLAIN;
        }
        for (XmlAttribute existing : attributes) {
            if (existing.name().equals(attribute.name())) {
                // A duplicate is malformed: the full parser says so.
                throw NOT_PLAIN;
            }
        }
        if (attributes.isEmpty()) {
            // Most elements have one attribute or none: an immutable list of one, which the element keeps as is.
            return List.of(attribute);
        }
        if (attributes.size() == 1) {
            List<XmlAttribute> more = new ArrayList<>(4);
            more.add(attributes.get(0));
            more.add(attribute);
            return more;
        }
        attributes.add(attribute);
        return attributes;
    }

    private void endTag(String name) throws NotPlain {
        pos += 2;
        int end = pos + name.length();
        if (!text.startsWith(name, pos) || end >= length || nameChar(chars[end])) {
            throw NOT_PLAIN;
        }
        pos = end;
        skipSpace();
        expect(">");
    }

    /**
     * Past {@code S? = S?} and the opening quote, which it returns; in the declaration only spaces count as
     * {@code S}.
     */
    private char equalsAndQuote(boolean declaration) throws NotPlain {
        if (declaration) {
            skipBlanks();
        } else {
            skipSpace();
        }
        expect("=");
        if (declaration) {
            skipBlanks();
        } else {
            skipSpace();
        }
        char quote = at('"') ? '"' : at('\'') ? '\'' : 0;
        if (quote == 0) {
            throw NOT_PLAIN;
        }
        pos++;
        return quote;
    }

    /** {@code name S? = S? "value"}: the value decoded and normalised as the parser does, with its raw offsets. */
    private XmlAttribute attribute() throws NotPlain {
        String name = name(true);
        char quote = equalsAndQuote(false);
        int start = pos;
        while (pos < length) {
            char c = chars[pos];
            if (c == quote) {
                return new XmlAttribute(name, text.substring(start, pos), start, pos++);
            }
            if (c < 0x20 || c == '<' || c == '&' || c >= 0xD800) {
                return new XmlAttribute(name, unusualValue(start, quote), start, pos++);
            }
            pos++;
        }
        throw NOT_PLAIN;
    }

    /**
     * The rest of an attribute value that holds a reference, a line end, a tab or a supplementary
     * character: references decoded, each white-space character (and each CRLF) made one space.
     * Leaves {@code pos} at the closing quote.
     */
    private String unusualValue(int start, char quote) throws NotPlain {
        int mark = buffer.length();
        buffer.append(chars, start, pos - start);
        while (pos < length) {
            char c = chars[pos];
            if (c == quote) {
                String value = buffer.substring(mark);
                buffer.setLength(mark);
                return value;
            }
            if (c == '&') {
                buffer.append(reference());
                continue;
            }
            if (c == '<') {
                throw NOT_PLAIN;
            }
            if (c == '\n' || c == '\r') {
                buffer.append(' ');
                pos = lineEnd(pos);
                continue;
            }
            if (c == '\t') {
                buffer.append(' ');
                pos++;
                continue;
            }
            int next = checkedChar(pos);
            buffer.append(chars, pos, next - pos);
            pos = next;
        }
        throw NOT_PLAIN;
    }

    /**
     * Character data from {@code pos}, line ends normalised to LF as the parser does, appended to the buffer
     * when {@code collect}: text up to the next {@code <} or {@code &} (it may not hold {@code ]]>}), or
     * the content of a CDATA section, which ends at {@code ]]>} and is left past it.
     */
    private void characters(boolean collect, boolean cdata) throws NotPlain {
        int start = pos;
        while (pos < length) {
            char c = chars[pos];
            if (c > '>' ? c < 0xD800 && c != ']' : c >= 0x20 && (cdata || c != '<' && c != '&')) {
                pos++;
            } else if (c == ']') {
                if (text.startsWith("]]>", pos)) {
                    if (!cdata) {
                        throw NOT_PLAIN;
                    }
                    if (collect) {
                        buffer.append(chars, start, pos - start);
                    }
                    pos += 3;
                    return;
                }
                pos++;
            } else if (c == '<' || c == '&') {
                break;
            } else if (c == '\r') {
                if (collect) {
                    buffer.append(chars, start, pos - start).append('\n');
                }
                pos = lineEnd(pos);
                start = pos;
            } else {
                pos = checkedChar(pos);
            }
        }
        if (cdata) {
            throw NOT_PLAIN;
        }
        if (collect) {
            buffer.append(chars, start, pos - start);
        }
    }

    /** {@code <!-- ... -->}, where {@code --} may only close the comment. */
    private void comment() throws NotPlain {
        pos += 4;
        while (pos < length) {
            char c = chars[pos];
            if (c >= 0x20 && c < 0xD800 && c != '-') {
                pos++;
            } else if (c == '-') {
                if (pos + 1 < length && chars[pos + 1] == '-') {
                    if (pos + 2 < length && chars[pos + 2] == '>') {
                        pos += 3;
                        return;
                    }
                    throw NOT_PLAIN;
                }
                pos++;
            } else if (c == '\r') {
                pos = lineEnd(pos);
            } else {
                pos = checkedChar(pos);
            }
        }
        throw NOT_PLAIN;
    }

    /** {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &apos;}, {@code &quot;} or a character reference (BMP). */
    private char reference() throws NotPlain {
        int semicolon = text.indexOf(';', pos + 1);
        if (semicolon < 0 || semicolon - pos > 10) {
            throw NOT_PLAIN;
        }
        String name = text.substring(pos + 1, semicolon);
        pos = semicolon + 1;
        switch (name) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "apos":
                return '\'';
            case "quot":
                return '"';
            default:
                return characterReference(name);
        }
    }

    private static char characterReference(String name) throws NotPlain {
        if (!name.startsWith("#")) {
            throw NOT_PLAIN;
        }
        boolean hex = name.startsWith("#x");
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            throw NOT_PLAIN;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean digit = c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
            if (!digit) {
                throw NOT_PLAIN;
            }
            value = value * (hex ? 16 : 10) + Character.digit(c, 16);
        }
        boolean legal = value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 && value < 0xD800
                || value >= 0xE000 && value <= 0xFFFD;
        if (!legal) {
            throw NOT_PLAIN;
        }
        return (char) value;
    }

    /**
     * Checks the character at {@code at} that the fast paths did not pass: tab and LF (which counts a
     * line) are fine, other control characters, lone surrogates and U+FFFE/U+FFFF are not XML.
     * Returns the offset after it (after the pair for a surrogate pair).
     */
    private int checkedChar(int at) throws NotPlain {
        char c = chars[at];
        if (c == '\n') {
            line++;
            return at + 1;
        }
        if (c == '\t' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
            return at + 1;
        }
        if (Character.isHighSurrogate(c) && at + 1 < length && Character.isLowSurrogate(chars[at + 1])) {
            return at + 2;
        }
        throw NOT_PLAIN;
    }

    /** Past the line end (LF, CR or CRLF) at {@code at}, counting one line. */
    private int lineEnd(int at) {
        line++;
        if (chars[at] == '\r' && at + 1 < length && chars[at + 1] == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    /** Spaces only, as the declaration is written. */
    private boolean skipBlanks() {
        int start = pos;
        while (pos < length && chars[pos] == ' ') {
            pos++;
        }
        return pos > start;
    }

    private boolean skipSpace() {
        int start = pos;
        while (pos < length) {
            char c = chars[pos];
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                pos = lineEnd(pos);
            } else {
                break;
            }
        }
        return pos > start;
    }

    /**
     * An ASCII name without a prefix. Names starting with {@code xml} are reserved and the namespace-aware
     * parser treats some of them specially, so only the {@code xmlns} attribute is taken among them.
     */
    private String name(boolean attribute) throws NotPlain {
        int start = pos;
        if (pos >= length || !nameStart(chars[pos])) {
            throw NOT_PLAIN;
        }
        pos++;
        while (pos < length && nameChar(chars[pos])) {
            pos++;
        }
        if (pos >= length || pos - start > MAX_NAME_LENGTH || chars[pos] == ':' || chars[pos] >= 0x80) {
            throw NOT_PLAIN;
        }
        String name = names.of(text, chars, start, pos);
        if (name.regionMatches(true, 0, "xml", 0, 3) && !(attribute && name.equals("xmlns"))) {
            throw NOT_PLAIN;
        }
        return name;
    }

    private static boolean nameStart(char c) {
        return asciiLetter(c) || c == '_';
    }

    private static boolean nameChar(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private boolean at(char c) {
        return pos < length && chars[pos] == c;
    }

    private void expect(String literal) throws NotPlain {
        if (!text.startsWith(literal, pos)) {
            throw NOT_PLAIN;
        }
        pos += literal.length();
    }
}
