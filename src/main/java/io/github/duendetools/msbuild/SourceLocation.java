package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;
import java.util.Objects;

/** A file and a 1-based line (0 when unknown): what every finding and log line points at. */
public record SourceLocation(Path file, int line) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** Where an element of a parsed file starts. */
    static SourceLocation of(XmlDocument document, XmlElement element) {
        return new SourceLocation(document.file(), element.line());
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
