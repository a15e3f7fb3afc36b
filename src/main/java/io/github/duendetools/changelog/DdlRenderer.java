package io.github.duendetools.changelog;

import io.github.duendetools.database.Database;
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
        boolean inlineKey = d == Dialect.SQLITE && t.primaryKey().size() == 1;
        for (Column c : t.columns()) {
            String def = db.columnDefinition(c);
            if (inlineKey && t.primaryKey().get(0).equals(c.name())) {
                // SQLite only honours AUTOINCREMENT on an inline INTEGER PRIMARY KEY, which is how EF writes it.
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
        String tail = d == Dialect.MYSQL ? " CHARACTER SET=utf8mb4" : "";
        return "CREATE TABLE " + names.qualified(t.name(), d) + " (\n    " + body + "\n)" + tail;
    }

    String addColumn(String table, Column c) {
        String def = db.columnDefinition(c);
        String t = names.qualified(table, d);
        return switch (d) {
            case ORACLE -> "ALTER TABLE " + t + " ADD (" + def + ")";
            case H2, SQLITE -> "ALTER TABLE " + t + " ADD COLUMN " + def;
            default -> "ALTER TABLE " + t + " ADD " + def;
        };
    }

    List<String> dropColumn(String table, String column) {
        String t = names.qualified(table, d);
        List<String> out = new ArrayList<>();
        if (d == Dialect.MSSQL) {
            out.add(dropDefaultConstraint(table, column));
        }
        out.add("ALTER TABLE " + t + " DROP COLUMN " + db.quote(column));
        return out;
    }

    /** SQL Server refuses to drop a column that still has its (unnamed) default constraint; EF drops it first. */
    private String dropDefaultConstraint(String table, String column) {
        String target = names.qualified(table, d).replace("'", "''");
        return "DECLARE @var sysname;\n"
                + "SELECT @var = [d].[name] FROM [sys].[default_constraints] [d] INNER JOIN [sys].[columns] [c]"
                + " ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]"
                + " WHERE ([d].[parent_object_id] = OBJECT_ID(N'" + target + "') AND [c].[name] = N'"
                + column.replace("'", "''") + "');\n"
                + "IF @var IS NOT NULL EXEC(N'ALTER TABLE " + target.replace("'", "''")
                + " DROP CONSTRAINT [' + @var + '];')";
    }

    String createIndex(Table table, Index index) {
        String name = names.index(table.name(), index.columns(), d);
        String qualifiedName = d == Dialect.ORACLE || d == Dialect.H2 ? names.qualifiedName(name, d) : db.quote(name);
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + qualifiedName + " ON "
                + names.qualified(table.name(), d) + " (" + cols(index.columns()) + ")";
        if (d == Dialect.MSSQL && index.unique()) {
            // EF's SQL Server provider filters unique indexes over nullable columns, so several NULLs are allowed.
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
        String drop = switch (d) {
            case MSSQL -> "DROP INDEX " + db.quote(name) + " ON " + names.qualified(table.name(), d);
            case MYSQL -> "ALTER TABLE " + names.qualified(table.name(), d) + " DROP INDEX " + db.quote(name);
            case SQLITE -> "DROP INDEX " + db.quote(name);
            default -> "DROP INDEX " + names.qualifiedName(name, d);
        };
        List<ForeignKey> backed = table.foreignKeys().stream()
                .filter(fk -> leads(index, fk))
                // MySQL only needs help when no other index can serve the key; H2 keeps the key on the index
                // it first bound to, even when another would do.
                .filter(fk -> d == Dialect.H2 || table.indexes().stream()
                        .noneMatch(other -> !other.columns().equals(index.columns()) && leads(other, fk)))
                .toList();
        if ((d != Dialect.H2 && d != Dialect.MYSQL) || backed.isEmpty()) {
            return List.of(drop);
        }
        // Both refuse to drop the index a foreign key uses; dropping the key first and re-adding it after
        // lets it bind to the index that remains (MySQL creates one for it when none does).
        List<String> out = new ArrayList<>();
        String t = names.qualified(table.name(), d);
        String dropKeyword = d == Dialect.MYSQL ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ";
        backed.forEach(fk -> out.add("ALTER TABLE " + t + dropKeyword + db.quote(names.foreignKey(table.name(), fk, d))));
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
        String t = names.qualified(table.name(), d);
        Column c = table.requireColumn(column).withType(type);
        String q = db.quote(column);
        return switch (d) {
            case MSSQL -> List.of("ALTER TABLE " + t + " ALTER COLUMN " + db.columnDefinition(c));
            case POSTGRESQL -> List.of("ALTER TABLE " + t + " ALTER COLUMN " + q + " TYPE " + db.type(type).text());
            case MYSQL -> List.of("ALTER TABLE " + t + " MODIFY " + db.columnDefinition(c));
            case ORACLE -> List.of("ALTER TABLE " + t + " MODIFY (" + q + " " + db.type(type).text() + ")");
            case H2 -> List.of("ALTER TABLE " + t + " ALTER COLUMN " + q + " SET DATA TYPE " + db.type(type).text());
            // SQLite stores every string as TEXT: the length is not part of its schema.
            case SQLITE -> List.of();
        };
    }

    /** The type as this database's EF Core provider writes it. */
    public SqlType type(LogicalType type) {
        return db.type(type);
    }

    /** Whether the two types are the same on this database, where a type correction then has nothing to do. */
    public boolean sameType(LogicalType a, LogicalType b) {
        return db.type(a).text().equals(db.type(b).text());
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
        Column c = table.requireColumn(column);
        String t = names.qualified(table.name(), d);
        String q = db.quote(column);
        String type = db.type(to).text();
        String nullity = c.nullable() ? " NULL" : " NOT NULL";
        return switch (d) {
            case POSTGRESQL -> from.kind() == LogicalType.Kind.STRING_LIST
                    // array_to_json writes the list as EF Core writes a primitive collection: ["a","b"].
                    ? List.of("ALTER TABLE " + t + " ALTER COLUMN " + q + " TYPE " + type + " USING array_to_json(" + q
                            + ")::text")
                    : jsonToTextArray(t, q, type);
            case MYSQL -> List.of("ALTER TABLE " + t + " MODIFY " + q + " " + type + nullity);
            // Raising a NUMBER's precision is a catalogue change; lowering it on a column with rows is refused.
            case ORACLE -> !rebuilds(from, to)
                    ? List.of("ALTER TABLE " + t + " MODIFY (" + q + " " + type + ")")
                    : List.of(new OracleColumnRebuild(names).block(table.name(), column, db.type(from), type,
                            c.nullable(), to.kind() == LogicalType.Kind.UINT ? PreconditionWriter::uintOutOfRange : null,
                            PreconditionWriter.UINT_PROBLEM));
            default -> throw new IllegalStateException("no conversion of " + table.name() + "." + column + " from "
                    + from + " to " + to + " on " + d);
        };
    }

    /**
     * Whether converting {@code from} to {@code to} here takes a new column ({@link OracleColumnRebuild}), whose
     * changeset must also run to finish a conversion that stopped halfway.
     */
    public boolean rebuilds(LogicalType from, LogicalType to) {
        return d == Dialect.ORACLE && !sameType(from, to) && from.kind() != LogicalType.Kind.UINT;
    }

    /**
     * PostgreSQL refuses a subquery in ALTER COLUMN ... USING, so a session-local function turns each value into an
     * array: JSON (how EF Core writes a list into a text column) element by element, an array literal as it is. Any
     * other text fails the cast and the change stops with the database's error, so no value is dropped.
     */
    private static List<String> jsonToTextArray(String t, String q, String type) {
        String function = "pg_temp.duende_json_to_text_array";
        return List.of("CREATE FUNCTION " + function + "(value text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $convert$\n"
                        + "BEGIN\n"
                        + "    IF value IS NULL THEN\n"
                        + "        RETURN NULL;\n"
                        + "    ELSIF left(btrim(value), 1) = '[' THEN\n"
                        + "        RETURN ARRAY(SELECT e FROM jsonb_array_elements_text(value::jsonb) WITH ORDINALITY AS x(e, n)"
                        + " ORDER BY n);\n"
                        + "    END IF;\n"
                        + "    RETURN value::text[];\n"
                        + "END\n"
                        + "$convert$",
                "ALTER TABLE " + t + " ALTER COLUMN " + q + " TYPE " + type + " USING " + function + "(" + q + ")",
                "DROP FUNCTION " + function + "(text)");
    }

    private List<String> widen(Table table, String column, LogicalType type) {
        String t = names.qualified(table.name(), d);
        String q = db.quote(column);
        String pk = db.quote(names.primaryKey(table.name(), d));
        return switch (d) {
            // SQL Server cannot alter a column under a primary key: drop the key, alter, re-add (Duende's docs).
            case MSSQL -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " ALTER COLUMN " + q + " " + db.type(type).text() + " NOT NULL",
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            case POSTGRESQL -> List.of("ALTER TABLE " + t + " ALTER COLUMN " + q + " TYPE " + db.type(type).text());
            case MYSQL -> List.of("ALTER TABLE " + t + " MODIFY " + q + " " + db.type(type).text() + " NOT NULL AUTO_INCREMENT");
            case ORACLE -> List.of("ALTER TABLE " + t + " MODIFY (" + q + " " + db.type(type).text() + ")");
            case H2 -> List.of("ALTER TABLE " + t + " ALTER COLUMN " + q + " SET DATA TYPE " + db.type(type).text());
            // int and long are both INTEGER in SQLite.
            case SQLITE -> List.of();
        };
    }

    private List<String> moveKey(Table before, Operation.MoveKeyToIdentity m) {
        String t = names.qualified(before.name(), d);
        String pk = db.quote(names.primaryKey(before.name(), d));
        Column oldKey = before.requireColumn(m.oldKey());
        Column id = m.column();
        String q = db.quote(id.name());
        String k = db.quote(oldKey.name());
        return switch (d) {
            case MSSQL -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " ALTER COLUMN " + db.columnDefinition(oldKey.withNullable(true)),
                    // IDENTITY numbers every existing row while the column is added.
                    "ALTER TABLE " + t + " ADD " + db.columnDefinition(id),
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            // One statement, one table rewrite; the identity column numbers existing rows.
            case POSTGRESQL -> List.of("ALTER TABLE " + t + " ADD " + db.columnDefinition(id)
                    + ", DROP CONSTRAINT " + pk + ", ALTER COLUMN " + k + " DROP NOT NULL"
                    + ", ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            // Pomelo adds Id with DEFAULT 0 and then fails with "Duplicate entry '0'"; AUTO_INCREMENT in the same
            // statement as the new key numbers existing rows instead.
            case MYSQL -> List.of("ALTER TABLE " + t + " DROP PRIMARY KEY, MODIFY "
                    + db.columnDefinition(oldKey.withNullable(true)) + ", ADD " + db.columnDefinition(id)
                    + ", ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            case ORACLE -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " MODIFY (" + k + " NULL)",
                    "ALTER TABLE " + t + " ADD (" + db.columnDefinition(id) + ")",
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            case H2 -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " ALTER COLUMN " + k + " SET NULL",
                    "ALTER TABLE " + t + " ADD COLUMN " + db.columnDefinition(id),
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + q + ")");
            case SQLITE -> sqliteRebuild(before, m.apply(before));
        };
    }

    /**
     * MySQL/MariaDB: the key move and a unique index on the old key in one {@code ALTER TABLE}. Adding an
     * AUTO_INCREMENT column forces a table copy; building the index during that copy saves the separate scan and sort
     * a later {@code CREATE UNIQUE INDEX} needs (a third of the step's time on a populated table).
     */
    String moveKeyWithIndex(Table before, Operation.MoveKeyToIdentity m, Index index) {
        if (d != Dialect.MYSQL) {
            throw new IllegalStateException("one-pass key move is MySQL only");
        }
        return moveKey(before, m).get(0) + ", ADD UNIQUE INDEX " + db.quote(names.index(before.name(), index.columns(), d))
                + " (" + cols(index.columns()) + ")";
    }

    private List<String> restoreKey(Table before, Operation.MoveKeyToIdentity m) {
        String t = names.qualified(before.name(), d);
        String pk = db.quote(names.primaryKey(before.name(), d));
        Column oldKey = before.requireColumn(m.oldKey());
        String q = db.quote(m.column().name());
        String k = db.quote(oldKey.name());
        return switch (d) {
            case MSSQL -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " DROP COLUMN " + q,
                    "ALTER TABLE " + t + " ALTER COLUMN " + db.columnDefinition(oldKey),
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + k + ")");
            case POSTGRESQL -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk + ", DROP COLUMN " + q
                    + ", ALTER COLUMN " + k + " SET NOT NULL, ADD CONSTRAINT " + pk + " PRIMARY KEY (" + k + ")");
            case MYSQL -> List.of("ALTER TABLE " + t + " DROP PRIMARY KEY, DROP COLUMN " + q + ", MODIFY "
                    + db.columnDefinition(oldKey) + ", ADD CONSTRAINT " + pk + " PRIMARY KEY (" + k + ")");
            case ORACLE -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " DROP COLUMN " + q,
                    "ALTER TABLE " + t + " MODIFY (" + k + " NOT NULL)",
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + k + ")");
            case H2 -> List.of("ALTER TABLE " + t + " DROP CONSTRAINT " + pk,
                    "ALTER TABLE " + t + " DROP COLUMN " + q,
                    "ALTER TABLE " + t + " ALTER COLUMN " + k + " SET NOT NULL",
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pk + " PRIMARY KEY (" + k + ")");
            case SQLITE -> sqliteRebuild(m.apply(before), before);
        };
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
