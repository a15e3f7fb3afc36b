package io.github.duendetools.migrate;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    /** The marker holds one short line; anything bigger there is not the plugin's. */
    public static final int MAX_SIZE = 4096;

    private final Path file;

    /** @param directory where the marker lives (the goal's output directory, outside the files it edits) */
    public MoveInProgress(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * The target of an unfinished move, if one was begun. Anything at the marker's place that is not a small regular
     * file (a FIFO, a link to a device, a huge file) is refused: it was not written by this plugin.
     */
    public Optional<String> target() throws InputException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String text = new String(RegularFile.read(file, MAX_SIZE, "the marker's limit of one line"), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.startsWith(KEY)) {
                return Optional.of(line.substring(KEY.length()).trim());
            }
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
