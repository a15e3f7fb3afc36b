package io.github.duendetools.edit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a migration would change in the project files.
 *
 * @param target    the version declarations move to
 * @param files     the edits per file, sorted by file
 * @param refusals  declarations that cannot be moved, each "location: package: why"; any refusal means nothing is written
 * @param staleLockFiles  {@code packages.lock.json} files the edits make stale (never edited: restore must regenerate them), sorted
 */
record EditPlan(String target, List<FileEdits> files, List<String> refusals, List<Path> staleLockFiles) {
    /** Appended to each stale lock file when telling the user. */
    public static final String REGENERATE = "must be regenerated (dotnet restore --force-evaluate)";

    public EditPlan {
        files = List.copyOf(files);
        refusals = List.copyOf(refusals);
        staleLockFiles = List.copyOf(staleLockFiles);
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** True when every declaration in scope already says the target: a second run changes nothing. */
    public boolean alreadyAtTarget() {
        return files.isEmpty() && refusals.isEmpty();
    }
}
