package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.OracleColumnRebuild;
import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.SchemaState;
import io.github.duendetools.schema.SchemaStep;
import io.github.duendetools.schema.Store;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the operations of one store's step (or a whole generation, for a baseline) into changesets. */
final class ChangeSetPlanner {

    /**
     * Why a changeset was marked ran, true both on a database EF Core migrated and on a new one where an earlier
     * changeset (a baseline, or one better suited to the database) already made the change.
     */
    private static final String ALREADY_APPLIED = "already applied: the database has this change (made by EF Core"
            + " migrations or by an earlier changeset)";

    private final Store store;
    private final NameMapper names;
    private final Map<Dialect, DdlRenderer> renderers = new EnumMap<>(Dialect.class);
    private final PreconditionWriter preconditions;
    private final RollbackGuard rollbackGuard;
    /** PostgreSQL changesets that stand in for the default ones on populated tables; null when not asked for. */
    private final PostgresLowLock lowLock;
    /** Its faster key move by a copy of the table; null when low lock was not asked for. */
    private final PostgresCopyKeyMove lowLockCopy;
    /** MySQL/MariaDB changesets that stand in for the default ones on populated tables; null when not asked for. */
    private final MySqlLowLock mysqlLowLock;
    private final PurgeChangeSets purge;

    ChangeSetPlanner(Store store, NameMapper names, boolean postgresLegacyTimestamps, boolean postgresLowLock,
                     boolean mysqlLowLock, PurgeOptions purge) {
        this.store = store;
        this.names = names;
        for (Dialect d : Dialect.values()) {
            renderers.put(d, new DdlRenderer(Database.of(d, postgresLegacyTimestamps), names));
        }
        this.preconditions = new PreconditionWriter(names);
        this.rollbackGuard = new RollbackGuard(names);
        Database pg = Database.of(Dialect.POSTGRESQL, postgresLegacyTimestamps);
        this.lowLock = postgresLowLock ? new PostgresLowLock(names, pg, preconditions) : null;
        this.lowLockCopy = postgresLowLock ? new PostgresCopyKeyMove(names, pg, preconditions) : null;
        this.mysqlLowLock = mysqlLowLock ? new MySqlLowLock(names, preconditions) : null;
        this.purge = new PurgeChangeSets(store, names, postgresLegacyTimestamps, purge);
    }

    /** Changesets of one step, given the store's tables before it. */
    List<ChangeSetSpec> step(SchemaStep step, SchemaState before) {
        List<ChangeSetSpec> out = new ArrayList<>(purge.before(step));
        SchemaState state = before;
        List<Operation> ops = step.operations(store);
        List<DbmsStatement> checks = rollbackChecks(ops, before);
        for (Operation op : ops) {
            if (op instanceof Operation.MoveKeyToIdentity m) {
                Table table = state.table(m.table());
                Optional<Index> keyIndex = uniqueIndexOnOldKey(ops, m);
                String moveId = "duende-" + step.to() + "-" + store.id() + "-" + m.slug();
                String label = "duende-" + step.to();
                if (mysqlLowLock != null) {
                    out.addAll(mysqlLowLock.moveKey(moveId, label, step.to(), table, m, keyIndex));
                }
                keyIndex.ifPresent(i -> out.add(mysqlKeyMoveInOnePass(step.to(), m, i, table)));
                out.add(h2ResumableKeyMove(step.to(), m, table));
                if (lowLockCopy != null && keyIndex.isPresent()) {
                    // The copy looks rows up by the old key, which stays unique only through that index.
                    out.addAll(lowLockCopy.moveKey(moveId, label, step.to(), table,
                            after(before, ops).table(m.table()), m));
                }
            }
            changeSets(step.to(), op, state).forEach(cs -> out.add(withChecks(cs, checks)));
            state = state.apply(op);
        }
        return out;
    }

    /**
     * Every data check that any rollback of the step needs, for every changeset the step has always had. Liquibase
     * rolls changesets back in reverse order of execution and evaluates no precondition on the way back, so the one
     * rolled back first cannot be known here (a database EF migrated marks them ran in another order); each carries
     * all checks, which read the tables only. The changesets that stand in for others (one-pass, resumable, low-lock)
     * get none: added in later releases, they may have been marked ran after later steps, and a rollback to a later
     * tag would then run the checks of this step.
     */
    private static ChangeSetSpec withChecks(ChangeSetSpec cs, List<DbmsStatement> checks) {
        return cs.dbms() == null ? cs.withRollbackChecks(checks) : cs;
    }

