package io.github.duendetools.migrate;

import io.github.duendetools.changelog.ChangelogOptions;
import java.nio.file.Path;

/**
 * What one {@code migrate} run is asked to do, as the goal's parameters say it once they have been checked.
 *
 * @param root            the .NET repository whose project files move
 * @param outputDirectory where the lock, the in-progress marker and the dry run's patch go
 * @param changelogs      the changelog folder and how its changelogs are written
 * @param dryRun          write nothing; list what would be written and write the patch
 * @param baseline        a new changelog folder gets the target's full schema instead of the steps to it
 * @param targetGiven     the target version was named, not taken as the newest release
 * @param alignAll        projects that disagree on the version are moved together
 * @param targetFramework the one target framework to move in multi-targeted projects, or null for all
 */
public record MigrateSettings(Path root, Path outputDirectory, ChangelogOptions changelogs, boolean dryRun,
                              boolean baseline, boolean targetGiven, boolean alignAll, String targetFramework) {

    public Path changelogDirectory() {
        return changelogs.directory();
    }
}
