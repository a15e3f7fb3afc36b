package io.github.duendetools.edit;

import io.github.duendetools.HardenedXml;
import io.github.duendetools.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import org.jdom2.JDOMException;

/**
 * Proves an edited file is what we meant before anything is written: every byte outside the spans is
 * unchanged, each span now holds the new version text, and the file is still well-formed XML
 * (parsed from bytes so the parser honours the BOM and declared encoding, by the {@link HardenedXml} parser).
 */
final class EditVerifier {
    private EditVerifier() {
    }

    static void verify(Path file, byte[] original, byte[] edited, FileEdits fileEdits, Charset charset) throws InputException {
        int oldCursor = 0;
        int newCursor = 0;
        for (TextEdit edit : fileEdits.edits()) {
            int start = Math.toIntExact(edit.span().start());
            int end = Math.toIntExact(edit.span().end());
            int unchanged = start - oldCursor;
            requireEqual(file, original, oldCursor, edited, newCursor, unchanged, "bytes before the version changed");
            newCursor += unchanged;
            byte[] newText = edit.newText().getBytes(charset);
            if (newCursor + newText.length > edited.length
                    || !Arrays.equals(newText, Arrays.copyOfRange(edited, newCursor, newCursor + newText.length))) {
                throw new InputException(file, SpanEditor.lineOf(original, start),
                        "edited file does not hold '" + edit.newText() + "' where the version was; nothing written");
            }
            newCursor += newText.length;
            oldCursor = end;
        }
        int rest = original.length - oldCursor;
        if (edited.length - newCursor != rest) {
            throw new InputException(file, 0, "edited file has an unexpected length; nothing written");
        }
        requireEqual(file, original, oldCursor, edited, newCursor, rest, "bytes after the version changed");
        parse(file, edited);
    }

    private static void requireEqual(Path file, byte[] a, int aFrom, byte[] b, int bFrom, int length, String problem)
            throws InputException {
        if (bFrom + length > b.length
                || !Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length)) {
            throw new InputException(file, SpanEditor.lineOf(a, aFrom), problem + "; nothing written");
        }
    }

    private static void parse(Path file, byte[] bytes) throws InputException {
        try {
            HardenedXml.jdomBuilder().build(new ByteArrayInputStream(bytes), file.toUri().toString());
        } catch (JDOMException e) {
            throw new InputException(file, 0, "edited file is no longer well-formed XML (" + firstLine(e.getMessage()) + "); nothing written", e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot re-read edited file: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
