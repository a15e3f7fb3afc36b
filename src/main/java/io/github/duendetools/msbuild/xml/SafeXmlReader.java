package io.github.duendetools.msbuild.xml;

import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads an XML file the way MSBuild tolerates it and no further: only a regular file, a size cap on the bytes read,
 * the encoding from the BOM or the XML prolog, DOCTYPE refused (so no entity, internal or external,
 * is ever expanded), and every element located by line and exact character offsets.
 * Plain files (nearly all) are parsed by {@link PlainXmlParser}; the rest, and every malformed one, by
 * {@link FullXmlParser}, created on first need so that a scan of plain files never loads it.
 * Not thread-safe: one reader per scanning thread.
 */
public final class SafeXmlReader {
    static final int MAX_DEPTH = 256;

    private final long maxFileSize;
    private final PlainXmlParser.Names names = new PlainXmlParser.Names();
    private FullXmlParser fullParser;

    public SafeXmlReader(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public XmlDocument read(Path file) throws InputException {
        RawText raw = readText(file);
        XmlElement root = PlainXmlParser.parse(raw.text(), names);
        if (root == null) {
            if (fullParser == null) {
                fullParser = new FullXmlParser();
            }
            root = fullParser.parse(file, raw);
        }
        return new XmlDocument(file, raw, root);
    }

    /** The decoded text of a regular file, refused once it has more bytes than the size cap. */
    public RawText readText(Path file) throws InputException {
        byte[] bytes = RegularFile.read(file, maxFileSize, "duende.maxFileSize");
        int bom = XmlCharset.bomLength(bytes);
        Charset charset = XmlCharset.detect(file, bytes);
        if (charset == StandardCharsets.UTF_8) {
            // Nearly every project file is ASCII, which decodes to the same text in both charsets; the
            // JDK's ASCII decoding is much cheaper, and it marks any non-ASCII byte with U+FFFD.
            String ascii = new String(bytes, bom, bytes.length - bom, StandardCharsets.US_ASCII);
            if (ascii.indexOf('\uFFFD') < 0) {
                return RawText.ascii(file, ascii, charset, bom);
            }
        }
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

    /** A parser's message on one line, for a finding or a log line. */
    public static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
