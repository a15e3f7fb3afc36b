package io.github.duendetools.database;

import io.github.duendetools.schema.Column;
import io.github.duendetools.schema.Dialect;
import io.github.duendetools.schema.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB: a populated table rebuilt into a new shape while the application keeps reading and writing it, the
 * way pt-online-schema-change does it. A shadow table of the new shape is kept current by triggers on the table while
 * existing rows are copied into it in committed chunks; one atomic {@code RENAME TABLE} then swaps the two. Writers
 * wait only for the row locks of the chunk being copied and for the rename.
 *
 * <p>The shadow starts with its primary key and its unique indexes only, which the triggers and {@code INSERT IGNORE}
 * need to find a row's copy. Its other indexes are built after the copy, online and in one sorted pass: kept up row by
 * row during the copy, those four indexes of {@code PersistedGrants} cost more than the copy itself (117 s against
 * 47 s for 1,000,000 grants on MariaDB 10.11 with its default 128 MiB buffer pool).
 *
 * <p>Every statement can run again after an interruption: objects are created {@code IF NOT EXISTS}, the chunk
 * position is kept in a small table, and a copy still running on the server for a killed client is waited for
 * (a named lock) instead of run twice. The triggers and the copy compare the key column with the shadow's and with
 * the procedure's variables, which take the character set's default collation; the changeset's precondition checks
 * that the key column has it too (a table created by these changelogs or by Pomelo does).
 */
public final class MySqlShadowTable {

    /**
     * Rows per committed chunk: few row locks at a time, so that a writer never waits long for one. With each chunk
     * inserted as one multi-row statement, more rows a chunk cost writers little more and save per-chunk round trips.
     */
    public static final int CHUNK_ROWS = 1000;

    /**
     * Bounds this session's waits for a metadata lock (seconds), from the first statement that needs the table's to the
     * swap: creating a trigger, building the shadow's indexes and the rename each need it exclusively for a moment,
     * and while one waits for a long transaction on the table, every writer queues behind it. A wait longer than
     * this stops the update, which a rerun resumes, as pt-online-schema-change does with its own short timeout.
     */
    public static final int METADATA_LOCK_WAIT_SECONDS = 5;

    private static final Dialect D = Dialect.MYSQL;

    private final MySql db = Database.mysql();
    private final NameMapper names;
    private final String logical;
    private final String table;
    private final List<Column> columns;
    private final List<String> copied;
    private final List<String> primaryKey;
    private final List<Index> upFront;
    private final List<Index> deferred;
    private final Column key;

    /**
     * @param logical  the table's logical name
     * @param columns  the new shape's columns, in the order the released {@code ALTER TABLE} leaves them
     * @param copied   the columns whose values are copied (those the table has before the change)
     * @param primaryKey the new shape's primary key
     * @param indexes  every index of the new shape
     * @param key      a unique, non-null column of the table before the change: the copy walks it, the triggers
     *                 find rows by it
     */
    public MySqlShadowTable(NameMapper names, String logical, List<Column> columns, List<String> copied,
                            List<String> primaryKey, List<Index> indexes, Column key) {
        this.names = names;
        this.logical = logical;
        this.table = names.qualified(logical, D);
        this.columns = List.copyOf(columns);
        this.copied = List.copyOf(copied);
        this.primaryKey = List.copyOf(primaryKey);
        this.upFront = indexes.stream().filter(Index::unique).toList();
        this.deferred = indexes.stream().filter(i -> !i.unique()).toList();
        this.key = key;
    }

    /** The shadow table's name (unqualified): the table's own with {@code _new}, as the checks look for it. */
    public String shadowName() {
        return helper("_new");
    }

    /** The original table's name once the rename moved it aside, until the cleanup drops it. */
    public String oldName() {
        return helper("_old");
    }

    /** The table that holds the copy's position. */
    public String positionName() {
        return helper("_copy_at");
    }

    public String procedureName() {
        return helper("_copy");
    }

