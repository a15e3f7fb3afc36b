package io.github.duendetools.migrate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code migrate} at a time per output folder, for its whole run. Two runs with different targets started together
 * would each plan from what the other is changing, and leave the project files at one target and the changelogs at the
 * other. The operating system's file lock is released when the process ends, however it ends, so a killed run never
 * leaves a lock behind; the file itself stays and means nothing when no process holds it. A run that created the file
 * (and the folders above it) removes them again when it ends, so a refused run leaves nothing behind.
 */
public final class MigrateLock implements AutoCloseable {
    public static final String FILE_NAME = "migrate.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;
    /** What this run created: the lock file (or null), then the folders that did not exist, deepest first. */
    private final List<Path> created;

    private MigrateLock(FileChannel channel, FileLock lock, Path file, List<Path> created) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
        this.created = created;
    }

    /** The lock, or empty when another run holds it. */
    public static Optional<MigrateLock> tryAcquire(Path directory) throws IOException {
        List<Path> created = new ArrayList<>();
        for (Path p = directory.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            created.add(p);
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            created.add(0, file);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new MigrateLock(channel, lock, file, created));
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
            // Removed while still held, so that no other run can lock a file that is about to go.
            for (Path p : created) {
                if (p.equals(file) || isEmptyFolder(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        }
    }
}
