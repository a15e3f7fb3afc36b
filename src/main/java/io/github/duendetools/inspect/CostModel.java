package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Operation;

/**
 * How each kind of schema change runs on each database family, and what the plugin offers against its cost. The
 * facts follow the changelogs the plugin writes (for instance the MySQL one-copy key move and the PostgreSQL low-lock
 * changesets), not EF's migrations.
 */
final class CostModel {

    private enum Kind { ADD_COLUMN, DROP_INDEX, CREATE_TABLE, CREATE_INDEX, SHRINK_COLUMN, MOVE_KEY, WIDEN_IDENTITY, CORRECT_TYPE }

    private final Dialect dialect;
    private final Database database;

    CostModel(Dialect dialect) {
        this.dialect = dialect;
        // Only the integer and list types a correction converts are compared, which no timestamp option changes.
        this.database = Database.of(dialect);
    }

    /** Whether the operation changes nothing on this database: a type correction between types it spells alike. */
    boolean changesNothing(Operation op) {
        return op instanceof Operation.CorrectType c && database.type(c.from()).text().equals(database.type(c.to()).text());
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

    String strategy(Operation op) {
        return switch (kind(op)) {
            case ADD_COLUMN -> dialect == Dialect.MYSQL ? "instant ADD COLUMN (MariaDB 10.3+, MySQL 8.0.12+); no table copy"
                    : "catalog change only; no rows are rewritten";
            case DROP_INDEX -> "catalog change only";
            case CREATE_TABLE -> "creates an empty table";
            case CREATE_INDEX -> switch (dialect) {
                case POSTGRESQL -> "blocks writes to the table while the index builds; duende.postgresLowLock=true builds it CONCURRENTLY";
                case MYSQL -> "built in place (online DDL): reads and writes continue";
                default -> "blocks writes to the table while the index builds";
            };
            case SHRINK_COLUMN -> switch (dialect) {
                case POSTGRESQL -> "table rewrite under an exclusive lock; the changeset first counts rows too long to fit and stops if there are any";
                case MYSQL -> "table copy; the changeset first counts rows too long to fit and stops if there are any";
                default -> "column rebuilt; the changeset first counts rows too long to fit and stops if there are any";
            };
            case MOVE_KEY -> switch (dialect) {
                case POSTGRESQL -> "table rewrite under an exclusive lock; duende.postgresLowLock=true numbers existing rows"
                        + " in committed batches and swaps the keys in a short final transaction";
                case MYSQL -> "one table copy that numbers existing rows and builds the new key and the Key index together"
                        + " (EF's own migration fails here with Duplicate entry '0')";
                case SQLITE -> "table rebuilt into a copy with numbered rows";
                default -> "table rewrite under an exclusive lock";
            };
            case CORRECT_TYPE -> switch (dialect) {
                case MYSQL -> "table copy; the changeset first counts values out of the new type's range and stops if there are any";
                case ORACLE -> "column rebuilt (new column, copy, rename); stops first on values out of the new type's range";
                default -> "table rewrite under an exclusive lock; each value is converted, none dropped";
            };
            case WIDEN_IDENTITY -> switch (dialect) {
                case MSSQL -> "primary key dropped and re-created around the type change: table rewrite";
                case MYSQL -> "table copy";
                default -> "table rewrite under an exclusive lock";
            };
        };
    }
}