    /** The shadow, the position table, the triggers and the copy procedure: every one only where it is missing. */
    public List<String> prepare() {
        List<String> out = new ArrayList<>();
        out.add(createShadow());
        out.add("CREATE TABLE IF NOT EXISTS " + q(positionName()) + " (\n    `Slot` int NOT NULL PRIMARY KEY,\n"
                + "    `CopiedTo` " + db.type(key.type()).text() + " NULL,\n    `Finished` tinyint(1) NOT NULL\n)"
                + db.tableOptions());
        out.add("INSERT IGNORE INTO " + q(positionName()) + " (`Slot`, `CopiedTo`, `Finished`) VALUES (1, NULL, 0)");
        out.add(trigger("insert", "AFTER INSERT", upsert()));
        out.add(trigger("update", "AFTER UPDATE", "BEGIN\n    IF NOT (OLD." + db.quote(key.name()) + " <=> NEW."
                + db.quote(key.name()) + ") THEN\n        " + deleteOld() + ";\n    END IF;\n    " + upsert()
                + ";\nEND"));
        out.add(trigger("delete", "AFTER DELETE", deleteOld()));
        out.add(procedure());
        return out;
    }

    /** The bound of {@link #METADATA_LOCK_WAIT_SECONDS}, set before {@link #prepare}. */
    public String boundLockWaits() {
        return "SET SESSION lock_wait_timeout = " + METADATA_LOCK_WAIT_SECONDS;
    }

    /** The server's own bound again, after {@link #swap}, for the changesets that follow. */
    public String restoreLockWaits() {
        return "SET SESSION lock_wait_timeout = DEFAULT";
    }

    /** Copies what is left to copy. */
    public String copy() {
        return "CALL " + q(procedureName()) + "()";
    }

    /** Swaps the tables in one statement: the application sees the old table or the new one, never neither. */
    public String swap() {
        return "RENAME TABLE " + table + " TO " + q(oldName()) + ", " + q(shadowName()) + " TO " + table;
    }

    /** Drops what the swap left behind; the old table's triggers go with it. */
    public List<String> cleanup() {
        return List.of("DROP TABLE IF EXISTS " + q(oldName()), "DROP TABLE IF EXISTS " + q(positionName()),
                "DROP PROCEDURE IF EXISTS " + q(procedureName()));
    }

    /** Undoes {@link #prepare}: the triggers first, so that no write reaches for a shadow that is gone. */
    public List<String> undo() {
        List<String> out = new ArrayList<>();
        for (String event : List.of("insert", "update", "delete")) {
            out.add("DROP TRIGGER IF EXISTS " + q(triggerName(event)));
        }
        out.add("DROP TABLE IF EXISTS " + q(shadowName()));
        out.addAll(cleanup());
        return out;
    }

    /** 1 while something {@link #cleanup} drops is there, else 0. */
    public String leftovers() {
        String schema = db.schemaExpression(names.schema());
        return "SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = " + schema
                + " AND TABLE_NAME IN ('" + Database.literal(oldName()) + "', '" + Database.literal(positionName())
                + "')) + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = " + schema
                + " AND ROUTINE_NAME = '" + Database.literal(procedureName()) + "') > 0";
    }

    /** 1 when the key column has its character set's default collation, which the triggers and the copy assume. */
    public String keyCollationIsDefault() {
        if (!db.type(key.type()).text().contains("CHARACTER SET")) {
            return "SELECT 1";
        }
        return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                + db.schemaExpression(names.schema()) + " AND TABLE_NAME = '" + Database.literal(names.table(logical))
                + "' AND COLUMN_NAME = '" + Database.literal(key.name())
                + "' AND COLLATION_NAME = COLLATION(CONVERT('' USING utf8mb4))";
    }

