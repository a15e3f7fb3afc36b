package io.github.duendetools.msbuild.xml;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's decoded text together with what is needed to map a character offset back to the exact
 * byte offset in the file: the charset and the length of the byte order mark.
 */
public final class RawText {
    private final Path file;
    private final String text;
    private final Charset charset;
    private final int bomLength;
    /** Whether every character is one byte in the file (ASCII text), so offsets need no encoding. */
    private final boolean oneBytePerChar;
    /** Offsets where lines start, computed on first need: the plain parser counts lines itself. */
    private volatile int[] lineStarts;

    RawText(Path file, String text, Charset charset, int bomLength) {
        this(file, text, charset, bomLength, false);
    }

    private RawText(Path file, String text, Charset charset, int bomLength, boolean oneBytePerChar) {
        this.file = file;
        this.text = text;
        this.charset = charset;
        this.bomLength = bomLength;
        this.oneBytePerChar = oneBytePerChar;
    }

    /** Text decoded from ASCII bytes, with {@code charset} the one the file declares (ASCII-compatible). */
    static RawText ascii(Path file, String text, Charset charset, int bomLength) {
        return new RawText(file, text, charset, bomLength, true);
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** Byte offset in the file of the character at {@code charOffset} of the decoded text. */
    public long byteOffset(int charOffset) {
        if (oneBytePerChar) {
            return bomLength + (long) charOffset;
        }
        return bomLength + (long) text.substring(0, charOffset).getBytes(charset).length;
    }

    /** How many bytes the characters {@code [start, end)} take in the file. */
    public long byteLength(int start, int end) {
        return oneBytePerChar ? end - start : text.substring(start, end).getBytes(charset).length;
    }

    /** 1-based line of a character offset; CRLF, lone CR and LF each end a line, as in XML. */
    public int lineOf(int charOffset) {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = lineStarts(text);
            lineStarts = starts;
        }
        int i = Arrays.binarySearch(starts, charOffset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