    /** The checks, per dialect, of what rolling back {@code ops} restores where that dialect's rollback has statements. */
    private List<DbmsStatement> rollbackChecks(List<Operation> ops, SchemaState before) {
        Map<Dialect, List<DbmsStatement>> byDialect = new EnumMap<>(Dialect.class);
        SchemaState state = before;
        for (Operation op : ops) {
            Table table = op instanceof Operation.CreateTable ? null : state.table(op.table());
            for (RestoredConstraint c : RestoredConstraint.of(op)) {
                for (Dialect d : Dialect.values()) {
                    if (!renderers.get(d).rollback(op, table).isEmpty()) {
                        byDialect.computeIfAbsent(d, k -> new ArrayList<>()).addAll(rollbackGuard.statements(d, c));
                    }
                }
            }
            state = state.apply(op);
        }
        List<DbmsStatement> out = new ArrayList<>();
        byDialect.values().forEach(out::addAll);
        return out;
    }

    private static SchemaState after(SchemaState state, List<Operation> ops) {
        SchemaState s = state;
        for (Operation op : ops) {
            s = s.apply(op);
        }
        return s;
    }

    /** The unique index on the key a key move demotes, when the same step creates one (6.1: IX_PersistedGrants_Key). */
    private static Optional<Index> uniqueIndexOnOldKey(List<Operation> ops, Operation.MoveKeyToIdentity m) {
        return ops.stream().filter(o -> o instanceof Operation.CreateIndex).map(o -> (Operation.CreateIndex) o)
                .filter(c -> c.table().equals(m.table()) && c.index().unique()
                        && c.index().columns().equals(List.of(m.oldKey())))
                .map(Operation.CreateIndex::index).findFirst();
    }

    /**
     * MySQL/MariaDB only, run before the two changesets it stands for (the key move and the index), which it leaves
     * marked ran: the released changesets keep their checksums, and a database that already ran them marks this one
     * ran instead. Its rollback does nothing because theirs, which run before it, move the key back.
     */
    private ChangeSetSpec mysqlKeyMoveInOnePass(String generation, Operation.MoveKeyToIdentity m, Index index,
                                                Table before) {
        String id = "duende-" + generation + "-" + store.id() + "-" + m.slug() + "-one-pass";
        String table = names.table(m.table());
        String comment = "MySQL/MariaDB: move the primary key of " + table + " from " + m.oldKey() + " to a new"
                + " AUTO_INCREMENT column " + m.column().name() + " and build "
                + names.index(m.table(), index.columns(), Dialect.MYSQL) + " in the same table copy (Duende "
                + generation + "); the key-move and index changesets that follow are then marked ran.";
        Map<Dialect, List<String>> forward = new EnumMap<>(Dialect.class);
        forward.put(Dialect.MYSQL, List.of(renderers.get(Dialect.MYSQL).moveKeyWithIndex(before, m, index)));
        Map<Dialect, List<String>> rollback = new EnumMap<>(Dialect.class);
        rollback.put(Dialect.MYSQL, List.of("DO 0"));
        return new ChangeSetSpec(id, "duende-" + generation, comment, "MARK_RAN", ALREADY_APPLIED, null,
                preconditions.columnMissingOnceAltersFinish(m.table(), m.column().name()), forward, rollback,
                Dialect.MYSQL.dbms(), true);
    }

    /**
     * H2 only, run before the key move it stands for, which it leaves marked ran. H2 commits each of the move's four
     * statements on its own, so an update stopped between them left a table without its old key and without the new
     * column, where the released changeset (guarded by the column alone) failed on the key it had already dropped.
     * This one is guarded by the new key itself and skips what is already done, so a rerun completes the move. Its
     * rollback does nothing because the key move's, which runs before it, moves the key back.
     */
    private ChangeSetSpec h2ResumableKeyMove(String generation, Operation.MoveKeyToIdentity m, Table before) {
        String id = "duende-" + generation + "-" + store.id() + "-" + m.slug() + "-resumable";
        String table = names.table(m.table());
        List<String> resumable = renderers.get(Dialect.H2).resumableKeyMove(before, m);
        String comment = "H2: move the primary key of " + table + " from " + m.oldKey() + " to a new identity column "
                + m.column().name() + " (Duende " + generation + ") so that a rerun after an interruption completes"
                + " it; the key-move changeset that follows is then marked ran.";
        Map<Dialect, List<String>> forward = new EnumMap<>(Dialect.class);
        forward.put(Dialect.H2, resumable);
        Map<Dialect, List<String>> rollback = new EnumMap<>(Dialect.class);
        rollback.put(Dialect.H2, List.of("SELECT 1"));
        return new ChangeSetSpec(id, "duende-" + generation, comment, "MARK_RAN", ALREADY_APPLIED, null,
                preconditions.h2NotYetPrimaryKey(m.table(), m.column().name()), forward, rollback, Dialect.H2.dbms(),
                true);
    }

