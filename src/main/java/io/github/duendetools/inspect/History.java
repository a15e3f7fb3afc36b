package io.github.duendetools.inspect;

import java.util.List;

/**
 * Who manages a namespace's schema: EF Core's migrations history, this plugin's Liquibase changesets, both or
 * neither. {@code pendingChangeSets} are the changesets of a changelog folder that have not run here;
 * {@code pathProblems} say what is wrong with the paths the changesets are recorded under ({@link RecordedPaths}).
 */
public record History(List<EfMigration> efMigrations, List<ChangeSetRun> changeSets, List<String> tags,
                      List<String> pendingChangeSets, boolean changelogFolderRead, List<String> pathProblems) {

    public History {
        efMigrations = List.copyOf(efMigrations);
        changeSets = List.copyOf(changeSets);
        tags = List.copyOf(tags);
        pendingChangeSets = List.copyOf(pendingChangeSets);
        pathProblems = List.copyOf(pathProblems);
    }

    /** A row of {@code __EFMigrationsHistory}. */
    public record EfMigration(String id, String productVersion) {
    }

    /**
     * A row of {@code DATABASECHANGELOG} written by this plugin's changesets; {@code execType} EXECUTED or MARK_RAN,
     * {@code path} the file's path as Liquibase recorded it.
     */
    public record ChangeSetRun(String id, String execType, String tag, String path) {
    }

    public boolean efManaged() {
        return !efMigrations.isEmpty();
    }

    public boolean liquibaseManaged() {
        return !changeSets.isEmpty();
    }

    /** EF Core, Liquibase (this plugin's changesets), both, or neither. */
    public String managedBy() {
        if (efManaged() && liquibaseManaged()) {
            return "EF Core migrations and this plugin's Liquibase changesets";
        }
        if (efManaged()) {
            return "EF Core migrations";
        }
        return liquibaseManaged() ? "this plugin's Liquibase changesets" : "neither EF Core migrations nor this plugin's Liquibase changesets";
    }
}
