package io.github.duendetools.edit;

import io.github.duendetools.msbuild.VersionSpan;
import java.util.Objects;

/**
 * Replace the bytes of {@code span} with {@code newText}. The new text never contains a line break,
 * so an edit cannot change a file's line structure (the diff writer relies on that).
 */
record TextEdit(VersionSpan span, String newText) {
    public TextEdit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(newText, "newText");
        if (newText.indexOf('\n') >= 0 || newText.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a version edit cannot contain a line break: " + newText);
        }
    }

    boolean overlaps(TextEdit other) {
        return span.start() < other.span.end() && other.span.start() < span.end()
                || span.start() == other.span.start() && span.end() == other.span.end();
    }
}
