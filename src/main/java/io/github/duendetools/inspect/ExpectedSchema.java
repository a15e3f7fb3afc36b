package io.github.duendetools.inspect;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.ForeignKey;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.DuendeSchema;
import io.github.duendetools.schema.Store;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables a store has at each generation on one database, derived from the schema data the changelogs are
 * written from: the same names ({@link NameMapper}) and the same provider types ({@link Database#type}), put in the
 * form the database's system tables are read in ({@link SystemTables#expectedType}).
 */
final class ExpectedSchema {

    private final DuendeSchema schema;
    private final SystemTables systemTables;
    private final NameMapper names;
    private final Database database;

    ExpectedSchema(DuendeSchema schema, SystemTables systemTables, Map<String, String> tableNames,
                   boolean postgresLegacyTimestamps) {
        this.schema = schema;
        this.systemTables = systemTables;
        this.names = new NameMapper(tableNames, null);
        this.database = Database.of(systemTables.dialect(), postgresLegacyTimestamps);
    }

    /** Mapped table name to expected shape, at one generation. */
    Map<String, TableShape> at(Store store, String generation) {
        Map<String, TableShape> tables = new LinkedHashMap<>();
        for (Table t : schema.stateAt(store, generation).tables()) {
            TableShape shape = shape(t);
            tables.put(shape.name(), shape);
        }
        return tables;
    }

    /** Every mapped table name the store has at any generation: what counts as a Duende table in a namespace. */
    Set<String> allTableNames(Store store) {
        Set<String> all = new LinkedHashSet<>();
        for (String g : schema.generations()) {
            schema.stateAt(store, g).tables().forEach(t -> all.add(names.table(t.name())));
        }
        return all;
    }

    /** Logical (Duende default) name of a mapped table name. */
    String logical(Store store, String mapped) {
        for (String g : schema.generations()) {
            for (Table t : schema.stateAt(store, g).tables()) {
                if (names.table(t.name()).equals(mapped)) {
                    return t.name();
                }
            }
        }
        return mapped;
    }

    String mapped(String logical) {
        return names.table(logical);
    }

    private TableShape shape(Table t) {
        Dialect d = systemTables.dialect();
        String name = names.table(t.name());
        List<TableShape.Col> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            columns.add(new TableShape.Col(c.name(), systemTables.expectedType(database.type(c.type())), c.nullable(), c.identity()));
        }
        List<TableShape.Idx> indexes = new ArrayList<>();
        for (Index i : t.indexes()) {
            indexes.add(new TableShape.Idx(names.index(t.name(), i.columns(), d), i.columns(), i.unique()));
        }
        List<TableShape.Fk> fks = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            fks.add(new TableShape.Fk(names.foreignKey(t.name(), fk, d), fk.columns(), names.table(fk.references()),
                    fk.referencedColumns(), "CASCADE"));
        }
        return new TableShape(name, columns, names.primaryKey(t.name(), d), t.primaryKey(), indexes, fks);
    }
}
