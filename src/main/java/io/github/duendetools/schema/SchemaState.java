package io.github.duendetools.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of one store at one generation, in creation order (principal tables before dependants). */
public final class SchemaState {

    private final Map<String, Table> tables;

    public SchemaState(List<Table> tables) {
        this.tables = new LinkedHashMap<>();
        tables.forEach(t -> this.tables.put(t.name(), t));
    }

    public List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalStateException("no table " + name);
        }
        return table;
    }

    public SchemaState apply(Operation operation) {
        List<Table> next = new ArrayList<>();
        boolean found = false;
        for (Table t : tables.values()) {
            if (t.name().equals(operation.table())) {
                next.add(operation.apply(t));
                found = true;
            } else {
                next.add(t);
            }
        }
        if (!found) {
            if (!(operation instanceof Operation.CreateTable)) {
                throw new IllegalStateException("no table " + operation.table() + " for " + operation.slug());
            }
            next.add(operation.apply(null));
        }
        return new SchemaState(next);
    }
}
