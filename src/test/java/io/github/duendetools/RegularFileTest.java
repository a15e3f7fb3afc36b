package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFileTest {

    @Test
    void theLimitAppliesToTheBytesReadNotToTheReportedSize(@TempDir Path dir) {
        // A /proc file reports size 0 and then yields megabytes: a stream that never ends stands for it.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        InputException e = assertThrows(InputException.class,
                () -> RegularFile.readAtMost(dir.resolve("kallsyms"), endless, 1000, "the limit"));
        assertTrue(e.getMessage().contains("more bytes than the limit of 1000 bytes (the limit)"), e.getMessage());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        Files.write(file, new byte[1000]);
        assertArrayEquals(new byte[1000], RegularFile.read(file, 1000, "x"));
        InputException e = assertThrows(InputException.class, () -> RegularFile.read(file, 999, "x"));
        assertTrue(e.getMessage().contains("larger than the limit of 999 bytes (x)"), e.getMessage());
    }

    @Test
    void kernelViewsAreNotRead() {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status));
        InputException e = assertThrows(InputException.class, () -> RegularFile.read(status, 1 << 20, "x"));
        assertTrue(e.getMessage().contains("is under /proc"), e.getMessage());
    }

    @Test
    void aSymlinkToDevZeroAndAFifoAreRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path zero = dir.resolve("zero");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Path fifo = dir.resolve("fifo");
        Fifos.make(fifo);
        for (Path p : new Path[] {zero, fifo}) {
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(InputException.class, () -> RegularFile.read(p, 1 << 20, "x")));
            assertTrue(e.getMessage().contains("is not a regular file (a FIFO, socket or device)"), e.getMessage());
        }
    }
}
