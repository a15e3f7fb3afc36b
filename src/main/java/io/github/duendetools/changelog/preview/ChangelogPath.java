package io.github.duendetools.changelog.preview;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Changelog paths as Liquibase prints them in {@code -- Changeset <path>::<id>::<author>}: relative to the changelog
 * folder, '/'-separated, with "." and ".." resolved.
 */
final class ChangelogPath {

    private ChangelogPath() {
    }

    /**
     * The path of a file included from {@code including}; null when it would leave the changelog folder or is not a
     * plain relative path (absolute, a URL, a drive, a Windows separator).
     */
    static String include(String including, String file, boolean relativeToIncluding) {
        if (file.startsWith("/") || file.contains(":") || file.contains("\\")) {
            return null;
        }
        int slash = including.lastIndexOf('/');
        return normalize(relativeToIncluding && slash >= 0 ? including.substring(0, slash + 1) + file : file);
    }

    /** The path with "." and empty segments dropped and ".." applied; null when ".." climbs above the folder. */
    static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || ".".equals(segment)) {
                continue;
            }
            if ("..".equals(segment)) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
