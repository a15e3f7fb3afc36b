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

    private static void assertOneLine(InputException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
