package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.schema.CleanupRule;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The opt-in purge: changesets, at the start of a step file whose step rewrites or indexes a populated table Duende's
 * token cleanup deletes from, that delete what that cleanup would delete ({@link CleanupRule}), so that the step
 * copies or indexes only what is left. They are written only when asked for ({@link PurgeOptions}) and, once written,
 * run only when the update is given the changelog parameter {@value #PROPERTY}{@code =true}: labels and contexts
 * cannot make a changeset opt-in, since Liquibase runs every changeset when no filter is given. Without the parameter
 * the precondition fails with CONTINUE, which skips the changeset without recording it, so a later update with the
 * parameter still runs it. A purge deletes in committed batches and has nothing to roll back (an empty rollback).
 */
final class PurgeChangeSets {

    /** The changelog parameter that makes a purge run. */
    static final String PROPERTY = "duende.purge";
    /** The label every purge changeset carries besides its step's, to select purges alone with a label filter. */
    static final String LABEL = "duende-purge";

    private final Store store;
    private final NameMapper names;
    private final PurgeOptions options;
    private final Map<Dialect, Database> databases = new EnumMap<>(Dialect.class);

    PurgeChangeSets(Store store, NameMapper names, boolean postgresLegacyTimestamps, PurgeOptions options) {
        this.store = store;
        this.names = names;
        this.options = options;
        for (Dialect d : Dialect.values()) {
            databases.put(d, Database.of(d, postgresLegacyTimestamps));
        }
    }

    /** The purge changesets that open the step's file: none unless asked for and the step has a big-table change. */
    List<ChangeSetSpec> before(SchemaStep step) {
        List<ChangeSetSpec> out = new ArrayList<>();
        if (!options.any() || step.operations(store).stream().noneMatch(this::rewritesPurgedTable)) {
            return out;
        }
        for (CleanupRule rule : options.rules()) {
            out.add(changeSet(step.to(), rule));
        }
        return out;
    }

    /** A change whose cost grows with the rows of a table the purge deletes from. */
    private boolean rewritesPurgedTable(Operation op) {
        boolean bigTableChange = !(op instanceof Operation.CreateTable || op instanceof Operation.AddColumn
                || op instanceof Operation.DropIndex);
        return bigTableChange && options.rules().stream().anyMatch(r -> r.table().equals(op.table()));
    }

    private ChangeSetSpec changeSet(String generation, CleanupRule rule) {
        int seconds = rule.cutoffSeconds(options.consumedDelaySeconds());
        Map<Dialect, List<String>> forward = new EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
            Database db = databases.get(d);
            forward.put(d, db.purge(names.qualified(rule.table(), d), rule.column(), db.utcNowMinus(seconds)));
        }
        String id = "duende-" + generation + "-" + store.id() + "-purge-" + rule.slug();
        String cutoff = seconds == 0 ? "now" : "now minus " + seconds + " seconds";
        String comment = "Purge before the Duende " + generation + " step, run only with the changelog parameter "
                + PROPERTY + "=true: delete the rows of " + names.table(rule.table()) + " whose " + rule.column()
                + " is before " + cutoff + " (UTC), as Duende's token cleanup does, so that the step moves only the"
                + " rest; NULL never matches. Cannot be undone: its rollback does nothing.";
        String precondition = "<changeLogPropertyDefined property=\"" + PROPERTY + "\" value=\"true\"/>";
        return new ChangeSetSpec(id, "duende-" + generation + "," + LABEL, comment, "CONTINUE",
                "not asked for: a purge runs only with the changelog parameter " + PROPERTY + "=true", null,
                precondition, forward, new EnumMap<>(Dialect.class), null, false);
    }
}
