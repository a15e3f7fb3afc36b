package io.github.duendetools.msbuild;

import java.util.List;

/**
 * @param excludes     globs relative to the scan root (forward slashes) whose files are ignored
 * @param maxFileSize  files larger than this many bytes are refused unread
 */
public record ScanOptions(List<String> excludes, long maxFileSize) {
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public ScanOptions {
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive");
        }
    }

    public static ScanOptions defaults() {
        return new ScanOptions(List.of(), DEFAULT_MAX_FILE_SIZE);
    }
}
