package io.github.duendetools.database;

import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of PostgreSQL's low-lock changes to a populated table (the changelogs' {@code postgresLowLock}
 * option): an index built concurrently, and the key move in four steps that hold no lock blocking readers or writers
 * for long. Every step can run again after an interruption ({@code IF [NOT] EXISTS}, the concurrent build's cleanup).
 */
public final class PostgresLowLockStatements {

    /** Rows numbered per committed batch: long enough to amortise a round of the loop, short enough to hold few row locks. */
    public static final int BATCH_ROWS = 50_000;
    private static final Dialect PG = Dialect.POSTGRESQL;

    private final NameMapper names;
    private final Database pg;

    /** {@code pg}: PostgreSQL with the timestamps the changelogs were asked for. */
    public PostgresLowLockStatements(NameMapper names, Database pg) {
        this.names = names;
        this.pg = pg;
    }

    /** Drops what an interrupted concurrent build left behind (an invalid index), then builds it again. */
    public List<String> concurrentIndex(String logicalTable, String name, boolean unique, List<String> columns) {
        return List.of("DROP INDEX CONCURRENTLY IF EXISTS " + names.qualifiedName(name, PG),
                "CREATE " + (unique ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + pg.quote(name) + " ON "
                        + names.qualified(logicalTable, PG) + " ("
                        + columns.stream().map(pg::quote).collect(Collectors.joining(", ")) + ")");
    }

    public List<String> dropIndex(String name) {
        return List.of("DROP INDEX IF EXISTS " + names.qualifiedName(name, PG));
    }

    /** The key move of {@code m} on the table {@code before}, step by step. */
    public KeyMove keyMove(Table before, Operation.MoveKeyToIdentity m) {
        return new KeyMove(before, m);
    }

    /** The four steps of one key move and their rollbacks, with the names they share. */
    public final class KeyMove {

        private final String logical;
        private final Operation.MoveKeyToIdentity m;
        private final String t;
        private final String id;
        private final String key;
        private final String pk;
        private final String pkIndex;
        private final String check;
        private final String sequence;

        private KeyMove(Table before, Operation.MoveKeyToIdentity m) {
            this.logical = before.name();
            this.m = m;
            this.t = names.qualified(logical, PG);
            this.id = pg.quote(m.column().name());
            this.key = pg.quote(before.requireColumn(m.oldKey()).name());
            this.pk = names.primaryKey(logical, PG);
            this.pkIndex = pg.truncate(pk + "_" + m.column().name());
            this.check = pg.truncate("CK_" + names.table(logical) + "_" + m.column().name() + "_NotNull");
            this.sequence = names.qualifiedName(pg.truncate(names.table(logical) + "_" + m.column().name()
                    + "_backfill"), PG);
        }

        /** Step 1: the new column, empty; new rows numbered from a sequence, existing rows in committed batches. */
        public List<String> numberRows() {
            return List.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS bigint",
                    "ALTER TABLE " + t + " ADD COLUMN IF NOT EXISTS " + id + " " + pg.type(m.column().type()).text() + " NULL",
                    "ALTER TABLE " + t + " ALTER COLUMN " + id + " SET DEFAULT nextval('"
                            + Database.literal(sequence) + "')",
                    backfill());
        }

        public List<String> dropNumbers() {
            return List.of("ALTER TABLE " + t + " DROP COLUMN IF EXISTS " + id, "DROP SEQUENCE IF EXISTS " + sequence);
        }

        /** Step 2: a CHECK validated without blocking writers, so that SET NOT NULL later needs no scan. */
        public List<String> proveNotNull() {
            return List.of("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + pg.quote(check),
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pg.quote(check) + " CHECK (" + id + " IS NOT NULL) NOT VALID",
                    "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + pg.quote(check));
        }

        public List<String> dropProof() {
            return List.of("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + pg.quote(check));
        }

        /** Step 3: the new key's unique index, built concurrently. */
        public List<String> keyIndex() {
            return concurrentIndex(logical, pkIndex, true, List.of(m.column().name()));
        }

        public List<String> dropKeyIndex() {
            return dropIndex(pkIndex);
        }

        /**
         * Step 4, catalogue-only statements: SET NOT NULL trusts the validated CHECK (PostgreSQL 12 and later), the new
         * key takes over the finished index, and the identity continues after the highest number given.
         */
        public List<String> swap() {
            return List.of("ALTER TABLE " + t + " ALTER COLUMN " + id + " SET NOT NULL",
                    "ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(pk),
                    "ALTER TABLE " + t + " ADD CONSTRAINT " + pg.quote(pk) + " PRIMARY KEY USING INDEX " + pg.quote(pkIndex),
                    "ALTER TABLE " + t + " ALTER COLUMN " + key + " DROP NOT NULL",
                    "ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(check),
                    "ALTER TABLE " + t + " ALTER COLUMN " + id + " DROP DEFAULT",
                    "DROP SEQUENCE " + sequence,
                    "ALTER TABLE " + t + " ALTER COLUMN " + id + " ADD GENERATED BY DEFAULT AS IDENTITY",
                    "SELECT setval(pg_get_serial_sequence('" + Database.literal(t) + "', '"
                            + Database.literal(m.column().name()) + "'), max(" + id + ")) FROM " + t);
        }

        /**
         * Rolls the swap back only where the key is still on the new column: in a full rollback the default changeset,
         * which ran (marked) after this one, has already moved it back.
         */
        public List<String> moveBack() {
            return List.of("DO $rollback$\n"
                    + "BEGIN\n"
                    + "    IF (" + Database.postgres().primaryKeyCount(names.schema(), names.table(logical),
                            m.column().name()) + ") > 0 THEN\n"
                    + "        ALTER TABLE " + t + " DROP CONSTRAINT " + pg.quote(pk) + ", DROP COLUMN " + id
                    + ", ALTER COLUMN " + key + " SET NOT NULL, ADD CONSTRAINT " + pg.quote(pk) + " PRIMARY KEY (" + key
                    + ");\n"
                    + "    END IF;\n"
                    + "END\n"
                    + "$rollback$");
        }

        /**
         * Numbers the rows that have no number yet, batch by batch in key order, committing after each batch (allowed
         * in a DO block outside a transaction, hence runInTransaction="false"). Rows inserted meanwhile take the default.
         */
        private String backfill() {
            String next = "nextval('" + Database.literal(sequence) + "')";
            return "DO $backfill$\n"
                    + "DECLARE\n"
                    + "    lower_key text;\n"
                    + "    upper_key text;\n"
                    + "BEGIN\n"
                    + "    SELECT min(" + key + ") INTO lower_key FROM " + t + ";\n"
                    + "    WHILE lower_key IS NOT NULL LOOP\n"
                    + "        SELECT " + key + " INTO upper_key FROM " + t + " WHERE " + key + " >= lower_key ORDER BY "
                    + key + " OFFSET " + BATCH_ROWS + " LIMIT 1;\n"
                    + "        IF upper_key IS NULL THEN\n"
                    + "            UPDATE " + t + " SET " + id + " = " + next + " WHERE " + key + " >= lower_key AND " + id
                    + " IS NULL;\n"
                    + "        ELSE\n"
                    + "            UPDATE " + t + " SET " + id + " = " + next + " WHERE " + key + " >= lower_key AND " + key
                    + " < upper_key AND " + id + " IS NULL;\n"
                    + "        END IF;\n"
                    + "        COMMIT;\n"
                    + "        lower_key := upper_key;\n"
                    + "    END LOOP;\n"
                    + "END\n"
                    + "$backfill$";
        }
    }
}
