package io.github.duendetools.schema;

import java.util.List;
import java.util.Locale;

/**
 * One schema change of a Duende step, in the logical model. {@link #apply} gives the table after the change;
 * {@link #slug} is the stable part of the changeset id, derived from default names so that a table mapping
 * never changes an id.
 */
public sealed interface Operation {

    String table();

    String slug();

    /** The table after this change; {@code before} is null for a new table. */
    Table apply(Table before);

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    record AddColumn(String table, Column column) implements Operation {
        public String slug() {
            return lower(table + "-" + column.name());
        }

        public Table apply(Table before) {
            return before.withColumn(column);
        }
    }

    record CreateTable(Table definition) implements Operation {
        public String table() {
            return definition.name();
        }

        public String slug() {
            return lower(definition.name()) + "-table";
        }

        public Table apply(Table before) {
            return definition;
        }
    }

    record CreateIndex(String table, Index index) implements Operation {
        public String slug() {
            return lower("ix-" + table + "-" + String.join("-", index.columns()));
        }

        public Table apply(Table before) {
            return before.withIndex(index);
        }
    }

    record DropIndex(String table, Index index) implements Operation {
        public String slug() {
            return lower("drop-ix-" + table + "-" + String.join("-", index.columns()));
        }

        public Table apply(Table before) {
            return before.withoutIndex(index);
        }
    }

    /** Shortens a string column; guarded so that no row is ever truncated silently. */
    record ShrinkColumn(String table, String column, LogicalType from, LogicalType to) implements Operation {
        public String slug() {
            return lower(table + "-" + column + "-length");
        }

        public Table apply(Table before) {
            return before.replaceColumn(before.requireColumn(column).withType(to));
        }
    }

    /** Moves the primary key from an existing column to a new identity column; the old key becomes nullable. */
    record MoveKeyToIdentity(String table, Column column, String oldKey) implements Operation {
        public String slug() {
            return lower(table + "-" + column.name() + "-pk");
        }

        public Table apply(Table before) {
            Table nullableKey = before.replaceColumn(before.requireColumn(oldKey).withNullable(true));
            return nullableKey.withLeadingColumn(column, List.of(column.name()));
        }
    }

    /** Widens an identity primary key column (int to long) keeping its identity and key. */
    record WidenIdentity(String table, String column, LogicalType from, LogicalType to) implements Operation {
        public String slug() {
            return lower(table + "-" + column + "-" + to.kind().name());
        }

        public Table apply(Table before) {
            return before.replaceColumn(before.requireColumn(column).withType(to));
        }
    }

    /**
     * Brings a column the first release created with a near type to the type EF Core's provider gives its CLR type
     * ({@code from} is what the released changeset created, {@code to} what EF creates). It follows the released
     * changesets instead of changing them, so their checksums stay; on databases where both types are the same it
     * has nothing to do.
     */
    record CorrectType(String table, String column, LogicalType from, LogicalType to) implements Operation {
        public String slug() {
            return lower(table + "-" + column + "-type");
        }

        public Table apply(Table before) {
            return before.replaceColumn(before.requireColumn(column).withType(to));
        }

        /** The table as the released changesets left it: the column still of its {@code from} type. */
        public Table unapply(Table after) {
            return after.replaceColumn(after.requireColumn(column).withType(from));
        }
    }
}