    private String createShadow() {
        List<String> parts = new ArrayList<>();
        columns.forEach(c -> parts.add(db.columnDefinition(c)));
        parts.add("CONSTRAINT " + db.quote(names.primaryKey(logical, D)) + " PRIMARY KEY (" + cols(primaryKey) + ")");
        upFront.forEach(i -> parts.add(indexDefinition(i)));
        return "CREATE TABLE IF NOT EXISTS " + q(shadowName()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + db.tableOptions();
    }

    private String indexDefinition(Index i) {
        return (i.unique() ? "UNIQUE " : "") + "INDEX " + db.quote(names.index(logical, i.columns(), D)) + " ("
                + cols(i.columns()) + ")";
    }

    /**
     * The shadow's other indexes, all in one online {@code ALTER} (one all-or-nothing statement, so one index tells
     * whether it ran); nothing when they are there already, as after an interrupted run whose build finished.
     */
    private String buildDeferredIndexes() {
        if (deferred.isEmpty()) {
            return "";
        }
        return "    IF (" + db.indexCount(names.schema(), shadowName(), names.index(logical, deferred.get(0).columns(), D))
                + ") = 0 THEN\n"
                + "        SET retry = 0;\n"
                + "        ALTER TABLE " + q(shadowName()) + " " + deferred.stream().map(i -> "ADD " + indexDefinition(i))
                .collect(Collectors.joining(", ")) + ", ALGORITHM=INPLACE, LOCK=NONE;\n"
                // The chunks' handler also catches a lock wait timeout here: stop rather than swap in a table
                // without them.
                + "        IF retry = 1 THEN\n"
                + "            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the indexes of " + Database.literal(shadowName())
                + " were not built: a lock wait timed out; run the update again';\n"
                + "        END IF;\n"
                + "    END IF;\n";
    }

    private String trigger(String event, String when, String body) {
        return "CREATE TRIGGER IF NOT EXISTS " + q(triggerName(event)) + " " + when + " ON " + table
                + " FOR EACH ROW\n" + body;
    }

    /** Inserts the row as it is now, or overwrites the copy of it already there (found by a unique key). */
    private String upsert() {
        return "INSERT INTO " + q(shadowName()) + " (" + cols(copied) + ") VALUES ("
                + copied.stream().map(c -> "NEW." + db.quote(c)).collect(Collectors.joining(", "))
                + ") ON DUPLICATE KEY UPDATE "
                + copied.stream().map(c -> db.quote(c) + " = NEW." + db.quote(c)).collect(Collectors.joining(", "));
    }

    private String deleteOld() {
        return "DELETE FROM " + q(shadowName()) + " WHERE " + db.quote(key.name()) + " = OLD." + db.quote(key.name());
    }

    /**
     * The copy: chunk by chunk in key order, each chunk and its position committed together. The chunk is read under
     * {@code LOCK IN SHARE MODE}: its shared locks make a concurrent update or delete of a row being copied wait for
     * the chunk's commit, so that its trigger then acts on the copy; without them a delete could land between read and
     * insert and leave a row the table no longer has. The same read renders the rows as one multi-row
     * {@code INSERT IGNORE ... VALUES} (in key order, so the new numbers follow the key), run as a prepared statement:
     * with its row count known the server takes the shadow's {@code AUTO_INCREMENT} lock only for a moment, where an
     * {@code INSERT ... SELECT} holds it to its end ({@code innodb_autoinc_lock_mode=1}, MariaDB's default), and every
     * write's trigger would queue behind it. Text travels as hex, so the statement's text does not depend on the
     * client's character set. A chunk too large for one string ({@code max_allowed_packet}) is copied by
     * {@code INSERT ... SELECT}, correct but holding that lock. {@code INSERT IGNORE} keeps a row a trigger already
     * wrote, which is newer. A chunk that loses a deadlock to a writer is rolled back and copied again. The last
     * rows copied, the procedure builds the shadow's deferred indexes; it holds its named lock throughout, so that a
     * rerun waits for a build still running for a killed client instead of starting a second one. MySQL has no
     * block outside a stored program, hence the procedure.
     */
    private String procedure() {
        String k = db.quote(key.name());
        String type = db.type(key.type()).text();
        String position = q(positionName());
        String lock = "LEFT(CONCAT(DATABASE(), '." + Database.literal(procedureName()) + "'), 64)";
        String from = " FROM " + table + " WHERE (lower_key IS NULL OR " + k + " > lower_key)";
        String range = from + " AND (upper_key IS NULL OR " + k + " <= upper_key)";
        String insert = "INSERT IGNORE INTO " + q(shadowName()) + " (" + cols(copied) + ")";
        String restore = "SET SESSION group_concat_max_len = saved_length";
        return "CREATE PROCEDURE IF NOT EXISTS " + q(procedureName()) + "()\n"
                + "BEGIN\n"
                + "    DECLARE lower_key " + type + ";\n"
                + "    DECLARE upper_key " + type + ";\n"
                + "    DECLARE done_copying INT DEFAULT 0;\n"
                + "    DECLARE retry INT DEFAULT 0;\n"
                + "    DECLARE locked BIGINT;\n"
                + "    DECLARE chunk_values LONGTEXT CHARACTER SET ascii;\n"
                + "    DECLARE saved_length BIGINT UNSIGNED DEFAULT @@SESSION.group_concat_max_len;\n"
                + "    DECLARE CONTINUE HANDLER FOR 1205, 1213 SET retry = 1;\n"
                + "    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN " + restore + "; RESIGNAL; END;\n"
                + "    DO GET_LOCK(" + lock + ", 86400);\n"
                + "    SET SESSION group_concat_max_len = 1073741824;\n"
                + "    SELECT `CopiedTo`, `Finished` INTO lower_key, done_copying FROM " + position + " WHERE `Slot` = 1;\n"
                + "    WHILE done_copying = 0 DO\n"
                + "        SET upper_key = NULL;\n"
                + "        SELECT " + k + " INTO upper_key" + from + " ORDER BY " + k + " LIMIT " + (CHUNK_ROWS - 1)
                + ", 1;\n"
                + "        SET retry = 0;\n"
                + "        START TRANSACTION;\n"
                + "        SELECT COUNT(*), GROUP_CONCAT(" + valuesRow() + " ORDER BY " + k + " SEPARATOR ',')"
                + " INTO locked, chunk_values" + range + " LOCK IN SHARE MODE;\n"
                + "        IF retry = 0 AND locked > 0 THEN\n"
                + "            SET @duende_copy_chunk = CONCAT('" + insert + " VALUES ', chunk_values);\n"
                + "            IF @duende_copy_chunk IS NULL"
                + " OR LENGTH(chunk_values) >= LEAST(@@SESSION.group_concat_max_len, @@SESSION.max_allowed_packet) THEN\n"
                + "                " + insert + "\n"
                + "                    SELECT " + cols(copied) + range + " ORDER BY " + k + " LOCK IN SHARE MODE;\n"
                + "            ELSE\n"
                + "                PREPARE duende_copy_chunk FROM @duende_copy_chunk;\n"
                + "                EXECUTE duende_copy_chunk;\n"
                + "                DEALLOCATE PREPARE duende_copy_chunk;\n"
                + "            END IF;\n"
                + "            SET @duende_copy_chunk = NULL;\n"
                + "        END IF;\n"
                + "        IF retry = 0 THEN\n"
                + "            UPDATE " + position + " SET `CopiedTo` = upper_key, `Finished` = upper_key IS NULL"
                + " WHERE `Slot` = 1;\n"
                + "        END IF;\n"
                + "        IF retry = 0 THEN\n"
                + "            COMMIT;\n"
                + "            SET lower_key = upper_key;\n"
                + "            SET done_copying = upper_key IS NULL;\n"
                + "        ELSE\n"
                + "            ROLLBACK;\n"
                + "        END IF;\n"
                + "    END WHILE;\n"
                + buildDeferredIndexes()
                + "    " + restore + ";\n"
                + "    DO RELEASE_LOCK(" + lock + ");\n"
                + "END";
    }

    /**
     * One row of the chunk as SQL text: text columns as hex literals (byte for byte, whatever the client's character
     * set), the others by {@code QUOTE}, which keeps a {@code datetime(6)}'s microseconds; NULL as {@code NULL}.
     */
    private String valuesRow() {
        List<String> values = new ArrayList<>();
        for (String name : copied) {
            String c = db.quote(name);
            boolean text = columns.stream().filter(col -> col.name().equals(name)).findFirst()
                    .map(col -> db.type(col.type()).text().contains("CHARACTER SET")).orElse(false);
            values.add(text ? "IFNULL(CONCAT('X''', HEX(" + c + "), ''''), 'NULL')" : "QUOTE(" + c + ")");
        }
        return "CONCAT('(', " + String.join(", ',', ", values) + ", ')')";
    }

    private String triggerName(String event) {
        return helper("_copy_" + event);
    }

    private String helper(String suffix) {
        String base = names.table(logical);
        int room = db.maxIdentifier() - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private String q(String name) {
        return names.qualifiedName(name, D);
    }

    private String cols(List<String> list) {
        return list.stream().map(db::quote).collect(Collectors.joining(", "));
    }
}
