package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.located.LocatedElement;
import org.jdom2.located.LocatedJDOMFactory;

/**
 * Reads an XML file the way MSBuild tolerates it and no further: a size cap checked before reading,
 * the encoding from the BOM or the XML prolog, DOCTYPE refused (so no entity, internal or external,
 * is ever expanded), and every element located by line and exact character offsets.
 * Not thread-safe: one reader per scanning thread.
 */
public final class SafeXmlReader {
    private static final int MAX_DEPTH = 256;

    private final long maxFileSize;
    private final SAXBuilder builder;

    public SafeXmlReader(long maxFileSize) {
        this.maxFileSize = maxFileSize;
        this.builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setJDOMFactory(new LocatedJDOMFactory());
    }

    public XmlDocument read(Path file) throws InputException {
        RawText raw = readText(file);
        Document document;
        try {
            document = builder.build(new StringReader(raw.text()));
        } catch (JDOMParseException e) {
            throw new InputException(file, Math.max(e.getLineNumber(), 0), problem(e), e);
        } catch (JDOMException | IOException e) {
            throw new InputException(file, 0, "cannot parse XML: " + oneLine(e.getMessage()), e);
        }
        List<TagScanner.StartTag> tags = TagScanner.scan(raw.text());
        int[] next = {0};
        XmlElement root = convert(file, raw, document.getRootElement(), tags, next, 0);
        return new XmlDocument(file, raw, root);
    }

    /** The decoded text of a file, checked against the size cap before a byte is read. */
    public RawText readText(Path file) throws InputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw new InputException(file, 0, "file is " + size + " bytes, larger than the limit of "
                        + maxFileSize + " bytes (duende.maxFileSize)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read file: " + oneLine(String.valueOf(e.getMessage())), e);
        }
        int bom = XmlCharset.bomLength(bytes);
        Charset charset = XmlCharset.detect(file, bytes);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
                    .toString();
            return new RawText(file, text, charset, bom);
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, "content is not valid " + charset.name() + " text");
        }
    }

    private static XmlElement convert(Path file, RawText raw, Element element, List<TagScanner.StartTag> tags,
                                      int[] next, int depth) throws InputException {
        TagScanner.StartTag tag = tags.get(next[0]++);
        int line = raw.lineOf(tag.start());
        if (!tag.name().equals(element.getQualifiedName())) {
            throw new IllegalStateException(file + ": tag scan out of step at line " + line);
        }
        if (depth > MAX_DEPTH) {
            throw new InputException(file, line, "elements are nested more than " + MAX_DEPTH + " deep");
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
        String text = "";
        int textStart = -1;
        int textEnd = -1;
        if (children.isEmpty()) {
            text = element.getText();
            if (!tag.selfClosing()) {
                String s = raw.text();
                int contentStart = tag.end() + 1;
                int contentEnd = s.indexOf('<', contentStart);
                if (contentEnd >= 0 && s.startsWith("</", contentEnd)) {
                    while (contentStart < contentEnd && TagScanner.isSpace(s.charAt(contentStart))) {
                        contentStart++;
                    }
                    while (contentEnd > contentStart && TagScanner.isSpace(s.charAt(contentEnd - 1))) {
                        contentEnd--;
                    }
                    textStart = contentStart;
                    textEnd = contentEnd;
                }
            }
        }
        return new XmlElement(element.getName(), attributes, children, text, textStart, textEnd, line);
    }

    private static String problem(JDOMParseException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE is not allowed (MSBuild refuses DTDs and entity declarations)";
        }
        return "malformed XML: " + oneLine(message);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
