package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    /** Rows numbered per committed batch: long enough to amortise a round of the loop, short enough to hold few row locks. */
    static final int BATCH_ROWS = 50_000;
    private static final Dialect PG = Dialect.POSTGRESQL;

    private final NameMapper names;
    /** PostgreSQL with the timestamps the changelogs were asked for. */
    private final Database pg;
    private final PreconditionWriter preconditions;

    PostgresLowLock(NameMapper names, Database pg, PreconditionWriter preconditions) {
        this.names = names;
        this.pg = pg;
        this.preconditions = preconditions;
    }

    /** Builds an index of an existing table concurrently; the default changeset that follows is then marked ran. */
    ChangeSetSpec createIndex(String defaultId, String label, String generation, Table table, Index index) {
        String name = names.index(table.name(), index.columns(), PG);
        String comment = "PostgreSQL, low lock: build " + (index.unique() ? "unique " : "") + "index " + name
                + " concurrently, so that writers keep working (Duende " + generation + "); the changeset "
                + defaultId + " that follows is then marked ran.";
        return changeSet(defaultId + SUFFIX, label, comment, preconditions.postgresValidIndexMissing(table.name(), name),
                concurrentIndex(table, name, index.unique(), index.columns()),
                List.of("DROP INDEX IF EXISTS " + names.qualifiedName(name, PG)), false);
    }

    /** The key move of {@link Operation.MoveKeyToIdentity} in four changesets; see the class comment. */
    List<ChangeSetSpec> moveKey(String defaultId, String label, String generation, Table before,
                                Operation.MoveKeyToIdentity m) {
        String logical = before.name();
        String t = names.qualified(logical, PG);
        String id = pg.quote(m.column().name());
        String key = pg.quote(before.requireColumn(m.oldKey()).name());
        String pk = names.primaryKey(logical, PG);
        String pkIndex = pg.truncate(pk + "_" + m.column().name());
        String check = pg.truncate("CK_" + names.table(logical) + "_" + m.column().name() + "_NotNull");
        String sequence = names.qualifiedName(pg.truncate(names.table(logical) + "_" + m.column().name()
                + "_backfill"), PG);
        String notYetKey = preconditions.postgresNotYetPrimaryKey(logical, m.column().name());
        String what = " of the " + names.table(logical) + " key move to " + m.column().name() + " (Duende " + generation
                + ", PostgreSQL, low lock)";

        List<ChangeSetSpec> out = new ArrayList<>();
        out.add(changeSet(defaultId + SUFFIX + "-number-rows", label, "Step 1 of 4" + what + ": add " + m.column().name()
                        + " empty, give new rows a number from a sequence and number existing rows in committed batches"
                        + " of " + BATCH_ROWS + " along the current key; readers and writers keep working.", notYetKey,
                List.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS bigint",
                        "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + id + " " + pg.type(m.column().type()).text() + " NULL",
                        "ALTER TABLE " + t + " ALTER COLUMN " + id + " SET DEFAULT nextval('"
                                + PreconditionWriter.literal(sequence) + "')",
                        backfill(t, id, key, sequence)),
                List.of("ALTER TABLE " + t + " DROP COLUMN IF EXISTS " + id, "DROP SEQUENCE IF EXISTS " + sequence),
                false));
        out.add(changeSet(defaultId + SUFFIX + "-not-null", label, "Step 2 of 4" + what + ": prove that every row has "
                        + m.column().name() + " with a CHECK validated without blocking writers, so that SET NOT NULL"
                        + " later needs no scan.", notYetKey,
                List.of("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + pg.quote(check),
                        "ALTER TABLE " + t + " ADD CONSTRAINT " + pg.quote(check) + " CHECK (" + id + " IS NOT NULL) NOT VALID",
                        "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + pg.quote(check)),
                List.of("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + pg.quote(check)), false));
        out.add(changeSet(defaultId + SUFFIX + "-key-index", label, "Step 3 of 4" + what + ": build the unique index of"
                        + " the new key concurrently.", notYetKey,
                concurrentIndex(before, pkIndex, true, List.of(m.column().name())),
                List.of("DROP INDEX IF EXISTS " + names.qualifiedName(pkIndex, PG)), false));
        // Catalogue-only statements: SET NOT NULL trusts the validated CHECK (PostgreSQL 12 and later), the new key
        // takes over the finished index, and the identity continues after the highest number given.
        out.add(changeSet(defaultId + SUFFIX + "-swap", label, "Step 4 of 4" + what + ": swap the keys in one short"
                        + " transaction; the changeset " + defaultId + " that follows is then marked ran, and its"
                        + " rollback moves the key back.", notYetKey,
                List.of("ALTER TABLE " + t + " ALTER COLUMN " + id + " SET NOT NULL",
                        "ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(pk),
                        "ALTER TABLE " + t + " ADD CONSTRAINT " + pg.quote(pk) + " PRIMARY KEY USING INDEX " + pg.quote(pkIndex),
                        "ALTER TABLE " + t + " ALTER COLUMN " + key + " DROP NOT NULL",
                        "ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(check),
                        "ALTER TABLE " + t + " ALTER COLUMN " + id + " DROP DEFAULT",
                        "DROP SEQUENCE " + sequence,
                        "ALTER TABLE " + t + " ALTER COLUMN " + id + " ADD GENERATED BY DEFAULT AS IDENTITY",
                        "SELECT setval(pg_get_serial_sequence('" + PreconditionWriter.literal(t) + "', '"
                                + PreconditionWriter.literal(m.column().name()) + "'), max(" + id + ")) FROM " + t),
                List.of(moveBack(logical, t, id, key, pk, m)), true));
        return out;
    }

    /**
     * Numbers the rows that have no number yet, batch by batch in key order, committing after each batch (allowed in a
     * DO block outside a transaction, hence runInTransaction="false"). Rows inserted meanwhile take the default.
     */
    private static String backfill(String t, String id, String key, String sequence) {
        String next = "nextval('" + PreconditionWriter.literal(sequence) + "')";
        return "DO $backfill$\n"
                + "DECLARE\n"
                + "    lower_key text;\n"
                + "    upper_key text;\n"
                + "BEGIN\n"
                + "    SELECT min(" + key + ") INTO lower_key FROM " + t + ";\n"
                + "    WHILE lower_key IS NOT NULL LOOP\n"
                + "        SELECT " + key + " INTO upper_key FROM " + t + " WHERE " + key + " >= lower_key ORDER BY "
                + key + " OFFSET " + BATCH_ROWS + " LIMIT 1;\n"
                + "        IF upper_key IS NULL THEN\n"
                + "            UPDATE " + t + " SET " + id + " = " + next + " WHERE " + key + " >= lower_key AND " + id
                + " IS NULL;\n"
                + "        ELSE\n"
                + "            UPDATE " + t + " SET " + id + " = " + next + " WHERE " + key + " >= lower_key AND " + key
                + " < upper_key AND " + id + " IS NULL;\n"
                + "        END IF;\n"
                + "        COMMIT;\n"
                + "        lower_key := upper_key;\n"
                + "    END LOOP;\n"
                + "END\n"
                + "$backfill$";
    }

    /**
     * Rolls the swap back only where the key is still on the new column: in a full rollback the default changeset,
     * which ran (marked) after this one, has already moved it back.
     */
    private String moveBack(String logical, String t, String id, String key, String pk, Operation.MoveKeyToIdentity m) {
        return "DO $rollback$\n"
                + "BEGIN\n"
                + "    IF (" + preconditions.postgresPrimaryKeyCount(logical, m.column().name()) + ") > 0 THEN\n"
                + "        ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(pk) + ", DROP COLUMN " + id + ", ALTER COLUMN "
                + key + " SET NOT NULL, ADD CONSTRAINT " + pg.quote(pk) + " PRIMARY KEY (" + key + ");\n"
                + "    END IF;\n"
                + "END\n"
                + "$rollback$";
    }

    /** Drops what an interrupted concurrent build left behind (an invalid index), then builds it again. */
    private List<String> concurrentIndex(Table table, String name, boolean unique, List<String> columns) {
        return List.of("DROP INDEX CONCURRENTLY IF EXISTS " + names.qualifiedName(name, PG),
                "CREATE " + (unique ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + pg.quote(name) + " ON "
                        + names.qualified(table.name(), PG) + " ("
                        + columns.stream().map(pg::quote).collect(Collectors.joining(", ")) + ")");
    }

    private static ChangeSetSpec changeSet(String id, String label, String comment, String precondition,
                                           List<String> forward, List<String> rollback, boolean runInTransaction) {
        Map<Dialect, List<String>> f = new EnumMap<>(Dialect.class);
        f.put(PG, forward);
        Map<Dialect, List<String>> r = new EnumMap<>(Dialect.class);
        r.put(PG, rollback);
        return new ChangeSetSpec(id, label, comment, "MARK_RAN", "already applied", null, precondition, f, r,
                PG.dbms(), runInTransaction);
    }
}
