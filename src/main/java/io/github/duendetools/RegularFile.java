package io.github.duendetools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way the plugin reads a file's bytes, whether the user's (project files, the catalog file) or its own read
 * back (the move marker, changelog masters and step files). A hostile repository can put anything where a file is
 * expected: a FIFO blocks the reader forever, a link to {@code /dev/zero} never ends, a {@code /proc} file reports
 * size 0 and then yields megabytes. So only a regular file is opened, nothing under {@code /proc} or {@code /sys} is,
 * and the limit applies to the bytes actually read, not to the size the file reports.
 */
public final class RegularFile {
    /** Kernel views that look like regular files but are not the user's data. */
    private static final Path[] KERNEL_VIEWS = {Path.of("/proc"), Path.of("/sys")};
    private static final int CHUNK = 64 * 1024;

    /**
     * The plugin's own files read back (the move marker, changelog masters and step files): the largest it writes, a
     * baseline step file, is well under a megabyte.
     */
    public static final long MAX_OWN_FILE_SIZE = 16L * 1024 * 1024;
    /** How messages name {@link #MAX_OWN_FILE_SIZE}. */
    public static final String OWN_FILE_LIMIT = "the limit for the plugin's own files";

    private RegularFile() {
    }

    /**
     * The bytes of {@code file}, refused with a one-line {@link InputException} when it is not a regular file or has
     * more than {@code limit} bytes.
     *
     * @param limitName how the message names the limit ({@code duende.maxFileSize}, a constant's name)
     */
    public static byte[] read(Path file, long limit, String limitName) throws InputException {
        try {
            // Checked immediately before opening: opening a FIFO for reading would already block.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new InputException(file, 0, "is not a regular file (" + kind(attributes) + "); refusing to read it");
            }
            Path real = file.toRealPath();
            for (Path view : KERNEL_VIEWS) {
                if (real.startsWith(view)) {
                    throw new InputException(file, 0, "is under " + view + ", not a file of the repository; refusing to read it");
                }
            }
            if (attributes.size() > limit) {
                throw new InputException(file, 0, "file is " + attributes.size() + " bytes, larger than the limit of "
                        + limit + " bytes (" + limitName + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readAtMost(file, in, limit, limitName);
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read file: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    /** At most {@code limit} bytes of {@code in}, refused as soon as one more arrives. */
    static byte[] readAtMost(Path file, InputStream in, long limit, String limitName)
            throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - total + 1))) > 0) {
            total += n;
            if (total > limit) {
                throw new InputException(file, 0, "file has more bytes than the limit of " + limit + " bytes ("
                        + limitName + "), more than its reported size");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isOther() ? "a FIFO, socket or device" : "not a plain file";
    }
}
