package io.github.duendetools.edit;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file ready to be written: its bytes before and after the edits, already verified.
 *
 * @param name     how messages name the file: relative to the repository root, forward slashes
 * @param file     the path the edits were planned against (may be a symlink)
 * @param realFile the file actually written (the symlink's target)
 * @param charset  the file's charset, for showing a diff
 */
record PreparedFile(String name, Path file, Path realFile, byte[] original, byte[] edited, Charset charset) {
    public PreparedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(realFile, "realFile");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(charset, "charset");
    }
}
