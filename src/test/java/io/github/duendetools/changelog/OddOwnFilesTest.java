package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.migrate.MoveInProgress;
import io.github.duendetools.Fifos;
import io.github.duendetools.nuget.NuGetVersion;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the plugin reads back a file of its own (the move marker, masters, step files), a FIFO, a link to a device or
 * a huge file is refused in one line: never waited on, never read into memory, never included.
 */
class OddOwnFilesTest {
    /** A sparse file this size costs no disk and would exhaust the heap if read. */
    private static final long THREE_GB = 3L << 30;

    private final ChangelogUpdate update = new ChangelogUpdate(Catalog.builtIn(), new ChangelogGenerator());

    @TempDir
    Path dir;

    @Test
    void aFifoAtTheMoveMarkerIsRefused() throws Exception {
        MoveInProgress marker = new MoveInProgress(dir);
        Fifos.make(marker.file());
        assertRefused(marker.file(), "is not a regular file", () -> marker.target());
    }

    @Test
    void aLinkFromTheMoveMarkerToDevZeroIsRefused() throws Exception {
        MoveInProgress marker = new MoveInProgress(dir);
        Files.createSymbolicLink(marker.file(), Path.of("/dev/zero"));
        assertRefused(marker.file(), "is not a regular file", () -> marker.target());
    }

    @Test
    void aHugeSparseMoveMarkerIsRefusedUnread() throws Exception {
        MoveInProgress marker = new MoveInProgress(dir);
        sparse(marker.file());
        assertRefused(marker.file(), "larger than the limit of " + MoveInProgress.MAX_SIZE, () -> marker.target());
    }

    @Test
    void aFifoAtAStoreMasterIsRefused() throws Exception {
        Path master = dir.resolve("duende-configuration.xml");
        Fifos.make(master);
        assertRefused(master, "is not a regular file", () -> write("6.0.0", "6.1.8"));
    }

    @Test
    void aFifoAtAStepFileIsRefusedNotIncluded() throws Exception {
        Path step = stepFile();
        Fifos.make(step);
        assertRefused(step, "is not a regular file", () -> write("6.0.0", "6.1.8"));
    }

    @Test
    void aHugeStepFileIsRefusedNotIncluded() throws Exception {
        Path step = stepFile();
        sparse(step);
        assertRefused(step, "larger than the limit of " + RegularFile.MAX_OWN_FILE_SIZE, () -> write("6.0.0", "6.1.8"));
    }

    /** The first file a new folder for 6.0 gets, whose folder exists. */
    private Path stepFile() throws Exception {
        Path step = dir.resolve("configuration/baseline-6.0.xml");
        Files.createDirectories(step.getParent());
        return step;
    }

    private void write(String current, String target) throws Exception {
        update.write(NuGetVersion.parse(current), NuGetVersion.parse(target), false, ChangelogOptions.defaults(dir));
    }

    private static void sparse(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(THREE_GB);
        }
    }

    private static void assertRefused(Path file, String problem, Executable run) {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(InputException.class, run));
        assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0, e.getMessage());
    }
}