    /**
     * Changesets that create every table of a generation in an empty database. A table that a type correction
     * changed is created as the released changesets created it, and the correction follows, as on the step path.
     */
    List<ChangeSetSpec> baseline(String generation, SchemaState state, List<Operation.CorrectType> corrections) {
        List<ChangeSetSpec> out = new ArrayList<>();
        SchemaState built = new SchemaState(List.of());
        for (Table table : state.tables()) {
            List<Operation.CorrectType> own = corrections.stream().filter(c -> c.table().equals(table.name())).toList();
            Table created = table;
            for (int i = own.size() - 1; i >= 0; i--) {
                created = own.get(i).unapply(created);
            }
            List<Operation> ops = new ArrayList<>(creation(created));
            ops.addAll(own);
            for (Operation op : ops) {
                out.addAll(changeSets(generation, op, built, "baseline-", false));
                built = built.apply(op);
            }
        }
        return out;
    }

    /** A table's creation as EF orders it: the table with its keys, then each index. */
    static List<Operation> creation(Table table) {
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation.CreateTable(table.withoutIndexes()));
        table.indexes().forEach(i -> ops.add(new Operation.CreateIndex(table.name(), i)));
        return ops;
    }

    private List<ChangeSetSpec> changeSets(String generation, Operation op, SchemaState state) {
        if (op instanceof Operation.CreateTable c && !c.definition().indexes().isEmpty()) {
            List<ChangeSetSpec> out = new ArrayList<>();
            SchemaState s = state;
            for (Operation part : creation(c.definition())) {
                out.addAll(changeSets(generation, part, s, "", false));
                s = s.apply(part);
            }
            return out;
        }
        return changeSets(generation, op, state, "", true);
    }

    /** @param populated whether the table may hold rows (it existed before the step), which low-lock changesets need */
    private List<ChangeSetSpec> changeSets(String generation, Operation op, SchemaState state, String idPrefix,
                                           boolean populated) {
        Table before = op instanceof Operation.CreateTable ? null : state.table(op.table());
        if (op instanceof Operation.CorrectType c) {
            return correction(generation, c, before, idPrefix);
        }
        Map<Dialect, List<String>> forward = new EnumMap<>(Dialect.class);
        Map<Dialect, List<String>> rollback = new EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
            forward.put(d, renderers.get(d).forward(op, before));
            rollback.put(d, renderers.get(d).rollback(op, before));
        }
        String id = "duende-" + generation + "-" + store.id() + "-" + idPrefix + op.slug();
        String label = "duende-" + generation;
        String onFail = "MARK_RAN";
        String message = ALREADY_APPLIED;
        String onError = null;
        String pre;
        String comment;
        String table = names.table(op.table());
        if (op instanceof Operation.CreateTable c) {
            pre = preconditions.tableMissing(op.table());
            comment = "Create table " + table + " (Duende " + generation + ").";
        } else if (op instanceof Operation.AddColumn a) {
            pre = preconditions.columnMissing(op.table(), a.column().name());
            comment = "Add " + table + "." + a.column().name() + " (" + describe(a.column()) + ", Duende " + generation + ")"
                    + (a.column().defaultValue() != null ? "; existing rows get the default EF gives them." : ".");
        } else if (op instanceof Operation.CreateIndex i) {
            pre = preconditions.indexMissing(op.table(), i.index().columns());
            comment = "Create " + (i.index().unique() ? "unique " : "") + "index "
                    + names.index(op.table(), i.index().columns()) + " (Duende " + generation + ").";
        } else if (op instanceof Operation.DropIndex i) {
            pre = preconditions.indexExists(op.table(), i.index().columns());
            comment = "Drop index " + names.index(op.table(), i.index().columns())
                    + ", replaced by a unique index that leads with the same column (Duende " + generation + ").";
        } else if (op instanceof Operation.ShrinkColumn s) {
            // Already short (EF did it, or SQLite, which keeps no length): marked ran. Longer values: the guard
            // raises an error that halts, with their number; no onErrorMessage, which would hide that number.
            onError = "HALT";
            pre = PreconditionWriter.notOn(Dialect.SQLITE)
                    + preconditions.lengthNotYet(op.table(), s.column(), s.to().length())
                    + preconditions.lengthGuard(op.table(), s.column(), s.to().length());
            comment = "Shorten " + table + "." + s.column() + " to " + s.to().length() + " characters (Duende "
                    + generation + "); halts, with the number of longer values, instead of truncating them.";
        } else if (op instanceof Operation.MoveKeyToIdentity m) {
            pre = preconditions.columnMissing(op.table(), m.column().name());
            comment = "Move the primary key of " + table + " from " + m.oldKey() + " to a new identity column "
                    + m.column().name() + " that numbers existing rows; " + m.oldKey() + " becomes nullable (Duende "
                    + generation + ").";
        } else if (op instanceof Operation.WidenIdentity w) {
            // Already 64-bit (EF did it, or SQLite, where both are INTEGER): marked ran. A missing table: halts.
            onError = "HALT";
            pre = PreconditionWriter.notOn(Dialect.SQLITE) + preconditions.bigintNotYet(op.table(), w.column())
                    + preconditions.tableReadable(op.table());
            comment = "Widen " + table + "." + w.column() + " to a 64-bit identity, keeping its primary key (Duende "
                    + generation + "); marked ran when EF already did it.";
        } else {
            throw new IllegalArgumentException("unsupported operation " + op);
        }
        ChangeSetSpec standard = new ChangeSetSpec(id, label, comment, onFail, message, onError, pre, forward, rollback);
        if (!populated) {
            return List.of(standard);
        }
        List<ChangeSetSpec> out = new ArrayList<>();
        if (lowLock != null && op instanceof Operation.CreateIndex i) {
            out.add(lowLock.createIndex(id, label, generation, before, i.index()));
        } else if (lowLock != null && op instanceof Operation.MoveKeyToIdentity m) {
            out.addAll(lowLock.moveKey(id, label, generation, before, m));
        }
        // The MySQL key move stands in for the one-pass changeset, which comes earlier (see step).
        if (mysqlLowLock != null && op instanceof Operation.CreateIndex i) {
            out.add(mysqlLowLock.createIndex(id, label, generation, before, i.index()));
        } else if (mysqlLowLock != null && op instanceof Operation.WidenIdentity w) {
            out.addAll(mysqlLowLock.widen(id, label, generation, before, w));
        }
        out.add(standard);
        return out;
    }

    /**
     * A type correction, limited to the databases where the released type differs from EF Core's (none: no
     * changeset). It runs while the column still has the released type and is marked ran once it has EF Core's
     * (EF created it so, or the correction ran); values the new type cannot hold halt it before anything changes.
     */
    private List<ChangeSetSpec> correction(String generation, Operation.CorrectType c, Table before, String idPrefix) {
        Map<Dialect, List<String>> forward = new EnumMap<>(Dialect.class);
        Map<Dialect, List<String>> rollback = new EnumMap<>(Dialect.class);
        List<Dialect> affected = new ArrayList<>();
        Map<Dialect, SqlType> released = new EnumMap<>(Dialect.class);
        // A conversion by a new column checks the range in its own block and must also run to finish a stopped one.
        String resumable = "";
        List<Dialect> guarded = new ArrayList<>();
        for (Dialect d : Dialect.values()) {
            DdlRenderer r = renderers.get(d);
            if (!r.sameType(c.from(), c.to())) {
                affected.add(d);
                forward.put(d, r.forward(c, before));
                rollback.put(d, r.rollback(c, before));
                if (r.rebuilds(c.from(), c.to())) {
                    resumable += preconditions.oracleRebuildPending(c.table(), c.column(), r.type(c.from()),
                            OracleColumnRebuild.temporaryColumn(c.column()), before.requireColumn(c.column()).nullable());
                } else {
                    released.put(d, r.type(c.from()));
                    guarded.add(d);
                }
            }
        }
        if (affected.isEmpty()) {
            return List.of();
        }
        String table = names.table(c.table());
        String id = "duende-" + generation + "-" + store.id() + "-" + idPrefix + c.slug();
        String pre = preconditions.typeStill(c.table(), c.column(), released) + resumable
                + preconditions.rangeGuard(c.table(), c.column(), c.to(), guarded);
        String comment = "Convert " + table + "." + c.column() + " to the type EF Core gives it (model type "
                + c.to().text() + ", Duende " + generation + "; the plugin's first release created it as "
                + c.from().text() + "), keeping every value; marked ran where the column already has that type.";
        String dbms = affected.stream().map(Dialect::dbms).collect(java.util.stream.Collectors.joining(","));
        return List.of(new ChangeSetSpec(id, "duende-" + generation, comment, "MARK_RAN", ALREADY_APPLIED, "HALT",
                pre, forward, rollback, dbms, true));
    }

    private static String describe(Column c) {
        LogicalType t = c.type();
        String type = t.kind() == LogicalType.Kind.STRING ? "string(" + t.length() + ")" : t.kind().name().toLowerCase();
        return type + (c.nullable() ? " NULL" : " NOT NULL");
    }
}
