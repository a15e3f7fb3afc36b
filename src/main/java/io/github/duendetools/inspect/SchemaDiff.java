package io.github.duendetools.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every difference between the tables a store should have at a generation and the Duende tables a namespace holds.
 * Column order is not compared: EF appends the columns it adds, so a migrated database and a fresh one differ there.
 */
final class SchemaDiff {

    private final boolean comparePrimaryKeyNames;

    SchemaDiff(boolean comparePrimaryKeyNames) {
        this.comparePrimaryKeyNames = comparePrimaryKeyNames;
    }

    /** @param live the namespace's tables that are Duende tables of this store at some generation */
    List<Difference> compare(Map<String, TableShape> expected, Map<String, TableShape> live) {
        List<Difference> out = new ArrayList<>();
        for (TableShape want : expected.values()) {
            TableShape have = live.get(want.name());
            if (have == null) {
                out.add(new Difference(Difference.Kind.MISSING_TABLE, want.name(), null, null, null, false));
                continue;
            }
            columns(want, have, out);
            key(want, have, out);
            indexes(want, have, out);
            foreignKeys(want, have, out);
        }
        for (String name : new TreeSet<>(live.keySet())) {
            if (!expected.containsKey(name)) {
                out.add(new Difference(Difference.Kind.EXTRA_TABLE, name, null, null, null, false));
            }
        }
        return out;
    }

    private static void columns(TableShape want, TableShape have, List<Difference> out) {
        Set<String> extra = new TreeSet<>();
        have.columns().forEach(c -> extra.add(c.name()));
        for (TableShape.Col c : want.columns()) {
            extra.remove(c.name());
            String where = "column " + c.name();
            TableShape.Col a = have.column(c.name()).orElse(null);
            if (a == null) {
                out.add(new Difference(Difference.Kind.MISSING_COLUMN, want.name(), where, c.type(), null, false));
                continue;
            }
            if (!Objects.equals(c.type(), a.type())) {
                out.add(new Difference(Difference.Kind.TYPE, want.name(), where, c.type(), a.type(), false));
            }
            if (c.nullable() != a.nullable()) {
                out.add(new Difference(Difference.Kind.NULLABILITY, want.name(), where, nullity(c), nullity(a), false));
            }
            if (c.identity() != a.identity()) {
                out.add(new Difference(Difference.Kind.IDENTITY, want.name(), where, identity(c), identity(a), false));
            }
        }
        for (String name : extra) {
            out.add(new Difference(Difference.Kind.EXTRA_COLUMN, want.name(), "column " + name, null,
                    have.column(name).map(TableShape.Col::type).orElse(null), false));
        }
    }

    private void key(TableShape want, TableShape have, List<Difference> out) {
        if (!want.primaryKey().equals(have.primaryKey())) {
            out.add(new Difference(Difference.Kind.PRIMARY_KEY, want.name(), "primary key",
                    want.primaryKey().toString(), have.primaryKey().isEmpty() ? "none" : have.primaryKey().toString(), false));
        } else if (comparePrimaryKeyNames && !Objects.equals(want.primaryKeyName(), have.primaryKeyName())) {
            out.add(new Difference(Difference.Kind.PRIMARY_KEY, want.name(), "primary key",
                    "named " + want.primaryKeyName(), "named " + have.primaryKeyName(), false));
        }
    }

    private static void indexes(TableShape want, TableShape have, List<Difference> out) {
        Set<String> extra = new TreeSet<>();
        have.indexes().forEach(i -> extra.add(i.name()));
        for (TableShape.Idx i : want.indexes()) {
            extra.remove(i.name());
            String where = "index " + i.name();
            TableShape.Idx a = have.indexes().stream().filter(x -> x.name().equals(i.name())).findFirst().orElse(null);
            if (a == null) {
                out.add(new Difference(Difference.Kind.MISSING_INDEX, want.name(), where, i.describe(), null, false));
            } else if (!i.columns().equals(a.columns()) || i.unique() != a.unique()) {
                out.add(new Difference(Difference.Kind.INDEX, want.name(), where, i.describe(), a.describe(), false));
            }
        }
        for (String name : extra) {
            TableShape.Idx a = have.indexes().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            out.add(new Difference(Difference.Kind.EXTRA_INDEX, want.name(), "index " + name, null, a.describe(), false));
        }
    }

    private static void foreignKeys(TableShape want, TableShape have, List<Difference> out) {
        Set<String> extra = new TreeSet<>();
        have.foreignKeys().forEach(f -> extra.add(String.valueOf(f.name())));
        for (TableShape.Fk f : want.foreignKeys()) {
            TableShape.Fk a = have.foreignKeys().stream().filter(x -> Objects.equals(x.name(), f.name())).findFirst()
                    .or(() -> have.foreignKeys().stream().filter(x -> x.name() == null && x.columns().equals(f.columns())
                            && x.referencedTable().equals(f.referencedTable())).findFirst())
                    .orElse(null);
            String where = "foreign key " + f.name();
            if (a == null) {
                out.add(new Difference(Difference.Kind.MISSING_FOREIGN_KEY, want.name(), where, f.describe(), null, false));
                continue;
            }
            extra.remove(String.valueOf(a.name()));
            if (!f.columns().equals(a.columns()) || !f.referencedTable().equals(a.referencedTable())
                    || !f.referencedColumns().equals(a.referencedColumns()) || !f.onDelete().equals(a.onDelete())) {
                out.add(new Difference(Difference.Kind.FOREIGN_KEY, want.name(), where, f.describe(), a.describe(), false));
            }
        }
        for (String name : extra) {
            TableShape.Fk a = have.foreignKeys().stream().filter(x -> String.valueOf(x.name()).equals(name)).findFirst()
                    .orElseThrow();
            out.add(new Difference(Difference.Kind.EXTRA_FOREIGN_KEY, want.name(), "foreign key " + name, null,
                    a.describe(), false));
        }
    }

    private static String nullity(TableShape.Col c) {
        return c.nullable() ? "NULL" : "NOT NULL";
    }

    private static String identity(TableShape.Col c) {
        return c.identity() ? "an identity column" : "no identity";
    }
}
