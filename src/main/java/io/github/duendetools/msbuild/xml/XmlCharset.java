package io.github.duendetools.msbuild.xml;

import io.github.duendetools.InputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
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
            return agreeing(file, bytes, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return agreeing(file, bytes, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return agreeing(file, bytes, StandardCharsets.UTF_16LE);
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
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(file, 1, "unsupported encoding '" + name + "' in the XML declaration");
        }
        if (!charset.canEncode()) {
            // Auto-detecting and some ISO-2022 charsets only decode: an edit could never be written back.
            throw new InputException(file, 1, "unsupported encoding '" + name + "' in the XML declaration: "
                    + "it can be read but not written");
        }
        return charset;
    }

    /**
     * The charset of the byte order mark, after checking that the XML declaration does not name one of the
     * other width: a UTF-16 mark with {@code encoding="utf-8"} (or the reverse) is a file the JDK's parser
     * refuses and that no editor wrote on purpose, so it is refused as the input it is, naming it.
     */
    private static Charset agreeing(Path file, byte[] bytes, Charset bom) throws InputException {
        int skip = bomLength(bytes);
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 512), bom);
        if (!head.startsWith("<?xml")) {
            return bom;
        }
        int end = head.indexOf("?>");
        String declaration = end < 0 ? head : head.substring(0, end);
        // Read by hand: Visual Studio writes this declaration in most old-style projects, and a scan of
        // plain files should not compile the pattern for them.
        int at = declaration.indexOf("encoding");
        int open = at < 0 ? -1 : declaration.indexOf('=', at) + 1;
        while (open > 0 && open < declaration.length() && XmlElement.isSpace(declaration.charAt(open))) {
            open++;
        }
        if (open <= 0 || open >= declaration.length()
                || declaration.charAt(open) != '"' && declaration.charAt(open) != '\'') {
            return bom;
        }
        int close = declaration.indexOf(declaration.charAt(open), open + 1);
        if (close < 0) {
            return bom;
        }
        String declared = declaration.substring(open + 1, close).strip();
        String name = declared.toLowerCase(Locale.ROOT);
        boolean declaresSixteen = name.startsWith("utf-16") || name.equals("unicode") || name.startsWith("ucs-2");
        boolean bomSixteen = bom != StandardCharsets.UTF_8;
        if (declaresSixteen != bomSixteen) {
            throw new InputException(file, 1, "the byte order mark says " + bom.name() + " but the XML declaration says"
                    + " encoding=\"" + declared + "\"; save the file in one encoding (MSBuild and Visual Studio"
                    + " write UTF-8 with encoding=\"utf-8\")");
        }
        return bom;
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
