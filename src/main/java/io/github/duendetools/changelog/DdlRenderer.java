package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
import io.github.duendetools.database.H2;
import io.github.duendetools.database.MySql;
import io.github.duendetools.database.NameMapper;
import io.github.duendetools.database.OracleColumnRebuild;
import io.github.duendetools.database.SqlType;
import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.ForeignKey;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.LogicalType;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the SQL statements of one operation, and of its rollback, for one dialect. */
final class DdlRenderer {

    private final Database db;
    private final Dialect d;
    private final NameMapper names;

    public DdlRenderer(Database db, NameMapper names) {
        this.db = db;
        this.d = db.dialect();
        this.names = names;
    }

    /** Forward statements; {@code before} is the table before the change (null for a new table). */
    public List<String> forward(Operation op, Table before) {
        if (op instanceof Operation.CreateTable c) {
            return List.of(createTable(c.definition()));
        } else if (op instanceof Operation.AddColumn a) {
            return List.of(addColumn(a.table(), a.column()));
        } else if (op instanceof Operation.CreateIndex i) {
            return List.of(createIndex(before, i.index()));
        } else if (op instanceof Operation.DropIndex i) {
            return dropIndex(before, i.index());
        } else if (op instanceof Operation.ShrinkColumn s) {
            return alterString(before, s.column(), s.to());
        } else if (op instanceof Operation.MoveKeyToIdentity m) {
            return moveKey(before, m);
        } else if (op instanceof Operation.WidenIdentity w) {
            return widen(before, w.column(), w.to());
        } else if (op instanceof Operation.CorrectType c) {
            return convert(before, c.column(), c.from(), c.to());
        }
        throw new IllegalArgumentException("unsupported operation " + op);
    }

    public List<String> rollback(Operation op, Table before) {
        if (op instanceof Operation.CreateTable c) {
            return List.of("DROP TABLE " + names.qualified(c.table(), d));
        } else if (op instanceof Operation.AddColumn a) {
            return dropColumn(a.table(), a.column().name());
        } else if (op instanceof Operation.CreateIndex i) {
            return dropIndex(before, i.index());
        } else if (op instanceof Operation.DropIndex i) {
            return List.of(createIndex(before, i.index()));
        } else if (op instanceof Operation.ShrinkColumn s) {
            return alterString(before, s.column(), s.from());
        } else if (op instanceof Operation.MoveKeyToIdentity m) {
            return restoreKey(before, m);
        } else if (op instanceof Operation.WidenIdentity w) {
            return widen(before, w.column(), w.from());
        } else if (op instanceof Operation.CorrectType c) {
            return convert(before, c.column(), c.to(), c.from());
        }
        throw new IllegalArgumentException("unsupported operation " + op);
    }

