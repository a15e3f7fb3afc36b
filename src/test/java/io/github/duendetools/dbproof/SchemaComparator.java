package io.github.duendetools.dbproof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the reference tables of a generation with what a database holds, and says every difference in one
 * line naming the table and the column (or index, key) concerned. Column order is not compared: EF appends columns
 * it adds, so a migrated database and a fresh one legitimately differ there.
 */
final class SchemaComparator {
    private final Engine engine;
    private final boolean postgresLegacyTimestamps;

    SchemaComparator(Engine engine, boolean postgresLegacyTimestamps) {
        this.engine = engine;
        this.postgresLegacyTimestamps = postgresLegacyTimestamps;
    }

    List<String> compare(List<Table> expected, Map<String, Table> actual) {
        List<String> problems = new ArrayList<>();
        Set<String> unexpected = new TreeSet<>(actual.keySet());
        for (Table want : expected) {
            Table have = actual.get(want.name());
            unexpected.remove(want.name());
            if (have == null) {
                problems.add("table " + want.name() + ": missing");
                continue;
            }
            compareColumns(want, have, problems);
            compareKey(want, have, problems);
            compareIndexes(want, have, problems);
            compareForeignKeys(want, have, problems);
        }
        unexpected.forEach(name -> problems.add("table " + name + ": not in the reference schema"));
        return problems;
    }

    private void compareColumns(Table want, Table have, List<String> problems) {
        Set<String> extra = new TreeSet<>();
        have.columns().forEach(c -> extra.add(c.name()));
        for (Column column : want.columns()) {
            extra.remove(column.name());
            String where = "table " + want.name() + " column " + column.name() + ": ";
            Column actual = have.column(column.name()).orElse(null);
            if (actual == null) {
                problems.add(where + "missing");
                continue;
            }
            String type = EngineTypes.get().typeOf(engine, column, postgresLegacyTimestamps);
            if (!type.equals(actual.type())) {
                problems.add(where + "type expected '" + type + "' but was '" + actual.type() + "'");
            }
            if (column.nullable() != actual.nullable()) {
                problems.add(where + "expected " + nullability(column) + " but was " + nullability(actual));
            }
            if (column.identity() != actual.identity()) {
                problems.add(where + (column.identity() ? "expected an identity column but it is not one"
                        : "is an identity column but should not be"));
            }
        }
        extra.forEach(name -> problems.add("table " + want.name() + " column " + name + ": not in the reference schema"));
    }

    private void compareKey(Table want, Table have, List<String> problems) {
        String name = engine.primaryKeyName(want.primaryKeyName());
        if (!want.primaryKey().equals(have.primaryKey())) {
            problems.add("table " + want.name() + " column " + String.join(",", want.primaryKey()) + ": primary key expected on "
                    + want.primaryKey() + " but is on " + have.primaryKey());
        } else if (engine != Engine.SQLITE || have.primaryKeyName() != null) {
            if (!name.equals(have.primaryKeyName())) {
                problems.add("table " + want.name() + " column " + String.join(",", want.primaryKey()) + ": primary key named '"
                        + have.primaryKeyName() + "', expected '" + name + "'");
            }
        }
    }

    private void compareIndexes(Table want, Table have, List<String> problems) {
        Set<String> extra = new TreeSet<>();
        have.indexes().forEach(i -> extra.add(i.name()));
        for (Index index : want.indexes()) {
            extra.remove(index.name());
            String where = "table " + want.name() + " column " + String.join(",", index.columns()) + ": index " + index.name();
            Index actual = have.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().orElse(null);
            if (actual == null) {
                problems.add(where + " " + index.describe() + " missing");
            } else if (!index.columns().equals(actual.columns()) || index.unique() != actual.unique()) {
                problems.add(where + " expected " + index.describe() + " but was " + actual.describe());
            }
        }
        for (String name : extra) {
            Index index = have.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
            problems.add("table " + want.name() + " column " + String.join(",", index.columns()) + ": index " + name + " "
                    + index.describe() + " is not in the reference schema");
        }
    }

    private void compareForeignKeys(Table want, Table have, List<String> problems) {
        Set<String> extra = new TreeSet<>();
        have.foreignKeys().forEach(f -> extra.add(f.name()));
        for (ForeignKey fk : want.foreignKeys()) {
            String where = "table " + want.name() + " column " + fk.column() + ": foreign key " + fk.name();
            ForeignKey actual = have.foreignKeys().stream().filter(f -> Objects.equals(f.name(), fk.name())).findFirst()
                    .orElse(null);
            extra.remove(fk.name());
            if (actual == null) {
                problems.add(where + " " + fk.describe() + " missing");
            } else if (!fk.column().equals(actual.column()) || !fk.principalTable().equals(actual.principalTable())
                    || !fk.principalColumn().equals(actual.principalColumn()) || !fk.onDelete().equals(actual.onDelete())) {
                problems.add(where + " expected " + fk.describe() + " but was " + actual.describe());
            }
        }
        for (String name : extra) {
            ForeignKey fk = have.foreignKeys().stream().filter(f -> Objects.equals(f.name(), name)).findFirst().orElseThrow();
            problems.add("table " + want.name() + " column " + fk.column() + ": foreign key " + name + " is not in the reference schema");
        }
    }

    private static String nullability(Column column) {
        return column.nullable() ? "NULL" : "NOT NULL";
    }
}
