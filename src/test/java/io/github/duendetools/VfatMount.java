package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small FAT file system mounted for a test: no POSIX permissions and no owners, as on Windows, so the plugin's
 * writes run where a file's mode cannot be kept. An image file formatted by {@code mkfs.vfat} (package dosfstools) is
 * mounted by the kernel ({@code mount -o loop}, as root) or, where the kernel has no FAT driver, through FUSE
 * ({@code fusefat}). Where the machine cannot do either, the test is skipped with one loud line; under {@code CI=true}
 * it fails instead, so CI never goes green by skipping.
 */
public final class VfatMount implements AutoCloseable {

    private static final long IMAGE_SIZE = 32L * 1024 * 1024;
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    /** The image file; null where nothing was mounted because the ordinary file system is already non-POSIX. */
    private final Path image;
    private final Path root;

    private VfatMount(Path image, Path root) {
        this.image = image;
        this.root = root;
    }

    /** Mounts a new, empty FAT file system under {@code work} (a folder of the ordinary file system). */
    public static VfatMount mount(Path work) throws IOException, InterruptedException {
        Path image = work.resolve("vfat.img");
        Path root = Files.createDirectories(work.resolve("vfat"));
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Windows: the ordinary file system already keeps no POSIX permissions, which is what the tests need.
            return new VfatMount(null, root);
        }
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(IMAGE_SIZE);
        }
        String mkfs = tool("mkfs.vfat");
        if (mkfs == null) {
            unavailable("mkfs.vfat not found (install dosfstools)");
        }
        String formatted = run(mkfs, image.toString());
        if (formatted != null) {
            unavailable("mkfs.vfat failed: " + formatted);
        }
        String kernel = run("mount", "-t", "vfat", "-o", "loop", image.toString(), root.toString());
        if (kernel == null) {
            return new VfatMount(image, root);
        }
        String fusefat = tool("fusefat");
        String fuse = fusefat == null ? "fusefat not found (install fusefat)" : run(fusefat, "-o", "rw+", image.toString(), root.toString());
        if (fuse == null && Files.getFileStore(root).type().contains("fat")) {
            return new VfatMount(image, root);
        }
        unavailable("mount -o loop: " + kernel + "; " + (fuse == null ? "fusefat mounted no FAT file system" : fuse));
        return null;
    }

    /** The mounted file system's root folder. */
    public Path root() {
        return root;
    }

    /** Unmounts (retrying while a closing file keeps it busy) and deletes the image. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (image == null) {
            return;
        }
        String problem = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            problem = run("umount", root.toString());
            if (problem == null) {
                break;
            }
            Thread.sleep(200);
        }
        if (problem != null) {
            throw new IOException("cannot unmount " + root + ": " + problem);
        }
        Files.deleteIfExists(image);
        Files.deleteIfExists(root);
    }

    private static void unavailable(String why) {
        unavailable(why, System.getenv("CI"));
    }

    static void unavailable(String why, String ci) {
        String message = "a FAT file system cannot be mounted here (" + why + "); the non-POSIX write test";
        if ("true".equalsIgnoreCase(ci)) {
            fail(message + " must run under CI=true");
        }
        System.err.println("*** " + message + " is skipped ***");
        Assumptions.abort(message + " is skipped");
    }

    /** The tool on the path or in a system folder (which a user's path often leaves out), or null. */
    private static String tool(String name) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(SYSTEM_FOLDERS);
        for (String folder : folders) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return Path.of(folder, name).toString();
            }
        }
        return null;
    }

    /**
     * Null when the command succeeded, else what it said (or that it hung). The output goes to a file, not a pipe: a
     * FUSE daemon the command leaves running would keep a pipe open, and reading it would never end.
     */
    private static String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("vfat-command", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                return e.getMessage();
            }
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not end within 60 seconds";
            }
            String output = Files.readString(log, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
