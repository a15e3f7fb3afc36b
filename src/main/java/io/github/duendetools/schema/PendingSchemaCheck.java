package io.github.duendetools.schema;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogCoverage;
import io.github.duendetools.changelog.Store;
import io.github.duendetools.nuget.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fails a build whose project files declare a Duende version whose database schema the Liquibase
 * changelogs do not reach yet (typically after a dependency bot bumped the package). Reads the
 * changelog masters with a plain XML parser: the check goal must stay free of Liquibase.
 */
public final class PendingSchemaCheck {
    private final Catalog catalog;

    public PendingSchemaCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * One message per store whose changelogs lag behind {@code declared}; empty when the folder does
     * not exist (the project does not manage its schema with our changelogs) or covers the schema.
     */
    public List<String> check(NuGetVersion declared, Path changelogDirectory) throws InputException {
        if (declared == null || !Files.isDirectory(changelogDirectory)) {
            return List.of();
        }
        Optional<String> needed = catalog.generationOf(declared);
        if (needed.isEmpty()) {
            return List.of();
        }
        GenerationOrder order = new GenerationOrder(catalog);
        ChangelogCoverage coverage = ChangelogCoverage.read(changelogDirectory);
        List<String> pending = new ArrayList<>();
        for (Store store : Store.values()) {
            Optional<String> covered = coverage.generation(store);
            if (covered.isEmpty() || order.compare(covered.get(), needed.get()) < 0) {
                pending.add("Liquibase changelogs in " + changelogDirectory + " cover the " + store.id() + " schema "
                        + covered.map(g -> "up to Duende " + g).orElse("not at all")
                        + ", but the project files declare Duende " + declared + " (schema " + needed.get()
                        + "): run mvn duende:migrate to emit the missing steps");
            }
        }
        return pending;
    }
}
