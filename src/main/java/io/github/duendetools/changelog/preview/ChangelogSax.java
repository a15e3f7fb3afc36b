package io.github.duendetools.changelog.preview;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way changelog XML is read by the plugin: the {@link HardenedXml} SAX parser, namespace aware, which refuses
 * a DOCTYPE (so no entity, internal or external, is ever expanded) and never fetches anything. A changelog folder is user
 * content; reading it must not reach outside it.
 */
public final class ChangelogSax {

    private ChangelogSax() {
    }

    /**
     * Parses {@code file} with {@code handler}; a failure becomes an {@link InputException} naming the file and line
     * after {@code problem}. A handler that reads another file passes that file's own failure on wrapped in a
     * {@link SAXException}, and it comes out unchanged.
     */
    public static void parse(Path file, DefaultHandler handler, String problem) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            HardenedXml.saxParser(true).parse(in, handler);
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
}
