package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an XML file as a parser sees it: a byte order mark wins, then the {@code encoding}
 * of the XML declaration, then UTF-8. Reading and rewriting a project file must agree on it, or an
 * edit would write the version in other bytes than the file uses.
 */
public final class XmlCharset {
    /** The pattern of the declaration's encoding, compiled on first use: most project files have no declaration. */
    private static final class Declaration {
        static final Pattern PROLOG_ENCODING =
                Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    }

    private XmlCharset() {
    }

    /** @throws InputException when the declaration names a charset this JVM does not have */
    public static Charset detect(Path file, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (!startsWithDeclaration(bytes)) {
            // Most project files have no declaration: no need for the pattern below.
            return StandardCharsets.UTF_8;
        }
        // The declaration is ASCII in every ASCII-compatible charset, so ISO-8859-1 reads it losslessly.
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = Declaration.PROLOG_ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        if (name.equalsIgnoreCase("utf-16")) {
            // Without a BOM, UTF-16 means big-endian; the explicit form keeps re-encoding BOM-free.
            return StandardCharsets.UTF_16BE;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(file, 1, "unsupported encoding '" + name + "' in the XML declaration");
        }
    }

    /** Bytes of the byte order mark at the start, 0 when there is none. */
    public static int bomLength(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) ? 2 : 0;
    }

    private static boolean startsWithDeclaration(byte[] bytes) {
        return startsWith(bytes, '<', '?', 'x', 'm', 'l');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
