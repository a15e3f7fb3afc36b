package io.github.duendetools;

import java.nio.file.Path;

/**
 * Paths as reports, patches and messages show them: relative to the scanned root when inside it,
 * with forward slashes on every operating system, so output is the same on Windows and Linux.
 */
public final class RootRelative {
    private RootRelative() {
    }

    /** {@code file} (absolute, or relative to {@code root}) as shown to users; unchanged when outside the root. */
    public static String path(Path root, Path file) {
        Path absolute = root.toAbsolutePath().normalize().resolve(file).normalize();
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(normalizedRoot) ? normalizedRoot.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
