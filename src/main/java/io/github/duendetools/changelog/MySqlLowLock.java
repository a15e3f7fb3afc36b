package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.MySqlShadowTable;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL/MariaDB changesets (option {@code lowLock}) that change a populated table while the application keeps reading
 * and writing it, run before the released changesets they stand for, which then find the work done and are marked
 * ran (their bytes and checksums stay as released).
 * <ul>
 * <li>an index on an existing table: the server's online DDL ({@code ALGORITHM=INPLACE, LOCK=NONE});</li>
 * <li>the 6.1 key move and the 7.0 widening of {@code ServerSideSessions.Id}, which the server can only do by copying
 * the table under a lock that blocks writers: a shadow table of the new shape kept current by triggers, filled in
 * committed chunks and swapped in by one {@code RENAME TABLE} ({@link MySqlShadowTable}), then a cleanup.</li>
 * </ul>
 */
final class MySqlLowLock {

    static final String SUFFIX = "-mysql-low-lock";
    private static final Dialect D = Dialect.MYSQL;

    private final NameMapper names;
    private final PreconditionWriter preconditions;

    MySqlLowLock(NameMapper names, PreconditionWriter preconditions) {
        this.names = names;
        this.preconditions = preconditions;
    }

    /**
     * Builds an index of an existing table online; the default changeset that follows is then marked ran. Its
     * rollback does nothing: the default changeset's, which runs first, drops the index.
     */
    ChangeSetSpec createIndex(String defaultId, String label, String generation, Table table, Index index) {
        String name = names.index(table.name(), index.columns(), D);
        String comment = "MySQL/MariaDB, low lock: build " + (index.unique() ? "unique " : "") + "index " + name
                + " online (ALGORITHM=INPLACE, LOCK=NONE), so that writers keep working (Duende " + generation
                + "); the changeset " + defaultId + " that follows is then marked ran.";
        String pre = preconditions.mysqlOnly("0", Database.mysql().indexCount(names.schema(), names.table(table.name()),
                name));
        return changeSet(defaultId + SUFFIX, label, comment, pre, List.of(Database.mysql().onlineIndex(
                names.qualified(table.name(), D), name, index.unique(), index.columns())), List.of("DO 0"), true);
    }

    /**
     * The key move of {@code m}, with the unique index on the old key that the same step creates, by a shadow table.
     * Existing rows get their new numbers in key order as the copy inserts them; rows written meanwhile get theirs
     * as the triggers insert them; the table's counter then continues after the highest.
     */
    List<ChangeSetSpec> moveKey(String defaultId, String label, String generation, Table before,
                                Operation.MoveKeyToIdentity m, Optional<Index> keyIndex) {
        Column oldKey = before.requireColumn(m.oldKey());
        List<Column> columns = new ArrayList<>(before.replaceColumn(oldKey.withNullable(true)).columns());
        columns.add(m.column());
        List<Index> indexes = new ArrayList<>(before.indexes());
        keyIndex.ifPresent(indexes::add);
        MySqlShadowTable shadow = new MySqlShadowTable(names, before.name(), columns,
                before.columns().stream().map(Column::name).toList(), List.of(m.column().name()), indexes, oldKey);
        String notYet = Database.mysql().columnCount(names.schema(), names.table(before.name()), m.column().name(), null);
        String what = "move the primary key of " + names.table(before.name()) + " from " + m.oldKey() + " to a new"
                + " AUTO_INCREMENT column " + m.column().name() + keyIndex.map(i -> " with "
                + names.index(before.name(), i.columns(), D)).orElse("");
        return shadowTable(defaultId, label, generation, what, shadow, notYet);
    }

    /** The widening of {@code w} by a shadow table; the rows keep their numbers, new rows continue after them. */
    List<ChangeSetSpec> widen(String defaultId, String label, String generation, Table before, Operation.WidenIdentity w) {
        Table after = w.apply(before);
        MySqlShadowTable shadow = new MySqlShadowTable(names, before.name(), after.columns(),
                before.columns().stream().map(Column::name).toList(), before.primaryKey(), before.indexes(),
                before.requireColumn(w.column()));
        String notYet = Database.mysql().columnCount(names.schema(), names.table(before.name()), w.column(),
                Database.mysql().isBigint());
        String what = "widen " + names.table(before.name()) + "." + w.column() + " to a 64-bit AUTO_INCREMENT column";
        return shadowTable(defaultId, label, generation, what, shadow, notYet);
    }

    private List<ChangeSetSpec> shadowTable(String defaultId, String label, String generation, String what,
                                            MySqlShadowTable shadow, String notYet) {
        List<String> copy = new ArrayList<>();
        copy.add(shadow.boundLockWaits());
        copy.addAll(shadow.prepare());
        copy.add(shadow.copy());
        copy.add(shadow.swap());
        copy.add(shadow.restoreLockWaits());
        String copyComment = "MySQL/MariaDB, low lock: " + what + " (Duende " + generation + ") in a shadow table "
                + shadow.shadowName() + " kept current by triggers and filled in committed chunks of "
                + MySqlShadowTable.CHUNK_ROWS + " rows, then swapped in by one RENAME TABLE; readers and writers keep"
                + " working; a wait for the table's metadata lock longer than "
                + MySqlShadowTable.METADATA_LOCK_WAIT_SECONDS + " s (a long transaction on the table) stops it, and a rerun"
                + " resumes. The released changesets that follow are then marked ran; their rollback moves back."
                + " Marked ran where the key column's collation is not its character set's default: the released"
                + " changesets then run as before.";
        String cleanupComment = "MySQL/MariaDB, low lock: drop what the shadow-table change of " + defaultId
                + " left behind (the old table " + shadow.oldName() + " with its triggers, the position table and the"
                + " copy procedure).";
        return List.of(
                changeSet(defaultId + SUFFIX + "-copy", label, copyComment,
                        preconditions.mysqlOnly("0", notYet) + preconditions.mysqlOnly("1", shadow.keyCollationIsDefault()),
                        copy, shadow.undo(), false),
                changeSet(defaultId + SUFFIX + "-cleanup", label, cleanupComment,
                        preconditions.mysqlOnly("1", shadow.leftovers()), shadow.cleanup(), List.of("DO 0"), true));
    }

    private static ChangeSetSpec changeSet(String id, String label, String comment, String precondition,
                                           List<String> forward, List<String> rollback, boolean runInTransaction) {
        Map<Dialect, List<String>> f = new EnumMap<>(Dialect.class);
        f.put(D, forward);
        Map<Dialect, List<String>> r = new EnumMap<>(Dialect.class);
        r.put(D, rollback);
        return new ChangeSetSpec(id, label, comment, "MARK_RAN", "already applied", null, precondition, f, r,
                D.dbms(), runInTransaction);
    }
}
