package io.github.duendetools.dbproof;

import java.util.List;
import java.util.Optional;

/**
 * A table at one generation. {@code logicalName} is Duende's default name (used to find model facts),
 * {@code name} the mapped name in the database (after per-table renames).
 */
record Table(String store, String logicalName, String name, String rowKey, List<Column> columns,
             String primaryKeyName, List<String> primaryKey, List<Index> indexes, List<ForeignKey> foreignKeys) {

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
