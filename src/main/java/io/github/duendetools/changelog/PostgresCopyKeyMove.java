package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.PostgresLowLockStatements;
import io.github.duendetools.database.PostgresShadowKeyMove;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.List;

/**
 * PostgreSQL changesets (option {@code postgresLowLock}, PostgreSQL 14 or later) that move a populated table's key by
 * copying it into a table of the new shape kept current by a trigger, then swapping the two in one short transaction:
 * the application keeps reading and writing throughout, at about the cost of one table copy. They run before the
 * released low-lock changesets of {@link PostgresLowLock}, which number the rows in place at several times that cost;
 * those, and the default changesets of the move and of the step's index on the old key, then find the work done and
 * are marked ran. On PostgreSQL 12 and 13 these are marked ran instead and the released ones do the move.
 */
final class PostgresCopyKeyMove {

    static final String SUFFIX = PostgresLowLock.SUFFIX + "-copy";

    private final NameMapper names;
    private final Database pg;
    private final PreconditionWriter preconditions;

    /** {@code pg}: PostgreSQL with the timestamps the changelogs were asked for. */
    PostgresCopyKeyMove(NameMapper names, Database pg, PreconditionWriter preconditions) {
        this.names = names;
        this.pg = pg;
        this.preconditions = preconditions;
    }

    /** {@code after}: the table as the whole step leaves it (its indexes are built on the copy). */
    List<ChangeSetSpec> moveKey(String defaultId, String label, String generation, Table before, Table after,
                                Operation.MoveKeyToIdentity m) {
        PostgresShadowKeyMove move = new PostgresShadowKeyMove(names, pg, before, after, m);
        String possible = preconditions.postgresTrue(move.possible());
        String what = " of the " + names.table(before.name()) + " key move to " + m.column().name() + " (Duende "
                + generation + ", PostgreSQL 14 or later, low lock, by a copy of the table)";
        List<String> cleanUp = move.dropHelpers();
        return List.of(
                PostgresLowLock.changeSet(defaultId + SUFFIX + "-capture", label, "Step 1 of 5" + what + ": create an"
                        + " empty table of the new shape and a trigger that logs the key of every row written from now"
                        + " on.", possible, move.capture(), cleanUp, true),
                PostgresLowLock.changeSet(defaultId + SUFFIX + "-rows", label, "Step 2 of 5" + what + ": copy the rows"
                        + " in committed batches of " + PostgresShadowKeyMove.BATCH_PAGES + " pages; readers and writers"
                        + " keep working.", possible, move.copy(), cleanUp, false),
                PostgresLowLock.changeSet(defaultId + SUFFIX + "-indexes", label, "Step 3 of 5" + what + ": build the"
                        + " new table's indexes on the copy, which no writer waits for.", possible, move.indexes(),
                        cleanUp, true),
                PostgresLowLock.changeSet(defaultId + SUFFIX + "-catch-up", label, "Step 4 of 5" + what + ": copy again"
                        + " the rows written since the capture, in committed rounds.", possible, move.catchUp(), cleanUp,
                        false),
                PostgresLowLock.changeSet(defaultId + SUFFIX + "-swap", label, "Step 5 of 5" + what + ": in one short"
                        + " transaction, copy the last rows written, then put the copy in the table's place under its"
                        + " names; the changesets of the move that follow are then marked ran, and its rollback moves"
                        + " the key back.", possible, move.swap(),
                        new PostgresLowLockStatements(names, pg).keyMove(before, m)
                                .moveBack(), true));
    }
}
