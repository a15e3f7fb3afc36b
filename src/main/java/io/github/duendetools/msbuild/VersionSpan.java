package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes {@code [start, end)} of {@code file} that hold a version text, exactly as written
 * ({@code text}). An edit replaces these bytes and nothing else, which is what keeps BOMs,
 * line endings, quotes and comments byte-identical.
 */
public record VersionSpan(Path file, long start, long end, String text) {
    public VersionSpan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
