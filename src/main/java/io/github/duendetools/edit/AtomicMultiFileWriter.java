package io.github.duendetools.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Writes several files all or nothing. Every target is checked first (exists, unchanged since it
 * was read, not read-only); then each file goes to a temporary file in its own folder, is flushed
 * to disk and atomically moved over the original with the original's permissions. When any step
 * fails, the files already replaced get their original bytes back from memory.
 */
public final class AtomicMultiFileWriter {

    /** Replaces one file's content; a seam so tests can make the n-th write fail. */
    @FunctionalInterface
    interface FileReplacer {
        void replace(Path target, byte[] content) throws IOException;
    }

    private final FileReplacer replacer;

    public AtomicMultiFileWriter() {
        this(AtomicMultiFileWriter::replaceAtomically);
    }

    AtomicMultiFileWriter(FileReplacer replacer) {
        this.replacer = replacer;
    }

    /**
     * @throws WriteRefusedException when a target is read-only, missing or changed: nothing was written
     * @throws IOException           when a write failed; every file already written has been restored
     */
    public void writeAll(List<PreparedFile> files) throws IOException {
        List<String> refusals = new ArrayList<>();
        for (PreparedFile file : files) {
            String problem = checkWritable(file);
            if (problem != null) {
                refusals.add(file.name() + ": " + problem);
            }
        }
        if (!refusals.isEmpty()) {
            throw new WriteRefusedException(refusals);
        }
        Deque<PreparedFile> written = new ArrayDeque<>();
        for (PreparedFile file : files) {
            try {
                replacer.replace(file.realFile(), file.edited());
                written.push(file);
            } catch (IOException | RuntimeException e) {
                IOException failure = new IOException("cannot write " + file.name() + " (" + e.getMessage() + "); "
                        + restore(written), e);
                throw failure;
            }
        }
    }

    private String restore(Deque<PreparedFile> written) {
        if (written.isEmpty()) {
            return "no file was changed";
        }
        List<String> unrestored = new ArrayList<>();
        while (!written.isEmpty()) {
            PreparedFile file = written.pop();
            try {
                replacer.replace(file.realFile(), file.original());
            } catch (IOException | RuntimeException e) {
                unrestored.add(file.name() + " (" + e.getMessage() + ")");
            }
        }
        return unrestored.isEmpty()
                ? "the files already written were restored"
                : "COULD NOT RESTORE " + String.join(", ", unrestored) + "; restore them from version control";
    }

    private static String checkWritable(PreparedFile file) throws IOException {
        Path target = file.realFile();
        if (!Files.isRegularFile(target)) {
            return "not a regular file";
        }
        if (isReadOnly(target)) {
            return "file is read-only; nothing was changed";
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isWritable(dir)) {
            return "folder " + dir + " is not writable (a temporary file is needed next to the file); nothing was changed";
        }
        if (!Arrays.equals(Files.readAllBytes(target), file.original())) {
            return "file changed while the migration was being prepared; nothing was changed";
        }
        return null;
    }

    /**
     * The owner-write bit decides, not only {@link Files#isWritable}: the file is replaced by a rename,
     * which the folder permits, and root may write anything, yet a read-only file is the user saying
     * "do not touch".
     */
    static boolean isReadOnly(Path file) throws IOException {
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

    static void replaceAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".duende-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyOwnershipAndPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + target + " atomically", e);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyOwnershipAndPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null || target == null) {
            return;
        }
        PosixFileAttributes attrs = source.readAttributes();
        target.setPermissions(attrs.permissions());
        PosixFileAttributes now = target.readAttributes();
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
