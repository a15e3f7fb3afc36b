package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.PostgresLowLockStatements;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL changesets (option {@code postgresLowLock}) that change a populated table while the application keeps
 * reading and writing it. They reach exactly the schema of the default changeset they stand for and run just before
 * it; that changeset's precondition then finds its work done and marks it ran. The default changesets therefore stay
 * byte-identical (their checksums are frozen) and every other database runs them as before.
 *
 * <p>What the default SQL holds for the whole run, and what these hold instead:
 * <ul>
 * <li>an index on an existing table: {@code CREATE INDEX} holds a SHARE lock (writers wait) for the whole build;
 * {@code CREATE INDEX CONCURRENTLY} holds no lock that blocks reads or writes;</li>
 * <li>the 6.1 key move: one {@code ALTER TABLE} rewrites the table under ACCESS EXCLUSIVE (nobody reads or writes);
 * here the new column is added empty (catalogue only), existing rows are numbered in committed batches (row locks),
 * NOT NULL is proven by a CHECK validated under SHARE UPDATE EXCLUSIVE, the new key's index is built concurrently,
 * and a final transaction swaps keys with catalogue-only statements, holding ACCESS EXCLUSIVE for milliseconds.</li>
 * </ul>
 * The price is wall time (every row is updated once, and the concurrent builds scan the table twice). Each changeset is
 * safe to re-run after an interruption: its precondition and {@code IF [NOT] EXISTS} pick up where it stopped.
 */
final class PostgresLowLock {

    static final String SUFFIX = "-online";
    private static final Dialect PG = Dialect.POSTGRESQL;

    private final NameMapper names;
    private final PostgresLowLockStatements statements;
    private final PreconditionWriter preconditions;

    /** {@code pg}: PostgreSQL with the timestamps the changelogs were asked for. */
    PostgresLowLock(NameMapper names, Database pg, PreconditionWriter preconditions) {
        this.names = names;
        this.statements = new PostgresLowLockStatements(names, pg);
        this.preconditions = preconditions;
    }

    /** Builds an index of an existing table concurrently; the default changeset that follows is then marked ran. */
    ChangeSetSpec createIndex(String defaultId, String label, String generation, Table table, Index index) {
        String name = names.index(table.name(), index.columns(), PG);
        String comment = "PostgreSQL, low lock: build " + (index.unique() ? "unique " : "") + "index " + name
                + " concurrently, so that writers keep working (Duende " + generation + "); the changeset "
                + defaultId + " that follows is then marked ran.";
        return changeSet(defaultId + SUFFIX, label, comment, preconditions.postgresValidIndexMissing(table.name(), name),
                statements.concurrentIndex(table.name(), name, index.unique(), index.columns()),
                statements.dropIndex(name), false);
    }

    /** The key move of {@link Operation.MoveKeyToIdentity} in four changesets; see the class comment. */
    List<ChangeSetSpec> moveKey(String defaultId, String label, String generation, Table before,
                                Operation.MoveKeyToIdentity m) {
        String logical = before.name();
        PostgresLowLockStatements.KeyMove move = statements.keyMove(before, m);
        String notYetKey = preconditions.postgresNotYetPrimaryKey(logical, m.column().name());
        String what = " of the " + names.table(logical) + " key move to " + m.column().name() + " (Duende " + generation
                + ", PostgreSQL, low lock)";

        List<ChangeSetSpec> out = new ArrayList<>();
        out.add(changeSet(defaultId + SUFFIX + "-number-rows", label, "Step 1 of 4" + what + ": add " + m.column().name()
                        + " empty, give new rows a number from a sequence and number existing rows in committed batches"
                        + " of " + PostgresLowLockStatements.BATCH_ROWS + " along the current key; readers and writers"
                        + " keep working.", notYetKey,
                move.numberRows(), move.dropNumbers(), false));
        out.add(changeSet(defaultId + SUFFIX + "-not-null", label, "Step 2 of 4" + what + ": prove that every row has "
                        + m.column().name() + " with a CHECK validated without blocking writers, so that SET NOT NULL"
                        + " later needs no scan.", notYetKey,
                move.proveNotNull(), move.dropProof(), false));
        out.add(changeSet(defaultId + SUFFIX + "-key-index", label, "Step 3 of 4" + what + ": build the unique index of"
                        + " the new key concurrently.", notYetKey,
                move.keyIndex(), move.dropKeyIndex(), false));
        out.add(changeSet(defaultId + SUFFIX + "-swap", label, "Step 4 of 4" + what + ": swap the keys in one short"
                        + " transaction; the changeset " + defaultId + " that follows is then marked ran, and its"
                        + " rollback moves the key back.", notYetKey,
                move.swap(), move.moveBack(), true));
        return out;
    }

    static ChangeSetSpec changeSet(String id, String label, String comment, String precondition,
                                           List<String> forward, List<String> rollback, boolean runInTransaction) {
        Map<Dialect, List<String>> f = new EnumMap<>(Dialect.class);
        f.put(PG, forward);
        Map<Dialect, List<String>> r = new EnumMap<>(Dialect.class);
        r.put(PG, rollback);
        return new ChangeSetSpec(id, label, comment, "MARK_RAN", "already applied", null, precondition, f, r,
                PG.dbms(), runInTransaction);
    }
}
