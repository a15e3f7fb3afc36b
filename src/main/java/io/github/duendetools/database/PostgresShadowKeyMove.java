package io.github.duendetools.database;

import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import io.github.duendetools.schema.Operation;
import io.github.duendetools.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of PostgreSQL's low-lock key move by a copy of the table (as pg-osc does it), which costs far less
 * than numbering the rows in place: every row version is written once into a table that has no index yet, read in
 * physical order, and the indexes are built sorted afterwards.
 *
 * <ol>
 * <li>capture: a table of the new shape (the old columns, then the new key column numbered from a helper sequence), a
 * trigger that logs the old key of every row written from then on, and the copy's position;</li>
 * <li>copy: the rows nobody has written since, in committed batches of pages (a TID range scan, PostgreSQL 14), the
 * position committed with each batch;</li>
 * <li>indexes: every index of the new table, built on the copy with plain {@code CREATE INDEX} (no writer touches the
 * copy: the trigger writes only the log);</li>
 * <li>catch-up: the logged keys, in committed rounds, deleted from the copy and copied again from the live table;</li>
 * <li>swap, one short transaction under ACCESS EXCLUSIVE: the last logged keys, the old table's grants, the old table
 * dropped, the copy renamed with every index and constraint named as the released changesets name them.</li>
 * </ol>
 * A key in the log is copied only by the catch-up, which reads the live table with a snapshot that sees the logging
 * write committed; so a row deleted during the move cannot come back, and a row moved by an update is not copied
 * twice. Every step can run again after an interruption.
 */
public final class PostgresShadowKeyMove {

    /** Pages copied per committed batch (16 MB, about 10,000 grants of typical size): a short transaction each. */
    public static final int BATCH_PAGES = 2_000;
    /** Logged keys per catch-up round; a round with fewer ends the catch-up, the swap copies the rest. */
    public static final int CATCH_UP_KEYS = 10_000;
    /** TID range scans, which make a batch of pages cost its pages only, came with PostgreSQL 14. */
    public static final int MIN_SERVER_VERSION = 140000;
    private static final Dialect PG = Dialect.POSTGRESQL;

    private final NameMapper names;
    private final Database pg;
    private final String schema;
    private final String tableName;
    private final String t;
    private final String keyColumn;
    private final String idColumn;
    private final String key;
    private final String keyType;
    private final String id;
    private final String idType;
    private final String shadow;
    private final String changes;
    private final String position;
    private final String sequence;
    private final String function;
    private final String trigger;
    private final String pk;
    private final List<Index> indexes;
    private final List<String> indexNames;

    /**
     * {@code before}: the table before the move; {@code after}: the table as the whole step leaves it, whose indexes
     * the copy gets. {@code pg}: PostgreSQL with the timestamps the changelogs were asked for.
     */
    public PostgresShadowKeyMove(NameMapper names, Database pg, Table before, Table after, Operation.MoveKeyToIdentity m) {
        this.names = names;
        this.pg = pg;
        this.schema = names.schema();
        this.tableName = names.table(before.name());
        this.t = names.qualified(before.name(), PG);
        this.keyColumn = before.requireColumn(m.oldKey()).name();
        this.idColumn = m.column().name();
        this.key = pg.quote(keyColumn);
        this.keyType = pg.type(before.requireColumn(m.oldKey()).type()).text();
        this.id = pg.quote(idColumn);
        this.idType = pg.type(m.column().type()).text();
        this.shadow = names.qualifiedName(helper("_shadow"), PG);
        this.changes = names.qualifiedName(helper("_changes"), PG);
        this.position = names.qualifiedName(helper("_copied"), PG);
        this.sequence = names.qualifiedName(helper("_" + idColumn + "_copy"), PG);
        this.function = names.qualifiedName(helper("_log_change"), PG);
        this.trigger = pg.quote(helper("_log_change"));
        this.pk = names.primaryKey(before.name(), PG);
        this.indexes = after.indexes();
        this.indexNames = indexes.stream().map(i -> names.index(before.name(), i.columns(), PG)).toList();
    }

    private String helper(String suffix) {
        return pg.truncate(tableName + suffix);
    }

    /** The name an index of the copy has until the swap gives it its own. */
    private String copyName(String name) {
        return pg.truncate(name + "_copy");
    }

    /** A query returning 1 when this path can run: PostgreSQL 14 or later, and the new key column not yet there. */
    public String possible() {
        return "SELECT CASE WHEN current_setting('server_version_num')::int >= " + MIN_SERVER_VERSION + " AND ("
                + pg.columnCount(schema, tableName, idColumn, null) + ") = 0 THEN 1 ELSE 0 END";
    }

