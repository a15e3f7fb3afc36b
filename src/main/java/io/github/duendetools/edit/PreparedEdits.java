package io.github.duendetools.edit;

import java.util.List;

/**
 * @param files     every file edited (or, in a dry run, that would be), with its bytes before and after
 * @param patch     the unified diff of all files as raw bytes, ready for {@code git apply}
 * @param patchText the same diff decoded with each file's charset, for the log
 */
record PreparedEdits(List<PreparedFile> files, byte[] patch, String patchText) {
    public PreparedEdits {
        files = List.copyOf(files);
    }
}
