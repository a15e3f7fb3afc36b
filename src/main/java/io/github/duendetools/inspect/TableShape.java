package io.github.duendetools.inspect;

import java.util.List;
import java.util.Optional;

/**
 * A table as a database holds it, or as a generation expects it on that database: mapped names, and column types
 * written the way the engine's system tables are normalised, so that expected and live compare as plain values.
 */
record TableShape(String name, List<Col> columns, String primaryKeyName, List<String> primaryKey,
                         List<Idx> indexes, List<Fk> foreignKeys) {

    public TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<Col> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** A column: normalised type, nullability, identity. */
    public record Col(String name, String type, boolean nullable, boolean identity) {
    }

    /** A secondary index. */
    public record Idx(String name, List<String> columns, boolean unique) {
        public Idx {
            columns = List.copyOf(columns);
        }

        String describe() {
            return (unique ? "UNIQUE " : "") + "(" + String.join(", ", columns) + ")";
        }
    }

    /** A foreign key, its delete rule as SQL words (CASCADE, NO ACTION, ...). */
    public record Fk(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                     String onDelete) {
        public Fk {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }

        String describe() {
            return "(" + String.join(", ", columns) + ") -> " + referencedTable + "(" + String.join(", ", referencedColumns)
                    + ") ON DELETE " + onDelete;
        }
    }
}
