package io.github.duendetools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way the plugin gets the JDK's XML parser. Every XML file it reads is user content, and reading one
 * must never reach outside it: a DOCTYPE is refused outright (so no entity, internal or external, is ever
 * declared, let alone expanded), no external DTD or entity is loaded or fetched, XInclude is off, and the
 * JDK's secure-processing limits apply (attributes per element, entity sizes). A refusal is a parse error
 * at the line of the DOCTYPE, like any malformed XML, so a caller reports it with the file and line.
 * <p>
 * The JDK's own implementation is asked for by name, not whatever a class path supplies, so every feature
 * set here is known to be honoured.
 */
public final class HardenedXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private HardenedXml() {
    }

    /** A new hardened SAX parser; one parse at a time each. */
    public static SAXParser saxParser(boolean namespaceAware) throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
        factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    /**
     * Parses {@code file} with {@code handler} on a hardened parser, namespace aware; a failure becomes an
     * {@link InputException} naming the file and line after {@code problem}. A handler that reads another file passes
     * that file's own failure on wrapped in a {@link SAXException}, and it comes out unchanged.
     */
    public static void parse(Path file, DefaultHandler handler, String problem) throws InputException {
        try (InputStream in = new ByteArrayInputStream(RegularFile.read(file, RegularFile.MAX_OWN_FILE_SIZE,
                RegularFile.OWN_FILE_LIMIT))) {
            saxParser(true).parse(in, handler);
        } catch (SAXParseException e) {
            throw new InputException(file, e.getLineNumber(), problem + ": " + e.getMessage());
        } catch (SAXException e) {
            if (e.getException() instanceof InputException nested) {
                throw nested;
            }
            throw new InputException(file, 0, problem + ": " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new InputException(file, 0, problem + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * A new JDOM builder on hardened parsers. Entity expansion stays off: JDOM would otherwise switch the
     * parser's external general entities back on for every build.
     */
    public static SAXBuilder jdomBuilder() {
        return JdomReaders.builder();
    }

    /**
     * JDOM's parser source, non-validating and namespace aware like JDOM's default one, but hardened. A class of
     * its own so that the SAX parser alone (changelogs) never loads JDOM.
     */
    private static final class JdomReaders implements XMLReaderJDOMFactory {
        static SAXBuilder builder() {
            SAXBuilder builder = new SAXBuilder(new JdomReaders());
            builder.setExpandEntities(false);
            return builder;
        }

        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                return saxParser(true).getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("cannot create a hardened XML parser: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    }
}
