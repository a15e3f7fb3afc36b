package io.github.duendetools.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table of the logical model, by its default (unmapped) Duende name. Immutable; changes return copies. */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
                   List<Index> indexes) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Column requireColumn(String columnName) {
        return column(columnName).orElseThrow(
                () -> new IllegalStateException("table " + name + " has no column " + columnName));
    }

    public Table withColumn(Column column) {
        List<Column> list = new ArrayList<>(columns);
        list.add(column);
        return new Table(name, list, primaryKey, foreignKeys, indexes);
    }

    public Table replaceColumn(Column column) {
        List<Column> list = new ArrayList<>(columns);
        list.replaceAll(c -> c.name().equals(column.name()) ? column : c);
        return new Table(name, list, primaryKey, foreignKeys, indexes);
    }

    /** The new column goes first, as EF's table rebuild places a new key column. */
    public Table withLeadingColumn(Column column, List<String> newPrimaryKey) {
        List<Column> list = new ArrayList<>();
        list.add(column);
        list.addAll(columns);
        return new Table(name, list, newPrimaryKey, foreignKeys, indexes);
    }

    public Table withIndex(Index index) {
        List<Index> list = new ArrayList<>(indexes);
        list.add(index);
        return new Table(name, columns, primaryKey, foreignKeys, list);
    }

    public Table withoutIndex(Index index) {
        List<Index> list = new ArrayList<>(indexes);
        if (!list.removeIf(i -> i.columns().equals(index.columns()))) {
            throw new IllegalStateException("table " + name + " has no index on " + index.columns());
        }
        return new Table(name, columns, primaryKey, foreignKeys, list);
    }

    public Table withoutIndexes() {
        return new Table(name, columns, primaryKey, foreignKeys, List.of());
    }
}
