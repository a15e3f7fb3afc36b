package io.github.duendetools.edit;

import io.github.duendetools.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A move of the project files to a version, begun and not yet finished. A run stopped part way (killed, power cut)
 * leaves some projects at the target and the rest at the old version; from the files alone that looks like projects
 * that disagree, which {@code migrate} refuses. This marker, written before the first project file and removed after
 * the last, lets the next run with the same target recognise the half-done move and complete it.
 */
public final class MoveInProgress {
    public static final String FILE_NAME = "migrate-in-progress";
    private static final String KEY = "target=";

    private final Path file;

    /** @param directory where the marker lives (the goal's output directory, outside the files it edits) */
    public MoveInProgress(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The target of an unfinished move, if one was begun; a marker that cannot be read counts as none. */
    public Optional<String> target() {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(KEY)) {
                    return Optional.of(line.substring(KEY.length()).trim());
                }
            }
        } catch (IOException e) {
            // absent or unreadable: nothing is known to be in progress
        }
        return Optional.empty();
    }

    public void begin(String target) throws IOException {
        AtomicFile.removeLeftovers(file.getParent());
        AtomicFile.write(file, (KEY + target + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public void end() throws IOException {
        Files.deleteIfExists(file);
    }
}
