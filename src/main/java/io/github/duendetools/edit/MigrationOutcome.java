package io.github.duendetools.edit;

import io.github.duendetools.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a migration did (or, in a dry run, would do), and how that is told: the log lines and, for a dry run, the
 * patch file.
 *
 * @param target        the version the declarations moved to
 * @param changedFiles  root-relative, forward-slash paths of the files edited, sorted
 * @param patch         unified diff of every change, raw bytes
 * @param patchText     the same diff for the log
 * @param notes         what the user must still do (regenerate lock files)
 * @param dryRun        whether nothing was written
 */
public record MigrationOutcome(String target, List<String> changedFiles, byte[] patch, String patchText,
                               List<String> notes, boolean dryRun) {

    /** The dry run's patch, in the output folder. */
    public static final String PATCH_FILE = "migrate.patch";

    /** A line for the build log. */
    public record LogLine(boolean warning, String text) {
    }

    public MigrationOutcome {
        changedFiles = List.copyOf(changedFiles);
        notes = List.copyOf(notes);
    }

    public boolean alreadyAtTarget() {
        return changedFiles.isEmpty();
    }

    /**
     * Writes the patch into {@code outputDirectory}, even when it is empty, so that a patch left by an earlier run is
     * never mistaken for this one.
     */
    public Path writePatch(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(PATCH_FILE);
        Files.createDirectories(outputDirectory);
        AtomicFile.write(file, patch);
        return file;
    }

    /** What the log says about the move; {@code patchFile} is where a dry run wrote its patch. */
    public List<LogLine> logLines(Path patchFile) {
        List<LogLine> lines = new ArrayList<>();
        if (dryRun) {
            lines.add(info("Dry run: nothing written."));
            if (!alreadyAtTarget()) {
                lines.add(info("Moving to " + target + " would change:"));
                for (String line : patchText.split("\n")) {
                    lines.add(info(line.replace("\r", "")));
                }
            }
            lines.add(info("Patch written to " + patchFile));
        }
        if (alreadyAtTarget()) {
            lines.add(info("Already at " + target + ": nothing to change."));
            return lines;
        }
        if (!dryRun) {
            for (String file : changedFiles) {
                lines.add(info("Updated " + file));
            }
            lines.add(info("Moved Duende IdentityServer to " + target + " in " + changedFiles.size()
                    + (changedFiles.size() == 1 ? " file." : " files.")));
        }
        for (String note : notes) {
            lines.add(new LogLine(true, note));
        }
        return lines;
    }

    private static LogLine info(String text) {
        return new LogLine(false, text);
    }
}
