package io.github.duendetools.edit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One {@code migrate} at a time per output folder, for its whole run. Two runs with different targets started together
 * would each plan from what the other is changing, and leave the project files at one target and the changelogs at the
 * other. The operating system's file lock is released when the process ends, however it ends, so a killed run never
 * leaves a lock behind; the file itself stays and means nothing when no process holds it.
 */
public final class MigrateLock implements AutoCloseable {
    public static final String FILE_NAME = "migrate.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private MigrateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run holds it. */
    public static Optional<MigrateLock> tryAcquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new MigrateLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            // Another run in this same JVM (a parallel build) holds it.
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
