package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.schema.GenerationOrder;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.file.Files;
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
    public ChangelogChanges write(NuGetVersion current, NuGetVersion target, boolean baseline, ChangelogOptions options)
            throws IOException, InputException, UnknownGenerationException {
        ChangelogChanges outcome = prepare(current, target, baseline, options);
        outcome.writes().commit();
        return outcome;
    }

    /** As {@link #write}, but writes nothing: the files are in {@code writes()}, for the caller to check and commit. */
    public ChangelogChanges prepare(NuGetVersion current, NuGetVersion target, boolean baseline, ChangelogOptions options)
            throws IOException, InputException, UnknownGenerationException {
        TableNameCheck.check(options, generator.schema());
        ChangelogWrites writes = new ChangelogWrites(options);
        String targetGeneration = generationOf(target);
        ChangelogCoverage coverage = ChangelogCoverage.read(options.directory());
        Optional<String> covered = lowestCoverage(coverage, options.directory());
        List<GeneratedSteps> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        if (baseline) {
            if (covered.isPresent()) {
                throw new InputException(options.directory(), 0, "already holds changelogs up to Duende schema "
                        + covered.get() + "; a baseline is only for a new changelog folder (drop duende.baseline)");
            }
            results.add(generator.baseline(targetGeneration, options, writes));
            return new ChangelogChanges(null, targetGeneration, results, notes, List.of(), writes);
        }

        String from;
        if (covered.isPresent()) {
            from = covered.get();
        } else {
            from = generationOf(current);
            results.add(generator.baseline(from, options, writes));
            notes.add("No Duende changelogs yet: wrote the schema " + from + " baseline; on a database EF Core "
                    + "already created, its changesets are marked ran.");
        }
        int direction = GenerationOrder.compare(from, targetGeneration);
        if (direction > 0) {
            notes.add("The changelogs already reach schema " + from + ", beyond the target's " + targetGeneration
                    + "; nothing to add.");
        }
        // Run even when no step is missing: a run stopped before its last file (the root master) left a set that
        // covers the target, and this completes it.
        GeneratedSteps steps = generator.generate(from, direction > 0 ? from : targetGeneration, options, writes);
        if (!steps.stepsEmitted().isEmpty() || !steps.filesWritten().isEmpty()) {
            results.add(steps);
        }
        keepForPreview(writes, options, generationOf(current), direction > 0 ? from : targetGeneration);
        return new ChangelogChanges(from, targetGeneration, results, notes, steps.warnings(), writes);
    }

    /**
     * The step files this upgrade crosses (the baseline of the current schema, if the folder has it, and every step
     * after it up to the target), so that the SQL preview covers them also when a rerun finds the changelogs complete:
     * a run stopped while it wrote the preview is then finished like everything else.
     */
    private static void keepForPreview(ChangelogWrites writes, ChangelogOptions options, String current, String target)
            throws InputException {
        if (options.sqlPreview().isEmpty()) {
            return;
        }
        for (Store store : Store.values()) {
            for (String include : writes.includes(store)) {
                Optional<String> reached = ChangelogCoverage.reached(include);
                if (reached.isEmpty() || GenerationOrder.compare(reached.get(), target) > 0) {
                    continue;
                }
                boolean baseline = include.substring(include.lastIndexOf('/') + 1).startsWith("baseline-");
                int fromCurrent = GenerationOrder.compare(reached.get(), current);
                if (baseline ? fromCurrent >= 0 : fromCurrent > 0) {
                    writes.keep(options.directory().resolve(include));
                }
            }
        }
    }

    /** The schema both stores reach; empty for a new folder. */
    private static Optional<String> lowestCoverage(ChangelogCoverage coverage,
                                                   Path directory) throws InputException {
        Optional<String> configuration = coverage.generation(Store.CONFIGURATION);
        Optional<String> operational = coverage.generation(Store.OPERATIONAL);
        if (configuration.isEmpty() && operational.isEmpty()) {
            return Optional.empty();
        }
        if ((configuration.isEmpty() || operational.isEmpty())
                && !Files.exists(directory.resolve(ChangelogFolder.ROOT_MASTER))) {
            // A new folder's first write stopped between its two store masters (the root master is written last):
            // written again from the start, it comes out byte for byte as the interrupted run would have left it.
            return Optional.empty();
        }
        if (configuration.isEmpty() || operational.isEmpty()) {
            throw new InputException(directory, 0, "has changelogs for one store only ("
                    + (configuration.isPresent() ? "configuration" : "operational")
                    + "); restore the other store's master before migrating");
        }
        return GenerationOrder.compare(configuration.get(), operational.get()) <= 0 ? configuration : operational;
    }

    private String generationOf(NuGetVersion version) throws UnknownGenerationException {
        return catalog.generationOf(version).orElseThrow(() -> new UnknownGenerationException(version));
    }
}
