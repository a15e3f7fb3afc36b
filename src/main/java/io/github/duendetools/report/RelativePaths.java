package io.github.duendetools.report;

import io.github.duendetools.RootRelative;
import io.github.duendetools.msbuild.SourceLocation;
import java.nio.file.Path;

/** Report paths: relative to the scan root, forward slashes, on every OS. */
final class RelativePaths {

    private final Path root;

    RelativePaths(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    String of(Path file) {
        if (file == null) {
            return "";
        }
        return root == null ? file.toString().replace('\\', '/') : RootRelative.path(root, file);
    }

    String of(SourceLocation location) {
        if (location == null) {
            return "";
        }
        return location.line() > 0 ? of(location.file()) + ":" + location.line() : of(location.file());
    }
}
