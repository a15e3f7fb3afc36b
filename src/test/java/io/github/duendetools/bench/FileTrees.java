package io.github.duendetools.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File helpers the benchmarks need and the JDK lacks. */
final class FileTrees {
    private FileTrees() {
    }

    /** Deletes a folder and everything under it; a missing folder is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = java.nio.file.Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            java.nio.file.Files.delete(path);
        }
    }
}
