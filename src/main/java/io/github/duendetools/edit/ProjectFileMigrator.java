package io.github.duendetools.edit;

import io.github.duendetools.InputException;
import io.github.duendetools.RootRelative;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Carries an {@link EditPlan} out: prepares and verifies every file in memory, builds the unified
 * diff, and (unless it is a dry run) writes all files at once or none.
 */
final class ProjectFileMigrator {
    private final Path root;
    private final AtomicMultiFileWriter writer;

    public ProjectFileMigrator(Path root) {
        this(root, new AtomicMultiFileWriter());
    }

    ProjectFileMigrator(Path root, AtomicMultiFileWriter writer) {
        this.root = root.toAbsolutePath().normalize();
        this.writer = writer;
    }

    /**
     * @param plan   a plan without refusals
     * @param dryRun compute and verify everything, write nothing
     * @throws InputException a file cannot be read, changed since the scan, or would not parse after the edit
     * @throws IOException    writing failed (every file restored) or was refused before starting ({@link WriteRefusedException})
     */
    public PreparedEdits migrate(EditPlan plan, boolean dryRun) throws InputException, IOException {
        if (plan.refused()) {
            throw new IllegalArgumentException("a refused plan cannot be carried out: " + plan.refusals());
        }
        List<PreparedFile> prepared = new FilePreparer(root).prepare(plan.files());
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        StringBuilder display = new StringBuilder();
        for (PreparedFile file : prepared) {
            byte[] diff;
            Charset shownAs;
            if (asciiCompatible(file.charset())) {
                diff = UnifiedDiff.diff(file.name(), file.original(), file.edited());
                shownAs = file.charset();
            } else {
                // Line breaks of a UTF-16 file are two bytes; diff its text as UTF-8 so the patch stays readable.
                diff = UnifiedDiff.diff(file.name(), utf8(file.original(), file.charset()), utf8(file.edited(), file.charset()));
                shownAs = StandardCharsets.UTF_8;
            }
            patch.writeBytes(diff);
            display.append(new String(diff, shownAs));
        }
        if (!dryRun) {
            writer.writeAll(prepared);
        }
        return new PreparedEdits(prepared, patch.toByteArray(), display.toString());
    }

    /** Writes what {@link #migrate} prepared in a dry run, all files or none. */
    void write(PreparedEdits prepared) throws IOException {
        writer.writeAll(prepared.files());
    }

    private static boolean asciiCompatible(Charset charset) {
        return Arrays.equals("<\n".getBytes(charset), new byte[] {'<', '\n'});
    }

    private static byte[] utf8(byte[] bytes, Charset charset) {
        return new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
    }

    /** The path as patches and messages show it: relative to the root, forward slashes. */
    String relative(Path file) {
        return RootRelative.path(root, file);
    }
}
