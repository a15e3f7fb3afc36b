package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.changelog.ChangelogCoverage;
import io.github.duendetools.msbuild.ScanOptions;
import io.github.duendetools.msbuild.xml.SafeXmlReader;
import io.github.duendetools.msbuild.xml.XmlDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.input.JDOMParseException;
import org.jdom2.output.XMLOutputter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Feeds every hostile XML input to the hardened parser in each form the plugin uses it (SAX, namespace aware or
 * not, and JDOM) and through the two callers that must name the file and line (the MSBuild reader and the
 * changelog reader), in UTF-8, UTF-8 with a BOM and UTF-16 both ways. Each is refused at the line of its
 * DOCTYPE, no secret file's content comes out, no entity resolver is asked, and a listening local port is never
 * connected to. How deep elements may nest is the MSBuild reader's own limit ({@code EvaluationLimitsTest}).
 */
class HardenedXmlTest {
    private static final String CANARY = "canary-0f3c9e";
    private static final String PROLOG = "<?xml version=\"1.0\"?>\n";

    @TempDir
    Path dir;

    private ServerSocketChannel port;
    private String secretUri;
    private String http;

    @BeforeEach
    void listen() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), CANARY);
        secretUri = secret.toUri().toString();
        port = ServerSocketChannel.open();
        port.bind(new InetSocketAddress("127.0.0.1", 0));
        port.configureBlocking(false);
        http = "http://127.0.0.1:" + port.socket().getLocalPort() + "/";
    }

    @AfterEach
    void close() throws IOException {
        port.close();
    }

    /** A hostile document whose DOCTYPE is on line 2, after the prolog. */
    private record Hostile(String name, String body) {
    }

    private List<Hostile> hostile() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<r>&l9;</r>\n");
        return List.of(
                new Hostile("internal entity", "<!DOCTYPE r [<!ENTITY e \"" + CANARY + "\">]>\n<r>&e;</r>\n"),
                new Hostile("billion laughs", laughs.toString()),
                new Hostile("external entity, file", "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + secretUri + "\">]>\n<r>&e;</r>\n"),
                new Hostile("external entity, network", "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + http + "e\">]>\n<r>&e;</r>\n"),
                new Hostile("external parameter entity",
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + http + "p.dtd\"> %p;]>\n<r/>\n"),
                new Hostile("external DTD, network", "<!DOCTYPE r SYSTEM \"" + http + "evil.dtd\">\n<r/>\n"),
                new Hostile("external DTD, file", "<!DOCTYPE r SYSTEM \"" + secretUri + "\">\n<r/>\n"),
                new Hostile("public DTD", "<!DOCTYPE r PUBLIC \"-//evil//x\" \"" + http + "public.dtd\">\n<r/>\n"));
    }

    /** The encodings a file may come in; the parsers see bytes, so each must find the DOCTYPE in every one. */
    private record Form(String name, Charset charset, byte[] bom) {
        byte[] encode(String body) {
            String prolog = charset == StandardCharsets.UTF_8 ? PROLOG
                    : "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n";
            byte[] text = (prolog + body).getBytes(charset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bom);
            out.writeBytes(text);
            return out.toByteArray();
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form("UTF-8", StandardCharsets.UTF_8, new byte[0]),
            new Form("UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            new Form("UTF-16LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
            new Form("UTF-16BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}));

    /** Remembers whatever the parser hands over, so nothing of the secret can pass unseen. */
    private static final class Watching extends DefaultHandler {
        final StringBuilder seen = new StringBuilder();
        final List<String> resolved = new ArrayList<>();

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            resolved.add(systemId);
            return null;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            seen.append(ch, start, length);
        }
    }

    @Test
    void saxRefusesEveryHostileInputAtItsLine() throws Exception {
        for (boolean namespaceAware : new boolean[] {true, false}) {
            for (Hostile h : hostile()) {
                for (Form form : FORMS) {
                    String what = h.name() + " in " + form.name() + (namespaceAware ? "" : ", no namespaces");
                    Watching handler = new Watching();
                    SAXParseException e = assertThrows(SAXParseException.class, () -> HardenedXml
                            .saxParser(namespaceAware).parse(new ByteArrayInputStream(form.encode(h.body())), handler),
                            what);
                    assertEquals(2, e.getLineNumber(), what + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains("DOCTYPE"), what + ": " + e.getMessage());
                    assertEquals(List.of(), handler.resolved, what);
                    assertFalse(handler.seen.toString().contains(CANARY), what);
                    assertNothingFetched(what);
                }
            }
        }
    }

    @Test
    void jdomRefusesEveryHostileInputAtItsLine() throws Exception {
        for (Hostile h : hostile()) {
            for (Form form : FORMS) {
                String what = h.name() + " in " + form.name();
                JDOMParseException e = assertThrows(JDOMParseException.class, () -> HardenedXml.jdomBuilder()
                        .build(new ByteArrayInputStream(form.encode(h.body())), dir.resolve("x.xml").toUri().toString()),
                        what);
                assertEquals(2, e.getLineNumber(), what + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("DOCTYPE"), what + ": " + e.getMessage());
                assertFalse(e.getMessage().contains(CANARY), what);
                assertNothingFetched(what);
            }
        }
    }

    @Test
    void theMsBuildReaderNamesFileAndLine() throws Exception {
        SafeXmlReader reader = new SafeXmlReader(ScanOptions.DEFAULT_MAX_FILE_SIZE);
        for (Hostile h : hostile()) {
            for (Form form : FORMS) {
                String what = h.name() + " in " + form.name();
                Path file = Files.write(dir.resolve("A.csproj"), form.encode(h.body()));
                InputException e = assertThrows(InputException.class, () -> reader.read(file), what);
                assertEquals(file + ":2: DOCTYPE is not allowed (MSBuild refuses DTDs and entity declarations)",
                        e.getMessage(), what);
                assertNothingFetched(what);
            }
        }
    }

    @Test
    void theChangelogReaderNamesFileAndLine() throws Exception {
        Path changelogs = Files.createDirectories(dir.resolve("changelogs"));
        Path master = changelogs.resolve("duende-configuration.xml");
        for (Hostile h : hostile()) {
            for (Form form : FORMS) {
                String what = h.name() + " in " + form.name();
                Files.write(master, form.encode(h.body()));
                InputException e = assertThrows(InputException.class, () -> ChangelogCoverage.read(changelogs), what);
                assertEquals(master, e.file(), what);
                assertEquals(2, e.line(), what + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("DOCTYPE"), what + ": " + e.getMessage());
                assertFalse(e.getMessage().contains(CANARY), what);
                assertNothingFetched(what);
            }
        }
    }

    @Test
    void xincludeIsLeftAnElementAndNothingIsIncluded() throws Exception {
        String text = PROLOG + "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n<xi:include href=\"" + secretUri
                + "\" parse=\"text\"/>\n<xi:include href=\"" + http + "x.xml\"/>\n</r>\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        Watching handler = new Watching();
        HardenedXml.saxParser(true).parse(new ByteArrayInputStream(bytes), handler);
        assertFalse(handler.seen.toString().contains(CANARY));
        assertEquals(List.of(), handler.resolved);

        Document document = HardenedXml.jdomBuilder().build(new ByteArrayInputStream(bytes));
        assertEquals(2, document.getRootElement().getChildren().size());
        assertEquals("include", document.getRootElement().getChildren().get(0).getName());
        assertFalse(new XMLOutputter().outputString(document).contains(CANARY));

        Path file = Files.write(dir.resolve("Include.csproj"), bytes);
        XmlDocument read = new SafeXmlReader(ScanOptions.DEFAULT_MAX_FILE_SIZE).read(file);
        assertEquals("include", read.root().children().get(0).name());
        assertFalse(read.root().children().get(0).text().contains(CANARY));
        assertNothingFetched("XInclude");
    }

    @Test
    void tooManyAttributesAreRefusedAtTheirLine() {
        StringBuilder text = new StringBuilder(PROLOG).append("<r\n");
        for (int i = 0; i <= 10_000; i++) {
            text.append(" a").append(i).append("=\"x\"");
        }
        byte[] bytes = text.append("/>\n").toString().getBytes(StandardCharsets.UTF_8);
        SAXParseException sax = assertThrows(SAXParseException.class,
                () -> HardenedXml.saxParser(true).parse(new ByteArrayInputStream(bytes), new DefaultHandler()));
        assertTrue(sax.getMessage().contains("attributes"), sax.getMessage());
        assertEquals(3, sax.getLineNumber());
        JDOMParseException jdom = assertThrows(JDOMParseException.class,
                () -> HardenedXml.jdomBuilder().build(new ByteArrayInputStream(bytes)));
        assertEquals(3, jdom.getLineNumber());
    }

    @Test
    void ordinaryXmlStillParses() throws Exception {
        byte[] bytes = (PROLOG + "<r a=\"1\">&amp;&#65;<![CDATA[<x>]]><c/></r>\n").getBytes(StandardCharsets.UTF_8);
        Watching handler = new Watching();
        HardenedXml.saxParser(true).parse(new ByteArrayInputStream(bytes), handler);
        assertEquals("&A<x>", handler.seen.toString());
        assertEquals("&A<x>", HardenedXml.jdomBuilder().build(new ByteArrayInputStream(bytes)).getRootElement().getText());
    }

    /** No connection was made to the listening port (one would wait in its backlog). */
    private void assertNothingFetched(String what) throws IOException {
        assertNull(port.accept(), what + ": the parser connected to the network");
    }
}