    /** Step 1, one transaction: the copy, the log, its trigger and the copy's position, all created if missing. */
    public List<String> capture() {
        return List.of("CREATE SEQUENCE IF NOT EXISTS " + sequence + " AS " + idType,
                "CREATE TABLE IF NOT EXISTS " + shadow + " (LIKE " + t + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)",
                "ALTER TABLE " + shadow + " ADD COLUMN IF NOT EXISTS " + id + " " + idType + " NOT NULL DEFAULT nextval('"
                        + Database.literal(sequence) + "'), ALTER COLUMN " + key + " DROP NOT NULL",
                "CREATE TABLE IF NOT EXISTS " + changes + " (\"Seq\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + key + " " + keyType + " NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + pg.quote(helper("_changes_" + keyColumn)) + " ON " + changes + " ("
                        + key + ")",
                // The trigger writes the log as whoever writes the table; a stray entry only makes a key copied again.
                "GRANT INSERT ON " + changes + " TO PUBLIC",
                "CREATE TABLE IF NOT EXISTS " + position + " (\"Pages\" bigint NOT NULL, \"Copied\" bigint NOT NULL)",
                "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $log$\n"
                        + "BEGIN\n"
                        + "    IF TG_OP <> 'INSERT' THEN\n"
                        + "        INSERT INTO " + changes + " (" + key + ") VALUES (OLD." + key + ");\n"
                        + "    END IF;\n"
                        + "    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW." + key + " IS DISTINCT FROM OLD." + key
                        + ") THEN\n"
                        + "        INSERT INTO " + changes + " (" + key + ") VALUES (NEW." + key + ");\n"
                        + "    END IF;\n"
                        + "    RETURN NULL;\n"
                        + "END\n"
                        + "$log$",
                "CREATE OR REPLACE TRIGGER " + trigger + " AFTER INSERT OR UPDATE OR DELETE ON " + t
                        + " FOR EACH ROW EXECUTE FUNCTION " + function + "()",
                // Counted while this transaction's trigger lock keeps writers out: a row version beyond it is logged.
                "INSERT INTO " + position + " SELECT pg_relation_size('" + Database.literal(t)
                        + "') / current_setting('block_size')::bigint, 0 WHERE NOT EXISTS (SELECT 1 FROM " + position
                        + ")");
    }

    /**
     * Step 2: the rows nobody wrote since the capture, batch by batch of pages, each batch committed with its
     * position (allowed in a DO block outside a transaction, hence runInTransaction="false").
     */
    public List<String> copy() {
        return List.of("DO $copy$\n"
                + "DECLARE\n"
                + "    first_page bigint;\n"
                + "    pages bigint;\n"
                + "BEGIN\n"
                + "    SELECT \"Copied\", \"Pages\" INTO first_page, pages FROM " + position + ";\n"
                + "    WHILE first_page < pages LOOP\n"
                + "        INSERT INTO " + shadow + " SELECT o.* FROM " + t + " o WHERE o.ctid >= format('(%s,0)',"
                + " first_page)::tid AND o.ctid < format('(%s,0)', first_page + " + BATCH_PAGES + ")::tid"
                + " AND NOT EXISTS (SELECT 1 FROM " + changes + " c WHERE c." + key + " = o." + key + ");\n"
                + "        first_page := first_page + " + BATCH_PAGES + ";\n"
                + "        UPDATE " + position + " SET \"Copied\" = first_page;\n"
                + "        COMMIT;\n"
                + "    END LOOP;\n"
                + "END\n"
                + "$copy$");
    }

    /** Step 3, one transaction: the new table's indexes on the copy, under names of their own until the swap. */
    public List<String> indexes() {
        List<String> out = new ArrayList<>();
        out.add("CREATE UNIQUE INDEX IF NOT EXISTS " + pg.quote(copyName(pk)) + " ON " + shadow + " (" + id + ")");
        for (int i = 0; i < indexes.size(); i++) {
            Index index = indexes.get(i);
            out.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS "
                    + pg.quote(copyName(indexNames.get(i))) + " ON " + shadow + " ("
                    + index.columns().stream().map(pg::quote).collect(Collectors.joining(", ")) + ")");
        }
        return out;
    }

    /** Step 4: the logged keys, in committed rounds, until a round finds fewer than {@link #CATCH_UP_KEYS}. */
    public List<String> catchUp() {
        return List.of("DO $catchup$\n"
                + "DECLARE\n"
                + "    changed " + keyType + "[];\n"
                + "BEGIN\n"
                + "    LOOP\n"
                + "        WITH done AS (DELETE FROM " + changes + " WHERE \"Seq\" IN (SELECT \"Seq\" FROM " + changes
                + " ORDER BY \"Seq\" LIMIT " + CATCH_UP_KEYS + ") RETURNING " + key + ")\n"
                + "        SELECT array_agg(DISTINCT " + key + ") INTO changed FROM done;\n"
                + recopy("        ")
                + "        COMMIT;\n"
                + "        EXIT WHEN coalesce(cardinality(changed), 0) < " + CATCH_UP_KEYS + ";\n"
                + "    END LOOP;\n"
                + "END\n"
                + "$catchup$");
    }

    /**
     * A logged key's row copied again from the live table. The log entry is read first; the live row later, with a
     * snapshot that sees at least the write that logged it, so the copy gets that write or a later one (which logged
     * the key again).
     */
    private String recopy(String indent) {
        return indent + "DELETE FROM " + shadow + " WHERE " + key + " = ANY (changed);\n"
                + indent + "INSERT INTO " + shadow + " SELECT o.* FROM " + t + " o WHERE o." + key + " = ANY (changed);\n";
    }

    /**
     * Step 5, one transaction: writers are held off while the last logged keys are copied, the old table's grants
     * pass to the copy, and the copy takes the old table's place and names. The identity is added last, as the
     * released changesets add it, and continues after the highest number given.
     */
    public List<String> swap() {
        List<String> out = new ArrayList<>();
        out.add("LOCK TABLE " + t + " IN ACCESS EXCLUSIVE MODE");
        out.add("DO $catchup$\n"
                + "DECLARE\n"
                + "    changed " + keyType + "[];\n"
                + "BEGIN\n"
                + "    WITH done AS (DELETE FROM " + changes + " RETURNING " + key + ")\n"
                + "    SELECT array_agg(DISTINCT " + key + ") INTO changed FROM done;\n"
                + recopy("    ")
                + "END\n"
                + "$catchup$");
        out.add(grants());
        out.add("DROP TABLE " + t);
        out.add("DROP FUNCTION " + function + "()");
        out.add("DROP TABLE " + changes + ", " + position);
        out.add("ALTER TABLE " + shadow + " RENAME TO " + pg.quote(tableName));
        for (String name : indexNames) {
            out.add("ALTER INDEX " + names.qualifiedName(copyName(name), PG) + " RENAME TO " + pg.quote(name));
        }
        out.add("ALTER TABLE " + t + " ADD CONSTRAINT " + pg.quote(pk) + " PRIMARY KEY USING INDEX "
                + pg.quote(copyName(pk)));
        out.add("ALTER TABLE " + t + " ALTER COLUMN " + id + " DROP DEFAULT");
        out.add("DROP SEQUENCE " + sequence);
        out.add("ALTER TABLE " + t + " ALTER COLUMN " + id + " ADD GENERATED BY DEFAULT AS IDENTITY");
        out.add("SELECT setval(pg_get_serial_sequence('" + Database.literal(t) + "', '" + Database.literal(idColumn)
                + "'), max(" + id + ")) FROM " + t);
        return out;
    }

    /** The privileges others hold on the old table, granted on the copy (its owner is whoever runs the move). */
    private String grants() {
        return "DO $grants$\n"
                + "DECLARE\n"
                + "    g record;\n"
                + "BEGIN\n"
                + "    FOR g IN SELECT a.privilege_type, a.grantee, a.is_grantable FROM pg_class c,"
                + " aclexplode(c.relacl) a WHERE c.oid = '" + Database.literal(t) + "'::regclass"
                + " AND a.grantee <> c.relowner LOOP\n"
                + "        EXECUTE format('GRANT %s ON TABLE %s TO %s%s', g.privilege_type, '" + Database.literal(shadow)
                + "', CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,"
                + " CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);\n"
                + "    END LOOP;\n"
                + "END\n"
                + "$grants$";
    }

    /** Every helper object gone, the live table untouched: the rollback of each step before the swap. */
    public List<String> dropHelpers() {
        return List.of("DROP TRIGGER IF EXISTS " + trigger + " ON " + t,
                "DROP FUNCTION IF EXISTS " + function + "()",
                "DROP TABLE IF EXISTS " + shadow + ", " + changes + ", " + position,
                "DROP SEQUENCE IF EXISTS " + sequence);
    }
}
