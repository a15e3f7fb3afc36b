package io.github.duendetools.edit;

import java.util.List;

/**
 * What a migration did (or, in a dry run, would do).
 *
 * @param target        the version declarations moved to
 * @param changedFiles  root-relative, forward-slash paths of the files edited, sorted
 * @param patch         unified diff of every change, raw bytes
 * @param patchText     the same diff for the log
 * @param notes         what the user must still do (regenerate lock files)
 * @param dryRun        whether nothing was written
 */
public record MigrationOutcome(String target, List<String> changedFiles, byte[] patch, String patchText,
                               List<String> notes, boolean dryRun) {
    public MigrationOutcome {
        changedFiles = List.copyOf(changedFiles);
        notes = List.copyOf(notes);
    }

    public boolean alreadyAtTarget() {
        return changedFiles.isEmpty();
    }
}
