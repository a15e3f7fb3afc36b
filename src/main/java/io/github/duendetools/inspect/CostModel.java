package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.Strategy;
import io.github.duendetools.schema.Dialect;
import java.util.Locale;
import io.github.duendetools.schema.Operation;

/**
 * What each kind of schema change does to a table and how long that takes; how it runs on each database family, and
 * what the plugin offers against its cost, is said by that database's class, next to the statements it describes;
 * how long writers wait comes from the benchmark's figures ({@link BlockingFigures}).
 */
final class CostModel {

    private enum Kind { ADD_COLUMN, DROP_INDEX, CREATE_TABLE, CREATE_INDEX, SHRINK_COLUMN, MOVE_KEY, WIDEN_IDENTITY, CORRECT_TYPE }

    private final Database database;
    private final boolean lowLock;
    private final BlockingFigures figures;

    /** {@code lowLock}: the changelogs carry the low-lock changesets ({@code duende.lowLock}). */
    CostModel(Dialect dialect, boolean lowLock) {
        // Only the integer and list types a correction converts are compared, which no timestamp option changes.
        this.database = Database.of(dialect);
        this.lowLock = lowLock;
        this.figures = BlockingFigures.builtIn();
    }

    /** Whether the operation changes nothing on this database: a type correction between types it spells alike. */
    boolean changesNothing(Operation op) {
        return op instanceof Operation.CorrectType c && database.sameType(c.from(), c.to());
    }

    private static Kind kind(Operation op) {
        if (op instanceof Operation.AddColumn) {
            return Kind.ADD_COLUMN;
        } else if (op instanceof Operation.DropIndex) {
            return Kind.DROP_INDEX;
        } else if (op instanceof Operation.CreateTable) {
            return Kind.CREATE_TABLE;
        } else if (op instanceof Operation.CreateIndex) {
            return Kind.CREATE_INDEX;
        } else if (op instanceof Operation.ShrinkColumn) {
            return Kind.SHRINK_COLUMN;
        } else if (op instanceof Operation.MoveKeyToIdentity) {
            return Kind.MOVE_KEY;
        } else if (op instanceof Operation.CorrectType) {
            return Kind.CORRECT_TYPE;
        }
        return Kind.WIDEN_IDENTITY;
    }

    StepCost.How how(Operation op) {
        return switch (kind(op)) {
            case ADD_COLUMN, DROP_INDEX -> StepCost.How.METADATA;
            case CREATE_TABLE -> StepCost.How.NEW_TABLE;
            case CREATE_INDEX -> StepCost.How.INDEX_BUILD;
            case SHRINK_COLUMN, MOVE_KEY, WIDEN_IDENTITY, CORRECT_TYPE -> StepCost.How.TABLE_COPY;
        };
    }

    String change(Operation op) {
        if (op instanceof Operation.AddColumn a) {
            return "add column " + a.column().name();
        } else if (op instanceof Operation.DropIndex d) {
            return "drop index on (" + String.join(", ", d.index().columns()) + ")";
        } else if (op instanceof Operation.CreateTable) {
            return "create table";
        } else if (op instanceof Operation.CreateIndex c) {
            return "create " + (c.index().unique() ? "unique " : "") + "index on ("
                    + String.join(", ", c.index().columns()) + ")";
        } else if (op instanceof Operation.ShrinkColumn s) {
            return "shorten column " + s.column();
        } else if (op instanceof Operation.MoveKeyToIdentity m) {
            return "move the primary key from " + m.oldKey() + " to a new identity column " + m.column().name();
        } else if (op instanceof Operation.CorrectType c) {
            return "convert column " + c.column() + " to the type EF Core gives it";
        }
        return "widen identity column " + ((Operation.WidenIdentity) op).column();
    }

    /** Online, low-lock or blocking on this database with the options chosen: its class in the database package says. */
    Strategy strategy(Operation op) {
        return database.strategy(op, lowLock);
    }

    /** How the changelogs run the change on this database, in words. */
    String detail(Operation op) {
        return database.howItRuns(op, lowLock);
    }

    /** How long writers wait for the change on a table of this size. */
    BlockingEstimate blocking(Operation op, TableStats stats) {
        return figures.estimate(database.dialect(), changeKind(op), strategy(op), stats);
    }

    /** The change's name in the benchmark figures: {@code move-key}, {@code create-index}... */
    static String changeKind(Operation op) {
        return kind(op).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
