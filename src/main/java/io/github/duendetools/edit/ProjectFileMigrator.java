package io.github.duendetools.edit;

import io.github.duendetools.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Carries an {@link EditPlan} out: prepares and verifies every file in memory, builds the unified
 * diff, and (unless it is a dry run) writes all files at once or none.
 */
public final class ProjectFileMigrator {
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
    public MigrationResult migrate(EditPlan plan, boolean dryRun) throws InputException, IOException {
        if (plan.refused()) {
            throw new IllegalArgumentException("a refused plan cannot be carried out: " + plan.refusals());
        }
        List<PreparedFile> prepared = new FilePreparer(root).prepare(plan.files());
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        StringBuilder display = new StringBuilder();
        for (PreparedFile file : prepared) {
            byte[] diff = UnifiedDiff.diff(relative(file.file()), file.original(), file.edited());
            patch.writeBytes(diff);
            display.append(new String(diff, file.charset()));
        }
        if (!dryRun) {
            writer.writeAll(prepared);
        }
        return new MigrationResult(prepared, patch.toByteArray(), display.toString());
    }

    /** The path as a patch shows it: relative to the root, forward slashes on every platform. */
    String relative(Path file) {
        Path absolute = root.resolve(file).toAbsolutePath().normalize();
        Path rel = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return rel.toString().replace('\\', '/');
    }
}
