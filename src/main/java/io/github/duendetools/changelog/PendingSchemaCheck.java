package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import io.github.duendetools.RootRelative;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.catalog.Step;
import io.github.duendetools.msbuild.SourceLocation;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.schema.GenerationOrder;
import io.github.duendetools.schema.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fails a build whose project files declare a Duende version whose database schema the Liquibase
 * changelogs do not reach yet (typically after a dependency bot bumped the package), or go past (project files
 * moved back, or two runs with different targets left the changelogs of the later one). Reads the
 * changelog masters with a plain XML parser: the check goal must stay free of Liquibase.
 */
public final class PendingSchemaCheck {
    public static final String CODE = "PENDING_SCHEMA";
    /** Changelogs past the declared version: a database they are applied to is ahead of the code. */
    public static final String AHEAD = "CHANGELOGS_AHEAD";

    private final Catalog catalog;

    public PendingSchemaCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Where the finding points and what the user should run.
     *
     * @param root        the scanned root: locations are shown relative to it
     * @param declaredAt  the file and line that declare the version; {@code null} when unknown
     * @param migrate     the command that runs {@code migrate} here ({@code mvn duende:migrate})
     */
    public record Context(Path root, SourceLocation declaredAt, String migrate) {
    }

    /** {@link #check(NuGetVersion, Path, Context)} without a location, suggesting {@code mvn duende:migrate}. */
    public List<String> check(NuGetVersion declared, Path changelogDirectory) throws InputException {
        return check(declared, changelogDirectory, new Context(changelogDirectory, null, "mvn duende:migrate"));
    }

    /**
     * One message per store whose changelogs lag behind {@code declared}; empty when the folder does
     * not exist (the project does not manage its schema with our changelogs) or covers the schema. A
     * store that no step between its changelogs and the declared version changes does not lag.
     */
    public List<String> check(NuGetVersion declared, Path changelogDirectory, Context context) throws InputException {
        if (declared == null || !Files.isDirectory(changelogDirectory)) {
            return List.of();
        }
        Optional<String> needed = catalog.generationOf(declared);
        if (needed.isEmpty()) {
            return List.of();
        }
        ChangelogCoverage coverage = ChangelogCoverage.read(changelogDirectory);
        String at = context.declaredAt() == null ? ""
                : " " + RootRelative.path(context.root(), context.declaredAt().file())
                        + (context.declaredAt().line() > 0 ? ":" + context.declaredAt().line() : "");
        List<String> pending = new ArrayList<>();
        for (Store store : Store.values()) {
            Optional<String> covered = coverage.generation(store);
            if (covered.isEmpty() || changesBetween(store, covered.get(), needed.get())) {
                pending.add(CODE + at + ": Liquibase changelogs in " + RootRelative.path(context.root(), changelogDirectory)
                        + " cover the " + store.id() + " schema " + covered.map(g -> "up to Duende " + g).orElse("not at all")
                        + ", but the project files declare Duende " + declared + " (schema " + needed.get()
                        + "): run " + context.migrate() + " -Dduende.targetVersion=" + declared + " to emit the missing steps");
            } else if (changesBetween(store, needed.get(), covered.get())) {
                pending.add(AHEAD + at + ": Liquibase changelogs in " + RootRelative.path(context.root(), changelogDirectory)
                        + " cover the " + store.id() + " schema up to Duende " + covered.get() + ", past the Duende "
                        + declared + " (schema " + needed.get() + ") the project files declare: applying them would move a"
                        + " database past what the code expects; finish the move with " + context.migrate()
                        + " -Dduende.targetVersion=<a " + covered.get() + " version>, or remove the later steps");
            }
        }
        return pending;
    }

    /** Whether a step from {@code from} on, up to {@code to}, changes {@code store}; false unless {@code from} is older. */
    private boolean changesBetween(Store store, String from, String to) {
        if (GenerationOrder.compare(from, to) >= 0) {
            return false;
        }
        for (Step s : catalog.allSteps()) {
            boolean changes = store == Store.CONFIGURATION ? s.configuration() : s.operational();
            if (changes && GenerationOrder.compare(s.fromGeneration(), from) >= 0 && GenerationOrder.compare(s.toGeneration(), to) <= 0) {
                return true;
            }
        }
        return false;
    }
}
