package io.github.duendetools.schema;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogCoverage;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.ChangelogResult;
import io.github.duendetools.changelog.Store;
import io.github.duendetools.nuget.NuGetVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which changelogs an upgrade needs and has the generator write them.
 * <ul>
 * <li>A folder that already has changelogs gets the steps from the schema it reaches to the target's
 *     (so a project whose package a bot already bumped gets just the missing steps).</li>
 * <li>An empty folder first gets the baseline of the schema the project runs today, then the steps.
 *     Every baseline changeset is guarded by a precondition, so on a database that EF already created
 *     it is marked ran, and on an empty database it creates that schema: one changelog serves both.</li>
 * <li>{@code baseline=true} writes only the full target schema, for a new, empty database.</li>
 * </ul>
 */
public final class ChangelogUpdate {

    /** What was decided and written, for the log. */
    public record Outcome(String fromGeneration, String toGeneration, List<ChangelogResult> results, List<String> notes) {
        public boolean nothingToDo() {
            return results.isEmpty();
        }
    }

    private final Catalog catalog;
    private final ChangelogGenerator generator;

    public ChangelogUpdate(Catalog catalog, ChangelogGenerator generator) {
        this.catalog = catalog;
        this.generator = generator;
    }

    /**
     * @param current  the version the project files declared before the edit (the schema the database is at)
     * @param target   the version the project moves to
     */
    public Outcome write(NuGetVersion current, NuGetVersion target, boolean baseline, ChangelogOptions options)
            throws IOException, InputException {
        String targetGeneration = generationOf(target);
        ChangelogCoverage coverage = ChangelogCoverage.read(options.directory());
        GenerationOrder order = new GenerationOrder(catalog);
        Optional<String> covered = lowestCoverage(coverage, order, options.directory());
        List<ChangelogResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        if (baseline) {
            if (covered.isPresent()) {
                throw new InputException(options.directory(), 0, "already holds changelogs up to Duende schema "
                        + covered.get() + "; a baseline is only for a new changelog folder (drop duende.baseline)");
            }
            results.add(generator.baseline(targetGeneration, options));
            return new Outcome(null, targetGeneration, results, notes);
        }

        String from;
        if (covered.isPresent()) {
            from = covered.get();
        } else {
            from = generationOf(current);
            results.add(generator.baseline(from, options));
            notes.add("No Duende changelogs yet: wrote the schema " + from + " baseline; on a database EF Core "
                    + "already created, its changesets are marked ran.");
        }
        int direction = order.compare(from, targetGeneration);
        if (direction > 0) {
            notes.add("The changelogs already reach schema " + from + ", beyond the target's " + targetGeneration
                    + "; nothing to add.");
        } else {
            // At the target already, this only rewrites masters an earlier release laid out differently.
            ChangelogResult steps = generator.generate(from, targetGeneration, options);
            if (!steps.stepsEmitted().isEmpty() || !steps.filesWritten().isEmpty()) {
                results.add(steps);
            }
        }
        return new Outcome(from, targetGeneration, results, notes);
    }

    /** The schema both stores reach; empty for a new folder. */
    private static Optional<String> lowestCoverage(ChangelogCoverage coverage, GenerationOrder order,
                                                   Path directory) throws InputException {
        Optional<String> configuration = coverage.generation(Store.CONFIGURATION);
        Optional<String> operational = coverage.generation(Store.OPERATIONAL);
        if (configuration.isEmpty() && operational.isEmpty()) {
            return Optional.empty();
        }
        if (configuration.isEmpty() || operational.isEmpty()) {
            throw new InputException(directory, 0, "has changelogs for one store only ("
                    + (configuration.isPresent() ? "configuration" : "operational")
                    + "); restore the other store's master before migrating");
        }
        return order.compare(configuration.get(), operational.get()) <= 0 ? configuration : operational;
    }

    private String generationOf(NuGetVersion version) throws InputException {
        return catalog.generationOf(version).orElseThrow(() -> new InputException(null, 0,
                "Duende " + version + " is not in the catalog; no schema generation is known for it"));
    }
}
