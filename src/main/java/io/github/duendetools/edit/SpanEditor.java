package io.github.duendetools.edit;

import io.github.duendetools.InputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Applies edits to raw bytes: only the bytes of each span change, so BOMs, line endings, quotes,
 * comments and every byte outside the spans stay as they were. Refuses when a span no longer holds
 * the text the scan saw (the file changed in between).
 */
final class SpanEditor {
    private SpanEditor() {
    }

    static byte[] apply(Path file, byte[] original, FileEdits fileEdits, Charset charset) throws InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16);
        int cursor = 0;
        for (TextEdit edit : fileEdits.edits()) {
            int start = Math.toIntExact(edit.span().start());
            int end = Math.toIntExact(edit.span().end());
            if (end > original.length) {
                throw new InputException(file, lineOf(original, original.length),
                        "file is shorter than the version span found by the scan (bytes " + start + ".." + end + "); it changed since, scan again");
            }
            byte[] expected = edit.span().text().getBytes(charset);
            byte[] found = Arrays.copyOfRange(original, start, end);
            if (!Arrays.equals(expected, found)) {
                throw new InputException(file, lineOf(original, start), "expected version text '" + edit.span().text()
                        + "' but found '" + new String(found, charset) + "'; the file changed since the scan");
            }
            out.write(original, cursor, start - cursor);
            out.writeBytes(edit.newText().getBytes(charset));
            cursor = end;
        }
        out.write(original, cursor, original.length - cursor);
        return out.toByteArray();
    }

    /** 1-based line of a byte offset; CRLF, LF and a lone CR each end a line. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            } else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
