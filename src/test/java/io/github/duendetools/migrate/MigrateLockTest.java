package io.github.duendetools.migrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.ChildProcess;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's lock excludes a second run, in another process too, and a killed holder leaves none behind. */
class MigrateLockTest {

    /** Holds the lock of {@code args[0]} until killed; the child's entry point. */
    public static void main(String[] args) throws Exception {
        Optional<MigrateLock> lock = MigrateLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "LOCKED" : "BUSY");
        System.out.flush();
        Thread.sleep(120_000);
    }

    @Test
    void aSecondRunIsExcludedUntilTheFirstEndsEvenWhenKilled(@TempDir Path dir) throws Exception {
        try (ChildProcess holder = ChildProcess.start(MigrateLockTest.class, dir.toString())) {
            assertTrue(holder.awaitLine("LOCKED"));
            assertFalse(MigrateLock.tryAcquire(dir).isPresent(), "held by the other process");
            holder.kill();
        }
        Optional<MigrateLock> after = MigrateLock.tryAcquire(dir);
        assertTrue(after.isPresent(), "the killed run left no lock");
        try (MigrateLock lock = after.get()) {
            assertFalse(MigrateLock.tryAcquire(dir).isPresent(), "held in this process");
        }
        MigrateLock.tryAcquire(dir).orElseThrow().close();
    }
}
