package io.github.duendetools.msbuild.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.msbuild.Fixtures;
import io.github.duendetools.msbuild.ScanOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlReaderTest {
    private final SafeXmlReader reader = new SafeXmlReader(ScanOptions.DEFAULT_MAX_FILE_SIZE);

    @Test
    void windows1252PrologDecidesTheDecoding() throws Exception {
        XmlDocument doc = reader.read(Fixtures.root("bytes").resolve("Windows1252/Windows1252.csproj"));
        assertEquals("windows-1252", doc.raw().charset().name());
        assertTrue(doc.raw().text().contains("Café costs 5 €"), "non-ASCII comment decoded");
        XmlElement authors = doc.root().children().get(0).children().get(1);
        assertEquals("Authors", authors.name());
        assertEquals("Zoë Müller", authors.text());
    }

    @Test
    void utf8BomIsNotPartOfTheText() throws Exception {
        XmlDocument doc = reader.read(Fixtures.root("bytes").resolve("BomCrlf/BomCrlf.csproj"));
        assertTrue(doc.raw().text().startsWith("<?xml"));
        assertEquals(3, doc.raw().byteOffset(0), "offsets count the BOM");
        assertEquals(3, doc.root().line());
    }

    @Test
    void utf16WithBom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("A.csproj");
        byte[] body = "<Project>\n  <PropertyGroup><V>7.0.0</V></PropertyGroup>\n</Project>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        XmlDocument doc = reader.read(file);
        XmlElement v = doc.root().children().get(0).children().get(0);
        assertEquals("7.0.0", doc.raw().text().substring(v.textStart(), v.textEnd()));
        long start = doc.raw().byteOffset(v.textStart());
        assertEquals(2 + 2 * doc.raw().text().indexOf("7.0.0"), start);
        assertEquals(10, doc.raw().byteLength(v.textStart(), v.textEnd()));
    }

    @Test
    void elementsAreMatchedByLocalNameAndLocated() throws Exception {
        XmlDocument doc = reader.read(Fixtures.root("oldstyle").resolve("OldPackageRef/OldPackageRef.csproj"));
        assertEquals("Project", doc.root().name());
        XmlElement item = doc.root().children().get(1).children().get(0);
        assertEquals("PackageReference", item.name());
        assertEquals(7, item.line());
        assertEquals("IdentityServer4.EntityFramework", item.attributeValue("include"));
        assertEquals("4.1.2", item.children().get(0).text());
    }

    @Test
    void textWithCommentsIsNotOneEditableRun(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("A.props"), "<Project><V><!-- x -->7.0.0</V><W>  8.0.0 \n</W><E/></Project>");
        XmlDocument doc = reader.read(file);
        XmlElement v = doc.root().children().get(0);
        assertEquals("7.0.0", v.text());
        assertEquals(-1, v.textStart());
        XmlElement w = doc.root().children().get(1);
        assertEquals("8.0.0", doc.raw().text().substring(w.textStart(), w.textEnd()));
        assertEquals(-1, doc.root().children().get(2).textStart());
    }

    @Test
    void entityReferencesInAttributesKeepRawSpan(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("A.props"), "<Project><I Include=\"a&amp;b\" V='x&gt;y'/></Project>");
        XmlElement i = reader.read(file).root().children().get(0);
        assertEquals("a&b", i.attributeValue("Include"));
        XmlAttribute v = i.attribute("v");
        assertEquals("x>y", v.value());
        assertEquals("x&gt;y", Files.readString(file).substring(v.valueStart(), v.valueEnd()));
    }
}
