package io.github.duendetools.changelog;

import io.github.duendetools.InputException;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.SchemaState;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes Liquibase changelogs for Duende schema steps: one file per step and store, a master per store and one
 * master including both. Step files that already exist are never rewritten (a released changeset never changes);
 * masters gain includes. The plugin does not depend on Liquibase at run time: it writes the XML itself and
 * {@code SqlPreviewWriter} renders the offline SQL itself; only tests run Liquibase, to prove both.
 */
public final class ChangelogGenerator {

    private static final String PURGE_ID = "-purge-";

    private final DuendeSchema schema;

    public ChangelogGenerator() {
        this(DuendeSchema.load());
    }

    public ChangelogGenerator(DuendeSchema schema) {
        this.schema = schema;
    }

    public DuendeSchema schema() {
        return schema;
    }

    /** Step files for every schema step after {@code fromGeneration} up to {@code toGeneration}, both stores. */
    public GeneratedSteps generate(String fromGeneration, String toGeneration, ChangelogOptions options)
            throws IOException, InputException {
        ChangelogWrites writes = new ChangelogWrites(options);
        GeneratedSteps result = generate(fromGeneration, toGeneration, options, writes);
        writes.commit();
        return result;
    }

    /** As {@link #generate(String, String, ChangelogOptions)}, adding the files to {@code writes} without writing them. */
    public GeneratedSteps generate(String fromGeneration, String toGeneration, ChangelogOptions options,
                                    ChangelogWrites writes) throws IOException, InputException {
        if (schema.order(fromGeneration) > schema.order(toGeneration)) {
            throw new IllegalArgumentException("cannot go back from schema " + fromGeneration + " to " + toGeneration);
        }
        Output out = new Output(writes);
        List<String> emitted = new ArrayList<>();
        List<String> noChange = new ArrayList<>();
        for (Store store : Store.values()) {
            ChangeSetPlanner planner = planner(store, options);
            SchemaState state = schema.stateAt(store, fromGeneration);
            List<String> includes = new ArrayList<>();
            for (SchemaStep step : schema.steps(fromGeneration, toGeneration)) {
                String file = store.id() + "/" + step.name() + ".xml";
                List<ChangeSetSpec> changeSets = planner.step(step, state);
                String xml = ChangelogXmlWriter.changelog(file, changeSets, "duende-" + step.to(),
                        tag(step.to(), store));
                if (out.exists(file) && changeSets.stream().anyMatch(cs -> cs.id().contains(PURGE_ID))) {
                    out.warnings.add(file + " is already in the changelog folder and is never rewritten, so it does not"
                            + " get the purge changesets asked for");
                }
                out.writeOnce(file, xml);
                includes.add(file);
                (step.operations(store).isEmpty() ? noChange : emitted).add(store.id() + " " + step.name());
                for (Operation op : step.operations(store)) {
                    state = state.apply(op);
                }
            }
            for (String include : out.writes.includes(store)) {
                if (ChangelogCoverage.reached(include).isPresent()) {
                    out.upgradeHeader(include);
                }
            }
            addRollbackChecks(store, planner, out);
            out.updateMaster(store, includes);
        }
        out.writeRoot();
        return new GeneratedSteps(out.written, out.kept, emitted, noChange, out.warnings);
    }

    /**
     * Gives every step file of the store already in the folder the rollback checks this version writes: they are not
     * part of any checksum, so databases that ran the file long ago get them too. A file whose changesets differ from
     * this run's is left as it is, with a warning.
     */
    private void addRollbackChecks(Store store, ChangeSetPlanner planner, Output out) throws IOException, InputException {
        List<String> generations = schema.generations();
        String first = generations.get(0);
        SchemaState state = schema.stateAt(store, first);
        for (SchemaStep step : schema.steps(first, generations.get(generations.size() - 1))) {
            out.insertRollbackChecks(store.id() + "/" + step.name() + ".xml", planner.step(step, state));
            for (Operation op : step.operations(store)) {
                state = state.apply(op);
            }
        }
    }

    /** The full schema of a generation, for an empty database, as {@code <store>/baseline-<generation>.xml}. */
    public GeneratedSteps baseline(String generation, ChangelogOptions options) throws IOException, InputException {
        ChangelogWrites writes = new ChangelogWrites(options);
        GeneratedSteps result = baseline(generation, options, writes);
        writes.commit();
        return result;
    }

    /** As {@link #baseline(String, ChangelogOptions)}, adding the files to {@code writes} without writing them. */
    public GeneratedSteps baseline(String generation, ChangelogOptions options, ChangelogWrites writes)
            throws IOException, InputException {
        schema.order(generation);
        Output out = new Output(writes);
        List<String> emitted = new ArrayList<>();
        for (Store store : Store.values()) {
            String file = store.id() + "/baseline-" + generation + ".xml";
            List<ChangeSetSpec> changeSets = planner(store, options).baseline(generation, schema.stateAt(store, generation),
                    schema.corrections(store, generation));
            out.writeOnce(file, ChangelogXmlWriter.changelog(file, changeSets, "duende-" + generation, tag(generation, store)));
            out.updateMaster(store, List.of(file));
            emitted.add(store.id() + " baseline-" + generation);
        }
        out.writeRoot();
        return new GeneratedSteps(out.written, out.kept, emitted, List.of(), out.warnings);
    }

