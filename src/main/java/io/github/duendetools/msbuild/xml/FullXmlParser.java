package io.github.duendetools.msbuild.xml;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.located.LocatedElement;
import org.jdom2.located.LocatedJDOMFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses any XML with the JDK's parser (through JDOM), hardened by {@link HardenedXml} (DOCTYPE refused, so
 * no entity is ever expanded), and recovers exact offsets with a {@link TagScanner} pass. The judge of well-formedness and
 * the author of every XML error message; {@link PlainXmlParser} hands it whatever it does not handle.
 */
final class FullXmlParser {
    private final SAXBuilder builder;

    FullXmlParser() {
        builder = HardenedXml.jdomBuilder();
        builder.setJDOMFactory(new LocatedJDOMFactory());
        builder.setSAXHandlerFactory(DepthLimitedHandler::new);
    }

    /**
     * Refuses an element nested deeper than {@link SafeXmlReader#MAX_DEPTH} as the parser meets it: JDOM
     * checks every added element against all its ancestors, so building a deep tree first and checking it
     * after would take quadratic time (a minute for 200,000 levels in a 1.4 MB file).
     */
    private static final class DepthLimitedHandler extends SAXHandler {
        private int depth;

        DepthLimitedHandler(JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void startElement(String namespaceUri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++depth > SafeXmlReader.MAX_DEPTH + 1) {
                throw new TooDeep(getDocumentLocator());
            }
            super.startElement(namespaceUri, localName, qName, attributes);
        }

        @Override
        public void endElement(String namespaceUri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(namespaceUri, localName, qName);
        }

        @Override
        public void startDocument() {
            // The builder reuses its handler, also after a parse that stopped half-way.
            depth = 0;
            super.startDocument();
        }
    }

    /** The parse stopped at an element nested too deep. */
    private static final class TooDeep extends SAXParseException {
        private static final long serialVersionUID = 1L;

        TooDeep(Locator locator) {
            super(TOO_DEEP, locator);
        }
    }

    private static final String TOO_DEEP = "elements are nested more than " + SafeXmlReader.MAX_DEPTH + " deep";

    XmlElement parse(Path file, RawText raw) throws InputException {
        Document document;
        try {
            document = builder.build(new StringReader(raw.text()));
        } catch (JDOMParseException e) {
            if (e.getCause() instanceof TooDeep tooDeep) {
                throw new InputException(file, Math.max(tooDeep.getLineNumber(), 0), TOO_DEEP);
            }
            throw new InputException(file, Math.max(e.getLineNumber(), 0), problem(e), e);
        } catch (JDOMException | IOException e) {
            throw new InputException(file, 0, "cannot parse XML: " + SafeXmlReader.oneLine(e.getMessage()), e);
        }
        List<TagScanner.StartTag> tags = TagScanner.scan(raw.text());
        int[] next = {0};
        return convert(file, raw, document.getRootElement(), tags, next, 0);
    }

    private static XmlElement convert(Path file, RawText raw, Element element, List<TagScanner.StartTag> tags,
                                      int[] next, int depth) throws InputException {
        TagScanner.StartTag tag = tags.get(next[0]++);
        int line = raw.lineOf(tag.start());
        if (!tag.name().equals(element.getQualifiedName())) {
            throw new IllegalStateException(file + ": tag scan out of step at line " + line);
        }
        if (depth > SafeXmlReader.MAX_DEPTH) {
            throw new InputException(file, line, TOO_DEEP);
        }
        if (element instanceof LocatedElement located && located.getLine() < line) {
            throw new IllegalStateException(file + ": tag scan out of step at line " + line);
        }
        List<XmlAttribute> attributes = new ArrayList<>();
        for (Attribute a : element.getAttributes()) {
            TagScanner.RawAttribute rawAttribute = tag.attribute(a.getQualifiedName());
            int start = rawAttribute == null ? -1 : rawAttribute.valueStart();
            int end = rawAttribute == null ? -1 : rawAttribute.valueEnd();
            attributes.add(new XmlAttribute(a.getName(), a.getValue(), start, end));
        }
        List<XmlElement> children = new ArrayList<>();
        for (Element child : element.getChildren()) {
            children.add(convert(file, raw, child, tags, next, depth + 1));
        }
        String text = children.isEmpty() ? element.getText() : "";
        return XmlElement.located(element.getName(), attributes, children, text, raw.text(), tag.end(),
                tag.selfClosing(), line);
    }

    private static String problem(JDOMParseException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE is not allowed (MSBuild refuses DTDs and entity declarations)";
        }
        return "malformed XML: " + SafeXmlReader.oneLine(message);
    }
}
