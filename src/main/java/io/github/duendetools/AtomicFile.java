package io.github.duendetools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The one way the plugin replaces or creates a file a user keeps (project files, changelogs): the content goes to a
 * temporary file in the same folder, is forced to disk and moved over the target in one rename, so a reader, a crash
 * or a kill sees the old file or the new one, never a mix. A replaced file keeps its permissions; a new one gets the
 * process's default (the umask decides, as for any file a user creates), never the owner-only mode of a JDK temp file.
 */
public final class AtomicFile {

    /** Where a write stands; a test process can be stopped at each one and killed there. */
    public enum Step {
        /** The temporary file holds part of the content. */
        TEMP_PARTIAL,
        /** The temporary file holds all of it, on disk, with the target's permissions; the rename is next. */
        TEMP_COMPLETE,
        /** The target has the new content. */
        REPLACED
    }

    @FunctionalInterface
    interface Probe {
        void reached(Step step, Path target);
    }

    /** A no-op except in the test that kills a migrate process at every step of its writes. */
    static volatile Probe probe = (step, target) -> { };

    /** Temporary names: {@code .<name>.<n>.duende-tmp}, and {@code .duende-<n>.tmp} from earlier versions. */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9]+\\.duende-tmp|\\.duende-[0-9]+\\.tmp");

    /** Unique within the process without a random source, which would cost a cold JVM its secure-random start-up. */
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFile() {
    }

    /**
     * Why {@code target} cannot be written, or null when it can: checked for every file before the first byte of any
     * is written, so a refusal leaves everything as it was.
     */
    public static String problem(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                return "not a regular file";
            }
            if (isReadOnly(target)) {
                return "file is read-only";
            }
        }
        String notAFolder = notAFolder(target.toAbsolutePath().getParent());
        if (notAFolder != null) {
            return notAFolder;
        }
        Path dir = existingAncestor(target.toAbsolutePath().getParent());
        if (dir == null || isReadOnly(dir)) {
            return "folder " + dir + " is not writable (a temporary file is needed next to the file)";
        }
        return null;
    }

    /**
     * Why no file can ever be created in {@code dir}, or null: it, or the nearest of its ancestors that exists, is a
     * file (an output folder given as a file, or {@code /dev/null}).
     */
    public static String notAFolder(Path dir) {
        Path existing = existingAncestor(dir.toAbsolutePath());
        return existing != null && !Files.isDirectory(existing) ? existing + " is not a folder" : null;
    }

    /**
     * The owner-write bit decides, not only {@link Files#isWritable}: the file is replaced by a rename, which the
     * folder permits, and root may write anything, yet a read-only file (or folder) is the user saying "do not touch".
     */
    public static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        Object dosReadOnly = Files.getAttribute(file, "dos:readonly");
        return Boolean.TRUE.equals(dosReadOnly);
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating missing folders. The read-only check is repeated
     * just before the rename: a file made read-only after the checks is refused, not replaced.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                int half = content.length / 2;
                writeFully(channel, ByteBuffer.wrap(content, 0, half));
                probe.reached(Step.TEMP_PARTIAL, target);
                writeFully(channel, ByteBuffer.wrap(content, half, content.length - half));
                channel.force(true);
            }
            boolean replacing = Files.exists(target);
            if (replacing) {
                copyOwnershipAndPermissions(target, temp);
            }
            probe.reached(Step.TEMP_COMPLETE, target);
            if (replacing && isReadOnly(target)) {
                throw new IOException("file is read-only");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + target + " atomically", e);
            }
            syncDirectory(dir);
            probe.reached(Step.REPLACED, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files an interrupted write left in {@code dir} (a killed process cannot clean up after
     * itself); returns how many. Only names this class makes are touched.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> LEFTOVER.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : entries) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(leftover)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Created without explicit permissions, so the process's umask applies as to any new file. */
    private static Path createTemp(Path dir, String name) throws IOException {
        // The clock, not the process id: asking for the pid starts JDK process machinery that a gate run in a cold
        // JVM would pay for. CREATE_NEW below settles the rare clash with another process.
        String prefix = "." + name + "." + System.currentTimeMillis();
        while (true) {
            Path temp = dir.resolve(prefix + COUNTER.incrementAndGet() + ".duende-tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // a name left by an earlier process with the same id: take the next one
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** The nearest of {@code dir} and its ancestors that exists, folder or not. */
    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static void copyOwnershipAndPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null || target == null) {
            return;
        }
        PosixFileAttributes attrs = source.readAttributes();
        PosixFileAttributes now = target.readAttributes();
        // Only a mode that differs: a file system without POSIX modes (FAT, as on a Windows drive or a stick) shows
        // every file with the same one and refuses to set any, even that one.
        if (!now.permissions().equals(attrs.permissions())) {
            target.setPermissions(attrs.permissions());
        }
        if (!now.owner().equals(attrs.owner()) || !now.group().equals(attrs.group())) {
            try {
                target.setGroup(attrs.group());
                target.setOwner(attrs.owner());
            } catch (IOException e) {
                // Only root can give a file away; a user editing a group-writable file keeps the permissions,
                // and the file becomes theirs exactly as it would after any editor's safe save.
            }
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a folder, where the move is all we can do. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every file system lets a folder be opened for sync; the data itself was already forced.
        }
    }
}