    String createTable(Table t) {
        List<String> parts = new ArrayList<>();
        boolean inlineKey = db.keyOnItsColumn() && t.primaryKey().size() == 1;
        for (Column c : t.columns()) {
            String def = db.columnDefinition(c);
            if (inlineKey && t.primaryKey().get(0).equals(c.name())) {
                def += " CONSTRAINT " + db.quote(names.primaryKey(t.name(), d)) + " PRIMARY KEY"
                        + (c.identity() ? " AUTOINCREMENT" : "");
            }
            parts.add(def);
        }
        if (!inlineKey) {
            parts.add("CONSTRAINT " + db.quote(names.primaryKey(t.name(), d)) + " PRIMARY KEY (" + cols(t.primaryKey()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            parts.add(foreignKey(t, fk));
        }
        String body = String.join(",\n    ", parts);
        return "CREATE TABLE " + names.qualified(t.name(), d) + " (\n    " + body + "\n)" + db.tableOptions();
    }

    String addColumn(String table, Column c) {
        return db.addColumn(names.qualified(table, d), db.columnDefinition(c));
    }

    List<String> dropColumn(String table, String column) {
        return db.dropColumn(names.qualified(table, d), column);
    }

    String createIndex(Table table, Index index) {
        String name = names.index(table.name(), index.columns(), d);
        String qualifiedName = db.qualifiesIndexNames() ? names.qualifiedName(name, d) : db.quote(name);
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + qualifiedName + " ON "
                + names.qualified(table.name(), d) + " (" + cols(index.columns()) + ")";
        if (db.filtersUniqueIndexes() && index.unique()) {
            String filter = index.columns().stream().filter(c -> table.requireColumn(c).nullable())
                    .map(c -> db.quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            if (!filter.isEmpty()) {
                sql += " WHERE " + filter;
            }
        }
        return sql;
    }

    List<String> dropIndex(Table table, Index index) {
        String name = names.index(table.name(), index.columns(), d);
        String t = names.qualified(table.name(), d);
        String drop = db.dropIndex(t, db.quote(name), names.qualifiedName(name, d));
        List<ForeignKey> backed = table.foreignKeys().stream()
                .filter(fk -> leads(index, fk))
                .filter(fk -> db.foreignKeyHoldsIndex(table.indexes().stream()
                        .anyMatch(other -> !other.columns().equals(index.columns()) && leads(other, fk))))
                .toList();
        if (backed.isEmpty()) {
            return List.of(drop);
        }
        // Dropping the key first and re-adding it after lets it bind to the index that remains (MySQL creates one
        // for it when none does).
        List<String> out = new ArrayList<>();
        backed.forEach(fk -> out.add(db.dropForeignKey(t, names.foreignKey(table.name(), fk, d))));
        out.add(drop);
        backed.forEach(fk -> out.add("ALTER TABLE " + t + " ADD " + foreignKey(table, fk)));
        return out;
    }

    private static boolean leads(Index index, ForeignKey fk) {
        return index.columns().size() >= fk.columns().size()
                && index.columns().subList(0, fk.columns().size()).equals(fk.columns());
    }

    private String foreignKey(Table t, ForeignKey fk) {
        return "CONSTRAINT " + db.quote(names.foreignKey(t.name(), fk, d)) + " FOREIGN KEY (" + cols(fk.columns())
                + ") REFERENCES " + names.qualified(fk.references(), d) + " (" + cols(fk.referencedColumns())
                + ") ON DELETE CASCADE";
    }

    private List<String> alterString(Table table, String column, LogicalType type) {
        return db.changeType(names.qualified(table.name(), d), table.requireColumn(column).withType(type));
    }

    /** The type as this database's EF Core provider writes it. */
    public SqlType type(LogicalType type) {
        return db.type(type);
    }

    /** Whether the two types are the same on this database, where a type correction then has nothing to do. */
    public boolean sameType(LogicalType a, LogicalType b) {
        return db.sameType(a, b);
    }

    /**
     * Converts a column between two types in place, keeping every row's value. Empty where both types are the same
     * here. Supported: a list of strings between JSON text and PostgreSQL's text[], and an integer column whose new
     * type MySQL or Oracle spell differently (the changeset's guard has refused values out of range before).
     */
    private List<String> convert(Table table, String column, LogicalType from, LogicalType to) {
        if (sameType(from, to)) {
            return List.of();
        }
        return db.convertType(names, table.name(), names.qualified(table.name(), d), table.requireColumn(column), from,
                to);
    }

    /**
     * Whether converting {@code from} to {@code to} here takes a new column ({@link OracleColumnRebuild}), whose
     * changeset must also run to finish a conversion that stopped halfway.
     */
    public boolean rebuilds(LogicalType from, LogicalType to) {
        return db.convertsByNewColumn(from, to);
    }

    private List<String> widen(Table table, String column, LogicalType type) {
        return db.widenIdentity(names.qualified(table.name(), d), db.quote(names.primaryKey(table.name(), d)), column,
                type);
    }

    private List<String> moveKey(Table before, Operation.MoveKeyToIdentity m) {
        return db.moveKey(names.qualified(before.name(), d), db.quote(names.primaryKey(before.name(), d)),
                before.requireColumn(m.oldKey()), m.column(), () -> sqliteRebuild(before, m.apply(before)));
    }

    /** H2: the key move in statements a rerun can repeat (see {@link H2}). */
    List<String> resumableKeyMove(Table before, Operation.MoveKeyToIdentity m) {
        if (d != Dialect.H2) {
            throw new IllegalStateException("resumable key move is H2 only");
        }
        return Database.h2().moveKeyResumably(names.qualified(before.name(), d),
                db.quote(names.primaryKey(before.name(), d)), before.requireColumn(m.oldKey()), m.column());
    }

    /** MySQL/MariaDB: the key move and a unique index on the old key in one {@code ALTER TABLE} (see {@link MySql}). */
    String moveKeyWithIndex(Table before, Operation.MoveKeyToIdentity m, Index index) {
        if (d != Dialect.MYSQL) {
            throw new IllegalStateException("one-pass key move is MySQL only");
        }
        return Database.mysql().moveKeyWithIndex(names.qualified(before.name(), d),
                db.quote(names.primaryKey(before.name(), d)), before.requireColumn(m.oldKey()), m.column(),
                names.index(before.name(), index.columns(), d), index.columns());
    }

    private List<String> restoreKey(Table before, Operation.MoveKeyToIdentity m) {
        return db.restoreKey(names.qualified(before.name(), d), db.quote(names.primaryKey(before.name(), d)),
                before.requireColumn(m.oldKey()), m.column().name(), () -> sqliteRebuild(m.apply(before), before));
    }

    /**
     * SQLite cannot change a primary key in place: build the target table, copy the rows, swap, re-create the
     * indexes. Only the columns both shapes share are copied, so a new identity column numbers the old rows
     * (copying EF's zeroed Id is what breaks EF's own rebuild).
     */
    List<String> sqliteRebuild(Table from, Table to) {
        String temp = db.quote("ef_temp_" + names.table(to.name()));
        String create = createTable(to.withoutIndexes()).replaceFirst(
                "CREATE TABLE " + java.util.regex.Pattern.quote(names.qualified(to.name(), d)),
                java.util.regex.Matcher.quoteReplacement("CREATE TABLE " + temp));
        String shared = to.columns().stream().map(Column::name).filter(c -> from.column(c).isPresent())
                .map(db::quote).collect(Collectors.joining(", "));
        List<String> out = new ArrayList<>();
        out.add(create);
        out.add("INSERT INTO " + temp + " (" + shared + ")\nSELECT " + shared + " FROM " + names.qualified(from.name(), d));
        out.add("DROP TABLE " + names.qualified(from.name(), d));
        out.add("ALTER TABLE " + temp + " RENAME TO " + names.qualified(to.name(), d));
        for (Index index : from.indexes()) {
            out.add(createIndex(to, index));
        }
        return out;
    }

    private String cols(List<String> columns) {
        return columns.stream().map(db::quote).collect(Collectors.joining(", "));
    }
}
