package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @Test
    void doctypeIsRefusedAndNoEntityIsResolved() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.scan("bad/doctype"));
        assertTrue(e.getMessage().startsWith(Fixtures.root("bad/doctype").resolve("Evil.csproj") + ":2: DOCTYPE is not allowed"),
                e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing from /etc/passwd");
        assertOneLine(e);
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.scan("bad/malformed"));
        assertEquals(4, e.line());
        assertEquals("Broken.csproj", e.file().getFileName().toString());
        assertTrue(e.getMessage().contains(":4: malformed XML: "), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void malformedImportedPropsNamesThatFile() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.scan("bad/badimport"));
        assertEquals("Directory.Build.props", e.file().getFileName().toString());
        assertEquals(5, e.line());
    }

    @Test
    void malformedLockFile() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.scan("bad/lockjson"));
        assertEquals("packages.lock.json", e.file().getFileName().toString());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void fileOverTheSizeCapIsRefusedUnread(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("Big.csproj"), "<Project>" + " ".repeat(200) + "</Project>");
        InputException e = assertThrows(InputException.class,
                () -> new ProjectScanner(new ScanOptions(List.of(), 100)).scan(root));
        assertTrue(e.getMessage().contains("Big.csproj: file is 219 bytes, larger than the limit of 100 bytes"),
                e.getMessage());
    }

    @Test
    void invalidUtf8IsAnInputError(@TempDir Path root) throws Exception {
        byte[] head = "<Project><!-- ".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        Files.write(root.resolve("Bad.csproj"), bytes);
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void unknownEncodingInProlog(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("X.csproj"), "<?xml version=\"1.0\" encoding=\"klingon-9\"?><Project/>");
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("unsupported encoding 'klingon-9'"), e.getMessage());
    }

    @Test
    void decodeOnlyEncodingsAreRefusedInOneLine(@TempDir Path root) throws Exception {
        for (String encoding : List.of("x-JISAutoDetect", "ISO-2022-CN")) {
            Files.writeString(root.resolve("X.csproj"), "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><Project/>");
            InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
            assertEquals(1, e.line());
            assertTrue(e.getMessage().contains("X.csproj:1: unsupported encoding '" + encoding
                    + "' in the XML declaration: it can be read but not written"), e.getMessage());
        }
    }

    @Test
    void aLoopOfSymbolicLinksBetweenProjectsIsAnInputError(@TempDir Path root) throws Exception {
        Files.createSymbolicLink(root.resolve("A.csproj"), root.resolve("B.csproj"));
        Files.createSymbolicLink(root.resolve("B.csproj"), root.resolve("A.csproj"));
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertTrue(e.getMessage().contains(".csproj: symbolic link cannot be followed ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); fix it or leave it out with duende.excludes"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void anExcludeThatIsNoGlobNamesTheParameter(@TempDir Path root) {
        InputException e = assertThrows(InputException.class,
                () -> new ProjectScanner(new ScanOptions(List.of("src/**", "[unclosed"), 100)).scan(root));
        assertTrue(e.getMessage().startsWith("duende.excludes: '[unclosed' is not a glob (Missing '] near index 8)"),
                e.getMessage());
        assertOneLine(e);
    }

    @Test
    void aUtf16ByteOrderMarkWithAUtf8DeclarationIsRefusedAsTheInput(@TempDir Path root) throws Exception {
        String text = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\n</Project>\n";
        Files.write(root.resolve("Wide.csproj"), text.getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> Fixtures.scanRoot(root));
        assertEquals(root.resolve("Wide.csproj") + ":1: the byte order mark says UTF-16LE but the XML declaration says"
                + " encoding=\"utf-8\"; save the file in one encoding (MSBuild and Visual Studio write UTF-8 with"
                + " encoding=\"utf-8\")", e.getMessage());
        // The same file saved whole in UTF-16 with a declaration that says so is read.
        Files.write(root.resolve("Wide.csproj"), text.replace("utf-8", "utf-16").getBytes(StandardCharsets.UTF_16LE));
        assertEquals("6.0.0", Fixtures.scanRoot(root).references().get(0).declaredVersion());
        // And a UTF-8 file with a UTF-8 mark and declaration, as Visual Studio writes them.
        Files.write(root.resolve("Wide.csproj"), text.getBytes(StandardCharsets.UTF_8));
        assertEquals("6.0.0", Fixtures.scanRoot(root).references().get(0).declaredVersion());
    }

    private static void assertOneLine(InputException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