    /** Tag set when a store reaches a generation, for {@code liquibase rollback --tag}. */
    public static String tag(String generation, Store store) {
        return "duende-" + generation + "-" + store.id();
    }

    private static ChangeSetPlanner planner(Store store, ChangelogOptions options) {
        return new ChangeSetPlanner(store, new NameMapper(options.tableNames(), options.schema(store)),
                options.postgresLegacyTimestamps(), options.postgresLowLock(), options.lowLock(), options.purge());
    }

    /** Collects what one call writes and leaves alone, and keeps masters in generation order. */
    private static final class Output {
        private final ChangelogWrites writes;
        private final Path dir;
        private final List<Path> written = new ArrayList<>();
        private final List<Path> kept = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> tagged;
        private final Set<String> coveredBefore = new LinkedHashSet<>();

        Output(ChangelogWrites writes) throws InputException {
            this.writes = writes;
            this.dir = writes.directory();
            // What the folder held before this run, read from disk: files this run renders are not written yet.
            this.tagged = MasterChangelogs.taggedBefore(dir);
            if (Files.isRegularFile(dir.resolve(ChangelogFolder.ROOT_MASTER))) {
                ChangelogCoverage before = ChangelogCoverage.read(dir);
                for (Store store : Store.values()) {
                    before.includes(store).forEach(i -> ChangelogCoverage.reached(i).ifPresent(coveredBefore::add));
                }
            }
        }

        boolean exists(String relative) {
            return writes.exists(dir.resolve(relative));
        }

        void writeOnce(String relative, String content) throws IOException, InputException {
            Path file = dir.resolve(relative);
            if (writes.exists(file)) {
                // Kept only if it can be read back: a FIFO or a huge file there is refused, not included.
                writes.content(file);
                keep(file);
                return;
            }
            write(file, content);
        }

        /** An existing file of the plugin's with this version's header and its changesets' logical path, when it lacks them. */
        void upgradeHeader(String relative) throws IOException, InputException {
            Path file = dir.resolve(relative);
            String content = writes.content(file);
            if (content == null) {
                return;
            }
            String upgraded = ChangelogXmlWriter.withLogicalPaths(content, relative);
            if (!upgraded.equals(content)) {
                kept.remove(file);
                write(file, upgraded);
            }
        }

        /** An existing step file with its changesets' rollback checks added, when it lacks them. */
        void insertRollbackChecks(String relative, List<ChangeSetSpec> changeSets) throws IOException, InputException {
            Path file = dir.resolve(relative);
            String content = writes.content(file);
            if (content == null) {
                return;
            }
            RollbackChecksInserter.Result checked = RollbackChecksInserter.insert(content, changeSets);
            for (String id : checked.unmatched()) {
                warnings.add(file + ": changeset " + id + " differs from what this run writes (written with other"
                        + " tableNames or schema, or edited by hand); the file is left unchanged, its rollback checks"
                        + " neither added nor updated");
            }
            if (!checked.xml().equals(content)) {
                kept.remove(file);
                write(file, checked.xml());
            }
        }

        void updateMaster(Store store, List<String> newIncludes) throws IOException, InputException {
            Set<String> all = new LinkedHashSet<>(writes.includes(store));
            all.addAll(newIncludes);
            List<String> ordered = MasterChangelogs.ordered(all);
            writes.setIncludes(store, ordered);
            replaceIfChanged(dir.resolve(ChangelogFolder.masterFileName(store)), MasterChangelogs.storeMaster(store, ordered));
        }

        /** After the store masters: generations this run added get the combined tag, earlier ones keep theirs. */
        void writeRoot() throws IOException, InputException {
            Map<Store, List<String>> includes = new EnumMap<>(Store.class);
            Set<String> tags = new LinkedHashSet<>(tagged);
            for (Store store : Store.values()) {
                List<String> storeIncludes = writes.includes(store);
                includes.put(store, storeIncludes);
                storeIncludes.forEach(i -> ChangelogCoverage.reached(i)
                        .filter(g -> !coveredBefore.contains(g)).ifPresent(tags::add));
            }
            replaceIfChanged(dir.resolve(ChangelogFolder.ROOT_MASTER), MasterChangelogs.combinedMaster(includes, tags));
        }

        private void replaceIfChanged(Path file, String content) throws IOException, InputException {
            if (content.equals(writes.content(file))) {
                keep(file);
                return;
            }
            write(file, content);
        }

        private void keep(Path file) {
            kept.add(file);
            writes.keep(file);
        }

        private void write(Path file, String content) {
            writes.put(file, content);
            if (!written.contains(file)) {
                written.add(file);
            }
        }
    }

}
